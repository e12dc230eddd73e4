"""Tables of 能上能下 (《推进县管党政领导干部能上能下实施办法》): the facts the trigger rules read that no
other area records (责任认定, 重点工作全市排名, 扶贫绩效考核, 健康与个人申请, 分管领导), and the adjustment
proposals with their procedure steps (第二十四条). 监测考评 ranks are read from models_ranking.MonitoringRank.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zydesk.storage.base import Base, Versioned


class Determination(Base):
    """责任认定 (第十条至第十五条、第十七条): the finding of a functional department or of the 组织部."""

    __tablename__ = "adj_determination"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    article: Mapped[int] = mapped_column(Integer)
    item: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="认定")  # 认定/通报批评/环保通报/重大/特别重大/通报
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(120), default="")  # 认定文件
    tolerance_case: Mapped[str | None] = mapped_column(String(40))  # 容错案件编号
    fraud: Mapped[bool] = mapped_column(Boolean, default=False)  # 第十六条 弄虚作假/隐瞒不报/不及时报告
    fraud_note: Mapped[str | None] = mapped_column(Text)

    responsible: Mapped[list[DeterminationCadre]] = relationship(
        back_populates="determination", cascade="all, delete-orphan", order_by="DeterminationCadre.id")


class DeterminationCadre(Base):
    __tablename__ = "adj_determination_cadre"
    __table_args__ = (UniqueConstraint("determination_id", "cadre_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    determination_id: Mapped[int] = mapped_column(ForeignKey("adj_determination.id", ondelete="CASCADE"),
                                                  index=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # 主要负责人 / 分管领导 / 相关责任人
    tolerance_case: Mapped[str | None] = mapped_column(String(40))  # 容错案件 linked to this person only

    determination: Mapped[Determination] = relationship(back_populates="responsible")


class KeyTaskRank(Base):
    """重点工作全市考核排名 (第七条第（五）项)."""

    __tablename__ = "adj_key_task_rank"
    __table_args__ = (UniqueConstraint("year", "task", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    task: Mapped[str] = mapped_column(String(80))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    city_rank: Mapped[int] = mapped_column(Integer)
    city_count: Mapped[int] = mapped_column(Integer)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("cadre.id", ondelete="SET NULL"))  # 分管领导


class LeaderAssignment(Base):
    """分管: which deputy is in charge of a monitoring indicator of a unit (第八条 分管领导干部)."""

    __tablename__ = "adj_leader_assignment"
    __table_args__ = (UniqueConstraint("unit_id", "work"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    work: Mapped[str] = mapped_column(String(80))  # indicator name
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)


class PovertyAssessment(Base):
    """扶贫绩效考核 (第九条): 镇扶贫绩效考核 or 帮扶单位包村考核 of a unit in a year."""

    __tablename__ = "adj_poverty"
    __table_args__ = (UniqueConstraint("year", "unit_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    grade: Mapped[str | None] = mapped_column(String(4))  # 好/较好/一般/较差
    task_done: Mapped[bool | None] = mapped_column(Boolean)
    id_accuracy: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    exit_accuracy: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    satisfaction: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    fraud: Mapped[bool] = mapped_column(Boolean, default=False)


class HealthRecord(Base):
    """第二十二条: since when a cadre cannot work normally for health reasons (end = back at work)."""

    __tablename__ = "adj_health"

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class PersonalRequest(Base):
    """第二十三条: a written request to move to a non-leadership rank or to a lower post."""

    __tablename__ = "adj_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    request: Mapped[str] = mapped_column(String(20))  # 转任非领导职务 / 降低职务
    note: Mapped[str] = mapped_column(Text, default="")


class Proposal(Versioned, Base):
    """An adjustment case (调整/问责追责, 到龄免职（退休）, 任期届满) driven through 第二十四条's steps."""

    __tablename__ = "adj_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("post.id", ondelete="SET NULL"))
    case_kind: Mapped[str] = mapped_column(String(20))  # 调整 / 到龄免职（退休） / 任期届满
    year: Mapped[int] = mapped_column(Integer)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # snapshot: citation, verdict, evidence…
    methods_allowed: Mapped[list[str]] = mapped_column(JSON)
    proposed_method: Mapped[str | None] = mapped_column(String(20))
    dual_managed: Mapped[bool] = mapped_column(Boolean, default=False)
    arrangement: Mapped[str | None] = mapped_column(Text)  # 第十八条 妥善安排 / 第二十一条 安排适当工作
    status: Mapped[str] = mapped_column(String(10), default="报告")  # next step to do, or 完成 / 延迟
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    steps: Mapped[list[ProposalStep]] = relationship(back_populates="proposal", cascade="all, delete-orphan",
                                                     order_by="ProposalStep.id")


class ProposalStep(Base):
    """One step done: 报告 / 审核 / 报批 / 决定 / 谈话 / 延迟, with its date and the fields recorded."""

    __tablename__ = "adj_proposal_step"
    __table_args__ = (UniqueConstraint("proposal_id", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("adj_proposal.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(10))
    date: Mapped[dt.date] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    by: Mapped[str] = mapped_column(String(60))

    proposal: Mapped[Proposal] = relationship(back_populates="steps")
