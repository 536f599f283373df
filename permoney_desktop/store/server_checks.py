"""``permoney check`` on a shared (PostgreSQL) book: the database's own consistency checks in
place of SQLite's ``integrity_check`` and ``foreign_key_check``.

* constraints the server holds but has not validated (``NOT VALID``) are reported;
* when the ``amcheck`` extension is installed in the book's database (``CREATE EXTENSION
  amcheck``, by its owner), every B-tree index of the book is verified with
  ``bt_index_check`` (with ``heapallindexed`` on a full check: every row is in its indexes);
  without it the server's page checksums and WAL are what guard the files, and the report
  says the index check was skipped;
* every foreign key is checked by a query (the server enforces them, but they are deferrable
  and a restored dump can arrive without them).
"""

from __future__ import annotations

from sqlalchemy import Connection

from permoney_desktop.store.schema import Base

AMCHECK_SKIPPED = "amcheck is not installed in this database: indexes were not verified"
# amcheck's functions are not granted to PUBLIC: a person's least-privilege role
# (packaging/pg_grants.sql) may not run them, and its check must not fail on that.
AMCHECK_DENIED = (
    "this role may not run amcheck (its owner can GRANT EXECUTE ON FUNCTION"
    " bt_index_check(regclass, boolean) TO it): indexes were not verified"
)


def _has_amcheck(conn: Connection) -> bool:
    found = conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")
    return found.first() is not None


def _may_run_amcheck(conn: Connection) -> bool:
    allowed = conn.exec_driver_sql(
        "SELECT has_function_privilege('bt_index_check(regclass, boolean)', 'EXECUTE')"
    )
    return bool(allowed.scalar())


def _btree_indexes(conn: Connection) -> list[str]:
    return [
        str(name)
        for (name,) in conn.exec_driver_sql(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE a.amname = 'btree' AND n.nspname = current_schema() ORDER BY c.relname"
        )
    ]


def consistency_lines(conn: Connection, *, quick: bool) -> tuple[list[str], list[str]]:
    """(problems, notes): ``problems`` empty when the checks pass; ``notes`` say what could
    not be checked."""
    problems = [
        f"constraint {name} on {table} is not validated"
        for name, table in conn.exec_driver_sql(
            "SELECT conname, conrelid::regclass::text FROM pg_constraint"
            " WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
        )
    ]
    if not _has_amcheck(conn):
        return problems, [AMCHECK_SKIPPED]
    if not _may_run_amcheck(conn):
        return problems, [AMCHECK_DENIED]
    heap = "false" if quick else "true"  # a literal: bools are bound as 0/1 (store.dialect)
    for index in _btree_indexes(conn):
        # A failed check aborts its statement only: each runs in its own savepoint.
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(
                    f"SELECT bt_index_check(CAST(? AS regclass), {heap})", (index,)
                )
        except Exception as exc:
            if getattr(getattr(exc, "orig", None), "sqlstate", "") != "XX002":  # index_corrupted
                raise
            problems.append(f"index {index} is damaged (rebuild it with REINDEX)")
    return problems, []


def foreign_key_violations(conn: Connection) -> list[tuple[str, int, str]]:
    """(table, first key column's value, parent table) of each row whose reference is missing,
    like SQLite's ``foreign_key_check``."""
    out: list[tuple[str, int, str]] = []
    for table in Base.metadata.sorted_tables:
        key = next(iter(table.primary_key.columns)).name
        for fk in table.foreign_key_constraints:
            parent = fk.referred_table.name
            pairs = [(e.parent.name, e.column.name) for e in fk.elements]
            present = " AND ".join(f'c."{child}" IS NOT NULL' for child, _ in pairs)
            match = " AND ".join(f'p."{ref}" = c."{child}"' for child, ref in pairs)
            rows = conn.exec_driver_sql(
                f'SELECT c."{key}" FROM {table.name} c WHERE {present}'
                f" AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {match})"
            )
            out += [(table.name, row[0], parent) for row in rows]
    return out
