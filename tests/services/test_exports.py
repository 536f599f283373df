"""Exports: entries CSV re-imports, and a book zip round trip gives identical balances."""

from __future__ import annotations

import csv
import zipfile
from datetime import date
from pathlib import Path

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.rules import Condition
from permoney_desktop.services import accounts, balances, exports, imports, materialize, rules, undo
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger

# Dialect differences in these reads and writes must not hide: both backends.
pytestmark = pytest.mark.backends

END = date(2024, 6, 30)


def _balances(ledger: Ledger) -> list[tuple[str, date, int, bool]]:
    materialize.sync_all(ledger, full=True)
    out = []
    for day in (date(2023, 1, 31), date(2023, 12, 31), END):
        out += [(b.name, day, b.minor, b.partial) for b in balances.balances_on(ledger, day)]
    return out


def test_book_zip_round_trip_has_identical_balances(ledger: Ledger, tmp_path: Path) -> None:
    fill_demo(ledger, transactions=1500, years=2, seed=7, end=END)
    rules.add_rule(
        ledger, "coffee", [Condition.parse("payee", "contains", "bean")], tags=["coffee"]
    )
    zpath = tmp_path / "book.zip"
    counts = exports.export_book(ledger, zpath)
    assert counts["entries.csv"] > 1000 and counts["valuations.csv"] > 0
    assert counts["rates.csv"] > 0 and counts["rules.csv"] == 1
    with zipfile.ZipFile(zpath) as zf:
        assert {
            "accounts.csv",
            "categories.csv",
            "tags.csv",
            "rules.csv",
            "entries.csv",
            "transfers.csv",
            "valuations.csv",
            "rates.csv",
            "manifest.json",
        } <= set(zf.namelist())
        header = zf.read("entries.csv").decode().splitlines()[0]
        assert "amount" in header
    expected = _balances(ledger)
    assert any(minor != 0 for _n, _d, minor, _p in expected)
    with Ledger.open(tmp_path / "copy.permoney", create=True) as copy:
        changes = exports.import_book(copy, zpath)
        assert len(changes.dirty_from) == len(accounts.list_accounts(ledger))
        assert _balances(copy) == expected
        assert [v.rule.name for v in rules.list_rules(copy)] == ["coffee"]
        assert copy.base_currency == ledger.base_currency
        undo.undo(copy)
        assert accounts.list_accounts(copy) == []


def test_book_import_is_all_or_nothing(ledger: Ledger, tmp_path: Path, book_path: Path) -> None:
    fill_demo(ledger, transactions=400, years=1, seed=3, end=END)
    zpath = tmp_path / "book.zip"
    exports.export_book(ledger, zpath)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(zpath) as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "entries.csv":
                lines = data.decode().splitlines()
                cells = next(csv.reader([lines[5]]))
                cells[4] = "12.345"  # more decimals than USD has
                lines[5] = ",".join(f'"{c}"' for c in cells)
                data = "\n".join(lines).encode()
            dst.writestr(name, data)
    with Ledger.open(tmp_path / "copy.permoney", create=True) as copy:
        with pytest.raises(ImportFileError) as err:
            exports.import_book(copy, broken)
        assert (err.value.file, err.value.line, err.value.field) == ("entries.csv", 6, "amount")
        assert accounts.list_accounts(copy) == []
    with pytest.raises(exports.BookImportError, match="empty book"):
        exports.import_book(ledger, zpath)
    with pytest.raises(exports.BookImportError, match="not a zip"):
        exports.import_book(ledger, book_path)


def test_entries_csv_filters_and_reimports_as_duplicates(ledger: Ledger, tmp_path: Path) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    accounts.create_account(ledger, "Other", AccountKind.CHECKING, "USD")
    data = (
        b"Date,Payee,Amount,Category,Tags\n2024-01-02,Bean There,-4.50,Food:Coffee,a;b\n"
        b"2024-01-03,Acme,1000.00,Salary,\n"
    )
    imports.run_import(ledger, imports.ImportRequest(data, "in.csv", account="Checking"))
    imports.run_import(
        ledger, imports.ImportRequest(b"Date,Amount\n2024-01-05,-1\n", "o.csv", account="Other")
    )
    out = tmp_path / "out.csv"
    n = exports.export_entries_csv(ledger, out, exports.EntryExportFilter(account_ids=[acc]))
    assert n == 2
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["category"] == "Food:Coffee" and rows[0]["tags"] in ("a;b", "b;a")
    assert rows[0]["amount"] == "-4.50" and rows[1]["account"] == "Checking"
    again = imports.run_import(ledger, imports.ImportRequest.from_path(out))
    assert (again.imported, again.duplicates) == (0, 2)
