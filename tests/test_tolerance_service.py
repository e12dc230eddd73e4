"""The case service: registration, each step's deadline, refusals, protections as other modules read them."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from tests.accounts import as_role
from tests.factories import add_cadre, add_unit
from zydesk.core.security.roles import Role
from zydesk.errors import UserError, ValidationError
from zydesk.services.tolerance import cases as svc
from zydesk.services.workdays import set_year_schedule
from zydesk.storage.models import AuditEntry
from zydesk.storage.models_tolerance import ToleranceCase
from zydesk.storage.uow import Database

D = dt.date
TODAY = D(2026, 11, 20)
REQUIRED_FILINGS = [svc.FilingInput("同级党委", "中共紫阳县委", D(2026, 10, 30)),
                    svc.FilingInput("同级政府", "紫阳县人民政府", D(2026, 10, 30)),
                    svc.FilingInput("纪检监察机关", "县纪委监委", D(2026, 10, 30)),
                    svc.FilingInput("组织人事部门", "县委组织部", D(2026, 10, 30))]


def _input(cadre_id: int | None = None, **kw: object) -> svc.CaseInput:
    base: dict[str, object] = dict(
        applicant_type="个人", applicant_name="", applicant_cadre_id=cadre_id, matter="产业园项目推进中征地程序瑕疵",
        accountability_started=D(2026, 9, 21), host_body="县纪委监委", host_kind="纪检监察机关（机构）",
        applied_on=D(2026, 9, 28), circumstances=[4, 12], evidence=["项目推进会议纪要"])
    base.update(kw)
    return svc.CaseInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def cadre(db: Database) -> int:
    add_unit(db, "城关镇", kind="镇", group="镇")
    return add_cadre(db, "张三", "城关镇", "副镇长", "副科级")


def _walk_to_conclusion(db: Database, case_id: int, conclusion: str = "容错免责", **kw: object) -> None:
    svc.accept_case(db, case_id, D(2026, 9, 30), today=TODAY)
    svc.add_hearing(db, case_id, D(2026, 10, 9), "张三", "已按会议决定推进，程序瑕疵系时间紧所致")
    svc.report_case(db, case_id, D(2026, 10, 20), "经核查，属第六条第（四）项情形", today=TODAY)
    svc.conclude_case(db, case_id, D(2026, 10, 27), conclusion, "符合容错情形", today=TODAY, **kw)  # type: ignore[arg-type]


def test_full_procedure_with_deadlines_and_number(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    assert reg.number == "紫容〔2026〕1号" and not reg.late and reg.application_due == D(2026, 10, 8)
    assert svc.register_case(db, _input(cadre), today=TODAY).number == "紫容〔2026〕2号"
    _walk_to_conclusion(db, reg.case_id)
    svc.feedback_case(db, reg.case_id, D(2026, 10, 30), publicity="在城关镇机关干部会上通报", today=TODAY)
    svc.file_case(db, reg.case_id, REQUIRED_FILINGS, today=TODAY)
    with db.read() as s:
        detail = svc.case_detail(s, reg.case_id, today=TODAY)
    steps = {st.step: st for st in detail.row.steps}
    assert steps["申请"].due == D(2026, 10, 8)  # 7 working days after 21 Sep, across National Day
    assert steps["受理"].due == D(2026, 10, 8)  # 3 working days after 28 Sep: 29, 30 Sep, 8 Oct
    # 30 after 30 Sep: 8, 9, Sat 10 Oct (3), then 5 a week to 16 Nov (29), 17 Nov (30)
    assert steps["核查"].due == D(2026, 11, 17)
    assert steps["认定"].due == D(2026, 11, 3)  # 10 after 20 Oct
    assert steps["反馈"].due == D(2026, 10, 30)  # 3 after 27 Oct
    assert steps["报备"].due == D(2026, 10, 30)  # with the feedback
    assert all(st.state == "已完成" and not st.late and not st.overdue for st in detail.row.steps)
    assert detail.row.status == "已报备" and detail.circumstances[0][0] == 4
    assert [f["role"] for f in detail.filings] == ["同级党委", "同级政府", "纪检监察机关", "组织人事部门"]
    with db.read() as s:
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.object_type == "ToleranceCase")).all()


def test_late_application_needs_a_reason_and_stays_flagged(db: Database, cadre: int) -> None:
    late = _input(cadre, applied_on=D(2026, 10, 12))  # due 8 Oct
    with pytest.raises(UserError, match=r"逾期申请.*2026-10-08.*第八条第（一）项"):
        svc.register_case(db, late, today=TODAY)
    with db.read() as s:
        assert s.scalar(select(ToleranceCase.id)) is None  # nothing written
    late.late_reason = "申请人住院，家属代为递交"
    reg = svc.register_case(db, late, today=TODAY)
    assert reg.late
    with db.read() as s:
        (row,) = svc.case_rows(s, today=TODAY)
    assert row.late_application and row.steps[0].late


def test_refusal_ends_the_case_and_steps_cannot_be_skipped(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    with pytest.raises(UserError, match="不能跳过直接办理“认定”"):
        svc.conclude_case(db, reg.case_id, D(2026, 10, 1), "容错免责", "理由", today=TODAY)
    with pytest.raises(UserError, match="须写明解释答复的理由"):
        svc.refuse_case(db, reg.case_id, D(2026, 9, 30), " ", today=TODAY)
    svc.refuse_case(db, reg.case_id, D(2026, 9, 30), "不属于第六条所列情形", today=TODAY)
    with pytest.raises(UserError, match="程序已经结束"):
        svc.accept_case(db, reg.case_id, D(2026, 9, 30), today=TODAY)


def test_going_back_is_refused(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    _walk_to_conclusion(db, reg.case_id)
    with pytest.raises(UserError, match="不能退回重办"):
        svc.report_case(db, reg.case_id, D(2026, 10, 28), "重写", today=TODAY)


def test_dates_must_follow_the_previous_step(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    with pytest.raises(UserError, match="早于申请日期"):
        svc.accept_case(db, reg.case_id, D(2026, 9, 25), today=TODAY)
    with pytest.raises(UserError, match="晚于今天"):
        svc.accept_case(db, reg.case_id, D(2026, 11, 23), today=TODAY)


def test_exclusion_confirmed_forces_no_tolerance(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    svc.accept_case(db, reg.case_id, D(2026, 9, 30), today=TODAY)
    svc.set_exclusions(db, reg.case_id, ["为政不为"])
    svc.report_case(db, reg.case_id, D(2026, 10, 20), "查实存在为政不为", today=TODAY)
    with db.read() as s:
        detail = svc.case_detail(s, reg.case_id, today=TODAY)
    assert detail.allowed_conclusions == ("不予容错",) and "第七条" in detail.conclusion_limit
    with pytest.raises(UserError, match="只能认定为“不予容错”"):
        svc.conclude_case(db, reg.case_id, D(2026, 10, 27), "容错免责", "理由", today=TODAY)
    svc.conclude_case(db, reg.case_id, D(2026, 10, 27), "不予容错", "属第七条情形", today=TODAY)
    with db.read() as s:
        assert svc.case_conclusion(s, reg.number) == "不予容错"
        assert svc.protections(s, cadre_id=cadre, on=TODAY) == []


def test_exclusion_before_acceptance_means_refusal(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    svc.set_exclusions(db, reg.case_id, ["贪污贿赂"])
    with pytest.raises(UserError, match="不予受理"):
        svc.accept_case(db, reg.case_id, D(2026, 9, 30), today=TODAY)


def test_sixteenth_article_out_of_scope_only_refusal(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre, accountability_started=D(2016, 10, 10), applied_on=D(2016, 10, 12),
                                       accountability_concluded=D(2016, 11, 20)), today=TODAY)
    assert reg.out_of_scope and "第十六条" in reg.out_of_scope
    with pytest.raises(UserError, match="第十六条"):
        svc.accept_case(db, reg.case_id, D(2016, 10, 13), today=TODAY)
    svc.refuse_case(db, reg.case_id, D(2016, 10, 13), "第十六条：施行前已处理完毕", today=TODAY)


def test_exemption_needs_publicity_at_feedback(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    _walk_to_conclusion(db, reg.case_id)
    with pytest.raises(UserError, match="一定范围内公开"):
        svc.feedback_case(db, reg.case_id, D(2026, 10, 30), today=TODAY)


def test_filing_requires_each_recipient(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    _walk_to_conclusion(db, reg.case_id, "不予容错")
    svc.feedback_case(db, reg.case_id, D(2026, 10, 30), today=TODAY)
    with pytest.raises(UserError, match="组织人事部门"):
        svc.file_case(db, reg.case_id, REQUIRED_FILINGS[:3], today=TODAY)


def test_reduction_impact_period_and_protections(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    _walk_to_conclusion(db, reg.case_id, "容错减责", mitigation="从轻", handling="诫勉", impact_months=6)
    with db.read() as s:
        assert svc.case_conclusion(s, reg.case_id) == "减责"
        period = svc.impact_period(s, reg.number)
        assert period is not None and period.end == D(2027, 4, 27) and str(period.citation) == "第十二条"
        (p,) = svc.protections(s, cadre_id=cadre, on=D(2026, 11, 1))
        assert [i.citation.item for i in p.withheld] == [3]  # promotion waits for the end of the 影响期
        assert len(p.applies) == 5
        assert svc.is_matter_tolerated(s, cadre_id=cadre, year=2026, on=D(2026, 11, 1))
        assert not svc.is_matter_tolerated(s, cadre_id=cadre, on=D(2026, 11, 1), item=3)
        assert not svc.is_matter_tolerated(s, cadre_id=cadre, on=D(2027, 4, 27), item=3)  # last day of the period
        assert svc.is_matter_tolerated(s, cadre_id=cadre, on=D(2027, 4, 28), item=3)
        assert not svc.protections(s, cadre_id=cadre, on=D(2026, 10, 26))  # before the conclusion
        (note,) = svc.protection_notes(s, cadre, on=D(2026, 11, 1))
        assert note.startswith("已容错（第十一条）") and "影响期至2027-04-27" in note and "第十二条" in note


def test_exemption_protects_everything_for_cadre_page(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    _walk_to_conclusion(db, reg.case_id)
    with db.read() as s:
        (note,) = svc.protection_notes(s, cadre, on=TODAY)
        (p,) = svc.protections(s, cadre_id=cadre, on=TODAY)
    assert "已容错（第十一条）" in note and reg.number in note and "容错免责" in note
    assert len(p.applies) == 6 and not p.withheld


def test_corrections_with_proposed_body_and_closing(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    _walk_to_conclusion(db, reg.case_id)
    cid = svc.add_correction(db, reg.case_id, "诫勉谈话", D(2026, 10, 28), "补办征地手续")
    svc.feedback_case(db, reg.case_id, D(2026, 10, 30), publicity="镇机关会议通报", today=TODAY)
    svc.file_case(db, reg.case_id, REQUIRED_FILINGS, today=TODAY)
    with pytest.raises(UserError, match="尚未整改到位：诫勉谈话"):
        svc.close_case(db, reg.case_id, D(2026, 11, 10), today=TODAY)
    svc.add_followup(db, cid, D(2026, 11, 5), "已补办手续，整改到位", closes=True)
    svc.close_case(db, reg.case_id, D(2026, 11, 10), today=TODAY)
    with db.read() as s:
        d = svc.case_detail(s, reg.case_id, today=TODAY)
    (c,) = d.corrections
    assert c["handling_item"] == 3 and "纪检监察机关" in str(c["handling_body"]) and c["closed_on"] == D(2026, 11, 5)
    assert d.row.status == "已办结"


def test_clarification(db: Database, cadre: int) -> None:
    with pytest.raises(UserError, match="谈心鼓励"):
        svc.add_clarification(db, "澄清", "张三", "登报", D(2026, 11, 2), "查无实据")
    svc.add_clarification(db, "澄清", "张三", "召开会议", D(2026, 11, 2), "信访反映问题查无实据", cadre_id=cadre)
    svc.add_clarification(db, "查处", "某某", "", D(2026, 11, 3), "恶意诬告，移送县纪委监委")
    with db.read() as s:
        (note,) = svc.protection_notes(s, cadre, on=TODAY)  # the referral is not about this cadre's record
    assert note == "已澄清（第十三条第（一）项）：2026-11-02以召开会议方式澄清，信访反映问题查无实据"


def test_overdue_reminders_and_filters(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)  # 受理 due 8 Oct, never done
    svc.register_case(db, _input(cadre, applied_on=D(2026, 11, 19), accountability_started=D(2026, 11, 18)),
                      today=TODAY)  # 受理 due 24 Nov: due soon
    with db.read() as s:
        assert svc.overdue_count(s, TODAY) == 1
        assert [r.number for r in svc.case_rows(s, TODAY, overdue_only=True)] == [reg.number]
        rows = svc.case_rows(s, TODAY)
        soon = [r for r in rows if r.due_soon]
        assert len(soon) == 1 and soon[0].current and soon[0].current.days_left == 2
        msgs = svc.startup_reminders(s, TODAY)
    assert any("已逾期" in m and "第八条第（二）项" in m for m in msgs)
    assert any("还剩 2 个工作日" in m for m in msgs)
    assert any("2027 年节假日安排尚未录入" in m for m in msgs)  # November: calendar reminder too


def test_deadline_into_2027_marked_estimated_until_entered(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre, accountability_started=D(2026, 12, 28), applied_on=D(2026, 12, 29)),
                            today=D(2026, 12, 30))
    with db.read() as s:
        (row,) = svc.case_rows(s, D(2026, 12, 30))
    acc = row.steps[1]
    assert acc.due == D(2027, 1, 1) and acc.estimated and "依据未录入节假日安排推算" in acc.estimate_note
    set_year_schedule(db, 2027, [(D(2027, 1, 1), D(2027, 1, 3))], [])
    with db.read() as s:
        (row,) = svc.case_rows(s, D(2026, 12, 30))
    assert row.steps[1].due == D(2027, 1, 4) and not row.steps[1].estimated
    assert reg.number == "紫容〔2026〕1号"


def test_cli_cases_json(db: Database, db_url: str, cadre: int, capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.cli.main import main

    svc.register_case(db, _input(cadre), today=TODAY)
    db.dispose()
    assert main(["--db", db_url, "cases", "--year", "2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (case,) = data["cases"]
    assert case["number"] == "紫容〔2026〕1号" and case["status"] == "已申请" and case["conclusion"] is None
    assert case["steps"][1]["step"] == "受理" and case["steps"][1]["due"] == "2026-10-08"
    assert case["steps"][1]["done"] is None and case["steps"][1]["overdue"] is True
    assert case["steps"][1]["citation"] == "第八条第（二）项"
    assert main(["--db", db_url, "cases", "--year", "2025", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"cases": []}


def test_case_numbers_go_through_the_registry_when_a_body_has_the_prefix(db: Database, cadre: int) -> None:
    from zydesk.printing import registry

    registry.save_body(as_role(db, Role.SYSTEM_ADMIN), "县委组织部容错认定案件", "中共紫阳县委组织部", "紫容")
    registry.allocate(db, "紫容", 2026, "手工编号的案件")  # 1号 taken in the registry
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    assert reg.number == "紫容〔2026〕2号"
    numbers = registry.numbers(db, "紫容", 2026)
    assert [n.seq for n in numbers] == [1, 2] and "张三" in numbers[1].title and registry.gaps(db, "紫容", 2026) == []


def test_cadre_page_hook_reads_the_notes(db: Database, cadre: int) -> None:
    """The 干部信息 page's read (zydesk.services.cadre_page) carries the 容错 notes of the cadre."""
    from zydesk.services.cadre_page import cadre_detail

    reg = svc.register_case(db, _input(cadre), today=TODAY)
    with db.read() as s:
        detail = cadre_detail(s, cadre)
        assert detail is not None and detail.notes == []
    _walk_to_conclusion(db, reg.case_id)
    with db.read() as s:
        detail = cadre_detail(s, cadre)
    assert detail is not None and len(detail.notes) == 1
    assert detail.notes[0].startswith("已容错（第十一条）：紫容〔2026〕1号")


def test_amend_a_typo_with_reason_keeps_the_procedure_order(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    svc.accept_case(db, reg.case_id, D(2026, 9, 30), today=TODAY)
    with pytest.raises(UserError, match="须写明理由"):
        svc.amend_case(db, reg.case_id, {"matter": "改"}, " ", today=TODAY)
    with pytest.raises(UserError, match="早于«申请日期»"):
        svc.amend_case(db, reg.case_id, {"accepted_on": D(2026, 9, 25)}, "录入错误", today=TODAY)
    with pytest.raises(UserError, match="尚未办理"):
        svc.amend_case(db, reg.case_id, {"report_on": D(2026, 10, 9)}, "补录", today=TODAY)
    with pytest.raises(UserError, match="不能更正的项目"):
        svc.amend_case(db, reg.case_id, {"status": "已办结"}, "跳过", today=TODAY)
    with pytest.raises(UserError, match="须填写逾期登记理由"):
        svc.amend_case(db, reg.case_id, {"applied_on": D(2026, 9, 29), "accountability_started": D(2026, 9, 1)},
                       "启动日期录错", today=TODAY)
    changed = svc.amend_case(db, reg.case_id, {"matter": "产业园项目征地程序瑕疵（更正）",
                                               "accepted_on": D(2026, 10, 8)}, "按原件更正", today=TODAY)
    assert changed == ["问责追责事由", "受理日期"]
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "更正案件记录")).all()
        assert any(e.after == {"更正理由": "按原件更正", "更正项目": changed} for e in entry)
        (row,) = svc.case_rows(s, today=TODAY)
    assert row.steps[2].due == D(2026, 11, 18)  # 30 working days now counted from 8 Oct: 9, Sat 10 Oct, …


def test_number_taken_by_another_pc_meanwhile_is_retried(db: Database, cadre: int,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two PCs registering at once: the loser of the unique (year, seq) race takes the next number."""
    first = svc.register_case(db, _input(cadre), today=TODAY)
    real = svc.allocate_case_number
    calls = []

    def stale(session, year, title="", source=""):  # type: ignore[no-untyped-def]
        calls.append(year)
        if len(calls) == 1:
            return first.number, 1  # as if read before the other PC committed
        return real(session, year, title, source)

    monkeypatch.setattr(svc, "allocate_case_number", stale)
    second = svc.register_case(db, _input(cadre), today=TODAY)
    assert second.number == "紫容〔2026〕2号" and len(calls) == 2


def _snapshot(db: Database, case_id: int) -> tuple[object, ...]:
    with db.read() as s:
        d = svc.case_detail(s, case_id, today=TODAY)
    return (d.row.status, d.case["conclusion"], tuple(d.exclusions), len(d.evidence), len(d.hearings),
            len(d.corrections), tuple(i for i, _t in d.circumstances))


def test_an_action_the_case_does_not_allow_is_refused_and_changes_nothing(db: Database, cadre: int) -> None:
    """The services ask the same state machine as the window: each refusal names the stage, nothing is written."""
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    before = _snapshot(db, reg.case_id)
    with pytest.raises(svc.machine.ActionRefused, match="申诉意见在核查阶段听取（第八条第（三）项），案件当前为“已申请”"):
        svc.add_hearing(db, reg.case_id, D(2026, 10, 9), "张三", "意见")
    with pytest.raises(svc.machine.ActionRefused, match="本案尚未认定容错"):
        svc.add_correction(db, reg.case_id, "诫勉谈话", D(2026, 10, 28))
    assert _snapshot(db, reg.case_id) == before
    _walk_to_conclusion(db, reg.case_id, "不予容错")
    before = _snapshot(db, reg.case_id)
    for refused in (lambda: svc.set_circumstances(db, reg.case_id, [1]),
                    lambda: svc.set_exclusions(db, reg.case_id, ["失职渎职"]),
                    lambda: svc.add_evidence(db, reg.case_id, "补充材料"),
                    lambda: svc.add_correction(db, reg.case_id, "诫勉谈话", D(2026, 10, 28)),
                    lambda: svc.close_case(db, reg.case_id, D(2026, 10, 29), today=TODAY)):
        with pytest.raises(svc.machine.ActionRefused):
            refused()
    assert _snapshot(db, reg.case_id) == before


def test_detail_carries_what_the_machine_allows(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    svc.set_exclusions(db, reg.case_id, ["贪污贿赂"])
    with db.read() as s:
        d = svc.case_detail(s, reg.case_id, today=TODAY)
    A = svc.CaseAction
    assert A.REFUSE in d.allowed and A.ACCEPT not in d.allowed and "第七条" in d.refused[A.ACCEPT]
    assert A.HEARING not in d.allowed and set(d.refused) == set(A) - d.allowed


def test_form_errors_name_the_fields(db: Database, cadre: int) -> None:
    reg = svc.register_case(db, _input(cadre), today=TODAY)
    with pytest.raises(ValidationError) as info:
        svc.refuse_case(db, reg.case_id, None, " ", today=TODAY)
    assert {e.field for e in info.value.errors} == {"答复日期", "解释答复的理由"}
    with pytest.raises(ValidationError) as info:
        svc.register_case(db, _input(applicant_id_number="610924198001010000", matter=" ", applied_on=None),
                          today=TODAY)
    assert {e.field for e in info.value.errors} == {"公民身份号码", "申请人名称", "问责追责事由", "申请日期"}


def test_holiday_text_is_parsed_by_the_service_with_field_errors(db: Database) -> None:
    from zydesk.services.tolerance import holidays

    with pytest.raises(ValidationError) as info:
        holidays.save_year(db, 2027, "2027-01-01 至 2027-01-0x\n2027-02-06 至 2027-02-14", "2027-02-3x")
    assert [(e.field, e.message[:3]) for e in info.value.errors] == [("放假区间", "第1行"), ("调休上班日", "第1项")]
    with db.read() as s:
        assert holidays.calendar_view(s, 2027).year.source is None  # nothing saved
    holidays.save_year(db, 2027, "2027-01-01 至 2027-01-03\n2027-02-06 至 2027-02-14", "2027-02-20")
    with db.read() as s:
        view = holidays.calendar_view(s, 2027)
    assert view.year.ranges == "2027-01-01 至 2027-01-03\n2027-02-06 至 2027-02-14" and view.year.makeup == "2027-02-20"
    assert [r.year for r in view.overview] == [2024, 2025, 2026, 2027, 2028]


def test_not_tolerated_without_feedback_is_no_breach_of_item_five(db: Database, db_url: str, cadre: int,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """第八条第（五）项：“属于容错情形的,主办单位在3个工作日内反馈……不予容错的,按照有关规定办理。”"""
    from zydesk.cli.main import main

    tolerated = svc.register_case(db, _input(cadre), today=TODAY)
    refused = svc.register_case(db, _input(cadre), today=TODAY)
    _walk_to_conclusion(db, tolerated.case_id)
    _walk_to_conclusion(db, refused.case_id, "不予容错")
    with db.read() as s:  # both concluded 27 Oct, feedback reminder/deadline 30 Oct, neither fed back
        rows = {r.number: r for r in svc.case_rows(s, TODAY)}
        assert [r.number for r in svc.case_rows(s, TODAY, overdue_only=True)] == [tolerated.number]
        assert svc.overdue_count(s, TODAY) == 1
        reminders = svc.startup_reminders(s, TODAY)
    assert rows[tolerated.number].overdue and not rows[refused.number].overdue
    fb = rows[refused.number].steps[4]
    assert fb.step == "反馈" and fb.due == D(2026, 10, 30) and fb.reminder_passed and not fb.statutory
    assert any(tolerated.number in m and "已逾期" in m for m in reminders)
    mine = [m for m in reminders if refused.number in m]
    assert mine and all("已逾期" not in m for m in mine) and "提醒日 2026-10-30 已过" in mine[0]
    db.dispose()
    assert main(["--db", db_url, "cases", "--overdue", "--json"]) == 0
    assert [c["number"] for c in json.loads(capsys.readouterr().out)["cases"]] == [tolerated.number]
    assert main(["--db", db_url, "cases", "--json"]) == 0
    by_number = {c["number"]: c for c in json.loads(capsys.readouterr().out)["cases"]}
    step = by_number[refused.number]["steps"][4]
    assert (step["overdue"], step["statutory"], step["reminder_passed"]) == (False, False, True)
    assert main(["--db", db_url, "cases"]) == 0
    out = capsys.readouterr().out
    assert "提醒日（非期限），已过提醒日，不计逾期" in out
