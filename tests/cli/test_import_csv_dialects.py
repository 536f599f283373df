"""Bank CSV dialects through `permoney import`: direction columns, preambles, trailers,
headerless files, fee columns, filters. Each imports with the right count, sum to the cent and
signs, re-imports as all duplicates, and a malformed variant is refused with file, line and
field, leaving the book unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger

DATA = Path(__file__).parents[1] / "data" / "imports"

# name: (extra arguments, book account, count, sum, signs, (bad old, bad new), line, field)
CASES: dict[str, tuple[list[str], str, int, Decimal, str, tuple[bytes, bytes], int, str]] = {
    "ing_nl.csv": (
        ["--map", "direction=Af Bij"],
        "Girokonto",
        5,
        Decimal("1284.95"),
        "-+--+",
        (b'"Bij","2.450,00"', b'"Bijx","2.450,00"'),
        3,
        "direction",
    ),
    "knab.csv": (
        ["--map", "direction=CreditDebet"],
        "Girokonto",
        4,
        Decimal("1630.51"),
        "-+--",
        (b'"C";"1.800,00"', b'"C";"1.8OO,00"'),
        4,
        "amount",
    ),
    "ing_de.csv": (
        [],
        "Girokonto",
        4,
        Decimal("2010.80"),
        "--+-",  # in date order: the file lists the newest first
        (b"25.11.2026;25.11.2026", b"25.13.2026;25.11.2026"),
        16,
        "date",
    ),
    "mint.csv": (
        ["--map", "direction=Transaction Type", "--account-map", "Chase Checking=Checking"],
        "Checking",
        4,
        Decimal("2424.38"),
        "-+-+",
        (b'"credit","Shopping"', b'"refund","Shopping"'),
        5,
        "direction",
    ),
    "paypal.csv": (
        ["--map", "amount=Gross", "--map", "fee=Fee"],
        "Checking",
        4,
        Decimal("10.35"),
        "-+--",
        (b'"-6.10"', b'"-6.1O"'),
        3,
        "fee",
    ),
    "revolut.csv": (
        ["--only", "State=COMPLETED"],
        "Revolut",
        4,
        Decimal("36.10"),
        "-+--",
        (b"-100.00,0.50", b"-100.00,0.5x"),
        4,
        "fee",
    ),
    "td_ameritrade.csv": (
        [],
        "Checking",
        4,
        Decimal("2811.11"),
        "++-+",
        (b",AAPL,,,12.34", b",AAPL,,,12.3.4"),
        3,
        "amount",
    ),
    "venmo.csv": (
        [],
        "Checking",
        3,
        Decimal("316.50"),
        "-+-",
        (b"+ $400.00", b"+ $4OO.00"),
        6,
        "amount",
    ),
    "asn.csv": (
        ["--no-header", "--map", "date=1,amount=11,payee=4,memo=18,external_id=16"],
        "Girokonto",
        4,
        Decimal("894.34"),
        "-+--",
        (b"EUR,-9.99", b"EUR,-9.9.9"),
        3,
        "amount",
    ),
    "volksbank_sh.csv": (
        ["--map", "direction=Soll/Haben"],
        "Girokonto",
        4,
        Decimal("1652.30"),
        "-+--",
        (b";89,90;S", b";89,90;X"),
        4,
        "direction",
    ),
}


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        for t in ("entries", "categories", "undo_steps", "syncs", "import_batches"):
            h.update(repr(conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()).encode())
    return h.hexdigest()


def entries(path: Path) -> list[Decimal]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT amount FROM entries ORDER BY date, id").fetchall()
    return [Decimal(a) / 100 for (a,) in rows]


@pytest.fixture
def book(book_path: Path, new_book: Callable[[Path], Path]) -> Path:
    with Ledger.open(new_book(book_path), create=True) as ledger:
        accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
        accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
        accounts.create_account(ledger, "Revolut", AccountKind.CHECKING, "GBP")
    return book_path


def run(book: Path, *args: str | Path) -> int:
    return main(["--book", str(book), "import", *map(str, args)])


@pytest.mark.parametrize("name", sorted(CASES))
def test_dialect_imports_with_signs_and_reimports_as_duplicates(
    name: str, book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra, account, count, total, signs, _bad, _line, _field = CASES[name]
    f = tmp_path / name
    f.write_bytes((DATA / name).read_bytes())
    args = [f, "--account", account, *extra]
    assert run(book, *args) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.splitlines()[0] == f"imported {count}, duplicates 0, rejected 0"
    got = entries(book)
    assert (len(got), sum(got)) == (count, total)
    assert "".join("-" if a < 0 else "+" for a in got) == signs
    assert run(book, *args) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"imported 0, duplicates {count}, rejected 0"
    assert entries(book) == got


@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_dialect_is_refused_with_file_line_field(
    name: str, book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra, account, _count, _total, _signs, (old, new), line, field = CASES[name]
    data = (DATA / name).read_bytes()
    assert old in data
    f = tmp_path / f"bad-{name}"
    f.write_bytes(data.replace(old, new, 1))
    before = digest(book)
    assert run(book, f, "--account", account, *extra) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"permoney: rejected: bad-{name}, line {line}, field {field}: "), err
    assert "\n" not in err and "Traceback" not in err
    assert digest(book) == before


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("ing_nl.csv", "'Af Bij'"),
        ("knab.csv", "CreditDebet"),
        ("mint.csv", "'Transaction Type'"),
        ("volksbank_sh.csv", "'Soll/Haben'"),
    ],
)
def test_unsigned_amounts_beside_a_direction_column_are_refused_naming_the_option(
    name: str, column: str, book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(book)
    args = [DATA / name, "--account", "Girokonto", "--account-map", "Chase Checking=Girokonto"]
    assert run(book, *args) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert ", field direction: the amounts have no sign" in err
    assert err.endswith(f"(--map direction={column}, or --map direction= if it has none)")
    assert digest(book) == before


def test_saying_there_is_no_direction_column_is_heard(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(book, DATA / "knab.csv", "--account", "Girokonto", "--map", "direction=") == 0
    assert all(a > 0 for a in entries(book))  # the user said so: every row is money in


def test_direction_values_can_be_set(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "own.csv"
    f.write_text("Date,Amount,Way\n2026-11-02,10.00,A\n2026-11-03,25.50,B\n2026-11-04,1.25,A\n")
    base = [f, "--account", "Checking", "--map", "direction=Way"]
    assert run(book, *base) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("permoney: rejected: own.csv, line 2, field direction: 'A' is neither")
    assert err.endswith("(--direction-values out=VALUE,in=VALUE)")
    assert run(book, *base, "--direction-values", "out=A,in=B|BB") == 0
    assert entries(book) == [Decimal("-10.00"), Decimal("25.50"), Decimal("-1.25")]
    assert run(book, *base, "--direction-values", "out=A") == 2
    assert "needs both sides" in capsys.readouterr().err


def test_a_preset_remembers_the_direction_column_and_values(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "own.csv"
    f.write_text("Date,Amount,Way\n2026-11-02,10.00,A\n2026-11-03,25.50,B\n")
    args = ["--account", "Checking", "--map", "direction=Way", "--direction-values", "out=A,in=B"]
    assert run(book, f, *args, "--save-preset", "mine") == 0
    capsys.readouterr()
    g = tmp_path / "next.csv"
    g.write_text("Date,Amount,Way\n2026-11-04,3.00,A\n")
    assert run(book, g, "--account", "Checking", "--preset", "mine") == 0
    assert entries(book) == [Decimal("-10.00"), Decimal("25.50"), Decimal("-3.00")]


def test_layout_notes_name_the_lines_left_out(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(book, DATA / "td_ameritrade.csv", "--account", "Checking") == 0
    out = capsys.readouterr().out
    assert "note: td_ameritrade.csv: ignored 1 line without a date before or after the rows " in out
    assert "(line 6)" in out
    assert run(book, DATA / "venmo.csv", "--account", "Checking") == 0
    out = capsys.readouterr().out
    assert "the header is on line 3; the 2 lines before it (lines 1–2)" in out
    assert "ignored 2 lines without a date before or after the rows (lines 4 and 8)" in out
    assert run(book, DATA / "revolut.csv", "--account", "Revolut", "--only", "state=completed") == 0
    out = capsys.readouterr().out
    assert "left out 1 row (only rows where state is completed)" in out
    assert "the fee column 'Fee' is taken off each amount as a cost" in out


def test_layout_refusals_name_the_option(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(book)
    assert run(book, DATA / "asn.csv", "--account", "Girokonto") == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("permoney: rejected: asn.csv, line 1, field date: no date column mapped")
    assert err.endswith("(--no-header, then --map date=1,amount=3)")
    assert run(book, DATA / "revolut.csv", "--account", "Revolut") == 1
    err = capsys.readouterr().err.strip()
    assert (
        "revolut.csv, line 6, field date: missing date; a row without a date may be pending" in err
    )
    assert err.endswith("(--only COLUMN=VALUE, e.g. --only State=COMPLETED)")
    assert run(book, DATA / "paypal.csv", "--account", "Checking", "--map", "fee=Fee") == 1
    err = capsys.readouterr().err
    assert "field fee: the amount column 'Net' already has the fee taken off" in err
    grouped = tmp_path / "grouped.csv"
    grouped.write_text('Date,Amount\n2026-11-02,"1,234"\n2026-11-03,"2,500"\n')
    assert run(book, grouped, "--account", "Checking") == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("permoney: rejected: grouped.csv, line 2, field amount: '1,234' reads")
    assert err.endswith("(--decimal-comma or --decimal-point)")
    assert digest(book) == before
    assert run(book, grouped, "--account", "Checking", "--decimal-point") == 0
    assert entries(book) == [Decimal("1234.00"), Decimal("2500.00")]


def test_a_guessed_column_can_be_unmapped_and_the_header_row_given(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without the account column the rows go to --account; without it they name "Chase".
    args = ["--map", "direction=Transaction Type", "--map", "account=", "--map", "category="]
    assert run(book, DATA / "mint.csv", "--account", "Checking", *args) == 0
    assert sum(entries(book)) == Decimal("2424.38")
    f = tmp_path / "late.csv"
    f.write_text("Export of account 1\nDate,Amount\n2026-11-02,-4.00\n")
    assert run(book, f, "--account", "Checking", "--header-row", "2") == 0
    g = tmp_path / "skip.csv"
    g.write_text("Title;x\nDate;Amount\n2026-11-05;-5,00\n")
    assert run(book, g, "--account", "Checking", "--skip-lines", "1") == 0
    assert (len(entries(book)), sum(entries(book))) == (6, Decimal("2415.38"))
    assert run(book, g, "--account", "Checking", "--header-row", "9") == 1
    assert "skip.csv, line 9, field header: " in capsys.readouterr().err
