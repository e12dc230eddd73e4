"""干部任免审批表: the original form of each imported `.lrmx` (values the program does not model, the photo).

Revision ID: lrmx_0001
Revises: 0001_foundation
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "lrmx_0001"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "renmian_form",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cadre_id", sa.Integer(), nullable=False),
        sa.Column("xml", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.ForeignKeyConstraint(["cadre_id"], ["cadre.id"], name=op.f("fk_renmian_form_cadre_id_cadre"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renmian_form")),
        sa.UniqueConstraint("cadre_id", name=op.f("uq_renmian_form_cadre_id")),
    )


def downgrade() -> None:
    op.drop_table("renmian_form")
