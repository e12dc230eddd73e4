"""容错纠错 case files and the working-day calendar.

Revision ID: tolerance_0001
Revises: 0001_foundation
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "tolerance_0001"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workday_year',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('notice', sa.String(length=120), nullable=True),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('entered_by', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_workday_year'))
    )
    op.create_table('tolerance_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('applicant_type', sa.String(length=4), nullable=False),
    sa.Column('applicant_unit_id', sa.Integer(), nullable=True),
    sa.Column('applicant_cadre_id', sa.Integer(), nullable=True),
    sa.Column('applicant_name', sa.String(length=80), nullable=False),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('accountability_started', sa.Date(), nullable=False),
    sa.Column('accountability_concluded', sa.Date(), nullable=True),
    sa.Column('host_body', sa.String(length=80), nullable=False),
    sa.Column('host_kind', sa.String(length=20), nullable=False),
    sa.Column('circumstances', sa.JSON(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('late_reason', sa.Text(), nullable=True),
    sa.Column('accepted', sa.Boolean(), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('acceptance_note', sa.Text(), nullable=True),
    sa.Column('report_on', sa.Date(), nullable=True),
    sa.Column('report_summary', sa.Text(), nullable=True),
    sa.Column('exclusions', sa.JSON(), nullable=False),
    sa.Column('concluded_on', sa.Date(), nullable=True),
    sa.Column('conclusion', sa.String(length=10), nullable=True),
    sa.Column('mitigation', sa.String(length=4), nullable=True),
    sa.Column('conclusion_reason', sa.Text(), nullable=True),
    sa.Column('handling', sa.String(length=40), nullable=True),
    sa.Column('impact_months', sa.Integer(), nullable=True),
    sa.Column('impact_end', sa.Date(), nullable=True),
    sa.Column('feedback_on', sa.Date(), nullable=True),
    sa.Column('publicity', sa.Text(), nullable=True),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['applicant_cadre_id'], ['cadre.id'], name=op.f('fk_tolerance_case_applicant_cadre_id_cadre')),
    sa.ForeignKeyConstraint(['applicant_unit_id'], ['unit.id'], name=op.f('fk_tolerance_case_applicant_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tolerance_case')),
    sa.UniqueConstraint('number', name=op.f('uq_tolerance_case_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_tolerance_case_year_seq'))
    )
    op.create_index(op.f('ix_tolerance_case_applicant_cadre_id'), 'tolerance_case', ['applicant_cadre_id'], unique=False)
    op.create_index(op.f('ix_tolerance_case_applicant_unit_id'), 'tolerance_case', ['applicant_unit_id'], unique=False)
    op.create_index(op.f('ix_tolerance_case_status'), 'tolerance_case', ['status'], unique=False)
    op.create_index(op.f('ix_tolerance_case_year'), 'tolerance_case', ['year'], unique=False)
    op.create_table('workday_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.ForeignKeyConstraint(['year'], ['workday_year.year'], name=op.f('fk_workday_day_year_workday_year'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_workday_day'))
    )
    op.create_index(op.f('ix_workday_day_year'), 'workday_day', ['year'], unique=False)
    op.create_table('tolerance_clarification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('cadre_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=80), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['cadre.id'], name=op.f('fk_tolerance_clarification_cadre_id_cadre')),
    sa.ForeignKeyConstraint(['case_id'], ['tolerance_case.id'], name=op.f('fk_tolerance_clarification_case_id_tolerance_case'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_tolerance_clarification_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tolerance_clarification'))
    )
    op.create_index(op.f('ix_tolerance_clarification_cadre_id'), 'tolerance_clarification', ['cadre_id'], unique=False)
    op.create_index(op.f('ix_tolerance_clarification_case_id'), 'tolerance_clarification', ['case_id'], unique=False)
    op.create_index(op.f('ix_tolerance_clarification_unit_id'), 'tolerance_clarification', ['unit_id'], unique=False)
    op.create_table('tolerance_correction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('measure_item', sa.Integer(), nullable=False),
    sa.Column('measure', sa.String(length=20), nullable=False),
    sa.Column('handling_item', sa.Integer(), nullable=True),
    sa.Column('handling_body', sa.String(length=120), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('requirement', sa.Text(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['tolerance_case.id'], name=op.f('fk_tolerance_correction_case_id_tolerance_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tolerance_correction'))
    )
    op.create_index(op.f('ix_tolerance_correction_case_id'), 'tolerance_correction', ['case_id'], unique=False)
    op.create_table('tolerance_evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=4), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=120), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['tolerance_case.id'], name=op.f('fk_tolerance_evidence_case_id_tolerance_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tolerance_evidence'))
    )
    op.create_index(op.f('ix_tolerance_evidence_case_id'), 'tolerance_evidence', ['case_id'], unique=False)
    op.create_table('tolerance_filing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('mode', sa.String(length=4), nullable=False),
    sa.Column('recipient', sa.String(length=80), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['tolerance_case.id'], name=op.f('fk_tolerance_filing_case_id_tolerance_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tolerance_filing')),
    sa.UniqueConstraint('case_id', 'role', name=op.f('uq_tolerance_filing_case_id_role'))
    )
    op.create_index(op.f('ix_tolerance_filing_case_id'), 'tolerance_filing', ['case_id'], unique=False)
    op.create_table('tolerance_hearing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('heard_on', sa.Date(), nullable=False),
    sa.Column('party', sa.String(length=80), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['tolerance_case.id'], name=op.f('fk_tolerance_hearing_case_id_tolerance_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tolerance_hearing'))
    )
    op.create_index(op.f('ix_tolerance_hearing_case_id'), 'tolerance_hearing', ['case_id'], unique=False)
    op.create_table('tolerance_followup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('correction_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('closes', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['correction_id'], ['tolerance_correction.id'], name=op.f('fk_tolerance_followup_correction_id_tolerance_correction'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tolerance_followup'))
    )
    op.create_index(op.f('ix_tolerance_followup_correction_id'), 'tolerance_followup', ['correction_id'], unique=False)



def downgrade() -> None:
    op.drop_table('tolerance_followup')
    op.drop_table('tolerance_clarification')
    op.drop_table('tolerance_correction')
    op.drop_table('tolerance_filing')
    op.drop_table('tolerance_hearing')
    op.drop_table('tolerance_evidence')
    op.drop_table('tolerance_case')
    op.drop_table('workday_day')
    op.drop_table('workday_year')
