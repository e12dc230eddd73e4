"""Printing: the documents that took a 文号 (with 成文日期 and 签发人) and the releases of sealed years.

Numbers taken before this revision by the print forms (source "award-notice:2025", "excellent:2025",
"adjustment-decision:7", "tolerance-conclusion:紫容〔2026〕3号" …) become issued documents, so their years
are sealed and reprints keep them.

Revision ID: printing_0002
Revises: printing_0001
Create Date: 2026-12-04
"""
import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "printing_0002"
down_revision = "printing_0001"
branch_labels = None
depends_on = None

KINDS = {"award-notice", "excellent-decision", "adjustment-submission", "adjustment-decision",
         "tolerance-conclusion", "tolerance-filing"}
RENAMED = {"excellent": "excellent-decision"}


def upgrade() -> None:
    op.create_table(
        "issued_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_kind", sa.String(length=40), nullable=False),
        sa.Column("doc_key", sa.String(length=60), nullable=False),
        sa.Column("number_id", sa.Integer(), nullable=False),
        sa.Column("written_date", sa.Date(), nullable=False),
        sa.Column("signer", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["number_id"], ["doc_number.id"],
                                name=op.f("fk_issued_document_number_id_doc_number")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
        sa.UniqueConstraint("number_id", name=op.f("uq_issued_document_number_id")),
    )
    op.create_index("ix_issued_document_doc", "issued_document", ["doc_kind", "doc_key"])
    op.create_table(
        "seal_release",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=False),
        sa.Column("released_by", sa.String(length=60), nullable=False),
        sa.Column("relocked_at", sa.DateTime(), nullable=True),
        sa.Column("relocked_by", sa.String(length=60), nullable=True),
        sa.ForeignKeyConstraint(["number_id"], ["doc_number.id"],
                                name=op.f("fk_seal_release_number_id_doc_number")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seal_release")),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, source, issued_at, issued_by FROM doc_number "
                                "WHERE source <> '' ORDER BY id")).all()
    for nid, source, at, by in rows:
        kind, _, key = str(source).partition(":")
        kind = RENAMED.get(kind, kind)
        if kind not in KINDS or not key:
            continue
        when = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        conn.execute(sa.text("INSERT INTO issued_document (doc_kind, doc_key, number_id, written_date, signer, "
                             "created_at, created_by) VALUES (:k, :key, :n, :d, '', :at, :by)"),
                     {"k": kind, "key": key, "n": nid, "d": when.date(), "at": when, "by": by})


def downgrade() -> None:
    op.drop_table("seal_release")
    op.drop_index("ix_issued_document_doc", table_name="issued_document")
    op.drop_table("issued_document")
