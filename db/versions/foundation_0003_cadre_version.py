"""Foundation: optimistic locking of cadre records (a version counter each save checks and bumps), so a
clerk's save over another clerk's newer change is refused instead of silently overwriting it.

Revision ID: foundation_0003_cadre_version
Revises: foundation_0002_database_id
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "foundation_0003_cadre_version"
down_revision = "foundation_0002_database_id"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cadre", sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("cadre") as batch_op:
        batch_op.drop_column("version")
