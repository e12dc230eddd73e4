"""Foundation: a random database id in the settings, so a backup of another database is never restored
over this one.

Revision ID: foundation_0002_database_id
Revises: 0001_foundation
Create Date: 2026-12-04
"""
import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "foundation_0002_database_id"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    exists = conn.execute(sa.text("SELECT 1 FROM setting WHERE key = 'database_id' AND year IS NULL")).first()
    if exists is None:
        conn.execute(sa.text("INSERT INTO setting (key, year, value) VALUES ('database_id', NULL, :v)"),
                     {"v": json.dumps(uuid.uuid4().hex)})


def downgrade() -> None:
    op.execute("DELETE FROM setting WHERE key = 'database_id' AND year IS NULL")
