"""Pure rules of 容错纠错: the status machine, exclusions, scope, conclusion checks, timeline."""
from __future__ import annotations

import datetime as dt

import pytest

from zydesk.core.tolerance import policy
from zydesk.core.tolerance import rules as t
from zydesk.core.workdays import Calendar, schedule_from_ranges

D = dt.date
CAL_2026 = Calendar({2026: schedule_from_ranges(
    2026, [(D(2026, 9, 25), D(2026, 9, 27)), (D(2026, 10, 1), D(2026, 10, 7))], [D(2026, 9, 20), D(2026, 10, 10)])})


def test_policy_texts_are_quoted() -> None:
    assert len(policy.SIX) == 18 and policy.SIX[3].startswith("在推动重大项目和重点工作中")
    assert policy.SIX[17] == "其他符合容错情形的。"
    assert len(policy.NINE) == 5 and "谈心谈话、提醒谈话" in policy.NINE[0]
    assert len(policy.TEN) == 6 and policy.TEN[5].startswith("确需免予处分")
    assert len(policy.ELEVEN) == 6 and "干部提拔任用不受影响" in policy.ELEVEN[2]
    assert "失职渎职" in policy.SEVEN and "“政绩工程”" in policy.SEVEN
    for e in t.EXCLUSIONS:  # every checklist item is words of 第七条
        assert all(part in policy.SEVEN for part in e.text.split("，"))


@pytest.mark.parametrize("status, action, message", [
    (t.APPLIED, "核查", "不能跳过直接办理“核查”"),
    (t.APPLIED, "认定", "下一步应办理“受理”（第八条第（二）项）或“不予受理”（第八条第（二）项）"),
    (t.ACCEPTED, "认定", "下一步应办理“核查”（第八条第（三）项）"),
    (t.CONCLUDED, "报备", "下一步应办理“反馈”（第八条第（五）项）"),
    (t.REPORTED, "受理", "“受理”环节已经办理过，不能退回重办"),
    (t.FILED, "认定", "不能退回重办"),
    (t.REFUSED, "核查", "已不予受理并答复，程序已经结束"),
    (t.CLOSED, "反馈", "已办结"),
])
def test_skipping_or_going_back_is_refused(status: str, action: str, message: str) -> None:
    with pytest.raises(t.StepRefused, match=message.replace("（", "\\（").replace("）", "\\）")):
        t.a08_check_action(status, action)


def test_each_status_has_exactly_its_next_step() -> None:
    path = [(t.APPLIED, "受理"), (t.ACCEPTED, "核查"), (t.REPORTED, "认定"), (t.CONCLUDED, "反馈"),
            (t.FED_BACK, "报备"), (t.FILED, "办结")]
    for status, action in path:
        assert t.a08_check_action(status, action).source == status
    assert t.a08_check_action(t.APPLIED, "不予受理").target == t.REFUSED


def test_exclusions_force_no_tolerance() -> None:
    allowed, why = t.a07_allowed_conclusions(["失职渎职"])
    assert allowed == ("不予容错",) and "第七条" in why and "失职渎职" in why
    problems = t.a12_check_conclusion("容错免责", None, ["失职渎职"], [4], None)
    assert any("只能认定为“不予容错”" in p for p in problems)
    assert t.a12_check_conclusion("不予容错", None, ["失职渎职"], [4], None) == []


def test_conclusion_rules() -> None:
    assert t.a12_check_conclusion("容错免责", None, [], [4], None) == []
    assert any("第六条" in p for p in t.a12_check_conclusion("容错免责", None, [], [], None))
    assert any("从轻”或“减轻" in p for p in t.a12_check_conclusion("容错减责", None, [], [4], None))
    assert t.a12_check_conclusion("容错减责", "减轻", [], [4], 6) == []
    assert any("影响期" in p for p in t.a12_check_conclusion("容错免责", None, [], [4], 6))


def test_sixteenth_article_scope() -> None:
    assert "第十六条" in (t.a16_out_of_scope(D(2016, 11, 27)) or "")
    assert t.a16_out_of_scope(D(2016, 11, 28)) is None  # concluded on the day it took effect: not 施行前
    assert t.a16_out_of_scope(None) is None


def test_handling_body_follows_the_measure() -> None:
    assert t.a10_proposed_handling("提醒谈话")[:2] == (1, "主管部门党组织认定实施")
    assert t.a10_proposed_handling("诫勉谈话")[0] == 3
    assert t.a10_proposed_handling("组织处理")[:2] == (5, "组织、人事部门认定实施")
    item, body, why = t.a10_proposed_handling("从严审查处理")
    assert item is None and "纪检监察" in body and "第九条第（五）项" in why


def test_timeline_deadlines_from_previous_step() -> None:
    case = t.CaseFacts(status=t.ACCEPTED, accountability_started=D(2026, 9, 21), applied_on=D(2026, 9, 28),
                       accepted=True, accepted_on=D(2026, 10, 8))
    steps = t.a08_timeline(case, CAL_2026, today=D(2026, 10, 12))
    by = {s.step: s for s in steps}
    # 7 working days after Mon 21 Sep: 22, 23, 24, 28, 29, 30 Sep (25–27 off), 8 Oct → 8 Oct
    assert by["申请"].due == D(2026, 10, 8) and not by["申请"].late
    assert by["受理"].due == D(2026, 10, 8) and by["受理"].state == "已完成"  # 29, 30 Sep, 8 Oct
    assert by["核查"].state == "当前" and by["核查"].citation.item == 3 and str(by["核查"].citation) == "第八条第（三）项"
    assert by["认定"].due is None and by["认定"].state == "未到"


def test_late_application_and_overdue_step() -> None:
    case = t.CaseFacts(status=t.APPLIED, accountability_started=D(2026, 9, 1), applied_on=D(2026, 9, 14))
    steps = t.a08_timeline(case, CAL_2026, today=D(2026, 9, 18))
    assert steps[0].due == D(2026, 9, 10) and steps[0].late
    assert steps[1].due == D(2026, 9, 17) and steps[1].overdue and steps[1].days_left == -1


def test_refused_case_has_no_further_steps() -> None:
    case = t.CaseFacts(status=t.REFUSED, accountability_started=D(2026, 9, 1), applied_on=D(2026, 9, 3),
                       accepted=False, accepted_on=D(2026, 9, 4))
    steps = t.a08_timeline(case, CAL_2026, today=D(2026, 12, 1))
    assert [s.state for s in steps] == ["已完成", "已完成", "不适用", "不适用", "不适用", "不适用"]
    assert not any(s.overdue for s in steps)


def test_filing_waits_on_feedback_and_is_due_with_it() -> None:
    concluded = t.CaseFacts(status=t.CONCLUDED, accountability_started=D(2026, 9, 1), applied_on=D(2026, 9, 3),
                            accepted=True, accepted_on=D(2026, 9, 4), report_on=D(2026, 9, 10),
                            concluded_on=D(2026, 9, 11))
    steps = {s.step: s for s in t.a08_timeline(concluded, CAL_2026, today=D(2026, 9, 30))}
    assert steps["反馈"].due == D(2026, 9, 16) and steps["反馈"].overdue
    assert steps["报备"].due == D(2026, 9, 16) and not steps["报备"].overdue  # only the feedback is late
    fed = t.CaseFacts(**{**concluded.__dict__, "status": t.FED_BACK, "feedback_on": D(2026, 9, 15)})
    steps = {s.step: s for s in t.a08_timeline(fed, CAL_2026, today=D(2026, 9, 16))}
    assert steps["报备"].due == D(2026, 9, 15) and steps["报备"].overdue and steps["报备"].rule == "与反馈同时"
    assert steps["报备"].days_left == -1


@pytest.mark.parametrize("conclusion, binding", [("容错免责", True), ("容错减责", True), ("不予容错", False)])
def test_not_tolerated_feedback_is_a_reminder_not_a_breach(conclusion: str, binding: bool) -> None:
    """第八条第（五）项：“属于容错情形的,主办单位在3个工作日内反馈……不予容错的,按照有关规定办理。”"""
    assert t.a08_5_feedback_due_set(conclusion) is binding
    concluded = t.CaseFacts(status=t.CONCLUDED, accountability_started=D(2026, 9, 1), applied_on=D(2026, 9, 3),
                            accepted=True, accepted_on=D(2026, 9, 4), report_on=D(2026, 9, 10),
                            concluded_on=D(2026, 9, 11), conclusion=conclusion)
    # 3 working days after 11 Sep = 16 Sep: on that day nothing is late; the day after, only a 容错 case is.
    for today, past in ((D(2026, 9, 16), False), (D(2026, 9, 17), True)):
        steps = {s.step: s for s in t.a08_timeline(concluded, CAL_2026, today=today)}
        fb = steps["反馈"]
        assert fb.due == D(2026, 9, 16) and fb.statutory is binding
        assert fb.overdue is (past and binding) and fb.reminder_passed is (past and not binding)
        assert fb.as_json()["statutory"] is binding and fb.as_json()["overdue"] is (past and binding)
        if not binding:
            assert "按照有关规定办理" in fb.rule and "不计逾期" in fb.rule and fb.days_left is None
            assert steps["报备"].due is None  # 报备 goes with a feedback that has no due date
        else:
            assert fb.rule == "作出认定结论后3个工作日内" and steps["报备"].due == D(2026, 9, 16)
    # A 不予容错 feedback given late is not “超期完成”; 报备 still goes with it (第八条第（六）项).
    fed = t.CaseFacts(**{**concluded.__dict__, "status": t.FED_BACK, "feedback_on": D(2026, 9, 30)})
    steps = {s.step: s for s in t.a08_timeline(fed, CAL_2026, today=D(2026, 10, 9))}
    assert steps["反馈"].late is binding and not steps["反馈"].reminder_passed
    assert steps["报备"].due == D(2026, 9, 30) and steps["报备"].overdue
