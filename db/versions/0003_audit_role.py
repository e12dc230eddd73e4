"""Audit trail: each entry records the acting account's role(s) as well as its name. Entries written
before keep no role (NULL): their hashes cover no role, so they stay valid.

Revision ID: 0003_audit_role
Revises: 0002_audit_chain
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_audit_role"
down_revision = "0002_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A restore of an older backup adds the column while carrying newer entries over: it may be there already.
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("audit_entry")}
    if "role" not in columns:
        op.add_column("audit_entry", sa.Column("role", sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_column("role")
