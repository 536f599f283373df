"""SQL for split lines (``entry_splits``): reads, the journaled deletes that keep lines and their
transfer counterparts whole, the write gate's consistency reads, and the metrics' line flows.

Reads take either kind of connection (stdlib ``sqlite3`` from the read pool, or SQLAlchemy) and
return plain tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.store.balance_inputs import fetch
from permoney_desktop.store.split_reads import ids_json
from permoney_desktop.store.table_info import table_columns

if TYPE_CHECKING:
    from permoney_desktop.store.balance_inputs import Conn
    from permoney_desktop.store.journal import Journal, Row

COLUMNS = table_columns("entry_splits")
ID, ENTRY, POSITION, AMOUNT, CURRENCY, CATEGORY, TRANSFER_ACCOUNT, COUNTER, MEMO, TAGS = range(10)
# The entry's fields its lines carry (see schema.EntrySplitRow), after the line's own.
ENTRY_FIELDS = ("date", "merchant_id", "entry_category_id", "entry_positive")
_IDS = "(SELECT value FROM json_each(?))"


def _ids(ids: Iterable[int]) -> str:
    return ids_json(ids)


def any_lines(conn: Conn) -> bool:
    """Whether the book has any split line (most books have none: every check stops here)."""
    return bool(fetch(conn, "SELECT EXISTS (SELECT 1 FROM entry_splits)")[0][0])


# -- reads ----------------------------------------------------------------------------------


def split_entry_ids(conn: Conn, entry_ids: Sequence[int]) -> set[int]:
    """Which of the given entries are split."""
    if not entry_ids:
        return set()
    rows = fetch(
        conn,
        f"SELECT DISTINCT entry_id FROM entry_splits WHERE entry_id IN {_IDS}",
        (_ids(entry_ids),),
    )
    return {int(r[0]) for r in rows}


def counterpart_owners(conn: Conn, entry_ids: Sequence[int]) -> dict[int, int]:
    """Counterpart entry id → the split entry whose transfer line it is, for the given ids."""
    if not entry_ids:
        return {}
    rows = fetch(
        conn,
        f"SELECT counter_entry_id, entry_id FROM entry_splits WHERE counter_entry_id IN {_IDS}",
        (_ids(entry_ids),),
    )
    return {int(c): int(e) for c, e in rows}


def all_lines(conn: Conn) -> list[Row]:
    """Every line as stored, in id order (the full-book export)."""
    return [
        tuple(r) for r in fetch(conn, f"SELECT {', '.join(COLUMNS)} FROM entry_splits ORDER BY id")
    ]


def line_days(conn: Conn, ids: Sequence[int], owned: Sequence[Sequence[int]] = ()) -> list[Any]:
    """The distinct days of the lines ``ids`` and of the lines of entries in the ``owned``
    [first, last] runs (the days a write's new or changed lines are on now)."""
    out: list[Any] = []
    if ids:
        out += [
            r[0]
            for r in fetch(
                conn, f"SELECT DISTINCT date FROM entry_splits WHERE id IN {_IDS}", (_ids(ids),)
            )
        ]
    for first, last in owned:
        out += [
            r[0]
            for r in fetch(
                conn,
                "SELECT DISTINCT date FROM entry_splits WHERE entry_id BETWEEN ? AND ?",
                (first, last),
            )
        ]
    return out


# -- journaled writes -----------------------------------------------------------------------


def delete_lines(journal: Journal, entry_id: int, keep: Iterable[int] = ()) -> list[Row]:
    """Delete one entry's lines and their transfer counterparts, except the counterparts
    ``keep`` (journaled); returns the deleted counterpart entries' images."""
    lines = journal.delete_where("entry_splits", "entry_id = ?", (entry_id,))
    kept = set(keep)
    counters = [r[COUNTER] for r in lines if r[COUNTER] is not None and r[COUNTER] not in kept]
    if not counters:
        return []
    journal.delete_where("entry_tags", f"entry_id IN {_IDS}", (_ids(counters),))
    return journal.delete_where("entries", f"id IN {_IDS}", (_ids(counters),))


def before_delete(journal: Journal, table: str, where: str, params: Sequence[Any]) -> None:
    """Run before the journal deletes ``table`` rows matching ``where``, so every dependent row
    goes through the journal too (SQLite's own ON DELETE actions would bypass it, and undo
    would bring an entry back without its lines):

    * entries: their lines go, with the counterparts of their transfer lines; a line whose
      counterpart goes becomes a plain uncategorized line (its entry keeps its amount);
    * categories: lines in them become uncategorized;
    * accounts: their loan terms go.
    """
    if table == "accounts":
        journal.delete_where(
            "loans", f"account_id IN (SELECT id FROM accounts WHERE {where})", params
        )
        return
    if table not in ("entries", "categories") or not any_lines(journal.conn):
        return
    if table == "categories":
        journal.update_where(
            "entry_splits",
            {"category_id": None},
            f"category_id IN (SELECT id FROM categories WHERE {where})",
            params,
        )
        return
    doomed = f"(SELECT id FROM entries WHERE {where})"
    lines = journal.delete_where("entry_splits", f"entry_id IN {doomed}", params)
    counters = [r[COUNTER] for r in lines if r[COUNTER] is not None]
    if counters:
        journal.delete_where("entry_tags", f"entry_id IN {_IDS}", (_ids(counters),))
        journal.delete_where("entries", f"id IN {_IDS}", (_ids(counters),))
    journal.update_where(
        "entry_splits",
        {"transfer_account_id": None, "counter_entry_id": None},
        f"counter_entry_id IN {doomed}",
        params,
    )


def reassign_category(
    journal: Journal, in_categories: str, category_id: int | None
) -> list[tuple[int, str]]:
    """Move lines of the categories ``in_categories`` selects (a ``category_id IN (…)`` clause,
    as ``store.category_queries.in_categories`` builds) to ``category_id`` (journaled);
    returns (account id, ISO day) of their entries, whose category totals change."""
    moved = journal.update_where("entry_splits", {"category_id": category_id}, in_categories)
    if not moved:
        return []
    return [
        (int(a), d)
        for a, d in fetch(
            journal.conn,
            f"SELECT DISTINCT account_id, date FROM entries WHERE id IN {_IDS}",
            (_ids(r[ENTRY] for r in moved),),
        )
    ]


# -- the write gate's consistency reads -----------------------------------------------------


def parents_touching(conn: Conn, entry_ids: Sequence[int], split_ids: Sequence[int]) -> list[int]:
    """Split entries among ``entry_ids``, owning a counterpart among them, or owning one of the
    lines ``split_ids``."""
    if not entry_ids and not split_ids:
        return []
    e, s = _ids(entry_ids), _ids(split_ids)
    rows = fetch(
        conn,
        f"SELECT DISTINCT entry_id FROM entry_splits WHERE entry_id IN {_IDS}"
        f" OR counter_entry_id IN {_IDS} OR id IN {_IDS}",
        (e, e, s),
    )
    return sorted(int(r[0]) for r in rows)


def line_sums(conn: Conn, parents: Sequence[int]) -> list[tuple[Any, ...]]:
    """Per split entry: (entry id, its amount or None when it is gone, kind, currency,
    Σ line amounts, lines in another currency than the entry's)."""
    return fetch(
        conn,
        "SELECT s.entry_id, e.amount, e.kind, e.currency, SUM(s.amount),"
        " SUM(CASE WHEN s.currency != e.currency THEN 1 ELSE 0 END)"  # no SUM(bool) on PostgreSQL
        " FROM entry_splits s LEFT JOIN entries e ON e.id = s.entry_id"
        # The entry's columns in the GROUP BY too: one entry per id, and PostgreSQL takes no
        # bare columns.
        f" WHERE s.entry_id IN {_IDS} GROUP BY s.entry_id, e.amount, e.kind, e.currency",
        (_ids(parents),),
    )


def transfer_lines(conn: Conn, parents: Sequence[int]) -> list[tuple[Any, ...]]:
    """Transfer lines of the given entries with their entry and counterpart: (entry id,
    line id, transfer account, line amount, entry account, entry date, entry currency,
    counterpart id or None, its account, amount, date, currency, kind, transfer id)."""
    return fetch(
        conn,
        "SELECT s.entry_id, s.id, s.transfer_account_id, s.amount, e.account_id, e.date,"
        " e.currency, c.id, c.account_id, c.amount, c.date, c.currency, c.kind, c.transfer_id"
        " FROM entry_splits s JOIN entries e ON e.id = s.entry_id"
        " LEFT JOIN entries c ON c.id = s.counter_entry_id"
        f" WHERE s.entry_id IN {_IDS}"
        " AND (s.transfer_account_id IS NOT NULL OR s.counter_entry_id IS NOT NULL)",
        (_ids(parents),),
    )


def stale_entry_fields(conn: Conn, parents: Sequence[int]) -> list[tuple[Any, ...]]:
    """(entry id, day, merchant, category, positive) of split entries whose lines no longer
    carry the entry's own fields (an edit of the entry, or its undo)."""
    return fetch(
        conn,
        "SELECT e.id, e.date, e.merchant_id, e.category_id, e.amount > 0"
        " FROM entries e WHERE e.id IN (SELECT DISTINCT s.entry_id FROM entry_splits s"
        f" JOIN entries x ON x.id = s.entry_id WHERE s.entry_id IN {_IDS}"
        " AND (s.date IS NOT x.date OR s.merchant_id IS NOT x.merchant_id"
        " OR s.entry_category_id IS NOT x.category_id"
        # CASE: the flag is 0/1 on both dialects (store.types.Flag), a comparison is not.
        " OR s.entry_positive IS NOT (CASE WHEN x.amount > 0 THEN 1 ELSE 0 END)))",
        (_ids(parents),),
    )


def carry_entry_fields(journal: Journal, entry_id: int, values: Sequence[Any]) -> None:
    """Put the entry's (day, merchant, category, positive) on its lines (journaled)."""
    journal.update_where(
        "entry_splits", dict(zip(ENTRY_FIELDS, values, strict=True)), "entry_id = ?", (entry_id,)
    )


def split_ids_in(ranges: Sequence[Sequence[int]]) -> list[int]:
    """Every id of ``[first, last]`` runs (an insert op's keys)."""
    out: list[int] = []
    for first, last in ranges:
        out.extend(range(first, last + 1))
    return out


# -- the metrics' line flows ------------------------------------------------------------------

TRANSACTION = EntryKind.TRANSACTION.value


def correction_sql(day: str, where: str) -> str:
    """Flow rows that turn the entry-level flow sums into line-level ones. Same columns as the
    metrics' grouped sums: (day, category, merchant, currency, Σ amount, Σ uncategorized
    inflow), so the two sets of groups simply add up. ``day`` is the day expression over
    ``s.date``/``s.currency``; ``where`` a condition on ``s.date``.

    One pass over the lines alone (they carry their entry's day, merchant, category and sign),
    each read twice (``side``): +1 adds the line under its own category, -1 takes the same
    amount out of its entry's category — the -1 sides of an entry sum to its amount, since its
    lines do. Transfer lines only take out (they are not income or expense, as transfers are
    not). A line in its entry's own category cancels itself and is skipped (an uncategorized
    one only with the entry's sign, which decides income or expense). Only transactions are
    ever split (the write gate's rule), so no kind is read. Spelled for both dialects (this
    runs through SQLAlchemy, not ``store.dialect``): no ``IS`` between columns (ids are never 0,
    and ``=`` between NULLs would drop the row), flags compared with 1.
    """
    return f"""
SELECT {day} AS day,
       CASE WHEN k.side = 1 THEN s.category_id ELSE s.entry_category_id END AS cat,
       s.merchant_id AS merchant, s.currency AS cur,
       SUM(k.side * s.amount) AS total,
       SUM(CASE WHEN k.side = 1
                THEN CASE WHEN s.category_id IS NULL AND s.amount > 0 THEN s.amount ELSE 0 END
                ELSE CASE WHEN s.entry_category_id IS NULL AND s.entry_positive = 1
                          THEN -s.amount ELSE 0 END
           END) AS inflow
FROM entry_splits s CROSS JOIN (SELECT 1 AS side UNION ALL SELECT -1) k
WHERE {where}
  AND (k.side = -1 OR s.transfer_account_id IS NULL)
  AND NOT (s.transfer_account_id IS NULL
           AND COALESCE(s.category_id, 0) = COALESCE(s.entry_category_id, 0)
           AND (s.category_id IS NOT NULL
                OR (CASE WHEN s.amount > 0 THEN 1 ELSE 0 END) = s.entry_positive))
GROUP BY day, cat, merchant, cur
"""
