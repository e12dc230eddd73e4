"""Printing: the copy of a numbered document as it was issued (the PDF first printed or saved under its 文号),
kept with the issued document so a sealed year reprints what was issued.

Revision ID: printing_0003
Revises: printing_0002
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "printing_0003"
down_revision = "printing_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issued_document") as batch:
        batch.add_column(sa.Column("kept_pdf", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("kept_pages", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("kept_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("kept_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("kept_by", sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("issued_document") as batch:
        for name in ("kept_by", "kept_at", "kept_sha256", "kept_pages", "kept_pdf"):
            batch.drop_column(name)
