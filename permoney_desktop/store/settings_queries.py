"""Book settings (the ``settings`` table: a key and its JSON text) read and written in a session."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from permoney_desktop.store.schema import SettingRow


def put(session: Session, key: str, text: str) -> None:
    """Set ``key`` to the JSON ``text`` (inserted or replaced)."""
    session.merge(SettingRow(key=key, value=text))


def all_texts(session: Session) -> dict[str, str]:
    """Every setting's JSON text by key."""
    return {r.key: r.value for r in session.scalars(select(SettingRow))}
