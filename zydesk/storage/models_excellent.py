"""Tables of 优秀干部评选 (第九条), individual honours (第十条), promotion reviews (第四章) and the
科级后备干部 reserve list."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zydesk.storage.base import Base, Versioned


class ExcellentRound(Base):
    """One selection round per year, with the “左右” tolerance it was run with."""

    __tablename__ = "excellent_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    total_target: Mapped[int] = mapped_column(Integer)
    tol_category: Mapped[int] = mapped_column(Integer)
    tol_overall: Mapped[int] = mapped_column(Integer)
    selection_date: Mapped[dt.date | None] = mapped_column(Date)  # the date discipline is checked for
    note: Mapped[str | None] = mapped_column(Text)

    quotas: Mapped[list[ExcellentQuota]] = relationship(cascade="all, delete-orphan",
                                                        order_by="ExcellentQuota.id")


class ExcellentQuota(Base):
    __tablename__ = "excellent_quota"
    __table_args__ = (UniqueConstraint("round_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("excellent_round.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(10))
    target: Mapped[int] = mapped_column(Integer)


class ExcellentNomination(Versioned, Base):
    """A nominee in a round; one category only (unique per round and cadre)."""

    __tablename__ = "excellent_nomination"
    __table_args__ = (UniqueConstraint("round_id", "cadre_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("excellent_round.id", ondelete="CASCADE"), index=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)  # 推荐单位
    category: Mapped[str] = mapped_column(String(10))
    category_basis: Mapped[str] = mapped_column(Text, default="")
    deeds: Mapped[str] = mapped_column(Text, default="")  # 事迹
    attachments: Mapped[list[str]] = mapped_column(JSON, default=list)
    stage: Mapped[str] = mapped_column(String(6), index=True)
    eligible: Mapped[bool | None] = mapped_column(Boolean)
    checks: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    votes: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    city_recommended: Mapped[bool] = mapped_column(Boolean, default=False)
    overrun_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ExcellentStageChange(Base):
    __tablename__ = "excellent_stage_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(ForeignKey("excellent_nomination.id", ondelete="CASCADE"),
                                               index=True)
    from_stage: Mapped[str | None] = mapped_column(String(6))
    to_stage: Mapped[str] = mapped_column(String(6))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str | None] = mapped_column(Text)


class Honour(Versioned, Base):
    """第十条 奖励: 嘉奖、记功 or an honorary title, for a cadre or a collective (unit), with its approval chain."""

    __tablename__ = "excellent_honour"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    cadre_id: Mapped[int | None] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(6))  # 报批中 / 已批准 / 未批准
    document_no: Mapped[str | None] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    steps: Mapped[list[HonourStep]] = relationship(cascade="all, delete-orphan", order_by="HonourStep.id")


class HonourStep(Base):
    """One step of 按程序报批: who gave which opinion when."""

    __tablename__ = "excellent_honour_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    honour_id: Mapped[int] = mapped_column(ForeignKey("excellent_honour.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(30))  # 单位提名 / 组织人事部门审核 / 县委审批 …
    body: Mapped[str] = mapped_column(String(80))
    result: Mapped[str] = mapped_column(String(6))  # 同意 / 不同意
    opinion: Mapped[str | None] = mapped_column(Text)
    on: Mapped[dt.date] = mapped_column(Date)


class HonourSuggestionDecision(Base):
    """The clerk's answer to a 记三等功 suggestion (accepted → an Honour row)."""

    __tablename__ = "excellent_suggestion"
    __table_args__ = (UniqueConstraint("cadre_id", "year", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(4))  # 采纳 / 忽略
    evidence: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    honour_id: Mapped[int | None] = mapped_column(ForeignKey("excellent_honour.id", ondelete="SET NULL"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(60))


class CommendationTag(Base):
    """The field of a commendation (第二十一条) or its kind (第二十二条 重大典型) when the title does not say."""

    __tablename__ = "commendation_tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    commendation_id: Mapped[int] = mapped_column(ForeignKey("commendation.id", ondelete="CASCADE"), unique=True)
    field: Mapped[str] = mapped_column(String(10), default="")
    kind: Mapped[str] = mapped_column(String(10), default="")


class KeyWork(Base):
    """第十八条: the cadre took part in 重点工作、中心工作 with results (recorded by the clerk)."""

    __tablename__ = "promotion_key_work"

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    work: Mapped[str] = mapped_column(String(120))
    result: Mapped[str] = mapped_column(Text)


class PromotionReview(Base):
    """A 资格审查 as it was run: the date, the data it used (snapshot), the lines and who ran it."""

    __tablename__ = "promotion_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    post_text: Mapped[str] = mapped_column(String(120), default="")
    exchange: Mapped[bool] = mapped_column(Boolean, default=False)
    review_date: Mapped[dt.date] = mapped_column(Date)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    conclusion: Mapped[str] = mapped_column(String(60))
    run_at: Mapped[dt.datetime] = mapped_column(DateTime)
    run_by: Mapped[str] = mapped_column(String(60))


class ReserveEntry(Versioned, Base):
    """科级后备干部: an entry stays (with its removal reason) after it is taken off the list."""

    __tablename__ = "reserve_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(30))  # 优秀干部 / 组织推荐 / 民主推荐 / …
    source_ref: Mapped[str | None] = mapped_column(String(60))  # e.g. “2025年度优秀干部”
    added_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    removed_on: Mapped[dt.date | None] = mapped_column(Date)
    removal_reason: Mapped[str | None] = mapped_column(Text)
