"""Foundation: master data, code tables, settings, audit trail.

Revision ID: 0001_foundation
Revises:
Create Date: 2026-11-22
"""
import json
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None

REFERENCE = Path(__file__).resolve().parent.parent / "reference"


def _seed() -> None:
    codes = json.loads((REFERENCE / "codes.json").read_text(encoding="utf-8"))
    code_item = sa.table(
        "code_item",
        sa.column("table_name", sa.String),
        sa.column("label", sa.String),
        sa.column("sort", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    rows = [
        {"table_name": table, "label": label, "sort": i, "active": True}
        for table, labels in codes.items()
        if not table.startswith("_")
        for i, label in enumerate(labels)
    ]
    op.bulk_insert(code_item, rows)
    periods = json.loads((REFERENCE / "discipline_periods.json").read_text(encoding="utf-8"))
    kind = sa.table(
        "discipline_kind",
        sa.column("category", sa.String),
        sa.column("kind", sa.String),
        sa.column("months", sa.Integer),
        sa.column("source", sa.Text),
        sa.column("sort", sa.Integer),
    )
    op.bulk_insert(kind, [dict(item, sort=i) for i, item in enumerate(periods["items"])])


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.String(length=60), nullable=True),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)

    op.create_table('cadre',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('gender', sa.String(length=2), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('ethnicity', sa.String(length=20), nullable=True),
    sa.Column('native_place', sa.String(length=60), nullable=True),
    sa.Column('political_status', sa.String(length=20), nullable=True),
    sa.Column('party_date', sa.Date(), nullable=True),
    sa.Column('work_start', sa.Date(), nullable=True),
    sa.Column('education', sa.String(length=20), nullable=True),
    sa.Column('health', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cadre')),
    sa.UniqueConstraint('id_number', name=op.f('uq_cadre_id_number'))
    )
    with op.batch_alter_table('cadre', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cadre_name'), ['name'], unique=False)

    op.create_table('code_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_item')),
    sa.UniqueConstraint('table_name', 'label', name=op.f('uq_code_item_table_name_label'))
    )
    with op.batch_alter_table('code_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_item_table_name'), ['table_name'], unique=False)

    op.create_table('discipline_kind',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('months', sa.Integer(), nullable=True),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discipline_kind')),
    sa.UniqueConstraint('category', 'kind', name=op.f('uq_discipline_kind_category_kind'))
    )
    op.create_table('setting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_setting')),
    sa.UniqueConstraint('key', 'year', name=op.f('uq_setting_key_year'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('short_name', sa.String(length=30), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('assessment_group', sa.String(length=40), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('name', name=op.f('uq_unit_name'))
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_assessment_group'), ['assessment_group'], unique=False)

    op.create_table('appraisal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('grade', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_appraisal_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal')),
    sa.UniqueConstraint('cadre_id', 'year', name=op.f('uq_appraisal_cadre_id_year'))
    )
    with op.batch_alter_table('appraisal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appraisal_cadre_id'), ['cadre_id'], unique=False)

    op.create_table('commendation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_type', sa.String(length=4), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('issuer', sa.String(length=80), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_commendation_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_commendation_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commendation')),
    sa.UniqueConstraint('subject_type', 'cadre_id', 'unit_id', 'title', 'date', name=op.f('uq_commendation_subject_type_cadre_id_unit_id_title_date'))
    )
    with op.batch_alter_table('commendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commendation_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commendation_unit_id'), ['unit_id'], unique=False)

    op.create_table('discipline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('deciding_body', sa.String(length=80), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('effect_end', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_discipline_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discipline')),
    sa.UniqueConstraint('cadre_id', 'category', 'kind', 'decision_date', name=op.f('uq_discipline_cadre_id_category_kind_decision_date'))
    )
    with op.batch_alter_table('discipline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_discipline_cadre_id'), ['cadre_id'], unique=False)

    op.create_table('post',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('is_principal', sa.Boolean(), nullable=False),
    sa.Column('is_leadership', sa.Boolean(), nullable=False),
    sa.Column('is_frontline', sa.Boolean(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_post_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_post_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post'))
    )
    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_unit_id'), ['unit_id'], unique=False)

    op.create_table('unit_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Numeric(precision=8, scale=2), nullable=False),
    sa.Column('vetoed', sa.Boolean(), nullable=False),
    sa.Column('veto_reason', sa.Text(), nullable=True),
    sa.Column('commend_plus', sa.Boolean(), nullable=False),
    sa.Column('excess_plus', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_unit_score_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_score')),
    sa.UniqueConstraint('year', 'unit_id', name=op.f('uq_unit_score_year_unit_id'))
    )
    with op.batch_alter_table('unit_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_score_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_score_year'), ['year'], unique=False)

    op.create_table('vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('vote_type', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('cadre_id', sa.Integer(), nullable=True),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_vote_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_vote_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote')),
    sa.UniqueConstraint('year', 'vote_type', 'unit_id', 'cadre_id', name=op.f('uq_vote_year_vote_type_unit_id_cadre_id'))
    )
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_year'), ['year'], unique=False)

    _seed()


def downgrade() -> None:
    for table in ("audit_entry", "discipline", "commendation", "unit_score", "vote", "appraisal",
                  "post", "cadre", "unit", "setting", "discipline_kind", "code_item"):
        op.drop_table(table)
