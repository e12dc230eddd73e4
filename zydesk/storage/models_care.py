"""Tables of 关心关爱 (《鼓励激励实施办法》第二十五条至第二十九条): the registers a yearly coverage is read
from — 培训, 交流/挂职, 先进典型, 年休假/调休, 谈心谈话, 体检. A 体检 row holds only that a check took place,
its date and organiser: no medical content is stored here."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from zydesk.storage.base import Base, Versioned


class Training(Versioned, Base):
    """第二十五条: a course a cadre attended (脱产 or in service)."""

    __tablename__ = "care_training"
    __table_args__ = (UniqueConstraint("cadre_id", "start_date", "course"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    course: Mapped[str] = mapped_column(String(120))  # 培训班次
    organiser: Mapped[str] = mapped_column(String(120), default="")  # 主办单位（党校、高校…）
    full_time: Mapped[bool] = mapped_column(Boolean, default=True)  # 脱产
    note: Mapped[str] = mapped_column(Text, default="")


class Exchange(Versioned, Base):
    """第二十六条: a 双向交流 or 挂职锻炼 posting."""

    __tablename__ = "care_exchange"
    __table_args__ = (UniqueConstraint("cadre_id", "start_date", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # 双向交流 / 挂职锻炼
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120))  # 交流或挂职单位
    place_kind: Mapped[str] = mapped_column(String(20), default="")  # 基层一线/艰苦地区/急难岗位/上级机关/经济发达地区
    note: Mapped[str] = mapped_column(Text, default="")


class Exemplar(Versioned, Base):
    """第二十七条: a 先进典型 and whether it was put forward as 党代表/人大代表/政协委员."""

    __tablename__ = "care_exemplar"
    __table_args__ = (UniqueConstraint("cadre_id", "year", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(120))  # 先进典型称号
    recommended_as: Mapped[str] = mapped_column(String(20), default="")  # 党代表/人大代表/政协委员 or empty
    recommended_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Leave(Versioned, Base):
    """第二十八条: a cadre's 年休假 and 调休/补休 days for a year."""

    __tablename__ = "care_leave"
    __table_args__ = (UniqueConstraint("cadre_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    entitled: Mapped[Decimal] = mapped_column(Numeric(5, 1), default=Decimal(0))  # 应休年休假天数
    taken: Mapped[Decimal] = mapped_column(Numeric(5, 1), default=Decimal(0))  # 已休年休假天数
    overtime: Mapped[Decimal] = mapped_column(Numeric(5, 1), default=Decimal(0))  # 加班、节假日值班应调休天数
    compensated: Mapped[Decimal] = mapped_column(Numeric(5, 1), default=Decimal(0))  # 已调休、补休天数
    note: Mapped[str] = mapped_column(Text, default="")


class Talk(Versioned, Base):
    """第二十九条: a 谈心谈话 held with a cadre."""

    __tablename__ = "care_talk"
    __table_args__ = (UniqueConstraint("cadre_id", "date", "talker"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    talker: Mapped[str] = mapped_column(String(60))  # 谈话人
    note: Mapped[str] = mapped_column(Text, default="")


class HealthCheck(Versioned, Base):
    """第二十九条: that a cadre had the yearly health check — the date and organiser only."""

    __tablename__ = "care_health_check"
    __table_args__ = (UniqueConstraint("cadre_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    organiser: Mapped[str] = mapped_column(String(120), default="")
