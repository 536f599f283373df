"""Reads for the window's frame: the accounts in list order and the number of entries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from permoney_desktop.store.schema import AccountRow, EntryRow


def accounts(session: Session, *, include_archived: bool = True) -> list[tuple[Any, ...]]:
    """(id, name, kind, currency, archived) of the accounts, in list order."""
    stmt = select(
        AccountRow.id, AccountRow.name, AccountRow.kind, AccountRow.currency, AccountRow.archived
    ).order_by(AccountRow.sort_order, AccountRow.name)
    if not include_archived:
        stmt = stmt.where(AccountRow.archived.is_(False))
    return [tuple(r) for r in session.execute(stmt)]


def entry_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(EntryRow)) or 0)
