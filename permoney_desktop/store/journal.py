"""The durable undo journal: row operations that record how to reverse themselves, and the
stored steps (``undo_steps``) they become.

A step's payload is JSON: ``{"ops": [...], "dirty": {account: date}, "kinds": [...]}``. Each op
says what the write did to one table, with just enough to reverse it:

* ``ins`` — rows were inserted; only their keys are kept (id ranges), so bulk imports stay cheap
  (link rows of new owners: just the owners' id ranges);
* ``del`` — rows were deleted; their full images are kept;
* ``upd`` — rows were updated; their images *before* the update are kept.

Undoing a step applies the inverse of its ops in reverse order, and the inverse of each op is
itself an op (an insert's rows are read back as it is undone, and become a delete's images).
The inverted list replaces the payload, so redo is the same mechanism run once more. History is
linear (a new write clears the redo stack), so the state a step is reversed against is always the
state it left behind, and the accounts and dates it dirtied are the ones its reversal dirties.

Values are the database's own (ISO date text, integers, 0/1 booleans): images are read and
written with driver-level SQL, with no per-value conversion. ``services.gate`` runs every write
through a ``Journal``; the steps are stored by ``store.undo_steps`` and applied by
``services.undo``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from itertools import chain
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.store import id_floors, split_queries
from permoney_desktop.store.dialect import (
    COPY_ROWS,
    column_list,
    copy_rows,
    follow_ids,
    is_postgres,
    quoted,
)
from permoney_desktop.store.table_info import primary_key, table_columns

if TYPE_CHECKING:
    from sqlalchemy import Connection

MAX_PARAMS = 999  # SQLite's smallest SQLITE_MAX_VARIABLE_NUMBER

Op = dict[str, Any]
Row = tuple[Any, ...]


def _columns(table: str) -> list[str]:
    return table_columns(table)


def _pk(table: str) -> list[str]:
    return primary_key(table)


def _bump(table: str) -> str:
    """``, version = version + 1`` for a table whose rows carry a version (entries): every
    change of a row through the journal, an undo's included, makes it newer, so an edit made
    against what someone read earlier is recognised (``services.row_versions``)."""
    return ", version = version + 1" if "version" in table_columns(table) else ""


def raw(value: Any) -> Any:
    """A Python value as SQLite stores it for our column types."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if value is not None and not isinstance(value, int | str):
        return str(value)  # Decimal rates are stored as their exact text
    return value


def id_ranges(ids: Iterable[int]) -> list[list[int]]:
    """Sorted ids as ``[first, last]`` runs: a 100k-row import is one pair."""
    if isinstance(ids, range) and ids.step == 1:
        return [[ids.start, ids.stop - 1]] if ids else []
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and runs[-1][1] + 1 == i:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def _expand(ranges: Sequence[Sequence[int]]) -> list[int]:
    out: list[int] = []
    for first, last in ranges:
        out.extend(range(first, last + 1))
    return out


class Journal:
    """Performs row operations on one connection and records how to reverse them."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.ops: list[Op] = []

    # -- reading ----------------------------------------------------------------------------

    def select(self, table: str, where: str, params: Sequence[Any] = ()) -> list[Row]:
        cols = column_list(_columns(table))
        result = self.conn.exec_driver_sql(
            f"SELECT {cols} FROM {table} WHERE {where}", tuple(params)
        )
        return [tuple(r) for r in result]

    def _key_where(self, table: str, keys: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
        pk = _pk(table)
        if len(pk) == 1:
            return f"{pk[0]} IN (SELECT value FROM json_each(?))", (json.dumps(list(keys)),)
        params = (json.dumps([list(k) for k in keys]),)
        if is_postgres(self.conn):
            # Compared as text: a JSON element is text, whatever the key column's type.
            cols = ", ".join(f"CAST({c} AS TEXT)" for c in pk)
            extract = ", ".join(f"value ->> {i}" for i in range(len(pk)))
            return (
                f"({cols}) IN (SELECT {extract} FROM jsonb_array_elements(CAST(? AS jsonb))"
                " AS j(value))",
                params,
            )
        extract = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(pk)))
        return f"({', '.join(pk)}) IN (SELECT {extract} FROM json_each(?))", params

    def _keys_of(self, cols: Sequence[str], table: str, rows: Sequence[Row]) -> list[Any]:
        idx = [cols.index(c) for c in _pk(table)]
        if len(idx) == 1:
            i = idx[0]
            return [r[i] for r in rows]
        return [[r[i] for i in idx] for r in rows]

    def _ins_op(self, table: str, keys: Sequence[Any]) -> Op:
        if len(_pk(table)) == 1:
            return {"op": "ins", "table": table, "ranges": id_ranges(keys)}
        if len(_pk(table)) == 2:
            # Link rows (entry_tags): first-key runs per second key, so tagging a whole
            # import with one tag stays one pair of numbers.
            groups: dict[Any, list[int]] = {}
            for first, second in keys:
                groups.setdefault(second, []).append(first)
            pairs = [[second, id_ranges(firsts)] for second, firsts in groups.items()]
            return {"op": "ins", "table": table, "groups": pairs}
        return {"op": "ins", "table": table, "keys": list(keys)}

    # -- journaled writes -------------------------------------------------------------------

    def insert(
        self,
        table: str,
        rows: Sequence[Row],
        cols: Sequence[str] | None = None,
        *,
        keys: Sequence[Any] | None = None,
    ) -> None:
        """Insert raw rows (all columns in schema order unless ``cols`` names them).

        ``keys``: the rows' primary keys when the caller has them already (a bulk import's
        id range), instead of reading them back out of every row.
        """
        if not rows:
            return
        cols = list(cols or _columns(table))
        if len(rows) >= COPY_ROWS and is_postgres(self.conn):
            copy_rows(self.conn, table, cols, rows)
        else:
            self._insert_rows(table, rows, cols)
        if "id" in cols and is_postgres(self.conn):
            follow_ids(self.conn, table)
        if keys is None:
            keys = self._keys_of(cols, table, rows)
        self.ops.append(self._ins_op(table, keys))

    def _insert_rows(self, table: str, rows: Sequence[Row], cols: Sequence[str]) -> None:
        marks = f"({', '.join('?' for _ in cols)})"
        head = f"INSERT INTO {table} ({column_list(cols)}) VALUES "
        # Bulk rows go in groups per statement. SQLite re-runs a statement's one-time setup
        # for every row of an executemany, including the lookup table it builds for a CHECK
        # ... IN (...) constraint (entries.kind): that setup alone cost more than the insert.
        # 999 parameters per statement fits every SQLite build (SQLCipher's too).
        per = max(1, MAX_PARAMS // len(cols))
        full = len(rows) - len(rows) % per if len(rows) >= 2 * per else 0
        if full:
            groups = [tuple(chain.from_iterable(rows[i : i + per])) for i in range(0, full, per)]
            self.conn.exec_driver_sql(head + ", ".join([marks] * per), groups)
        rest = rows[full:]
        if rest:
            many = rest if isinstance(rest, list) else list(rest)
            self.conn.exec_driver_sql(head + marks, many if len(rest) > 1 else rest[0])

    def insert_owned(
        self, table: str, rows: Sequence[Row], cols: Sequence[str], owner: str, owners: range
    ) -> None:
        """Insert link rows that all belong to rows this same write created (an import's
        entry_tags, owned by its new entries): journaled as "every row of ``table`` whose
        ``owner`` is in ``owners``", a pair of numbers instead of every key. Only for owners
        new in this write: no other write can have linked rows to them yet."""
        if not rows:
            return
        self.insert(table, rows, cols, keys=())
        self.ops[-1] = {"op": "ins", "table": table, "owned": [owner, id_ranges(owners)]}

    def insert_dicts(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Insert rows given as column → Python value (converted to raw values here)."""
        if not rows:
            return
        cols = list(rows[0])
        self.insert(table, [tuple(raw(r[c]) for c in cols) for r in rows], cols)

    def delete_where(self, table: str, where: str, params: Sequence[Any] = ()) -> list[Row]:
        """Delete matching rows, keeping their images; returns the images (schema order).
        Rows that depend on them through a split line go first, journaled too."""
        split_queries.before_delete(self, table, where, params)
        images = self.select(table, where, params)
        if images:
            self.conn.exec_driver_sql(f"DELETE FROM {table} WHERE {where}", tuple(params))
            cols = _columns(table)
            self.ops.append({"op": "del", "table": table, "cols": cols, "rows": images})
            if _pk(table) == ["id"]:
                # An undo or redo may put these ids back: no new row may take one meanwhile.
                at = cols.index("id")
                id_floors.raise_floor(self.conn, table, max(int(r[at]) for r in images))
        return images

    def delete_keys(self, table: str, keys: Sequence[Any]) -> list[Row]:
        where, params = self._key_where(table, keys)
        return self.delete_where(table, where, params)

    def update_where(
        self,
        table: str,
        values: dict[str, Any],
        where: str,
        params: Sequence[Any] = (),
    ) -> list[Row]:
        """Set ``values`` on matching rows, keeping their before-images (returned)."""
        images = self.select(table, where, params)
        if images:
            sets = ", ".join(f"{quoted(c)} = ?" for c in values) + _bump(table)
            self.conn.exec_driver_sql(
                f"UPDATE {table} SET {sets} WHERE {where}",
                tuple(raw(v) for v in values.values()) + tuple(params),
            )
            self.ops.append({"op": "upd", "table": table, "cols": _columns(table), "rows": images})
        return images

    def update_keys(self, table: str, keys: Sequence[Any], values: dict[str, Any]) -> list[Row]:
        where, params = self._key_where(table, keys)
        return self.update_where(table, values, where, params)

    # -- reversal ---------------------------------------------------------------------------

    def _restore(self, table: str, cols: list[str], rows: list[Row]) -> None:
        pk = _pk(table)
        # The version is not restored: the row is newer than both images.
        other = [c for c in cols if c not in pk and c != "version"]
        sets = ", ".join(f"{quoted(c)} = ?" for c in other) + _bump(table)
        where = " AND ".join(f"{c} = ?" for c in pk)
        order = [cols.index(c) for c in other + pk]
        self.conn.exec_driver_sql(
            f"UPDATE {table} SET {sets} WHERE {where}",
            [tuple(r[i] for i in order) for r in rows],
        )

    def reverse(self, ops: Sequence[Op]) -> list[Op]:
        """Undo ``ops`` (last first); returns the ops of that reversal, in execution order."""
        start = len(self.ops)
        for op in reversed(ops):
            table = op["table"]
            kind = op["op"]
            if kind == "ins":
                keys: list[Any]
                if "owned" in op:
                    owner, runs = op["owned"]
                    where = " OR ".join(f"{owner} BETWEEN ? AND ?" for _ in runs) or "0"
                    self.delete_where(table, where, [v for run in runs for v in run])
                    continue
                if "ranges" in op:
                    keys = _expand(op["ranges"])
                elif "groups" in op:
                    keys = [[f, second] for second, runs in op["groups"] for f in _expand(runs)]
                else:
                    keys = op["keys"]
                self.delete_keys(table, keys)
            elif kind == "del":
                rows = [tuple(r) for r in op["rows"]]
                self.insert(table, rows, op["cols"])
            else:
                rows = [tuple(r) for r in op["rows"]]
                keys = self._keys_of(op["cols"], table, rows)
                where, params = self._key_where(table, keys)
                current = self.select(table, where, params)
                self._restore(table, op["cols"], rows)
                self.ops.append(
                    {"op": "upd", "table": table, "cols": _columns(table), "rows": current}
                )
        return self.ops[start:]


def touched_keys(ops: Sequence[Op]) -> set[tuple[str, Any]]:
    """(table, primary key) of every row the ops changed (composite keys as tuples). Link rows
    journaled by their owners (``insert_owned``) are left out: their owners' own rows are in
    the same step."""
    out: set[tuple[str, Any]] = set()
    for op in ops:
        table = op["table"]
        if "owned" in op:
            continue
        if "ranges" in op:
            out.update((table, k) for k in _expand(op["ranges"]))
        elif "groups" in op:
            out.update((table, (f, second)) for second, runs in op["groups"] for f in _expand(runs))
        elif "keys" in op:
            out.update((table, tuple(k) if isinstance(k, list) else k) for k in op["keys"])
        else:
            idx = [op["cols"].index(c) for c in _pk(table)]
            for row in op["rows"]:
                key = row[idx[0]] if len(idx) == 1 else tuple(row[i] for i in idx)
                out.add((table, key))
    return out


# -- stored steps ---------------------------------------------------------------------------


def encode_payload(ops: list[Op], dirty: dict[AccountId, date], kinds: Iterable[ChangeKind]) -> str:
    return json.dumps(
        {
            "ops": ops,
            "dirty": {str(a): d.isoformat() for a, d in dirty.items()},
            "kinds": sorted(k.value for k in kinds),
        },
        separators=(",", ":"),
    )
