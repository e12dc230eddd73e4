"""The state machine of a case (zydesk.core.tolerance.machine): which actions each status allows.

The golden table follows 容错纠错实施细则 第八条: （一）申请 →（二）受理 or 不予受理（解释答复，ends the case）
→（三）核查 (evidence and 申诉意见 gathered, 调查报告 formed) →（四）认定 →（五）反馈 →（六）报备, then 办结
(after the 第九条 纠错 measures are 整改到位). 第六条 情形 and 第七条 items are settled before the 认定."""
from __future__ import annotations

import datetime as dt

import pytest

from zydesk.core.tolerance import rules
from zydesk.core.tolerance.machine import ActionFacts, ActionRefused, allowed_actions, refusal, require
from zydesk.core.tolerance.values import CaseAction, CaseStatus, Conclusion

A, S = CaseAction, CaseStatus
ALWAYS = {A.CLARIFY, A.AMEND}  # 第十三条 澄清保护 and fixing a recorded fact: at any stage
# status -> conclusion on record at that stage (免责 from 认定 on), actions allowed
GOLDEN: dict[CaseStatus, tuple[Conclusion | None, set[CaseAction]]] = {
    S.APPLIED: (None, {A.ACCEPT, A.REFUSE, A.CIRCUMSTANCES, A.EVIDENCE, A.EXCLUSIONS}),
    S.ACCEPTED: (None, {A.INVESTIGATE, A.CIRCUMSTANCES, A.EVIDENCE, A.HEARING, A.EXCLUSIONS}),
    S.REPORTED: (None, {A.CONCLUDE, A.CIRCUMSTANCES, A.EXCLUSIONS}),
    S.CONCLUDED: (Conclusion.EXEMPTED, {A.FEEDBACK, A.CORRECTION}),
    S.FED_BACK: (Conclusion.EXEMPTED, {A.FILE, A.CORRECTION}),
    S.FILED: (Conclusion.EXEMPTED, {A.CLOSE, A.CORRECTION}),
    S.CLOSED: (Conclusion.EXEMPTED, set()),
    S.REFUSED: (None, set()),
}


def test_golden_table_covers_every_status() -> None:
    assert set(GOLDEN) == set(CaseStatus)


@pytest.mark.parametrize("status", list(CaseStatus))
@pytest.mark.parametrize("action", list(CaseAction))
def test_each_status_and_action(status: CaseStatus, action: CaseAction) -> None:
    conclusion, allowed = GOLDEN[status]
    facts = ActionFacts(status, conclusion)
    expected = action in allowed | ALWAYS
    assert (action in allowed_actions(facts)) is expected
    why = refusal(facts, action)
    if expected:
        assert why is None
        require(facts, action)  # does not raise
    else:
        assert why and any("\u4e00" <= ch <= "\u9fff" for ch in why)  # a reason in Chinese
        with pytest.raises(ActionRefused) as info:
            require(facts, action)
        assert str(info.value) == why


def test_steps_follow_the_order_of_article_eight() -> None:
    """A step is allowed exactly from the status it starts from (no skipping, no going back)."""
    for status in CaseStatus:
        conclusion, _ = GOLDEN[status]
        steps = {a for a in allowed_actions(ActionFacts(status, conclusion)) if a.is_step}
        assert steps == {a for a, act in rules.ACTIONS.items() if act.source == status}


def test_skipping_a_step_says_which_one_is_next() -> None:
    why = refusal(ActionFacts(S.ACCEPTED), A.CONCLUDE)
    assert why is not None and "下一步应办理“核查”（第八条第（三）项）" in why


def test_correction_only_for_a_tolerated_case() -> None:
    for conclusion in (Conclusion.EXEMPTED, Conclusion.REDUCED):
        assert A.CORRECTION in allowed_actions(ActionFacts(S.CONCLUDED, conclusion))
    facts = ActionFacts(S.CONCLUDED, Conclusion.NOT_TOLERATED)
    assert A.CORRECTION not in allowed_actions(facts)
    assert "第九条" in (refusal(facts, A.CORRECTION) or "")


def test_exclusion_or_scope_leaves_only_refusal() -> None:
    excluded = ActionFacts(S.APPLIED, exclusions=("失职渎职",))
    assert A.ACCEPT not in allowed_actions(excluded) and A.REFUSE in allowed_actions(excluded)
    assert "第七条" in (refusal(excluded, A.ACCEPT) or "")
    old = ActionFacts(S.APPLIED, accountability_concluded=dt.date(2016, 10, 20))
    assert A.ACCEPT not in allowed_actions(old) and A.REFUSE in allowed_actions(old)
    assert "第十六条" in (refusal(old, A.ACCEPT) or "")
    on_the_day = ActionFacts(S.APPLIED, accountability_concluded=dt.date(2016, 11, 28))  # not 施行前
    assert A.ACCEPT in allowed_actions(on_the_day)


def test_close_waits_for_corrections_and_followup_needs_one_open() -> None:
    open_one = ActionFacts(S.FILED, Conclusion.REDUCED, open_corrections=("诫勉谈话",))
    assert A.CLOSE not in allowed_actions(open_one) and A.FOLLOWUP in allowed_actions(open_one)
    assert "尚未整改到位：诫勉谈话" in (refusal(open_one, A.CLOSE) or "")
    assert A.FOLLOWUP in allowed_actions(ActionFacts(S.CLOSED, Conclusion.REDUCED, open_corrections=("约谈",)))


def test_facts_from_stored_text() -> None:
    facts = ActionFacts.of("已认定", "容错减责", None, ["失职渎职"], [])
    assert facts.status is S.CONCLUDED and facts.conclusion is Conclusion.REDUCED
    assert facts.exclusions == ("失职渎职",)


def test_values_are_the_stored_texts() -> None:
    assert [str(s) for s in CaseStatus] == ["已申请", "已受理", "不予受理", "已核查", "已认定", "已反馈", "已报备", "已办结"]
    assert [str(c) for c in Conclusion] == ["容错免责", "容错减责", "不予容错"]
    assert Conclusion.EXEMPTED.outcome == "免责" and not Conclusion.NOT_TOLERATED.tolerated
    assert [a.label for a in CaseAction if a.is_step] == ["受理", "不予受理", "核查", "认定", "反馈", "报备", "办结"]
