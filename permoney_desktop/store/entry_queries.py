"""SQL for entries: row images for the write paths, the journaled deletes, and filtered pages
of entry views with their tags (driver-level SQL: rows come back as the cursor gives them)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.currency import Currency, all_codes, exponent
from permoney_desktop.store.journal import Journal, Row
from permoney_desktop.store.table_info import table_columns

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from permoney_desktop.domain.entry_views import EntryFilter

# An entries row image, in schema order (``services.entries`` names the positions).
# ``status`` and ``version`` are left out: new rows take their defaults (uncleared, 1); only
# services.reconcile and imports set a status, and only the journal raises a version, so the
# many row builders stay one shape.
COLUMNS = [c for c in table_columns("entries") if c not in ("status", "version")]
_COLS = ", ".join(COLUMNS)


def rows_by_id(conn: Connection, ids: Sequence[int]) -> dict[int, Row]:
    """Row images of the given entries by id (missing ids have none)."""
    rows = conn.exec_driver_sql(
        f"SELECT {_COLS} FROM entries WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([int(i) for i in ids]),),
    )
    return {int(r[0]): tuple(r) for r in rows}


def version_of(conn: Connection, entry_id: int) -> int | None:
    """The entry's row version (None: no such entry)."""
    value = conn.exec_driver_sql("SELECT version FROM entries WHERE id = ?", (entry_id,)).scalar()
    return None if value is None else int(value)


def partner(conn: Connection, transfer_id: int, entry_id: int) -> Row | None:
    """The row image of the other side of a transfer (None if it is missing)."""
    other = conn.exec_driver_sql(
        f"SELECT {_COLS} FROM entries WHERE transfer_id = ? AND id != ?", (transfer_id, entry_id)
    ).first()
    return None if other is None else tuple(other)


def tag_ids(conn: Connection, entry_id: int) -> list[int]:
    return [
        int(t)
        for (t,) in conn.exec_driver_sql(
            "SELECT tag_id FROM entry_tags WHERE entry_id = ?", (entry_id,)
        )
    ]


def delete_tags(journal: Journal, entry_id: int) -> None:
    """Unlink every tag of one entry (journaled)."""
    journal.delete_where("entry_tags", "entry_id = ?", (entry_id,))


def delete_with_transfers(journal: Journal, ids: list[int], transfer_ids: list[int]) -> list[Row]:
    """Delete the given entries and every side of the given transfers with their tag links,
    then the transfers (all journaled); returns the deleted entries' images."""
    id_list = json.dumps(ids)
    tids = json.dumps(transfer_ids)
    where = (
        "id IN (SELECT value FROM json_each(?)) OR transfer_id IN (SELECT value FROM json_each(?))"
    )
    journal.delete_where(
        "entry_tags", f"entry_id IN (SELECT id FROM entries WHERE {where})", (id_list, tids)
    )
    deleted = journal.delete_where("entries", where, (id_list, tids))
    if transfer_ids:
        journal.delete_keys("transfers", transfer_ids)
    return deleted


# -- views ----------------------------------------------------------------------------------

# A view row: id, account_id, account name, kind, date, amount, currency, payee, notes,
# category_id, category name, parent category name, merchant_id, merchant name, transfer_id,
# external_id, user_fields.
_VIEW = (
    "SELECT e.id, e.account_id, a.name, e.kind, e.date, e.amount, e.currency, e.payee, e.notes,"
    " e.category_id, c.name, p.name, e.merchant_id, m.name, e.transfer_id, e.external_id,"
    " e.user_fields, e.version FROM entries e JOIN accounts a ON a.id = e.account_id"
    " LEFT JOIN categories c ON c.id = e.category_id"
    " LEFT JOIN categories p ON p.id = c.parent_id"
    " LEFT JOIN merchants m ON m.id = e.merchant_id"
)


def tags_of(conn: Connection, ids: Sequence[int]) -> dict[int, list[str]]:
    """Tag names of the given entries by entry id."""
    out: dict[int, list[str]] = {}
    if not ids:
        return out
    rows = conn.exec_driver_sql(
        "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
        " WHERE et.entry_id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(ids)),),
    )
    for entry_id, name in rows:
        out.setdefault(int(entry_id), []).append(str(name))
    return out


def view_rows(conn: Connection, ids: Sequence[int]) -> list[Any]:
    """View rows of the given entries (any order; unknown ids have none)."""
    return list(
        conn.exec_driver_sql(
            f"{_VIEW} WHERE e.id IN (SELECT value FROM json_each(?))",
            (json.dumps([int(i) for i in ids]),),
        ).all()
    )


def _amount_bounds(f: EntryFilter) -> tuple[str, list[Any]]:
    """Exact signed-amount bounds per minor-unit exponent (each entry in its own currency)."""
    by_exp: dict[int, list[str]] = {}
    for code in all_codes():
        by_exp.setdefault(exponent(Currency(code)), []).append(code)
    parts: list[str] = []
    params: list[Any] = []
    for exp, codes in sorted(by_exp.items()):
        conds = ["e.currency IN (SELECT value FROM json_each(?))"]
        params.append(json.dumps(sorted(codes)))
        if f.amount_min is not None:
            conds.append("e.amount >= ?")
            params.append(int(f.amount_min.scaleb(exp).to_integral_value(ROUND_CEILING)))
        if f.amount_max is not None:
            conds.append("e.amount <= ?")
            params.append(int(f.amount_max.scaleb(exp).to_integral_value(ROUND_FLOOR)))
        parts.append("(" + " AND ".join(conds) + ")")
    return "(" + " OR ".join(parts) + ")", params


# An entry without split lines (the split entries are listed once per statement).
_NOT_SPLIT = "e.id NOT IN (SELECT entry_id FROM entry_splits)"


def _where(f: EntryFilter) -> tuple[str, list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    if f.account_ids:
        conds.append("e.account_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(a) for a in f.account_ids]))
    if f.date_from is not None:
        conds.append("e.date >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to is not None:
        conds.append("e.date <= ?")
        params.append(f.date_to.isoformat())
    if f.text.strip():
        like = "%" + f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like += "%"
        conds.append("(e.payee LIKE ? ESCAPE '\\' OR e.notes LIKE ? ESCAPE '\\')")
        params += [like, like]
    cat_conds = []
    if f.category_ids:
        ids = json.dumps([int(c) for c in f.category_ids])
        cats = (
            "(SELECT id FROM categories WHERE id IN (SELECT value FROM"
            " json_each(?)) OR parent_id IN (SELECT value FROM json_each(?)))"
        )
        # A split entry is found by its lines alone, never its own category, as the metrics
        # and the register count it (each subquery runs once, on an index of the lines).
        cat_conds.append(
            f"(e.category_id IN {cats} AND {_NOT_SPLIT})"
            f" OR e.id IN (SELECT entry_id FROM entry_splits WHERE category_id IN {cats})"
        )
        params += [ids, ids, ids, ids]
    if f.uncategorized:
        cat_conds.append(
            f"(e.category_id IS NULL AND {_NOT_SPLIT}) OR e.id IN (SELECT entry_id FROM"
            " entry_splits WHERE category_id IS NULL AND transfer_account_id IS NULL)"
        )
    if cat_conds:
        conds.append("(" + " OR ".join(cat_conds) + ")")
    if f.tag is not None:
        conds.append(
            "EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
            " WHERE et.entry_id = e.id AND lower(t.name) = lower(?))"
        )
        params.append(f.tag.strip())
    if f.amount_min is not None or f.amount_max is not None:
        sql, extra = _amount_bounds(f)
        conds.append(sql)
        params += extra
    if f.kinds:
        conds.append("e.kind IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([k.value for k in f.kinds]))
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def count(conn: Connection, f: EntryFilter) -> int:
    """How many entries match the filter."""
    where, params = _where(f)
    n = conn.exec_driver_sql(f"SELECT COUNT(*) FROM entries e{where}", tuple(params)).scalar()
    return int(n or 0)


def page(
    conn: Connection,
    f: EntryFilter,
    *,
    limit: int,
    offset: int,
    after: tuple[date, int] | None,
    newest_first: bool,
) -> list[Any]:
    """View rows of one page in (date, id) order: after the key ``after`` (keyset), or at
    ``offset``."""
    where, params = _where(f)
    direction = "DESC" if newest_first else "ASC"
    if after is not None:
        op = "<" if newest_first else ">"
        keyset = f"(e.date, e.id) {op} (?, ?)"
        where = f"{where} AND {keyset}" if where else f" WHERE {keyset}"
        params += [after[0].isoformat(), int(after[1])]
    sql = f"{_VIEW}{where} ORDER BY e.date {direction}, e.id {direction} LIMIT ? OFFSET ?"
    return list(conn.exec_driver_sql(sql, (*params, int(limit), int(offset))).all())
