"""entry status (uncleared, cleared, reconciled) and the reconciliation tables

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 10:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import permoney_desktop.store.types


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: SQLite changes only the table's definition,
    # so a book of a million entries upgrades at once (every existing entry is uncleared).
    with op.batch_alter_table('entries', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('status', sa.String(length=10), server_default=sa.text("'uncleared'"), nullable=False)
        )
    op.create_table('reconciliations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('statement_date', sa.Date(), nullable=False),
    sa.Column('statement_balance', permoney_desktop.store.types.MinorUnits(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('adjustment_id', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("state IN ('open', 'finished', 'undone')", name=op.f('ck_reconciliations_state')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_reconciliations_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['adjustment_id'], ['entries.id'], name=op.f('fk_reconciliations_adjustment_id_entries'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reconciliations'))
    )
    with op.batch_alter_table('reconciliations', schema=None) as batch_op:
        batch_op.create_index('ix_reconciliations_account', ['account_id', 'id'], unique=False)
    op.create_table('reconciled_entries',
    sa.Column('reconciliation_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['entries.id'], name=op.f('fk_reconciled_entries_entry_id_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reconciliation_id'], ['reconciliations.id'], name=op.f('fk_reconciled_entries_reconciliation_id_reconciliations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('reconciliation_id', 'entry_id', name=op.f('pk_reconciled_entries'))
    )
    with op.batch_alter_table('reconciled_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reconciled_entries_entry_id'), ['entry_id'], unique=False)
    op.create_table('reconciled_edits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('change', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_reconciled_edits_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reconciled_edits'))
    )
    with op.batch_alter_table('reconciled_edits', schema=None) as batch_op:
        batch_op.create_index('ix_reconciled_edits_account', ['account_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reconciled_edits', schema=None) as batch_op:
        batch_op.drop_index('ix_reconciled_edits_account')
    op.drop_table('reconciled_edits')
    with op.batch_alter_table('reconciled_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reconciled_entries_entry_id'))
    op.drop_table('reconciled_entries')
    with op.batch_alter_table('reconciliations', schema=None) as batch_op:
        batch_op.drop_index('ix_reconciliations_account')
    op.drop_table('reconciliations')
    # Dropping a column rebuilds the entries table (SQLite): the statuses are lost with it.
    with op.batch_alter_table('entries', schema=None) as batch_op:
        batch_op.drop_column('status')
