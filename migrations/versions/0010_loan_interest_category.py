"""a loan's interest category: the expense its scheduled payments' interest lines go to

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 16:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('interest_category_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_loans_interest_category_id_categories'),
            'categories',
            ['interest_category_id'],
            ['id'],
            ondelete='SET NULL',
        )
    # The book's own convention where it has one: the category of the latest interest line a
    # recorded payment (``loan pay --interest-category``) put on the loan. ``loan show``
    # names it, so it is never a silent guess.
    op.execute(
        "UPDATE loans SET interest_category_id = ("
        " SELECT i.category_id FROM entry_splits i"
        " JOIN entry_splits p ON p.entry_id = i.entry_id"
        " WHERE p.transfer_account_id = loans.account_id AND i.memo = 'interest'"
        " AND i.category_id IS NOT NULL"
        " ORDER BY i.entry_id DESC LIMIT 1)"
    )


def downgrade() -> None:
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f('fk_loans_interest_category_id_categories'), type_='foreignkey'
        )
        batch_op.drop_column('interest_category_id')
