"""优秀干部评选、个人奖励、选拔资格审查、科级后备干部.

Revision ID: excellent_0001
Revises: 0001_foundation
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "excellent_0001"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('excellent_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('total_target', sa.Integer(), nullable=False),
    sa.Column('tol_category', sa.Integer(), nullable=False),
    sa.Column('tol_overall', sa.Integer(), nullable=False),
    sa.Column('selection_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_excellent_round')),
    sa.UniqueConstraint('year', name=op.f('uq_excellent_round_year'))
    )
    op.create_table('excellent_honour',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=6), nullable=False),
    sa.Column('document_no', sa.String(length=60), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_excellent_honour_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_excellent_honour_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_excellent_honour'))
    )
    with op.batch_alter_table('excellent_honour', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_excellent_honour_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_excellent_honour_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_excellent_honour_year'), ['year'], unique=False)

    op.create_table('excellent_nomination',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=10), nullable=False),
    sa.Column('category_basis', sa.Text(), nullable=False),
    sa.Column('deeds', sa.Text(), nullable=False),
    sa.Column('attachments', sa.JSON(), nullable=False),
    sa.Column('stage', sa.String(length=6), nullable=False),
    sa.Column('eligible', sa.Boolean(), nullable=True),
    sa.Column('checks', sa.JSON(), nullable=True),
    sa.Column('checked_at', sa.DateTime(), nullable=True),
    sa.Column('votes', sa.Integer(), nullable=True),
    sa.Column('score', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('city_recommended', sa.Boolean(), nullable=False),
    sa.Column('overrun_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_excellent_nomination_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['excellent_round.id'], name=op.f('fk_excellent_nomination_round_id_excellent_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_excellent_nomination_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_excellent_nomination')),
    sa.UniqueConstraint('round_id', 'cadre_id', name=op.f('uq_excellent_nomination_round_id_cadre_id'))
    )
    with op.batch_alter_table('excellent_nomination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_excellent_nomination_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_excellent_nomination_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_excellent_nomination_stage'), ['stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_excellent_nomination_unit_id'), ['unit_id'], unique=False)

    op.create_table('excellent_quota',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=10), nullable=False),
    sa.Column('target', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['excellent_round.id'], name=op.f('fk_excellent_quota_round_id_excellent_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_excellent_quota')),
    sa.UniqueConstraint('round_id', 'category', name=op.f('uq_excellent_quota_round_id_category'))
    )
    with op.batch_alter_table('excellent_quota', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_excellent_quota_round_id'), ['round_id'], unique=False)

    op.create_table('promotion_key_work',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('work', sa.String(length=120), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_promotion_key_work_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_key_work'))
    )
    with op.batch_alter_table('promotion_key_work', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promotion_key_work_cadre_id'), ['cadre_id'], unique=False)

    op.create_table('promotion_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('post_text', sa.String(length=120), nullable=False),
    sa.Column('exchange', sa.Boolean(), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.Column('lines', sa.JSON(), nullable=False),
    sa.Column('conclusion', sa.String(length=60), nullable=False),
    sa.Column('run_at', sa.DateTime(), nullable=False),
    sa.Column('run_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_promotion_review_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_review'))
    )
    with op.batch_alter_table('promotion_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promotion_review_cadre_id'), ['cadre_id'], unique=False)

    op.create_table('reserve_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('source_ref', sa.String(length=60), nullable=True),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.Column('removal_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_reserve_entry_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reserve_entry'))
    )
    with op.batch_alter_table('reserve_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reserve_entry_cadre_id'), ['cadre_id'], unique=False)

    op.create_table('commendation_tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commendation_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['commendation_id'], ['commendation.id'], name=op.f('fk_commendation_tag_commendation_id_commendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commendation_tag')),
    sa.UniqueConstraint('commendation_id', name=op.f('uq_commendation_tag_commendation_id'))
    )
    op.create_table('excellent_honour_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('honour_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=30), nullable=False),
    sa.Column('body', sa.String(length=80), nullable=False),
    sa.Column('result', sa.String(length=6), nullable=False),
    sa.Column('opinion', sa.Text(), nullable=True),
    sa.Column('on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['honour_id'], ['excellent_honour.id'], name=op.f('fk_excellent_honour_step_honour_id_excellent_honour'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_excellent_honour_step'))
    )
    with op.batch_alter_table('excellent_honour_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_excellent_honour_step_honour_id'), ['honour_id'], unique=False)

    op.create_table('excellent_stage_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nomination_id', sa.Integer(), nullable=False),
    sa.Column('from_stage', sa.String(length=6), nullable=True),
    sa.Column('to_stage', sa.String(length=6), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['nomination_id'], ['excellent_nomination.id'], name=op.f('fk_excellent_stage_change_nomination_id_excellent_nomination'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_excellent_stage_change'))
    )
    with op.batch_alter_table('excellent_stage_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_excellent_stage_change_nomination_id'), ['nomination_id'], unique=False)

    op.create_table('excellent_suggestion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=4), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('honour_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_excellent_suggestion_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['honour_id'], ['excellent_honour.id'], name=op.f('fk_excellent_suggestion_honour_id_excellent_honour'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_excellent_suggestion')),
    sa.UniqueConstraint('cadre_id', 'year', 'kind', name=op.f('uq_excellent_suggestion_cadre_id_year_kind'))
    )
    with op.batch_alter_table('excellent_suggestion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_excellent_suggestion_cadre_id'), ['cadre_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('excellent_suggestion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_excellent_suggestion_cadre_id'))

    op.drop_table('excellent_suggestion')
    with op.batch_alter_table('excellent_stage_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_excellent_stage_change_nomination_id'))

    op.drop_table('excellent_stage_change')
    with op.batch_alter_table('excellent_honour_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_excellent_honour_step_honour_id'))

    op.drop_table('excellent_honour_step')
    op.drop_table('commendation_tag')
    with op.batch_alter_table('reserve_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reserve_entry_cadre_id'))

    op.drop_table('reserve_entry')
    with op.batch_alter_table('promotion_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promotion_review_cadre_id'))

    op.drop_table('promotion_review')
    with op.batch_alter_table('promotion_key_work', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promotion_key_work_cadre_id'))

    op.drop_table('promotion_key_work')
    with op.batch_alter_table('excellent_quota', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_excellent_quota_round_id'))

    op.drop_table('excellent_quota')
    with op.batch_alter_table('excellent_nomination', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_excellent_nomination_unit_id'))
        batch_op.drop_index(batch_op.f('ix_excellent_nomination_stage'))
        batch_op.drop_index(batch_op.f('ix_excellent_nomination_round_id'))
        batch_op.drop_index(batch_op.f('ix_excellent_nomination_cadre_id'))

    op.drop_table('excellent_nomination')
    with op.batch_alter_table('excellent_honour', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_excellent_honour_year'))
        batch_op.drop_index(batch_op.f('ix_excellent_honour_unit_id'))
        batch_op.drop_index(batch_op.f('ix_excellent_honour_cadre_id'))

    op.drop_table('excellent_honour')
    op.drop_table('excellent_round')
