"""pre-summed split-line corrections per day and per month, for the metrics

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 13:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import permoney_desktop.store.types


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_TABLES = ('split_flow_days', 'split_flow_months')


def _fill() -> None:
    """The corrections of the lines already in the book (the write gate keeps them from now
    on). Frozen here as the lines were at this revision; PostgreSQL spells SQLite's NULL-safe
    ``IS`` and the month's first day its own way."""
    postgres = op.get_bind().dialect.name == 'postgresql'
    same = 'IS NOT DISTINCT FROM' if postgres else 'IS'
    month = "CAST(date_trunc('month', date) AS DATE)" if postgres else "substr(date, 1, 8) || '01'"
    cols = 'date, category_id, merchant_id, currency, total, inflow'
    op.execute(
        f"INSERT INTO split_flow_days ({cols}) SELECT * FROM ("
        " SELECT s.date AS day,"
        " CASE WHEN k.side = 1 THEN s.category_id ELSE s.entry_category_id END AS cat,"
        " s.merchant_id AS merchant, s.currency AS cur, SUM(k.side * s.amount) AS total,"
        " SUM(CASE WHEN k.side = 1"
        " THEN CASE WHEN s.category_id IS NULL AND s.amount > 0 THEN s.amount ELSE 0 END"
        " ELSE CASE WHEN s.entry_category_id IS NULL AND s.entry_positive = 1"
        " THEN -s.amount ELSE 0 END END) AS inflow"
        " FROM entry_splits s CROSS JOIN (SELECT 1 AS side UNION ALL SELECT -1) k"
        " WHERE (k.side = -1 OR s.transfer_account_id IS NULL)"
        f" AND NOT (s.transfer_account_id IS NULL AND s.category_id {same} s.entry_category_id"
        " AND (s.category_id IS NOT NULL"
        " OR (CASE WHEN s.amount > 0 THEN 1 ELSE 0 END) = s.entry_positive))"
        " GROUP BY s.date, cat, merchant, cur) c WHERE c.total != 0 OR c.inflow != 0"
    )
    op.execute(
        f"INSERT INTO split_flow_months ({cols})"
        f" SELECT m, category_id, merchant_id, currency, SUM(total), SUM(inflow) FROM"
        f" (SELECT {month} AS m, category_id, merchant_id, currency, total, inflow"
        " FROM split_flow_days) d GROUP BY m, category_id, merchant_id, currency"
        " HAVING SUM(total) != 0 OR SUM(inflow) != 0"
    )


def upgrade() -> None:
    for table in _TABLES:
        op.create_table(table,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('category_id', sa.Integer(), nullable=True),
        sa.Column('merchant_id', sa.Integer(), nullable=True),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('total', permoney_desktop.store.types.MinorUnits(), nullable=False),
        sa.Column('inflow', permoney_desktop.store.types.MinorUnits(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}'))
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f'ix_{table}_date', ['date'], unique=False)
    with op.batch_alter_table('split_flow_days', schema=None) as batch_op:
        batch_op.create_index('ix_split_flow_days_currency', ['currency', 'date'], unique=False)
    _fill()


def downgrade() -> None:
    with op.batch_alter_table('split_flow_days', schema=None) as batch_op:
        batch_op.drop_index('ix_split_flow_days_currency')
    for table in reversed(_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_date')
        op.drop_table(table)
