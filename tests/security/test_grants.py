"""The grant script (``packaging/pg_grants.sql``) on the real server: a person's role does
everything the app does (add, edit, import, undo, the workers' claims) and cannot drop, alter
or create tables; the owner's role alone runs migrations."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from permoney_desktop.store import server_auth
from tests.security.test_server_passwords import run
from tests.security.tls_server import OWNER, SecureServer

pytestmark = pytest.mark.usefixtures("memory_keyring")

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "pg_grants.sql"
DATA = ROOT / "tests" / "data" / "imports"
DB = "grants_household"


def apply_grants(secure_pg: SecureServer, **variables: str) -> None:
    psql = Path(secure_pg.server.bin_dir) / "psql"
    args = [str(psql), secure_pg.server.url("postgres"), "-q", "-f", str(SCRIPT)]
    for name, value in variables.items():
        args += ["-v", f"{name}={value}"]
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def household(secure_pg: SecureServer) -> Iterator[str]:
    """A book made by the owner's role, then the grant script run for alice."""
    owner_url = secure_pg.url(OWNER, DB)
    server_auth.remember(owner_url, secure_pg.passwords[OWNER])
    code, _out, err = run("init", owner_url, "--base-currency", "USD")
    assert code == 0, err
    apply_grants(secure_pg, db=DB, owner=OWNER, person="alice")
    url = secure_pg.url("alice", DB)
    server_auth.remember(url, secure_pg.passwords["alice"])
    yield url
    with secure_pg.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')


def ok(url: str, *args: str) -> str:
    code, out, err = run("--book", url, *args)
    assert code == 0, err
    assert "warning" not in err, err  # e.g. the inline sync (a worker claim) failing
    return out


def test_a_person_does_everything_the_app_does(household: str) -> None:
    url = household
    ok(url, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    ok(url, "tx", "add", "--account", "Checking", "--date", "2024-03-01", "--amount", "100")
    ok(url, "tx", "add", "--account", "Checking", "--date", "2024-03-02", "--amount", "-30")
    listed = json.loads(ok(url, "tx", "list", "--format", "json"))
    first = min(int(row["id"]) for row in listed)
    ok(url, "tx", "edit", str(first), "--amount", "120")
    imported = ok(url, "import", str(DATA / "us_utf8.csv"), "--account", "Checking")
    assert imported.startswith("imported 4")
    ok(url, "undo")  # the import, undone: its rows (and ids) go away
    ok(url, "tx", "delete", str(first))
    ok(url, "undo")  # the delete, undone: the row comes back with its id (setval)
    balances = json.loads(ok(url, "balances", "--format", "json"))
    # 120 - 30 after the import was undone: the inline sync (a worker claim) has run.
    assert [str(b["balance"]) for b in balances if b["account"] == "Checking"] == ["90.00"]


@pytest.mark.parametrize(
    "statement",
    [
        "DROP TABLE entries",
        "ALTER TABLE entries ADD COLUMN sneaky integer",
        "TRUNCATE entries",
        "CREATE TABLE sneaky (id integer)",
        "UPDATE alembic_version SET version_num = '0001'",
        "CREATE ROLE sneaky",
    ],
)
def test_a_person_cannot_change_the_schema(
    household: str, secure_pg: SecureServer, statement: str
) -> None:
    with (
        psycopg.connect(
            f"host=127.0.0.1 port={secure_pg.port} dbname={DB} user=alice",
            password=secure_pg.passwords["alice"],
        ) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(statement)


def test_a_role_without_the_grants_is_refused_clearly(
    household: str, secure_pg: SecureServer
) -> None:
    url = secure_pg.url("bob", DB)
    server_auth.remember(url, secure_pg.passwords["bob"])
    code, _out, err = run("--book", url, "accounts", "list")
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "role 'bob' may not connect" in err and "-v person=bob" in err
    assert secure_pg.passwords["bob"] not in err
