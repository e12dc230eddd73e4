"""Printing: optimistic locking of the issuing bodies (发文机关与文号): a version counter each save checks and
bumps, so an administrator's save over another's newer change of the same body is refused, not overwritten.

Revision ID: printing_0004
Revises: printing_0003
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "printing_0004"
down_revision = "printing_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("issuing_body", sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("issuing_body") as batch_op:
        batch_op.drop_column("version")
