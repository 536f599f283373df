"""The standard-library PostgreSQL client (``store/pg_wire.py``) against real servers: what it
sends and reads back equals psycopg's reader (``dialect.PgDbapi``) value for value; MD5 and
cleartext logins; settings only libpq honours are refused before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.store import pg_wire
from permoney_desktop.store.balance_reader import connect_server
from tests import servers
from tests.servers import Databases


def no_password() -> str | None:
    return None


@pytest.fixture
def pair(pg_book_url: str) -> Iterator[tuple[pg_wire.Connection, Any]]:
    """The light connection and psycopg's reader on one book."""
    light = pg_wire.connect(pg_book_url, "permoney", no_password)
    heavy = connect_server(pg_book_url)
    yield light, heavy
    light.close()
    heavy.disconnect()


def same(pair: tuple[pg_wire.Connection, Any], sql: str, args: tuple[Any, ...] = ()) -> Any:
    light, heavy = pair
    got = light.execute(sql, args).fetchall()
    assert got == [tuple(r) for r in heavy.execute(sql, args).fetchall()]
    return got


texts = st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)))


@settings(max_examples=60)
@given(
    text=texts,
    whole=st.integers(min_value=-(2**63), max_value=2**63 - 1),
    exact=st.decimals(allow_nan=False, allow_infinity=False, places=4).filter(
        lambda d: abs(d) < 10**20
    ),
    day=st.dates(min_value=date(1, 1, 1)),
    flag=st.booleans(),
)
def test_parameters_and_results_match_psycopgs_reader(
    pair: tuple[pg_wire.Connection, Any],
    text: str,
    whole: int,
    exact: Decimal,
    day: date,
    flag: bool,
) -> None:
    got = same(
        pair,
        "SELECT ?::text, ?::bigint, ?::numeric, ?::date, ?::smallint, ? = 1, NULL, "
        "'50%', 7 % 4, ?::numeric * 1",
        (text, whole, str(exact), day.isoformat(), flag, int(flag), whole),
    )
    assert got[0][:3] == (text, whole, exact)
    assert got[0][3] == day.isoformat() and got[0][4] == int(flag)


@settings(max_examples=30)
@given(
    numbers=st.lists(st.integers(min_value=-(2**31), max_value=2**31 - 1), max_size=6),
    words=st.lists(texts, max_size=6),
)
def test_json_list_parameters_match(
    pair: tuple[pg_wire.Connection, Any], numbers: list[int], words: list[str]
) -> None:
    import json

    same(
        pair,
        "SELECT x FROM unnest(?::bigint[]) AS t(x) WHERE x IN (SELECT value FROM json_each(?)) "
        "ORDER BY x",
        (numbers, json.dumps(numbers)),
    )
    same(
        pair,
        "SELECT w FROM unnest(?::text[]) AS t(w) WHERE w NOT IN (SELECT value FROM json_each(?)) "
        "ORDER BY w",
        (words, json.dumps(words[:2])),
    )


def test_book_tables_read_alike(pair: tuple[pg_wire.Connection, Any]) -> None:
    for sql in (
        "SELECT version_num FROM alembic_version",
        "SELECT key, value FROM settings ORDER BY key",
        "SELECT * FROM syncs",
        "SELECT now()::timestamp(0), '2024-01-02 03:04:05.5'::timestamp, true, 1.5::float8",
    ):
        same(pair, sql)


def test_a_snapshot_is_one_read_only_transaction(pg_book_url: str) -> None:
    conn = pg_wire.connect(pg_book_url, "permoney", no_password)
    try:
        conn.execute("BEGIN")
        assert conn.in_transaction
        level = conn.execute("SHOW transaction_isolation").fetchone()
        assert level == ("repeatable read",)
        with pytest.raises(pg_wire.ServerError) as refused:
            conn.execute("DELETE FROM settings")
        assert refused.value.sqlstate == "25006"  # read_only_sql_transaction
        conn.execute("ROLLBACK")
        assert not conn.in_transaction
        assert conn.execute("SELECT 1").fetchone() == (1,)  # usable after an error
    finally:
        conn.close()


def test_a_missing_database_is_the_servers_own_error(pg_databases: Databases) -> None:
    with pytest.raises(pg_wire.ServerError) as refused:
        pg_wire.connect(pg_databases.url("no_such_book"), "permoney", no_password)
    assert refused.value.sqlstate == "3D000"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u@/db",  # a Unix socket
        "postgresql://u@%2Fvar%2Frun/db",
        "postgresql://u@h1,h2/db",
        "postgresql://u@h/db?target_session_attrs=any",
        "postgresql://u@h/db?sslmode=allow",
        "postgresql://u@h/db?service=home",
    ],
)
def test_what_only_libpq_honours_is_refused_before_connecting(url: str) -> None:
    with pytest.raises(pg_wire.UnsupportedError):
        pg_wire.target(url, "me")


def test_libpq_environment_variables_send_the_connection_to_libpq(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert pg_wire.target("postgresql://u@h:6000/db?sslmode=require", "me").port == 6000
    monkeypatch.setenv("PGSSLMODE", "verify-full")
    with pytest.raises(pg_wire.UnsupportedError):
        pg_wire.target("postgresql://u@h/db", "me")


def test_defaults_are_libpqs() -> None:
    t = pg_wire.target("postgresql://h", "me")
    assert (t.user, t.database, t.port, t.sslmode) == ("me", "me", 5432, "prefer")


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT %s, %s", "SELECT $1, $2"),
        ("SELECT '%%s', %s", "SELECT '%s', $1"),
        ("SELECT 5 %% 2, %s", "SELECT 5 % 2, $1"),
        ('SELECT "a%%b" FROM t -- %s\nWHERE x = %s', 'SELECT "a%%b" FROM t -- %s\nWHERE x = $1'),
    ],
)
def test_numbered_placeholders(sql: str, expected: str) -> None:
    assert pg_wire.numbered(sql) == expected


# -- MD5 and cleartext logins (a server of their own: the shared ones use trust and SCRAM) ----

HBA = """\
local all all trust
host all md5_role 127.0.0.1/32 md5
host all clear_role 127.0.0.1/32 password
host all all 127.0.0.1/32 trust
"""


@pytest.fixture(scope="module")
def old_logins() -> Iterator[Any]:
    server = servers.services().start_postgres()
    try:
        (server.data / "pg_hba.conf").write_text(HBA)
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
            conn.execute("SET password_encryption = 'md5'")
            conn.execute("CREATE ROLE md5_role LOGIN PASSWORD 'md5-secret'")
            conn.execute("CREATE ROLE clear_role LOGIN PASSWORD 'clear-secret'")
            conn.execute("SELECT pg_reload_conf()")
        yield server
    finally:
        server.close()


@pytest.mark.parametrize(
    ("role", "secret"), [("md5_role", "md5-secret"), ("clear_role", "clear-secret")]
)
def test_md5_and_cleartext_logins(old_logins: Any, role: str, secret: str) -> None:
    url = old_logins.url("postgres").replace("permoney@", f"{role}@")
    with pytest.raises(pg_wire.LoginNeededError):
        pg_wire.connect(url, role, no_password)
    with pytest.raises(pg_wire.ServerError) as refused:
        pg_wire.connect(url, role, lambda: "wrong")
    assert refused.value.sqlstate == "28P01" and "wrong" not in str(refused.value)
    conn = pg_wire.connect(url, role, lambda: secret)
    try:
        assert conn.execute("SELECT current_user").fetchone() == (role,)
    finally:
        conn.close()
