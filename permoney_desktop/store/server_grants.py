"""The least-privilege grants of ``packaging/pg_grants.sql`` for one person, run from Python.

The same statements as the script (``tests/security/test_book_grant.py`` compares them), for
``permoney book grant ROLE``: the group ``permoney_people`` (made when missing) may connect to
the book's database and read, add, change and remove its rows (``id_floors`` too: every delete
raises one) and use its sequences, never move the schema version, and gets the same on tables
a later upgrade by the owner adds; the person joins the group (``--revoke``: leaves it). All
of it runs in one transaction, so a role that may not do some part of it changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from permoney_desktop.store import dialect, server_auth
from permoney_desktop.store.book import BookError

GROUP = "permoney_people"

# The script's statements, with {db} and {owner} for its psql variables :"db" and :"owner".
GROUP_GRANTS = (
    "REVOKE ALL ON DATABASE {db} FROM PUBLIC",
    "GRANT CONNECT ON DATABASE {db} TO permoney_people",
    "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
    "GRANT USAGE ON SCHEMA public TO permoney_people",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO permoney_people",
    "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO permoney_people",
    "REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM permoney_people",
    "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
    "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO permoney_people",
    "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
    "GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO permoney_people",
)
MAKE_GROUP = "CREATE ROLE permoney_people NOLOGIN"
JOIN = "GRANT permoney_people TO {person}"
LEAVE = "REVOKE permoney_people FROM {person}"


class GrantError(BookError):
    """The grants could not be made (nothing was changed)."""


@dataclass(frozen=True)
class GrantDone:
    person: str
    database: str
    owner: str
    made_group: bool


def _run(conn: Any, text: str, **names: str) -> None:
    from psycopg import sql

    conn.execute(sql.SQL(text).format(**{k: sql.Identifier(v) for k, v in names.items()}))


def _facts(conn: Any, person: str) -> tuple[str, str | None, bool, bool]:
    """(the connected role, the book tables' owner, does the person's role exist, does the
    group exist)."""
    row = conn.execute(
        "SELECT current_user, "
        "(SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
        "AND tablename = 'entries'), "
        "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s), "
        "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s)",
        (person, GROUP),
    ).fetchone()
    return str(row[0]), row[1], bool(row[2]), bool(row[3])


def grant(url: str, person: str, *, revoke: bool = False) -> GrantDone:
    """Grant (or with ``revoke`` take back) ``person``'s access to the book at ``url``, as the
    URL's role; raises ``GrantError`` with one sentence (and changes nothing) when it cannot."""
    import psycopg

    database = dialect.database_name(url)
    with psycopg.connect(
        dialect.libpq_url(server_auth.strip(url)),
        connect_timeout=10,
        application_name="permoney-grant",
        **server_auth.connect_args(url),
    ) as conn:
        me, owner, person_exists, group_exists = _facts(conn, person)
        if owner is None:
            raise GrantError(f"{database!r} holds no Permoney book (run permoney init first)")
        if not person_exists:
            raise GrantError(
                f"role {person!r} does not exist on the server; create it first "
                f"(CREATE ROLE {person} LOGIN, then \\password {person} in psql)"
            )
        try:
            if revoke:
                if group_exists:
                    _run(conn, LEAVE, person=person)
            else:
                if not group_exists:
                    _run(conn, MAKE_GROUP)
                for text in GROUP_GRANTS:
                    _run(conn, text, db=database, owner=owner)
                _run(conn, JOIN, person=person)
            conn.commit()
        except psycopg.errors.InsufficientPrivilege as exc:
            conn.rollback()
            what = exc.diag.message_primary or "permission denied"
            raise GrantError(
                f"role {me!r} may not grant access to {database!r} ({what}); nothing was "
                "changed. Run it as the server's administrator (a superuser, or a role with "
                "CREATEROLE that owns the database), or packaging/pg_grants.sql with psql"
            ) from None
    return GrantDone(person, database, owner, made_group=not revoke and not group_exists)
