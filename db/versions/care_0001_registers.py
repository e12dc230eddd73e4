"""关心关爱: 培训, 交流/挂职, 先进典型, 年休假/调休, 谈心谈话, 体检 (鼓励激励 第二十五条至第二十九条).

Revision ID: care_0001
Revises: 0001_foundation
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "care_0001"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('care_exchange',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=120), nullable=False),
    sa.Column('place_kind', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_care_exchange_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_exchange')),
    sa.UniqueConstraint('cadre_id', 'start_date', 'kind', name=op.f('uq_care_exchange_cadre_id_start_date_kind'))
    )
    op.create_index(op.f('ix_care_exchange_cadre_id'), 'care_exchange', ['cadre_id'], unique=False)
    op.create_index(op.f('ix_care_exchange_start_date'), 'care_exchange', ['start_date'], unique=False)
    op.create_table('care_exemplar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('recommended_as', sa.String(length=20), nullable=False),
    sa.Column('recommended_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_care_exemplar_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_exemplar')),
    sa.UniqueConstraint('cadre_id', 'year', 'title', name=op.f('uq_care_exemplar_cadre_id_year_title'))
    )
    op.create_index(op.f('ix_care_exemplar_cadre_id'), 'care_exemplar', ['cadre_id'], unique=False)
    op.create_index(op.f('ix_care_exemplar_year'), 'care_exemplar', ['year'], unique=False)
    op.create_table('care_health_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('organiser', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_care_health_check_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_health_check')),
    sa.UniqueConstraint('cadre_id', 'date', name=op.f('uq_care_health_check_cadre_id_date'))
    )
    op.create_index(op.f('ix_care_health_check_cadre_id'), 'care_health_check', ['cadre_id'], unique=False)
    op.create_index(op.f('ix_care_health_check_date'), 'care_health_check', ['date'], unique=False)
    op.create_table('care_leave',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('entitled', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('taken', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('overtime', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('compensated', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_care_leave_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_leave')),
    sa.UniqueConstraint('cadre_id', 'year', name=op.f('uq_care_leave_cadre_id_year'))
    )
    op.create_index(op.f('ix_care_leave_cadre_id'), 'care_leave', ['cadre_id'], unique=False)
    op.create_index(op.f('ix_care_leave_year'), 'care_leave', ['year'], unique=False)
    op.create_table('care_talk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('talker', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_care_talk_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_talk')),
    sa.UniqueConstraint('cadre_id', 'date', 'talker', name=op.f('uq_care_talk_cadre_id_date_talker'))
    )
    op.create_index(op.f('ix_care_talk_cadre_id'), 'care_talk', ['cadre_id'], unique=False)
    op.create_index(op.f('ix_care_talk_date'), 'care_talk', ['date'], unique=False)
    op.create_table('care_training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('course', sa.String(length=120), nullable=False),
    sa.Column('organiser', sa.String(length=120), nullable=False),
    sa.Column('full_time', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_care_training_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_training')),
    sa.UniqueConstraint('cadre_id', 'start_date', 'course', name=op.f('uq_care_training_cadre_id_start_date_course'))
    )
    op.create_index(op.f('ix_care_training_cadre_id'), 'care_training', ['cadre_id'], unique=False)
    op.create_index(op.f('ix_care_training_start_date'), 'care_training', ['start_date'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_care_training_cadre_id'), table_name='care_training')
    op.drop_index(op.f('ix_care_training_start_date'), table_name='care_training')
    op.drop_table('care_training')
    op.drop_index(op.f('ix_care_talk_cadre_id'), table_name='care_talk')
    op.drop_index(op.f('ix_care_talk_date'), table_name='care_talk')
    op.drop_table('care_talk')
    op.drop_index(op.f('ix_care_leave_cadre_id'), table_name='care_leave')
    op.drop_index(op.f('ix_care_leave_year'), table_name='care_leave')
    op.drop_table('care_leave')
    op.drop_index(op.f('ix_care_health_check_cadre_id'), table_name='care_health_check')
    op.drop_index(op.f('ix_care_health_check_date'), table_name='care_health_check')
    op.drop_table('care_health_check')
    op.drop_index(op.f('ix_care_exemplar_cadre_id'), table_name='care_exemplar')
    op.drop_index(op.f('ix_care_exemplar_year'), table_name='care_exemplar')
    op.drop_table('care_exemplar')
    op.drop_index(op.f('ix_care_exchange_cadre_id'), table_name='care_exchange')
    op.drop_index(op.f('ix_care_exchange_start_date'), table_name='care_exchange')
    op.drop_table('care_exchange')
