"""能上能下: 责任认定, 重点工作排名, 扶贫绩效考核, 健康与个人申请, 分管领导, 调整方案及其程序步骤.

Revision ID: adjustment_0001
Revises: 0001_foundation
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "adjustment_0001"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('adj_determination',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('article', sa.Integer(), nullable=False),
    sa.Column('item', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=120), nullable=False),
    sa.Column('tolerance_case', sa.String(length=40), nullable=True),
    sa.Column('fraud', sa.Boolean(), nullable=False),
    sa.Column('fraud_note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_adj_determination_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_determination'))
    )
    with op.batch_alter_table('adj_determination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_determination_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_adj_determination_unit_id'), ['unit_id'], unique=False)

    op.create_table('adj_health',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_adj_health_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_health'))
    )
    with op.batch_alter_table('adj_health', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_health_cadre_id'), ['cadre_id'], unique=False)

    op.create_table('adj_key_task_rank',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('task', sa.String(length=80), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('city_rank', sa.Integer(), nullable=False),
    sa.Column('city_count', sa.Integer(), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['leader_id'], ['cadre.id'], name=op.f('fk_adj_key_task_rank_leader_id_cadre'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_adj_key_task_rank_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_key_task_rank')),
    sa.UniqueConstraint('year', 'task', 'unit_id', name=op.f('uq_adj_key_task_rank_year_task_unit_id'))
    )
    with op.batch_alter_table('adj_key_task_rank', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_key_task_rank_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_adj_key_task_rank_year'), ['year'], unique=False)

    op.create_table('adj_leader_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('work', sa.String(length=80), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_adj_leader_assignment_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_adj_leader_assignment_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_leader_assignment')),
    sa.UniqueConstraint('unit_id', 'work', name=op.f('uq_adj_leader_assignment_unit_id_work'))
    )
    with op.batch_alter_table('adj_leader_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_leader_assignment_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_adj_leader_assignment_unit_id'), ['unit_id'], unique=False)

    op.create_table('adj_poverty',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('grade', sa.String(length=4), nullable=True),
    sa.Column('task_done', sa.Boolean(), nullable=True),
    sa.Column('id_accuracy', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('exit_accuracy', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('satisfaction', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('fraud', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_adj_poverty_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_poverty')),
    sa.UniqueConstraint('year', 'unit_id', 'kind', name=op.f('uq_adj_poverty_year_unit_id_kind'))
    )
    with op.batch_alter_table('adj_poverty', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_poverty_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_adj_poverty_year'), ['year'], unique=False)

    op.create_table('adj_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('request', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_adj_request_cadre_id_cadre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_request'))
    )
    with op.batch_alter_table('adj_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_request_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_adj_request_date'), ['date'], unique=False)

    op.create_table('adj_determination_cadre',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('determination_id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_adj_determination_cadre_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['determination_id'], ['adj_determination.id'], name=op.f('fk_adj_determination_cadre_determination_id_adj_determination'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_determination_cadre')),
    sa.UniqueConstraint('determination_id', 'cadre_id', name=op.f('uq_adj_determination_cadre_determination_id_cadre_id'))
    )
    with op.batch_alter_table('adj_determination_cadre', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_determination_cadre_cadre_id'), ['cadre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_adj_determination_cadre_determination_id'), ['determination_id'], unique=False)

    op.create_table('adj_proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('case_kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('findings', sa.JSON(), nullable=False),
    sa.Column('methods_allowed', sa.JSON(), nullable=False),
    sa.Column('proposed_method', sa.String(length=20), nullable=True),
    sa.Column('dual_managed', sa.Boolean(), nullable=False),
    sa.Column('arrangement', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_adj_proposal_cadre_id_cadre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['post.id'], name=op.f('fk_adj_proposal_post_id_post'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_adj_proposal_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_proposal'))
    )
    with op.batch_alter_table('adj_proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_proposal_cadre_id'), ['cadre_id'], unique=False)

    op.create_table('adj_proposal_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=10), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['adj_proposal.id'], name=op.f('fk_adj_proposal_step_proposal_id_adj_proposal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adj_proposal_step')),
    sa.UniqueConstraint('proposal_id', 'step', name=op.f('uq_adj_proposal_step_proposal_id_step'))
    )
    with op.batch_alter_table('adj_proposal_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adj_proposal_step_proposal_id'), ['proposal_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('adj_proposal_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_proposal_step_proposal_id'))

    op.drop_table('adj_proposal_step')
    with op.batch_alter_table('adj_proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_proposal_cadre_id'))

    op.drop_table('adj_proposal')
    with op.batch_alter_table('adj_determination_cadre', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_determination_cadre_determination_id'))
        batch_op.drop_index(batch_op.f('ix_adj_determination_cadre_cadre_id'))

    op.drop_table('adj_determination_cadre')
    with op.batch_alter_table('adj_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_request_date'))
        batch_op.drop_index(batch_op.f('ix_adj_request_cadre_id'))

    op.drop_table('adj_request')
    with op.batch_alter_table('adj_poverty', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_poverty_year'))
        batch_op.drop_index(batch_op.f('ix_adj_poverty_unit_id'))

    op.drop_table('adj_poverty')
    with op.batch_alter_table('adj_leader_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_leader_assignment_unit_id'))
        batch_op.drop_index(batch_op.f('ix_adj_leader_assignment_cadre_id'))

    op.drop_table('adj_leader_assignment')
    with op.batch_alter_table('adj_key_task_rank', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_key_task_rank_year'))
        batch_op.drop_index(batch_op.f('ix_adj_key_task_rank_unit_id'))

    op.drop_table('adj_key_task_rank')
    with op.batch_alter_table('adj_health', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_health_cadre_id'))

    op.drop_table('adj_health')
    with op.batch_alter_table('adj_determination', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adj_determination_unit_id'))
        batch_op.drop_index(batch_op.f('ix_adj_determination_date'))

    op.drop_table('adj_determination')
