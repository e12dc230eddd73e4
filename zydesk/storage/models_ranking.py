"""Tables of 单位考核与奖励 (鼓励激励 第五条 to 第八条, 第十一条 to 第十七条).

Unit scores live in models.UnitScore (foundation); this module holds what the clerk decides on top of
the computed ranking (overrides, tie-breaks), the awards recorded by hand, the monitoring data for
第六条第2目, the bonus amounts and the bonus distribution plans.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zydesk.storage.base import Base, Versioned


class AwardOverride(Base):
    """A hand-given 年度目标责任考核奖 (or none), replacing the computed one; a reason is required."""

    __tablename__ = "ranking_override"
    __table_args__ = (UniqueConstraint("year", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    award: Mapped[str | None] = mapped_column(String(10))  # 一等奖/二等奖/三等奖, NULL = 不授奖
    reason: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(60))
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class TieBreak(Base):
    """The clerk's decision on a tie at the 一等奖 quota boundary of one group."""

    __tablename__ = "ranking_tie_break"
    __table_args__ = (UniqueConstraint("year", "group_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    group_name: Mapped[str] = mapped_column(String(40))
    winners: Mapped[list[int]] = mapped_column(JSON)  # unit ids given the remaining places
    reason: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(60))
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class RecordedAward(Versioned, Base):
    """Awards decided outside the ranking: 重大改革创新贡献奖 (grade), 重点工作单项考核奖 (task),
    追赶超越贡献奖 (第六条第1目), 目标责任考核创优贡献奖 (plus points), 脱贫攻坚 先进镇/先进部门/先进村
    (a village is a name under its town: unit_id is the town)."""

    __tablename__ = "recorded_award"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    village: Mapped[str | None] = mapped_column(String(60))
    grade: Mapped[str | None] = mapped_column(String(10))  # 特等奖/一等奖/二等奖/三等奖
    task: Mapped[str | None] = mapped_column(String(40))  # 重点工作 named in 第五条第（三）项
    plus_points: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    recommended: Mapped[bool] = mapped_column(Boolean, default=False)  # 推荐参加全市评选
    reason: Mapped[str] = mapped_column(Text, default="")


class MonitoringRank(Base):
    """县域经济社会发展监测考评: an indicator's province (and city) rank and its responsible unit."""

    __tablename__ = "monitoring_rank"
    __table_args__ = (UniqueConstraint("year", "indicator", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    indicator: Mapped[str] = mapped_column(String(80))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    province_rank: Mapped[int] = mapped_column(Integer)
    city_rank: Mapped[int | None] = mapped_column(Integer)
    province_count: Mapped[int | None] = mapped_column(Integer)  # 全省参评数
    city_count: Mapped[int | None] = mapped_column(Integer)  # 全市参评数
    retreat_province_rank: Mapped[int | None] = mapped_column(Integer)  # 退位幅度全省排位


class BonusAmount(Base):
    """Yearly bonus per award and grade (¥, set by 县督查考评办)."""

    __tablename__ = "bonus_amount"
    __table_args__ = (UniqueConstraint("year", "award_kind", "grade"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    award_kind: Mapped[str] = mapped_column(String(30))
    grade: Mapped[str] = mapped_column(String(20), default="")  # 一等奖… or the task, '' if none
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class BonusPlan(Base):
    """奖金分配方案 of an award-winning unit (第十一条: 报县督查考评办备案, 发放到人)."""

    __tablename__ = "bonus_plan"
    __table_args__ = (UniqueConstraint("year", "unit_id", "award_kind", "grade"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    award_kind: Mapped[str] = mapped_column(String(30))
    grade: Mapped[str] = mapped_column(String(20), default="")
    total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    coefficients: Mapped[dict[str, str | None]] = mapped_column(JSON)  # as used, grade → coefficient text or None
    remainder_rule: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    lines: Mapped[list[BonusLine]] = relationship(back_populates="plan", cascade="all, delete-orphan",
                                                  order_by="BonusLine.sort")


class BonusLine(Base):
    __tablename__ = "bonus_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("bonus_plan.id", ondelete="CASCADE"), index=True)
    cadre_id: Mapped[int | None] = mapped_column(ForeignKey("cadre.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    grade: Mapped[str] = mapped_column(String(10))  # 年度考核等次
    coefficient: Mapped[Decimal] = mapped_column(Numeric(6, 3))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    sort: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[BonusPlan] = relationship(back_populates="lines")
