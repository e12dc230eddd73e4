"""能上能下: a 容错案件 linked to one person of a 责任认定 (a case protects only whom it was concluded for).

Revision ID: adjustment_0002
Revises: adjustment_0001
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "adjustment_0002"
down_revision = "adjustment_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("adj_determination_cadre") as batch:
        batch.add_column(sa.Column("tolerance_case", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("adj_determination_cadre") as batch:
        batch.drop_column("tolerance_case")
