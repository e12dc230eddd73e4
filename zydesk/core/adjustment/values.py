"""The named values of 能上能下, as stored in the database and JSON: each member's value is its Chinese label.

StrEnum members compare equal to their label, so rows written before these types existed read back as they are.
"""
from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """What a finding calls for: automatic text / the article says 经组织考核认定 or 经组织研判 /
    第十七条 without an earlier 提醒、函询或诫勉 / 第十九条 limit not reached yet on the scan date."""

    SHOULD = "应调整"
    NEEDS_REVIEW = "需组织认定"
    WARN_FIRST = "应先提醒、函询或诫勉"
    AGE_NOTICE = "到龄提示"  # 第十九条: reaches the limit within the reminder window; 应调整 from that day


class Step(StrEnum):
    """What a clerk records on a 调整方案: the five steps of 第二十四条, 第十九条's 延迟, and 撤销."""

    REPORT = "报告"
    REVIEW = "审核"
    SUBMIT = "报批"
    DECIDE = "决定"
    TALK = "谈话"
    POSTPONE = "延迟"  # 第十九条: 确因工作需要而延迟免职（退休）
    WITHDRAW = "撤销"  # a case started in error or overtaken (before 决定), with its reason


# 第二十四条: 报告 → 审核 → 报批 → 决定 → 谈话, in this order.
PROCEDURE: tuple[Step, ...] = (Step.REPORT, Step.REVIEW, Step.SUBMIT, Step.DECIDE, Step.TALK)


class Status(StrEnum):
    """Where a 调整方案 stands: the step it waits for, or how it ended."""

    REPORT = "报告"
    REVIEW = "审核"
    SUBMIT = "报批"
    DECIDE = "决定"
    TALK = "谈话"
    DONE = "完成"
    POSTPONED = "延迟"
    WITHDRAWN = "撤销"

    @property
    def closed(self) -> bool:
        return self in (Status.DONE, Status.POSTPONED, Status.WITHDRAWN)

    @property
    def label(self) -> str:
        """待审核 while waiting for a step; 完成 / 延迟 / 撤销 once ended."""
        return self.value if self.closed else f"待{self.value}"

    @property
    def pending_step(self) -> Step | None:
        """The step of 第二十四条 the case waits for (None once ended)."""
        return None if self.closed else Step(self.value)


class CaseKind(StrEnum):
    """The kind of a case, by the article of its findings; only 调整 writes an organizational-handling record."""

    AGE = "到龄免职（退休）"  # 第十九条
    TERM = "任期届满"  # 第二十条
    HEALTH = "健康原因"  # 第二十二条
    REQUEST = "个人申请"  # 第二十三条
    ADJUSTMENT = "调整"  # 第七条至第十八条


class DeterminationKind(StrEnum):
    """Kinds of a 责任认定. 认定 alone meets an item; the others are counted (see determinations.COUNTED)."""

    DETERMINED = "认定"
    CRITICISED = "通报批评"
    ENVIRONMENT_NOTICE = "环保通报"
    MAJOR = "重大"
    EXTRAORDINARY = "特别重大"
    NOTICE = "通报"
