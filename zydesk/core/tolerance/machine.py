"""Which actions a case allows now: one pure state machine that the service asks before it writes (and
refuses with the reason) and the window asks to enable its buttons.

Steps follow 第八条（一）至（六） one after another (rules.a08_check_action): none is skipped or done again.
Records beside the steps have their own windows:
  容错情形、第七条情形  — while the case is being examined (已申请、已受理、已核查), before the 认定;
  证据材料            — 申请 (佐证材料) and 核查 (第八条（二）（三）), until the 调查报告 is formed;
  申诉意见            — during 核查 (第八条（三）);
  纠错措施            — for a case 认定容错, from the 认定 until it is closed (第九条);
  整改情况            — while a 纠错措施 is not yet 整改到位;
  澄清保护、更正        — always (第十三条 protection; fixing a recorded fact).
受理 is refused when 第十六条 puts the matter out of scope or a 第七条 item is confirmed (only 不予受理 is
left); 办结 waits until every 纠错措施 is 整改到位.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from zydesk.core.tolerance import rules
from zydesk.core.tolerance.values import CaseAction, CaseStatus, Conclusion
from zydesk.errors import UserError

S = CaseStatus
EXAMINING = frozenset({S.APPLIED, S.ACCEPTED, S.REPORTED})
AFTER_CONCLUSION = frozenset({S.CONCLUDED, S.FED_BACK, S.FILED})


class ActionRefused(UserError):
    """An action the case does not allow at its stage."""


@dataclass(frozen=True)
class ActionFacts:
    """What the machine needs to know about a case."""

    status: CaseStatus
    conclusion: Conclusion | None = None
    accountability_concluded: dt.date | None = None  # 第十六条 scope
    exclusions: tuple[str, ...] = ()  # confirmed 第七条 items
    open_corrections: tuple[str, ...] = ()  # 纠错措施 not yet 整改到位

    @classmethod
    def of(cls, status: str, conclusion: str | None = None, accountability_concluded: dt.date | None = None,
           exclusions: tuple[str, ...] | list[str] = (), open_corrections: tuple[str, ...] | list[str] = (),
           ) -> ActionFacts:
        """From stored values (plain text as the database returns it)."""
        return cls(CaseStatus(status), Conclusion(conclusion) if conclusion else None, accountability_concluded,
                   tuple(exclusions), tuple(open_corrections))


def _stage(status: CaseStatus) -> str:
    return f"案件当前为“{status}”"


def refusal(facts: ActionFacts, action: CaseAction) -> str | None:
    """Why `action` is not allowed now (Chinese, citing the article), or None when it is."""
    status = facts.status
    if action.is_step:
        try:
            rules.a08_check_action(status, action)
        except rules.StepRefused as exc:
            return str(exc)
        if action is CaseAction.ACCEPT:
            scope = rules.a16_out_of_scope(facts.accountability_concluded)
            if scope:
                return scope + "只能“不予受理”并解释答复。"
            if facts.exclusions:
                return rules.a07_exclusion_reason(list(facts.exclusions)) + "应“不予受理”并解释答复。"
        if action is CaseAction.CLOSE and facts.open_corrections:
            return f"纠错措施尚未整改到位：{'、'.join(facts.open_corrections)}，不能办结"
        return None
    if action is CaseAction.CIRCUMSTANCES:
        return None if status in EXAMINING else f"{_stage(status)}，已作出认定或已结束，不能再修改容错情形"
    if action is CaseAction.EXCLUSIONS:
        return None if status in EXAMINING else f"{_stage(status)}，已作出认定或已结束，不能再修改第七条情形"
    if action is CaseAction.EVIDENCE:
        return None if status in (S.APPLIED, S.ACCEPTED) else \
            f"证据材料在申请和核查阶段登记；{_stage(status)}，调查报告形成后不能再补充"
    if action is CaseAction.HEARING:
        return None if status is S.ACCEPTED else f"申诉意见在核查阶段听取（{rules.cite(8, 3)}），{_stage(status)}"
    if action is CaseAction.CORRECTION:
        if facts.conclusion is None or not facts.conclusion.tolerated:
            return f"纠错措施针对被认定容错的单位、组织或个人（{rules.cite(9)}），本案尚未认定容错"
        return None if status in AFTER_CONCLUSION else f"{_stage(status)}，不能登记纠错措施"
    if action is CaseAction.FOLLOWUP:
        return None if facts.open_corrections else "没有尚未整改到位的纠错措施"
    return None  # 澄清保护, 更正: any case


def allowed_actions(facts: ActionFacts) -> frozenset[CaseAction]:
    return frozenset(a for a in CaseAction if refusal(facts, a) is None)


def require(facts: ActionFacts, action: CaseAction) -> None:
    """ActionRefused (a UserError, nothing changed) when the case does not allow `action` now."""
    why = refusal(facts, action)
    if why is not None:
        raise ActionRefused(why)
