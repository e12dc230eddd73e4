"""Issuing bodies (发文机关) and the document numbers (发文字号) they allocated."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zydesk.storage.base import Base, Versioned


class IssuingBody(Versioned, Base):
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


class IssuedDocument(Base):
    """A document that took a 文号: which document (kind + its case or year), the number, and the 成文日期 and
    签发人 the clerk entered. Every print of the document reads them, so a reprint never takes a second
    number. A document whose number was voided (作废) has no current number until it takes another."""

    __tablename__ = "issued_document"
    __table_args__ = (UniqueConstraint("number_id"), Index("ix_issued_document_doc", "doc_kind", "doc_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_kind: Mapped[str] = mapped_column(String(40))  # the print form's name (award-notice, excellent-decision …)
    doc_key: Mapped[str] = mapped_column(String(60))  # its year, case number or proposal id, as text
    number_id: Mapped[int] = mapped_column(ForeignKey("doc_number.id"))
    written_date: Mapped[dt.date] = mapped_column(Date)  # 成文日期
    signer: Mapped[str] = mapped_column(String(60), default="")  # 签发人 (上行文)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))
    # What was issued under the number: the PDF as first printed or saved (zlib-compressed; its SHA-256 is of
    # the PDF itself). A sealed year reprints it instead of building the document from today's records.
    # Deferred: every print reads the number, few need the copy. Written by Core (never in an audit diff).
    kept_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    kept_pages: Mapped[int | None] = mapped_column(Integer)
    kept_sha256: Mapped[str | None] = mapped_column(String(64))
    kept_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    kept_by: Mapped[str | None] = mapped_column(String(60))

    number: Mapped[DocNumber] = relationship()


class SealRelease(Base):
    """A 审核员 unsealed a year sealed by a number (with the reason); relocked_at closes it. A new number
    for the same document seals the year again by itself (a release names the number it released)."""

    __tablename__ = "seal_release"

    id: Mapped[int] = mapped_column(primary_key=True)
    area: Mapped[str] = mapped_column(String(20))  # ranking / excellent
    year: Mapped[int] = mapped_column(Integer)
    number_id: Mapped[int] = mapped_column(ForeignKey("doc_number.id"))
    reason: Mapped[str] = mapped_column(Text)
    released_at: Mapped[dt.datetime] = mapped_column(DateTime)
    released_by: Mapped[str] = mapped_column(String(60))
    relocked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    relocked_by: Mapped[str | None] = mapped_column(String(60))
