"""``permoney balances`` on a shared book reads through the standard-library client
(``store/pg_wire.py``): the same output as psycopg's reader, in every format and mode, and a
process that never imports psycopg or SQLAlchemy; a server that is down is one clear line."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.store import pg_wire
from tests.cli.conftest import Cli
from tests.servers import Databases

MODES = [
    ("--format", "table"),
    ("--format", "csv"),
    ("--format", "json"),
    ("--to", "2024-02-15", "--format", "csv"),
    ("--monthly", "--format", "csv"),
    ("--daily", "--from", "2024-01-01", "--to", "2024-03-31", "--format", "json"),
    ("--account", "Visa", "--format", "table"),
]


@pytest.fixture
def wire_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URLs the light client connected to (it still connects for real)."""
    calls: list[str] = []
    real = pg_wire.connect

    def spy(url: str, default_user: str, password: Callable[[], str | None]) -> Any:
        calls.append(url)
        return real(url, default_user, password)

    monkeypatch.setattr(pg_wire, "connect", spy)
    return calls


def both_paths(cli: Cli, url: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    """``balances ARGS`` through the light client, checked equal to psycopg's reader (which a
    libpq environment variable sends it to)."""
    light = cli(url, "balances", *args)
    with monkeypatch.context() as env:
        env.setenv("PGCONNECT_TIMEOUT", "10")  # only libpq honours it: psycopg's path
        heavy = cli(url, "balances", *args)
    assert light == heavy
    return light


def household(cli: Cli, url: str) -> None:
    for name, kind, cur in (
        ("Checking", "checking", "USD"),
        ("Euro", "savings", "EUR"),
        ("Visa", "credit_card", "USD"),
    ):
        cli(url, "accounts", "add", name, "--type", kind, "--currency", cur)
    cli(
        url,
        "rates",
        "add",
        "--date",
        "2024-01-01",
        "--from",
        "EUR",
        "--to",
        "USD",
        "--rate",
        "1.0850",
    )
    for account, day, amount in (
        ("Checking", "2024-01-05", "2500.00"),
        ("Checking", "2024-01-20", "-120.35"),
        ("Euro", "2024-02-01", "1000.10"),
        ("Visa", "2024-02-03", "-45.99"),
        ("Visa", "2024-03-10", "-310.01"),
        ("Checking", "2024-03-31", "-0.01"),
    ):
        cli(url, "tx", "add", "--account", account, "--date", day, "--amount", amount)
    cli(
        url,
        "transfer",
        "--from",
        "Checking",
        "--to",
        "Visa",
        "--date",
        "2024-03-15",
        "--amount",
        "300",
    )


@pytest.mark.parametrize("args", MODES, ids=" ".join)
def test_every_mode_reads_the_same_as_psycopgs_reader(
    cli: Cli,
    pg_book_url: str,
    monkeypatch: pytest.MonkeyPatch,
    wire_calls: list[str],
    args: tuple[str, ...],
) -> None:
    household(cli, pg_book_url)
    out = both_paths(cli, pg_book_url, monkeypatch, *args)
    assert wire_calls, "the light client was not used"
    assert "Checking" in out or "Visa" in out


def test_net_worth_and_liabilities_come_out_right(
    cli: Cli, pg_book_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    household(cli, pg_book_url)
    out = both_paths(cli, pg_book_url, monkeypatch, "--to", "2024-03-31", "--format", "csv")
    assert "Checking,2024-03-31,2079.64,USD" in out
    assert "Visa,2024-03-31,56.00,USD" in out  # owed, as the user sees it
    table = cli(pg_book_url, "balances", "--to", "2024-03-31")
    # 2079.64 + 1000.10 EUR at 1.0850 (1085.11) - 56.00
    assert "Net worth" in table and "3108.75" in table


@settings(max_examples=6)
@given(
    flows=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=400),
            st.integers(min_value=-(10**9), max_value=10**9).filter(bool),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_any_account_history_reads_the_same_on_both_paths(
    cli: Cli,
    pg_book_url: str,
    monkeypatch: pytest.MonkeyPatch,
    flows: list[tuple[int, int]],
) -> None:
    name = f"A{abs(hash(tuple(flows))) % 10**9}"
    if name in cli(pg_book_url, "accounts", "list"):
        return  # the same example again (a shrink): already compared
    cli(pg_book_url, "accounts", "add", name, "--type", "checking", "--currency", "USD")
    start = date(2023, 1, 1)
    for offset, cents in flows:
        day = (start + timedelta(days=offset)).isoformat()
        amount = f"{Decimal(cents).scaleb(-2):.2f}"
        cli(pg_book_url, "tx", "add", "--account", name, "--date", day, "--amount", amount)
    for args in (("--format", "json"), ("--account", name, "--daily", "--format", "csv")):
        both_paths(cli, pg_book_url, monkeypatch, *args)


def test_a_process_reading_balances_imports_neither_psycopg_nor_sqlalchemy(
    cli: Cli, pg_book_url: str
) -> None:
    cli(pg_book_url, "accounts", "add", "Cash", "--type", "cash", "--currency", "USD")
    cli(pg_book_url, "tx", "add", "--account", "Cash", "--date", "2024-03-01", "--amount", "7")
    probe = (
        "import sys; from permoney_desktop.cli import main; "
        f"code = main(['--book', {pg_book_url!r}, 'balances', '--to', '2024-03-01', "
        "'--format', 'csv']); "
        "print(sorted(m for m in ('psycopg', 'sqlalchemy') if m in sys.modules), code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.strip().splitlines()[-1] == "[] 0", done.stdout + done.stderr
    assert "Cash,2024-03-01,7.00,USD" in done.stdout


def test_a_server_that_is_down_is_one_clear_line_without_a_driver(
    pg_databases: Databases,
) -> None:
    url = pg_databases.url("nothing_here").replace(f":{pg_databases.server.port}/", ":1/")
    url = url.replace("permoney@", "permoney:s3cret@")
    probe = (
        "import sys; from permoney_desktop.cli import main; "
        f"code = main(['--book', {url!r}, 'balances']); "
        "print('psycopg' in sys.modules, code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.strip() == "False 2", done.stdout + done.stderr
    err = done.stderr.strip()
    assert err.startswith("permoney: cannot reach the server of the shared book postgresql://")
    assert "Connection refused" in err and "check that the server is running" in err
    assert "\n" not in err and "Traceback" not in err and "s3cret" not in err


def test_a_url_only_libpq_understands_takes_psycopgs_path(
    cli: Cli, pg_book_url: str, wire_calls: list[str]
) -> None:
    cli(pg_book_url, "accounts", "add", "Cash", "--type", "cash", "--currency", "USD")
    url = f"{pg_book_url}?target_session_attrs=any"
    assert "Cash" in cli(url, "balances", "--format", "csv")
    assert wire_calls == [url]  # asked, refused before sending anything, psycopg took over


def test_a_database_without_a_book_is_refused_by_the_full_open(
    cli: Cli, pg_databases: Databases
) -> None:
    name, url = pg_databases.fresh(migrated=False)
    try:
        err = cli(url, "balances", code=2)
        assert "no book in" in err and "permoney init" in err
    finally:
        pg_databases.drop(name)


def test_the_command_reads_from_one_snapshot(cli: Cli, pg_book_url: str) -> None:
    from permoney_desktop.services import balances

    household(cli, pg_book_url)
    reader, _instead = balances.light_reader_for_url(pg_book_url)
    assert reader is not None
    try:
        with balances.one_snapshot(reader):
            first = balances.balances_on(reader)
            assert reader.conn.in_transaction  # the inner reads did not end it
            balances.net_worth(reader, None)
            balances.pending(reader)
            assert reader.conn.in_transaction
            level = reader.conn.execute("SHOW transaction_isolation").fetchone()
            assert level == ("repeatable read",)
        assert not reader.conn.in_transaction
        assert balances.balances_on(reader) == first
    finally:
        reader.conn.close()
