"""Master data (foundation). Other areas keep their tables in models_<area>.py beside this file
and import them from zydesk.storage.all_models so Alembic and the audit trail see every table."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
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


class CodeItem(Base):
    """Reference data: one row per value of a code table (民族, 职务层次, 单位类型, 考核等次…)."""

    __tablename__ = "code_item"
    __table_args__ = (UniqueConstraint("table_name", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), index=True)
    label: Mapped[str] = mapped_column(String(60))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text)


class DisciplineKind(Base):
    """Default 影响期 per kind of discipline or organizational handling (editable)."""

    __tablename__ = "discipline_kind"
    __table_args__ = (UniqueConstraint("category", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(20))  # 党纪处分 / 政务处分 / 组织处理
    kind: Mapped[str] = mapped_column(String(30))
    months: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Versioned, Base):
    """Local settings (readings of the policy, quotas, coefficients). year NULL = all years."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("key", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    year: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[Any] = mapped_column(JSON)


class Unit(Versioned, Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))  # 镇 / 县直部门 / 县直事业单位 / 县属国有企业
    group: Mapped[str] = mapped_column("assessment_group", String(40), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Cadre(Base):
    __tablename__ = "cadre"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    gender: Mapped[str] = mapped_column(String(2))  # derived from the ID number
    birth_date: Mapped[dt.date] = mapped_column(Date)  # derived from the ID number
    ethnicity: Mapped[str | None] = mapped_column(String(20))
    native_place: Mapped[str | None] = mapped_column(String(60))
    political_status: Mapped[str | None] = mapped_column(String(20))
    party_date: Mapped[dt.date | None] = mapped_column(Date)
    work_start: Mapped[dt.date | None] = mapped_column(Date)
    education: Mapped[str | None] = mapped_column(String(20))
    health: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10), default="在职")  # 在职/调出/退休/去世
    # Optimistic locking: every ORM update checks and bumps it, so a save over another clerk's newer change
    # is refused (services/master.py); bulk imports bump it too. Server default: Core inserts leave it out.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    posts: Mapped[list[Post]] = relationship(back_populates="cadre", order_by="Post.start_date")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read by SQLAlchemy once


class Post(Versioned, Base):
    """任职. A cadre's current post is the one with no end date; history is kept."""

    __tablename__ = "post"

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    title: Mapped[str] = mapped_column(String(80))
    level: Mapped[str] = mapped_column(String(20))  # 职务层次 (code table position_level)
    is_principal: Mapped[bool] = mapped_column(Boolean, default=False)  # 正职
    is_leadership: Mapped[bool] = mapped_column(Boolean, default=True)  # 领导职务 (else 职级)
    is_frontline: Mapped[bool] = mapped_column(Boolean, default=False)  # 基层一线
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, index=True)

    cadre: Mapped[Cadre] = relationship(back_populates="posts")
    unit: Mapped[Unit] = relationship()


class Appraisal(Versioned, Base):
    __tablename__ = "appraisal"
    __table_args__ = (UniqueConstraint("cadre_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    grade: Mapped[str] = mapped_column(String(10))  # 优秀/称职/基本称职/不称职/不定等次
    note: Mapped[str | None] = mapped_column(Text)


class Vote(Base):
    """民主测评: counts per option, e.g. {"好": 40, "较好": 12, "一般": 3, "差": 1}."""

    __tablename__ = "vote"
    __table_args__ = (UniqueConstraint("year", "vote_type", "unit_id", "cadre_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    vote_type: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    cadre_id: Mapped[int | None] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    counts: Mapped[dict[str, int]] = mapped_column(JSON)


class UnitScore(Base):
    """年度目标责任考核 score of a unit."""

    __tablename__ = "unit_score"
    __table_args__ = (UniqueConstraint("year", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    score: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    vetoed: Mapped[bool] = mapped_column(Boolean, default=False)  # 一票否决
    veto_reason: Mapped[str | None] = mapped_column(Text)
    commend_plus: Mapped[bool] = mapped_column(Boolean, default=False)  # 表彰净加分
    excess_plus: Mapped[bool] = mapped_column(Boolean, default=False)  # 超额完成净加分


class Commendation(Versioned, Base):
    __tablename__ = "commendation"
    __table_args__ = (UniqueConstraint("subject_type", "cadre_id", "unit_id", "title", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(4))  # 个人 / 单位
    cadre_id: Mapped[int | None] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    level: Mapped[str] = mapped_column(String(20))  # 中央/国务院 … 县委县政府
    issuer: Mapped[str | None] = mapped_column(String(80))
    date: Mapped[dt.date] = mapped_column(Date)


class Discipline(Versioned, Base):
    """处分和组织处理, with the end of its 影响期."""

    __tablename__ = "discipline"
    __table_args__ = (UniqueConstraint("cadre_id", "category", "kind", "decision_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(10))  # 党纪处分 / 政务处分 / 组织处理
    kind: Mapped[str] = mapped_column(String(30))
    decision_date: Mapped[dt.date] = mapped_column(Date)
    deciding_body: Mapped[str | None] = mapped_column(String(80))
    reason: Mapped[str | None] = mapped_column(Text)
    effect_end: Mapped[dt.date | None] = mapped_column(Date)


class AuditEntry(Base):
    """Append-only record of every write (SQLite triggers refuse UPDATE and DELETE), hash-chained:
    `seq` numbers the entries without gaps, `hash` is SHA-256 of the previous hash + this entry's
    content (zydesk/storage/audit_chain.py). Both are set when the entry is written."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int | None] = mapped_column(Integer, index=True, unique=True)
    hash: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(60))
    role: Mapped[str | None] = mapped_column(String(60))  # the account's roles when it acted (None before 0003)
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(60))
    result: Mapped[str] = mapped_column(String(60), default="成功", server_default="成功")
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
