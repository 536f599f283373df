"""id floors: per table, the highest id a deleted row had, so ids are never given twice

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 18:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty on upgrade: every table's MAX(id) still counts, so a floor is only needed for ids
    # deleted from now on (the ones an undo or redo may put back).
    op.create_table(
        'id_floors',
        sa.Column('table_name', sa.String(length=100), nullable=False),
        sa.Column('floor', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('table_name', name=op.f('pk_id_floors')),
    )
    if op.get_bind().dialect.name == 'postgresql':
        # Every person's delete raises a floor. The grant script's default privileges cover
        # a table the owner adds; this covers a book upgraded by another role (a superuser).
        op.execute(
            "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'permoney_people')"
            " THEN GRANT SELECT, INSERT, UPDATE, DELETE ON id_floors TO permoney_people;"
            " END IF; END $$"
        )


def downgrade() -> None:
    op.drop_table('id_floors')
