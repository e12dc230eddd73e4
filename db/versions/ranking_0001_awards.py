"""单位考核与奖励: overrides and tie-breaks, recorded awards, monitoring data, bonus amounts and plans.

Revision ID: ranking_0001
Revises: 0001_foundation
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "ranking_0001"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bonus_amount',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('award_kind', sa.String(length=30), nullable=False),
    sa.Column('grade', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bonus_amount')),
    sa.UniqueConstraint('year', 'award_kind', 'grade', name=op.f('uq_bonus_amount_year_award_kind_grade'))
    )
    with op.batch_alter_table('bonus_amount', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bonus_amount_year'), ['year'], unique=False)

    op.create_table('ranking_tie_break',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('group_name', sa.String(length=40), nullable=False),
    sa.Column('winners', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ranking_tie_break')),
    sa.UniqueConstraint('year', 'group_name', name=op.f('uq_ranking_tie_break_year_group_name'))
    )
    with op.batch_alter_table('ranking_tie_break', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ranking_tie_break_year'), ['year'], unique=False)

    op.create_table('bonus_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('award_kind', sa.String(length=30), nullable=False),
    sa.Column('grade', sa.String(length=20), nullable=False),
    sa.Column('total', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('coefficients', sa.JSON(), nullable=False),
    sa.Column('remainder_rule', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_bonus_plan_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bonus_plan')),
    sa.UniqueConstraint('year', 'unit_id', 'award_kind', 'grade', name=op.f('uq_bonus_plan_year_unit_id_award_kind_grade'))
    )
    with op.batch_alter_table('bonus_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bonus_plan_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bonus_plan_year'), ['year'], unique=False)

    op.create_table('monitoring_rank',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.String(length=80), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('province_rank', sa.Integer(), nullable=False),
    sa.Column('city_rank', sa.Integer(), nullable=True),
    sa.Column('province_count', sa.Integer(), nullable=True),
    sa.Column('city_count', sa.Integer(), nullable=True),
    sa.Column('retreat_province_rank', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_monitoring_rank_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_rank')),
    sa.UniqueConstraint('year', 'indicator', 'unit_id', name=op.f('uq_monitoring_rank_year_indicator_unit_id'))
    )
    with op.batch_alter_table('monitoring_rank', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitoring_rank_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_monitoring_rank_year'), ['year'], unique=False)

    op.create_table('ranking_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('award', sa.String(length=10), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_ranking_override_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ranking_override')),
    sa.UniqueConstraint('year', 'unit_id', name=op.f('uq_ranking_override_year_unit_id'))
    )
    with op.batch_alter_table('ranking_override', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ranking_override_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ranking_override_year'), ['year'], unique=False)

    op.create_table('recorded_award',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('village', sa.String(length=60), nullable=True),
    sa.Column('grade', sa.String(length=10), nullable=True),
    sa.Column('task', sa.String(length=40), nullable=True),
    sa.Column('plus_points', sa.Numeric(precision=8, scale=2), nullable=True),
    sa.Column('recommended', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_recorded_award_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recorded_award'))
    )
    with op.batch_alter_table('recorded_award', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recorded_award_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recorded_award_year'), ['year'], unique=False)

    op.create_table('bonus_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('grade', sa.String(length=10), nullable=False),
    sa.Column('coefficient', sa.Numeric(precision=6, scale=3), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_bonus_line_cadre_id_cadre'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['bonus_plan.id'], name=op.f('fk_bonus_line_plan_id_bonus_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bonus_line'))
    )
    with op.batch_alter_table('bonus_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bonus_line_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bonus_line_plan_id'), ['plan_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('bonus_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bonus_line_plan_id'))
        batch_op.drop_index(batch_op.f('ix_bonus_line_cadre_id'))

    op.drop_table('bonus_line')
    with op.batch_alter_table('recorded_award', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recorded_award_year'))
        batch_op.drop_index(batch_op.f('ix_recorded_award_unit_id'))

    op.drop_table('recorded_award')
    with op.batch_alter_table('ranking_override', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ranking_override_year'))
        batch_op.drop_index(batch_op.f('ix_ranking_override_unit_id'))

    op.drop_table('ranking_override')
    with op.batch_alter_table('monitoring_rank', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_monitoring_rank_year'))
        batch_op.drop_index(batch_op.f('ix_monitoring_rank_unit_id'))

    op.drop_table('monitoring_rank')
    with op.batch_alter_table('bonus_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bonus_plan_year'))
        batch_op.drop_index(batch_op.f('ix_bonus_plan_unit_id'))

    op.drop_table('bonus_plan')
    with op.batch_alter_table('ranking_tie_break', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ranking_tie_break_year'))

    op.drop_table('ranking_tie_break')
    with op.batch_alter_table('bonus_amount', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bonus_amount_year'))

    op.drop_table('bonus_amount')
