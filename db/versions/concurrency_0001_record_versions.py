"""Concurrency: optimistic locking of every record a person edits (a version counter each save checks and
bumps) — units, posts, appraisals, commendations, disciplines, settings, 容错 cases, 能上能下 proposals,
优秀干部 nominations, honours and reserve entries, recorded awards and the 关心关爱 registers — so a clerk's
save over another clerk's newer change is refused instead of silently overwriting it.

Revision ID: concurrency_0001_record_versions
Revises: foundation_0003_cadre_version, tolerance_0001, adjustment_0002, excellent_0001, ranking_0001, care_0001
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "concurrency_0001_record_versions"
# joins the branches of the areas whose tables gain the counter (they must exist first); one line, as
# migrate._quick_revisions reads it
down_revision = ("foundation_0003_cadre_version", "tolerance_0001", "adjustment_0002", "excellent_0001", "ranking_0001", "care_0001")
branch_labels = None
depends_on = None

TABLES = ("setting", "unit", "post", "appraisal", "discipline", "commendation", "tolerance_case", "adj_proposal",
          "excellent_nomination", "excellent_honour", "reserve_entry", "recorded_award", "care_training",
          "care_exchange", "care_exemplar", "care_leave", "care_talk", "care_health_check")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
