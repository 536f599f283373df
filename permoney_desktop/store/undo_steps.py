"""The stored undo steps (``undo_steps``): saving a write's step, which step undo or redo
applies next, and its label for the Edit menu.

Loads no SQLAlchemy: the register's fast reads ask for the labels before it is imported.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from permoney_desktop.store.dialect import is_postgres
from permoney_desktop.store.read_pool import Rows

if TYPE_CHECKING:
    from sqlalchemy import Connection

MAX_STEPS_SETTING = "undo.max_steps"
DEFAULT_MAX_STEPS = 1000


def max_steps(conn: Connection) -> int:
    value = conn.exec_driver_sql(
        "SELECT value FROM settings WHERE key = ?", (MAX_STEPS_SETTING,)
    ).scalar()
    if value is None:
        return DEFAULT_MAX_STEPS
    try:
        return max(1, int(json.loads(value)))
    except (TypeError, ValueError):
        return DEFAULT_MAX_STEPS


def store_step(conn: Connection, label: str, payload: str, stamp: str, author: str) -> None:
    """Record a new write's step: clears its author's redo stack (others keep theirs) and
    keeps the journal bounded."""
    conn.exec_driver_sql(f"DELETE FROM undo_steps WHERE undone = 1 AND {_MINE}", (author,))
    conn.exec_driver_sql(
        "INSERT INTO undo_steps (label, created_at, undone, payload, author)"
        " VALUES (?, ?, 0, ?, ?)",
        (label, stamp, payload, author),
    )
    conn.exec_driver_sql(
        "DELETE FROM undo_steps WHERE id <= ("
        " SELECT id FROM undo_steps ORDER BY id DESC LIMIT 1 OFFSET ?)",
        (max_steps(conn),),
    )


# Undo is per person: a step is one's own when one made it, or when it was made before steps
# named their author ('' : anyone's, as all steps were).
_MINE = "author IN (?, '')"
# The next step each way: undo takes the newest done step, redo the oldest undone one. The
# labels query and ``next_step`` share these, so the Edit menu names the step that will run.
_NEWEST_DONE = f"FROM undo_steps WHERE undone = 0 AND {_MINE} ORDER BY id DESC LIMIT 1"
_OLDEST_UNDONE = f"FROM undo_steps WHERE undone = 1 AND {_MINE} ORDER BY id LIMIT 1"


def next_step(conn: Connection, redo: bool, author: str) -> tuple[int, str, str] | None:
    """(id, label, payload) of the step undo (or redo) would apply next for ``author``."""
    which = _OLDEST_UNDONE if redo else _NEWEST_DONE
    row = conn.exec_driver_sql(f"SELECT id, label, payload {which}", (author,)).first()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]))


def labels(r: Rows, author: str) -> tuple[str | None, str | None]:
    """The labels of the steps ``author``'s undo and redo would apply next (None: nothing),
    in one query."""
    undo, redo = r.rows(
        f"SELECT (SELECT label {_NEWEST_DONE}), (SELECT label {_OLDEST_UNDONE})", (author, author)
    )[0]
    return (None if undo is None else str(undo), None if redo is None else str(redo))


def others_since(conn: Connection, step_id: int, author: str) -> list[tuple[str, str, str, str]]:
    """(author, label, created_at, payload) of the steps other people made after step
    ``step_id`` and have not undone, oldest first: what an undo of it must not overwrite."""
    rows = conn.exec_driver_sql(
        "SELECT author, label, created_at, payload FROM undo_steps"
        " WHERE id > ? AND undone = 0 AND author NOT IN (?, '') ORDER BY id",
        (step_id, author),
    )
    return [(str(a), str(lb), str(c), str(p)) for a, lb, c, p in rows]


def history(r: Rows, limit: int) -> list[tuple[int, str, str, str, bool]]:
    """The newest ``limit`` steps, newest first: (id, created_at, author, label, undone)."""
    rows = r.rows(
        "SELECT id, created_at, author, label, undone FROM undo_steps ORDER BY id DESC LIMIT ?",
        (limit,),
    )
    return [(int(i), str(c), str(a), str(lb), bool(u)) for i, c, a, lb, u in rows]


def save_reversed(conn: Connection, step_id: int, *, undone: bool, payload: str) -> None:
    """A step after undo (``undone``) or redo, with the ops that reverse what just ran."""
    conn.exec_driver_sql(
        "UPDATE undo_steps SET undone = ?, payload = ? WHERE id = ?",
        (1 if undone else 0, payload, step_id),
    )


def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at commit only, for the rest of this transaction: a step's images
    are restored parent-first by construction, and this also covers rows that reference each
    other within one step. (A shared book's foreign keys are all DEFERRABLE for this:
    ``migrate.make_foreign_keys_deferrable``.)"""
    if is_postgres(conn):
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def depth(r: Rows, author: str) -> tuple[int, int]:
    """How many steps ``author`` can undo and redo."""
    counts = {
        bool(u): int(n)
        for u, n in r.rows(
            f"SELECT undone, COUNT(*) FROM undo_steps WHERE {_MINE} GROUP BY undone", (author,)
        )
    }
    return counts.get(False, 0), counts.get(True, 0)
