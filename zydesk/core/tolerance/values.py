"""Domain values of 容错纠错 as enums. Each value is the Chinese text stored in the database and written
in JSON, so a member compares equal to what storage returns and nothing stored changes."""
from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    """Where a case stands in the procedure of 第八条."""

    APPLIED = "已申请"
    ACCEPTED = "已受理"
    REFUSED = "不予受理"  # 第八条（二）解释答复: ends the case
    REPORTED = "已核查"
    CONCLUDED = "已认定"
    FED_BACK = "已反馈"
    FILED = "已报备"
    CLOSED = "已办结"

    @property
    def ended(self) -> bool:
        return self in (CaseStatus.REFUSED, CaseStatus.CLOSED)


class Outcome(StrEnum):
    """The short answer other areas read (能上能下 leaves out a determination excused by 免责)."""

    EXEMPTED = "免责"
    REDUCED = "减责"
    NOT_TOLERATED = "不予容错"


class Conclusion(StrEnum):
    """认定结论 (第八条（四）, 第十二条)."""

    EXEMPTED = "容错免责"
    REDUCED = "容错减责"
    NOT_TOLERATED = "不予容错"

    @property
    def tolerated(self) -> bool:
        """容错免责 and 容错减责 are 被认定容错 (第十一条 protections apply)."""
        return self is not Conclusion.NOT_TOLERATED

    @property
    def outcome(self) -> Outcome:
        return Outcome[self.name]


TOLERATED: frozenset[Conclusion] = frozenset({Conclusion.EXEMPTED, Conclusion.REDUCED})


def is_tolerated(conclusion: object) -> bool:
    """Whether a stored conclusion (text or member, or None) is 容错免责 or 容错减责."""
    return conclusion in TOLERATED


class Mitigation(StrEnum):
    """容错减责: 酌情从轻、减轻 (第十二条)."""

    LIGHTER = "从轻"
    REDUCED = "减轻"


class Step(StrEnum):
    """The steps of 第八条（一）至（六）, in order."""

    APPLICATION = "申请"
    ACCEPTANCE = "受理"
    INVESTIGATION = "核查"
    CONCLUSION = "认定"
    FEEDBACK = "反馈"
    FILING = "报备"


class StepState(StrEnum):
    """A step of the timeline as of today."""

    DONE = "已完成"
    CURRENT = "当前"
    PENDING = "未到"
    NOT_APPLICABLE = "不适用"


class CaseAction(StrEnum):
    """What a clerk can do to a case: the steps of 第八条 and the records kept beside them.
    The value is the Chinese name shown on the button."""

    ACCEPT = "受理"
    REFUSE = "不予受理"
    INVESTIGATE = "核查"
    CONCLUDE = "认定"
    FEEDBACK = "反馈"
    FILE = "报备"
    CLOSE = "办结"
    CIRCUMSTANCES = "容错情形"
    EVIDENCE = "证据材料"
    HEARING = "申诉意见"
    EXCLUSIONS = "第七条情形"
    CORRECTION = "纠错措施"
    FOLLOWUP = "整改情况"
    CLARIFY = "澄清保护"
    AMEND = "更正"

    @property
    def label(self) -> str:
        return self.value

    @property
    def is_step(self) -> bool:
        """A step of the procedure (moves the status), not a record beside it."""
        return self in STEP_ACTIONS


STEP_ACTIONS: tuple[CaseAction, ...] = (
    CaseAction.ACCEPT, CaseAction.REFUSE, CaseAction.INVESTIGATE, CaseAction.CONCLUDE, CaseAction.FEEDBACK,
    CaseAction.FILE, CaseAction.CLOSE)
