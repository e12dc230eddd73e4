"""Printing: issuing bodies (发文机关, seeded, editable) and allocated document numbers (发文字号).

Revision ID: printing_0001
Revises: 0001_foundation
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "printing_0001"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

# (name, 发文机关标志, 代字): the county's usual issuing bodies; the clerk edits or adds more.
BODIES = [
    ("中共紫阳县委", "中共紫阳县委文件", "紫发"),
    ("紫阳县人民政府", "紫阳县人民政府文件", "紫政发"),
    ("中共紫阳县委办公室", "中共紫阳县委办公室文件", "紫办发"),
    ("紫阳县人民政府办公室", "紫阳县人民政府办公室文件", "紫政办发"),
    ("中共紫阳县委组织部", "中共紫阳县委组织部文件", "紫组发"),
    ("中共紫阳县纪委 紫阳县监委", "中共紫阳县纪委 紫阳县监委文件", "紫纪发"),
    ("紫阳县人力资源和社会保障局", "紫阳县人力资源和社会保障局文件", "紫人社发"),
]


def upgrade() -> None:
    body = op.create_table(
        "issuing_body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("mark", sa.String(length=60), nullable=False),
        sa.Column("prefix", sa.String(length=20), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuing_body")),
        sa.UniqueConstraint("name", name=op.f("uq_issuing_body_name")),
        sa.UniqueConstraint("prefix", name=op.f("uq_issuing_body_prefix")),
    )
    op.create_table(
        "doc_number",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=60), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["body_id"], ["issuing_body.id"], name=op.f("fk_doc_number_body_id_issuing_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doc_number")),
        sa.UniqueConstraint("prefix", "year", "seq", name=op.f("uq_doc_number_prefix_year_seq")),
    )
    with op.batch_alter_table("doc_number", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_doc_number_body_id"), ["body_id"], unique=False)
    op.bulk_insert(body, [{"name": n, "mark": m, "prefix": p, "sort": i, "active": True}
                          for i, (n, m, p) in enumerate(BODIES)])


def downgrade() -> None:
    with op.batch_alter_table("doc_number", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_doc_number_body_id"))
    op.drop_table("doc_number")
    op.drop_table("issuing_body")
