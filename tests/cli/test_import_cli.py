"""`permoney import/export/import-book/rules` as a user runs them: counts, exit codes, errors."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger

DATA = Path(__file__).parents[1] / "data" / "imports"


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        for t in ("entries", "categories", "undo_steps", "syncs", "import_batches"):
            h.update(repr(conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()).encode())
    return h.hexdigest()


@pytest.fixture
def book(book_path: Path, new_book: Callable[[Path], Path]) -> Path:
    with Ledger.open(new_book(book_path), create=True) as ledger:
        accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
        accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    return book_path


def run(book: Path, *args: str) -> int:
    return main(["--book", str(book), *args])


def test_import_prints_counts_and_reimport_finds_duplicates(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = str(DATA / "us_utf8.csv")
    assert run(book, "import", f, "--account", "Checking") == 0
    assert capsys.readouterr().out.splitlines()[0] == "imported 4, duplicates 0, rejected 0"
    assert run(book, "import", f, "--account", "Checking", "--show-skipped") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "imported 0, duplicates 4, rejected 0"
    assert "skipped line 2" in out


def test_map_decimal_comma_and_preset(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = str(DATA / "de_bom.csv")
    args = [
        "import",
        f,
        "--account",
        "Girokonto",
        "--decimal-comma",
        "--map",
        "memo=Verwendungszweck",
    ]
    assert run(book, *args, "--dry-run", "--save-preset", "Sparkasse") == 0
    assert capsys.readouterr().out.startswith("would import 3, duplicates 0")
    assert run(book, "import", f, "--account", "Girokonto", "--preset", "sparkasse") == 0
    assert capsys.readouterr().out.startswith("imported 3, duplicates 0")


def test_rejected_file_exits_nonzero_with_file_line_field_and_no_change(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(book)
    assert run(book, "import", str(DATA / "bad_amount.csv"), "--account", "Checking") == 1
    captured = capsys.readouterr()
    assert "rejected 1" in captured.out
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "bad_amount.csv, line 3, field amount" in err[0]
    assert run(book, "import", str(DATA / "ambiguous.tsv"), "--account", "Checking") == 1
    assert "ambiguous dates" in capsys.readouterr().err
    assert digest(book) == before
    code = run(
        book,
        "import",
        str(DATA / "ambiguous.tsv"),
        "--account",
        "Checking",
        "--date-format",
        "%m/%d/%Y",
    )
    assert code == 0


def test_usage_errors(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(book, "import", str(DATA / "us_utf8.csv")) == 2
    assert "which account" in capsys.readouterr().err
    assert run(book, "import", str(DATA / "us_utf8.csv"), "--map", "colour=x") == 2
    assert "unknown field 'colour'" in capsys.readouterr().err


def test_rules_add_list_apply(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(book, "import", str(DATA / "checking_sgml.ofx"), "--account", "Checking") == 0
    assert (
        run(
            book,
            "rules",
            "add",
            "--name",
            "cafe",
            "--if",
            "payee",
            "contains",
            "bean",
            "--if",
            "amount",
            "between",
            "-10",
            "0",
            "--merchant",
            "Bean There",
        )
        == 0
    )
    assert run(book, "rules", "list") == 0
    out = capsys.readouterr().out
    assert "payee contains 'bean' and amount between '-10' and 0" in out
    assert run(book, "rules", "apply") == 0
    assert capsys.readouterr().out.strip() == "rules changed 2 of 4 entries"
    assert run(book, "rules", "apply") == 0
    assert capsys.readouterr().out.strip() == "rules changed 0 of 4 entries"


def test_export_csv_and_book_round_trip(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(book, "import", str(DATA / "bank.qif"), "--account", "Checking") == 0
    out_csv = tmp_path / "entries.csv"
    assert run(book, "export", str(out_csv)) == 0
    assert "exported 5 entries" in capsys.readouterr().out
    assert out_csv.read_text().splitlines()[0].startswith("entry_id,date,account,kind,amount")
    z = tmp_path / "book.zip"
    assert run(book, "export", str(z)) == 0
    fresh = tmp_path / "fresh.permoney"
    assert run(fresh, "import-book", str(z)) == 0
    with sqlite3.connect(fresh) as c1, sqlite3.connect(book) as c2:
        q = "SELECT id, account_id, date, amount, payee, category_id FROM entries ORDER BY id"
        assert c1.execute(q).fetchall() == c2.execute(q).fetchall()
    capsys.readouterr()
    assert run(fresh, "import-book", str(z)) == 1
    assert "empty book" in capsys.readouterr().err


def test_rejected_import_exit_code_in_a_real_process(book: Path) -> None:
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "permoney_desktop",
            "--book",
            str(book),
            "import",
            str(DATA / "bad_amount.csv"),
            "--account",
            "Checking",
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    assert r.returncode == 1
    assert r.stderr.strip() == (
        "permoney: rejected: bad_amount.csv, line 3, field amount: "
        "not an amount: '12.3x' (reading with a decimal point)"
    )
