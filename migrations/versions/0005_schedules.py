"""scheduled transactions: schedules, their handled occurrences, catch-up marks, and
rejected recurring-payment proposals

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 10:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import permoney_desktop.store.types


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('to_account_id', sa.Integer(), nullable=True),
    sa.Column('amount', permoney_desktop.store.types.MinorUnits(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('payee', sa.String(length=300), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('frequency', sa.String(length=5), nullable=False),
    sa.Column('interval', sa.Integer(), nullable=False),
    sa.Column('day', sa.Integer(), nullable=True),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('nth', sa.Integer(), nullable=True),
    sa.Column('weekend', sa.String(length=6), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('mode', sa.String(length=6), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("frequency IN ('day', 'week', 'month', 'year')", name=op.f('ck_schedules_frequency')),
    sa.CheckConstraint("mode IN ('post', 'remind')", name=op.f('ck_schedules_mode')),
    sa.CheckConstraint("weekend IN ('none', 'before', 'after')", name=op.f('ck_schedules_weekend')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_schedules_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_schedules_category_id_categories'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['to_account_id'], ['accounts.id'], name=op.f('fk_schedules_to_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedules'))
    )
    op.create_table('schedule_postings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('occurrence', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=7), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('posted', 'skipped')", name=op.f('ck_schedule_postings_status')),
    sa.ForeignKeyConstraint(['entry_id'], ['entries.id'], name=op.f('fk_schedule_postings_entry_id_entries'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['schedule_id'], ['schedules.id'], name=op.f('fk_schedule_postings_schedule_id_schedules'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_postings')),
    sa.UniqueConstraint('schedule_id', 'occurrence', name=op.f('uq_schedule_postings_schedule_id_occurrence'))
    )
    with op.batch_alter_table('schedule_postings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_postings_entry_id'), ['entry_id'], unique=False)

    op.create_table('schedule_marks',
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('through', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('schedule_id', name=op.f('pk_schedule_marks'))
    )
    op.create_table('recurring_rejections',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('payee_key', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_recurring_rejections_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', 'payee_key', name=op.f('pk_recurring_rejections'))
    )


def downgrade() -> None:
    op.drop_table('recurring_rejections')
    op.drop_table('schedule_marks')
    with op.batch_alter_table('schedule_postings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_postings_entry_id'))

    op.drop_table('schedule_postings')
    op.drop_table('schedules')
