"""Security: optimistic locking of accounts: a version counter each change of an account (停用/解锁, a reset or
changed password) checks and bumps, so an administrator acting on an account another administrator changed
since the list was read is refused with who and when, instead of undoing that change unseen.

Revision ID: security_0002
Revises: security_0001
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "security_0002"
down_revision = "security_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("account", sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_column("version")
