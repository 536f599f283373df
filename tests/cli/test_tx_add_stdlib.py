"""``permoney tx add`` runs on stdlib sqlite3 (``Book.use_stdlib``) through the same write gate:
the same rows, undo step, syncs rows, data versions, balances and messages as the SQLAlchemy
path, and a process that loads neither SQLAlchemy nor Huey."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.cli import main
from permoney_desktop.services import ledger as ledger_module
from permoney_desktop.store import book as book_module

# Timestamps differ between two runs by their nature; everything else must not.
TABLES = {
    "entries": "id, account_id, kind, date, amount, currency, payee, notes, category_id, "
    "merchant_id, transfer_id, external_id, user_fields, status",
    "entry_tags": "entry_id, tag_id",
    "tags": "id, name",
    "undo_steps": "id, label, undone, payload",
    "syncs": "id, account_id, kind, status, window_start, data_version, attempts, error",
    "accounts": "id, name, data_version",
    "balances": 'account_id, date, currency, start, inflows, outflows, adjustment, "end", partial',
}


# An undone insert's payload keeps the rows' images, with their timestamps.
STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?")


def dump(book: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(book) as conn:
        return {
            t: [
                tuple(STAMP.sub("<time>", v) if isinstance(v, str) else v for v in row)
                for row in conn.execute(f"SELECT {cols} FROM {t} ORDER BY 1, 2")
            ]
            for t, cols in TABLES.items()
        }


def run(book: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--book", str(book), *args])
    out, err = capsys.readouterr()
    return code, out, err


@contextmanager
def sqlalchemy_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The normal path: the book refuses stdlib service, as an encrypted one does."""
    with monkeypatch.context() as m:
        m.setattr(book_module.Book, "use_stdlib", lambda self: False)
        yield


@contextmanager
def stdlib_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The stdlib path, proven so: the full open or building SQLAlchemy engines fails."""

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the stdlib path opened the book with SQLAlchemy")

    with monkeypatch.context() as m:
        m.setattr(book_module._Engines, "make", refuse)
        m.setattr(ledger_module, "open_book", refuse)
        yield


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A book with two accounts, categories, a merchant, a tag, a reconciled statement and a
    balance anchor, so the gate's checks and notes all have something to say."""
    path = tmp_path_factory.mktemp("stdlib") / "t.permoney"
    setup = [
        ["init"],
        ["accounts", "add", "Cash", "--type", "cash", "--currency", "USD",
         "--opening-balance", "100", "--opening-date", "2024-01-01"],
        ["accounts", "add", "Card", "--type", "credit_card", "--currency", "EUR"],
        ["categories", "add", "Food", "--kind", "expense"],
        ["categories", "add", "Food:Groceries"],
        ["categories", "add", "Salary", "--kind", "income"],
        ["merchants", "add", "Corner Bakery"],
        ["tx", "add", "--account", "Cash", "--date", "2024-02-01", "--amount", "-5",
         "--tags", "old"],
        ["valuation", "--account", "Card", "--date", "2024-06-30", "--balance", "40"],
        ["reconcile", "start", "--account", "Cash", "--date", "2024-02-15", "--balance",
         "95"],
        ["reconcile", "clear", "1"],
        ["reconcile", "finish"],
    ]  # fmt: skip
    for argv in setup:
        assert main(["--book", str(path), *argv]) == 0, argv
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


amounts = st.decimals(
    min_value=Decimal("-99999.99"), max_value=Decimal("99999.99"), places=2
).filter(lambda d: d != 0)
entries = st.fixed_dictionaries(
    {
        "--account": st.sampled_from(["Cash", "Card"]),
        "--date": st.dates(date(2023, 12, 1), date(2024, 12, 31)).map(date.isoformat),
        "--amount": amounts.map(str),
    },
    optional={
        "--payee": st.sampled_from(["Shop", "Corner", "Ünïcode ✓"]),
        "--category": st.sampled_from(["Food", "Food:Groceries", "Food: Groceries", "Salary"]),
        "--tags": st.sampled_from(["old", "new", "old,trip"]),
        "--notes": st.text(max_size=20),
        "--merchant": st.just("Corner Bakery"),
        "--currency": st.just("EUR"),
    },
)


def _argv(fields: dict[str, str]) -> list[str]:
    argv = ["tx", "add"]
    for option, value in fields.items():
        argv += [option, value]
    return argv


@settings(max_examples=25)  # each example is six commands on two books
@given(fields=entries)
def test_same_results_as_the_sqlalchemy_path(
    fields: dict[str, str],
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path_factory.mktemp("pair")
    normal, light = folder / "normal.permoney", folder / "light.permoney"
    shutil.copyfile(template, normal)
    shutil.copyfile(template, light)
    with sqlalchemy_path(monkeypatch):
        expected = run(normal, *_argv(fields), capsys=capsys)
    with stdlib_only(monkeypatch):
        got = run(light, *_argv(fields), capsys=capsys)
    assert got == expected
    assert dump(light) == dump(normal)
    # One undo step, and undoing it restores the same book on both.
    for path in (normal, light):
        assert run(path, "undo", capsys=capsys)[0] == 0
    assert dump(light) == dump(normal)


def test_refusals_are_the_same(
    template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cases: list[list[str]] = [
        ["--account", "Nope", "--date", "2024-01-01", "--amount", "1"],
        ["--account", "Cash", "--date", "2024-01-01", "--amount", "1", "--category", "Pets"],
        ["--account", "Cash", "--date", "2024-01-01", "--amount", "1.001"],
        ["--account", "Cash", "--date", "2024-01-01", "--amount", "1", "--merchant", "X"],
    ]
    for i, case in enumerate(cases):
        normal, light = tmp_path / f"n{i}.permoney", tmp_path / f"l{i}.permoney"
        shutil.copyfile(template, normal)
        shutil.copyfile(template, light)
        with sqlalchemy_path(monkeypatch):
            expected = run(normal, "tx", "add", *case, capsys=capsys)
        with stdlib_only(monkeypatch):
            got = run(light, "tx", "add", *case, capsys=capsys)
        assert expected[0] == 2 and got == expected
        assert dump(light) == dump(normal)


def test_a_damaged_book_refuses_the_write_on_both_paths(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.permoney"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('safety.last_check', ?)",
            ('{"findings": [{"severity": "error", "check": "sqlite"}]}',),
        )
    before = dump(path)
    code, _out, err = run(
        path, "tx", "add", "--account", "Cash", "--date", "2024-03-01", "--amount", "1",
        capsys=capsys,
    )  # fmt: skip
    assert code == 2 and "read-only" in err
    assert dump(path) == before


def test_a_stale_account_is_brought_up_to_date_with_it(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Card had an edit nobody computed: the write's own update covers it as well."""
    path = tmp_path / "s.permoney"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE entries SET amount = amount + 100 WHERE account_id = 2")
        conn.execute(
            "INSERT INTO syncs (account_id, kind, status, window_start, data_version, "
            "created_at, attempts) VALUES (2, 'account', 'pending', NULL, 0, "
            "'2024-01-01 00:00:00', 0)"
        )
    day = (date(2024, 7, 1) + timedelta(days=3)).isoformat()
    code, _out, err = run(
        path, "tx", "add", "--account", "Card", "--date", day, "--amount", "-3", capsys=capsys
    )
    assert code == 0, err
    with sqlite3.connect(path) as conn:
        left = conn.execute(
            "SELECT count(*) FROM syncs WHERE status IN ('pending', 'syncing')"
        ).fetchone()[0]
    assert left == 0


def test_the_process_loads_neither_sqlalchemy_nor_huey(template: Path, tmp_path: Path) -> None:
    """What keeps ``tx add`` inside its start-up budget (timed in benchmarks/)."""
    path = tmp_path / "p.permoney"
    shutil.copyfile(template, path)
    code = (
        "import sys\n"
        "from permoney_desktop.cli import main\n"
        f"rc = main(['--book', {str(path)!r}, 'tx', 'add', '--account', 'Cash',"
        " '--date', '2024-03-01', '--amount', '-2.50', '--category', 'Food'])\n"
        "assert rc == 0, rc\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('sqlalchemy', 'huey', 'redis', 'psycopg', 'alembic'))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM entries WHERE amount = -250").fetchone() == (1,)
        assert conn.execute(
            "SELECT count(*) FROM syncs WHERE status IN ('pending', 'syncing')"
        ).fetchone() == (0,)
