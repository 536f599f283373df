"""split lines carry their entry's day, merchant, category and sign (the metrics read lines alone)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 11:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import permoney_desktop.store.types


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('entry_splits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('date', sa.Date(), nullable=False, server_default='1970-01-01'))
        batch_op.add_column(sa.Column('merchant_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('entry_category_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('entry_positive', permoney_desktop.store.types.Flag(), nullable=False, server_default='0'))
    op.execute(
        "UPDATE entry_splits SET"
        " date = (SELECT e.date FROM entries e WHERE e.id = entry_splits.entry_id),"
        " merchant_id = (SELECT e.merchant_id FROM entries e WHERE e.id = entry_splits.entry_id),"
        " entry_category_id = (SELECT e.category_id FROM entries e WHERE e.id = entry_splits.entry_id),"
        # CASE, not a bare comparison: the same 0/1 on SQLite, and PostgreSQL stores flags as
        # smallint (store.types.Flag).
        " entry_positive = (SELECT CASE WHEN e.amount > 0 THEN 1 ELSE 0 END FROM entries e"
        " WHERE e.id = entry_splits.entry_id)"
    )
    # The defaults only filled existing rows; new lines always name their values.
    with op.batch_alter_table('entry_splits', schema=None) as batch_op:
        batch_op.alter_column('date', server_default=None)
        batch_op.alter_column('entry_positive', server_default=None)
        batch_op.create_index('ix_entry_splits_date', ['date'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('entry_splits', schema=None) as batch_op:
        batch_op.drop_index('ix_entry_splits_date')
        batch_op.drop_column('entry_positive')
        batch_op.drop_column('entry_category_id')
        batch_op.drop_column('merchant_id')
        batch_op.drop_column('date')
