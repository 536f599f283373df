"""``permoney book grant ROLE`` on the real server: the script's least-privilege grants for one
person, run by the administrator; refused (nothing changed) for a role that may not grant;
``--revoke`` takes the access away. The statements are the script's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from permoney_desktop.store import server_auth, server_grants
from tests.security.test_server_passwords import run
from tests.security.tls_server import OWNER, SecureServer

pytestmark = pytest.mark.usefixtures("memory_keyring")

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "pg_grants.sql"
DB = "grant_household"


@pytest.fixture
def book(secure_pg: SecureServer) -> Iterator[str]:
    """A book made by the owner's role; nobody else granted anything yet."""
    owner_url = secure_pg.url(OWNER, DB)
    server_auth.remember(owner_url, secure_pg.passwords[OWNER])
    code, _out, err = run("init", owner_url, "--base-currency", "USD")
    assert code == 0, err
    for person in ("alice", "bob"):
        server_auth.remember(secure_pg.url(person, DB), secure_pg.passwords[person])
    yield owner_url
    with secure_pg.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')


def as_person(secure_pg: SecureServer, person: str) -> psycopg.Connection[object]:
    return psycopg.connect(
        f"host=127.0.0.1 port={secure_pg.port} dbname={DB} user={person}",
        password=secure_pg.passwords[person],
    )


def test_a_granted_person_writes_entries_and_cannot_drop_and_revoke_takes_it_back(
    book: str, secure_pg: SecureServer
) -> None:
    admin = secure_pg.server.url(DB)
    code, out, err = run("--book", admin, "book", "grant", "alice")
    assert code == 0, err
    assert out.startswith("alice may now read and write the book in grant_household")
    alice = secure_pg.url("alice", DB)
    for args in (
        ("accounts", "add", "Checking", "--type", "checking", "--currency", "USD"),
        ("tx", "add", "--account", "Checking", "--date", "2024-03-01", "--amount", "12.50"),
        # An undo of an add deletes the row, which adds then raises its table's id floor.
        ("undo",),
        ("redo",),
        ("undo",),
        ("redo",),
    ):
        code, _out, err = run("--book", alice, *args)
        assert code == 0, err
    code, out, err = run("--book", alice, "balances", "--format", "json")
    assert code == 0 and "12.50" in out, err
    with as_person(secure_pg, "alice") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DROP TABLE entries")
    # bob was not granted anything.
    code, _out, err = run("--book", secure_pg.url("bob", DB), "accounts", "list")
    assert code == 2 and "role 'bob' may not connect" in err

    code, out, err = run("--book", admin, "book", "grant", "alice", "--revoke")
    assert code == 0, err
    assert out.strip() == "alice no longer has access to grant_household"
    code, _out, err = run("--book", alice, "accounts", "list")
    assert code == 2 and "role 'alice' may not connect" in err


def test_a_role_that_may_not_grant_is_refused_and_nothing_changes(
    book: str, secure_pg: SecureServer
) -> None:
    """The book's owner has no CREATEROLE here: it cannot make the group nor add people."""
    code, out, err = run("--book", book, "book", "grant", "alice")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "role 'book_owner' may not grant access to 'grant_household'" in err
    assert "nothing was changed" in err
    assert secure_pg.passwords[OWNER] not in err
    with secure_pg.admin() as conn:
        groups = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'permoney_people'")
        made = groups.fetchone() is not None
    if not made:  # (another test's grant may have made it already: it is server-wide)
        code, _out, err = run("--book", secure_pg.url("alice", DB), "accounts", "list")
        assert code == 2


def test_a_missing_role_and_a_book_file_are_refused_clearly(
    book: str, secure_pg: SecureServer, tmp_path: Path
) -> None:
    code, _out, err = run("--book", secure_pg.server.url(DB), "book", "grant", "carol")
    assert code == 2 and "role 'carol' does not exist on the server" in err
    code, _out, err = run("--book", str(tmp_path / "a.permoney"), "book", "grant", "alice")
    assert code == 2 and "book grant works on a shared book" in err


def _script_statements() -> list[str]:
    """The SQL statements of the script (psql's meta-commands and its group probe left out),
    its variables written as the module's fields."""
    text = "\n".join(
        line
        for line in SCRIPT.read_text(encoding="utf-8").splitlines()
        if line.strip()
        and not line.lstrip().startswith(("--", "\\"))
        and not line.rstrip().endswith("\\gset")  # the probe for the group
    )
    out = []
    for statement in text.split(";"):
        flat = " ".join(statement.split())
        if not flat:
            continue
        out.append(re.sub(r':"(\w+)"', r"{\1}", flat))
    return out


def test_the_statements_are_the_grant_scripts() -> None:
    module = [server_grants.MAKE_GROUP, *server_grants.GROUP_GRANTS, server_grants.JOIN]
    assert _script_statements() == [" ".join(s.split()) for s in module]
