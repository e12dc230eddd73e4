"""Issuing bodies (发文机关) and the document numbers (发文字号) they allocated."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zydesk.storage.base import Base


class IssuingBody(Base):
    """中共紫阳县委办公室: its 发文机关标志 (…文件) and number prefix (紫办发). Editable."""

    __tablename__ = "issuing_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    mark: Mapped[str] = mapped_column(String(60))  # 发文机关标志
    prefix: Mapped[str] = mapped_column(String(20), unique=True)  # 发文机关代字
    sort: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DocNumber(Base):
    """One allocated number: sequential per prefix and year, never deleted; a voided one stays as 作废."""

    __tablename__ = "doc_number"
    __table_args__ = (UniqueConstraint("prefix", "year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("issuing_body.id"), index=True)
    prefix: Mapped[str] = mapped_column(String(20))  # copied: the number stays right if the body is renamed
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)  # the document it was used for
    source: Mapped[str] = mapped_column(String(120), default="")  # which record printed it (ranking:2025 …)
    status: Mapped[str] = mapped_column(String(10), default="已用")  # 已用 / 作废
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(60))
    void_reason: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    body: Mapped[IssuingBody] = relationship()
