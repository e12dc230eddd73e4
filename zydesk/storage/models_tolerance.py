"""Tables of 容错纠错 (紫阳县党政干部容错纠错实施细则) and of the shared working-day calendar."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zydesk.storage.base import Base, Versioned


class WorkdayYear(Base):
    """A year's holiday schedule entered from the 国务院办公厅 notice; replaces the built-in one for that year."""

    __tablename__ = "workday_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    notice: Mapped[str | None] = mapped_column(String(120))  # 国办发明电〔2026〕… / 通知日期
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    entered_by: Mapped[str] = mapped_column(String(60))

    days: Mapped[list[WorkdayDay]] = relationship(back_populates="year_row", cascade="all, delete-orphan",
                                                  order_by="WorkdayDay.day")


class WorkdayDay(Base):
    """One special day of an entered year: 放假 (off) or 上班 (a 调休 weekend day that is worked)."""

    __tablename__ = "workday_day"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("workday_year.year", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(4))  # 放假 / 上班

    year_row: Mapped[WorkdayYear] = relationship(back_populates="days")


class ToleranceCase(Versioned, Base):
    """容错认定案件: one application and its procedure (第八条), conclusion and follow-up."""

    __tablename__ = "tolerance_case"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # 紫容〔2026〕3号
    year: Mapped[int] = mapped_column(Integer, index=True)
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), index=True)
    # applicant: 单位 / 组织 / 个人
    applicant_type: Mapped[str] = mapped_column(String(4))
    applicant_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    applicant_cadre_id: Mapped[int | None] = mapped_column(ForeignKey("cadre.id"), index=True)
    applicant_name: Mapped[str] = mapped_column(String(80))  # as written on the application
    matter: Mapped[str] = mapped_column(Text)  # 事由
    accountability_started: Mapped[dt.date] = mapped_column(Date)  # 启动问责追责
    accountability_concluded: Mapped[dt.date | None] = mapped_column(Date)  # for 第十六条
    host_body: Mapped[str] = mapped_column(String(80))  # 主办单位 (the body that started it)
    host_kind: Mapped[str] = mapped_column(String(20))
    circumstances: Mapped[list[int]] = mapped_column(JSON, default=list)  # 第六条 items claimed
    # 第八条（一）申请
    applied_on: Mapped[dt.date] = mapped_column(Date)
    late_reason: Mapped[str | None] = mapped_column(Text)  # 逾期申请 registered anyway, why
    # （二）受理 / 不予受理
    accepted: Mapped[bool | None] = mapped_column(Boolean)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    acceptance_note: Mapped[str | None] = mapped_column(Text)  # the explanation when refused
    # （三）核查
    report_on: Mapped[dt.date | None] = mapped_column(Date)
    report_summary: Mapped[str | None] = mapped_column(Text)
    exclusions: Mapped[list[str]] = mapped_column(JSON, default=list)  # 第七条 items confirmed
    # （四）认定
    concluded_on: Mapped[dt.date | None] = mapped_column(Date)
    conclusion: Mapped[str | None] = mapped_column(String(10))  # 容错免责 / 容错减责 / 不予容错
    mitigation: Mapped[str | None] = mapped_column(String(4))  # 从轻 / 减轻
    conclusion_reason: Mapped[str | None] = mapped_column(Text)
    handling: Mapped[str | None] = mapped_column(String(40))  # 减责: the handling actually imposed
    impact_months: Mapped[int | None] = mapped_column(Integer)  # 减责 影响期 (第十二条)
    impact_end: Mapped[dt.date | None] = mapped_column(Date)
    # （五）反馈
    feedback_on: Mapped[dt.date | None] = mapped_column(Date)
    publicity: Mapped[str | None] = mapped_column(Text)  # 免责: where it was made public
    # （六）报备
    filed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    evidence: Mapped[list[ToleranceEvidence]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ToleranceEvidence.id")
    hearings: Mapped[list[ToleranceHearing]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ToleranceHearing.id")
    filings: Mapped[list[ToleranceFiling]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ToleranceFiling.id")
    corrections: Mapped[list[ToleranceCorrection]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ToleranceCorrection.id")


class ToleranceEvidence(Base):
    """佐证材料 with the application, or evidence gathered in 核查."""

    __tablename__ = "tolerance_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("tolerance_case.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(4))  # 申请 / 核查
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(120))
    received_on: Mapped[dt.date | None] = mapped_column(Date)

    case: Mapped[ToleranceCase] = relationship(back_populates="evidence")


class ToleranceHearing(Base):
    """申诉意见 heard during 核查 (第八条第（三）项)."""

    __tablename__ = "tolerance_hearing"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("tolerance_case.id", ondelete="CASCADE"), index=True)
    heard_on: Mapped[dt.date] = mapped_column(Date)
    party: Mapped[str] = mapped_column(String(80))
    summary: Mapped[str] = mapped_column(Text)

    case: Mapped[ToleranceCase] = relationship(back_populates="hearings")


class ToleranceFiling(Base):
    """One recipient of the 报备 (第八条第（六）项): 报 or 抄送."""

    __tablename__ = "tolerance_filing"
    __table_args__ = (UniqueConstraint("case_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("tolerance_case.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # 同级党委 / 同级政府 / 主管部门 / 上级单位 / …
    mode: Mapped[str] = mapped_column(String(4))  # 报送 / 抄送
    recipient: Mapped[str] = mapped_column(String(80))
    sent_on: Mapped[dt.date] = mapped_column(Date)

    case: Mapped[ToleranceCase] = relationship(back_populates="filings")


class ToleranceCorrection(Base):
    """纠错 measure (第九条) with its handling body (第十条) and follow-up until closed."""

    __tablename__ = "tolerance_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("tolerance_case.id", ondelete="CASCADE"), index=True)
    measure_item: Mapped[int] = mapped_column(Integer)  # 第九条（一）–（五）
    measure: Mapped[str] = mapped_column(String(20))  # 谈心谈话 / 函询谈话 / 诫勉谈话 …
    handling_item: Mapped[int | None] = mapped_column(Integer)  # 第十条（一）–（六）
    handling_body: Mapped[str] = mapped_column(String(120))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    requirement: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    case: Mapped[ToleranceCase] = relationship(back_populates="corrections")
    followups: Mapped[list[ToleranceFollowup]] = relationship(
        back_populates="correction", cascade="all, delete-orphan", order_by="ToleranceFollowup.id")


class ToleranceFollowup(Base):
    """整改情况 recorded on a correction."""

    __tablename__ = "tolerance_followup"

    id: Mapped[int] = mapped_column(primary_key=True)
    correction_id: Mapped[int] = mapped_column(ForeignKey("tolerance_correction.id", ondelete="CASCADE"),
                                               index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    closes: Mapped[bool] = mapped_column(Boolean, default=False)

    correction: Mapped[ToleranceCorrection] = relationship(back_populates="followups")


class ToleranceClarification(Base):
    """第十三条: a clarification for an unfounded or false complaint (（一）), or a referral of a
    malicious accusation (（三）). Not necessarily tied to a case."""

    __tablename__ = "tolerance_clarification"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))  # 澄清 / 查处
    case_id: Mapped[int | None] = mapped_column(ForeignKey("tolerance_case.id", ondelete="SET NULL"), index=True)
    cadre_id: Mapped[int | None] = mapped_column(ForeignKey("cadre.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    subject: Mapped[str] = mapped_column(String(80))
    method: Mapped[str] = mapped_column(String(20))  # 谈心鼓励 / 召开会议 / 通报 / 移送查处
    on: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
