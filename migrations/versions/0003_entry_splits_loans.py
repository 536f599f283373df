"""split lines of entries, and loan terms of loan accounts

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 10:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import permoney_desktop.store.types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('entry_splits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('amount', permoney_desktop.store.types.MinorUnits(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('transfer_account_id', sa.Integer(), nullable=True),
    sa.Column('counter_entry_id', sa.Integer(), nullable=True),
    sa.Column('memo', sa.String(length=300), nullable=False),
    sa.Column('tags', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_entry_splits_category_id_categories'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['entry_id'], ['entries.id'], name=op.f('fk_entry_splits_entry_id_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_splits'))
    )
    with op.batch_alter_table('entry_splits', schema=None) as batch_op:
        batch_op.create_index('ix_entry_splits_entry_id', ['entry_id', 'position'], unique=False)
        batch_op.create_index('ix_entry_splits_counter_entry_id', ['counter_entry_id'], unique=False, sqlite_where=sa.text('counter_entry_id IS NOT NULL'))
        batch_op.create_index('ix_entry_splits_category_id', ['category_id'], unique=False, sqlite_where=sa.text('category_id IS NOT NULL'))

    op.create_table('loans',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('principal', permoney_desktop.store.types.MinorUnits(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('annual_rate', sa.String(length=40), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('payment', permoney_desktop.store.types.MinorUnits(), nullable=False),
    sa.Column('first_payment', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_loans_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_loans'))
    )


def downgrade() -> None:
    op.drop_table('loans')
    with op.batch_alter_table('entry_splits', schema=None) as batch_op:
        batch_op.drop_index('ix_entry_splits_category_id', sqlite_where=sa.text('category_id IS NOT NULL'))
        batch_op.drop_index('ix_entry_splits_counter_entry_id', sqlite_where=sa.text('counter_entry_id IS NOT NULL'))
        batch_op.drop_index('ix_entry_splits_entry_id')

    op.drop_table('entry_splits')
