"""Export dialogs on real books: the CSV matches the book, the book zip round-trips."""

from __future__ import annotations

import csv
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts, imports
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.export_dialogs import (
    ExportBookDialog,
    ExportEntriesDialog,
    ImportBookDialog,
)
from permoney_desktop.ui.main_window import MainWindow
from tests.services.book_state import book_state

DATA = Path(__file__).parents[1] / "data" / "imports"
WAIT = 10_000


def _book(ledger: Ledger) -> MainWindow:
    for name, kind in (
        ("Checking", AccountKind.CHECKING),
        ("Savings", AccountKind.SAVINGS),
        ("Visa", AccountKind.CREDIT_CARD),
    ):
        accounts.create_account(ledger, name, kind, "USD")
    imports.run_import(ledger, imports.ImportRequest.from_path(DATA / "transfers.csv"))
    imports.run_import(
        ledger, imports.ImportRequest.from_path(DATA / "us_utf8.csv", account="Checking")
    )
    return MainWindow(ledger)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _book_rows(ledger: Ledger) -> list[tuple[str, str, Decimal, str]]:
    with ledger.book.reading() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT e.date, a.name, e.amount, e.payee FROM entries e"
            " JOIN accounts a ON a.id = e.account_id ORDER BY e.date, e.id"
        )
        return [(d, a, Decimal(m) / 100, p) for d, a, m, p in rows]


def _run(qtbot: QtBot, dialog: ExportEntriesDialog | ExportBookDialog | ImportBookDialog) -> None:
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def test_export_entries_matches_the_book(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    window = _book(ledger)
    qtbot.addWidget(window)
    dialog = ExportEntriesDialog(ledger, window.register_model.query, None, window)
    qtbot.addWidget(dialog)
    assert dialog.all_entries.isChecked() and not dialog.current_view.isVisibleTo(dialog)
    dialog.path.setText(str(tmp_path / "all"))  # the suffix is added
    _run(qtbot, dialog)
    out = tmp_path / "all.csv"
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    assert dialog.result_text == "Exported 8 entries to all.csv."
    exported = [(r["date"], r["account"], Decimal(r["amount"]), r["payee"]) for r in _rows(out)]
    assert exported == _book_rows(ledger)
    # The CSV reads back through the importer: every row is a duplicate of the book's.
    plan = imports.plan_import(ledger, imports.ImportRequest.from_path(out))
    assert plan.imported == 0 and plan.duplicates == 8


def test_export_what_the_register_shows(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    window = _book(ledger)
    qtbot.addWidget(window)
    checking = next(a.id for a in window.book.accounts() if a.name == "Checking")
    window.register_model.set_query(reads.RegisterQuery(account_id=checking))
    dialog = ExportEntriesDialog(ledger, window.register_model.query, "Checking", window)
    qtbot.addWidget(dialog)
    assert dialog.current_view.isChecked()
    assert "account Checking" in dialog.current_view.text()
    dialog.path.setText(str(tmp_path / "checking.csv"))
    _run(qtbot, dialog)
    rows = _rows(tmp_path / "checking.csv")
    assert {r["account"] for r in rows} == {"Checking"}
    assert len(rows) == sum(1 for r in _book_rows(ledger) if r[1] == "Checking") == 6
    # A text search exports exactly the rows it shows.
    window.register_model.set_query(replace(window.register_model.query, text="bean"))
    dialog = ExportEntriesDialog(ledger, window.register_model.query, "Checking", window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "bean.csv"))
    _run(qtbot, dialog)
    assert [r["payee"] for r in _rows(tmp_path / "bean.csv")] == ["Bean There Cafe"] * 2


def test_book_zip_round_trips_into_an_empty_book(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    window = _book(ledger)
    qtbot.addWidget(window)
    export = ExportBookDialog(ledger, window)
    qtbot.addWidget(export)
    export.path.setText(str(tmp_path / "book.zip"))
    _run(qtbot, export)
    assert "8 entries" in export.result_text
    # Into a book that has data: refused with a sentence, nothing changed.
    before = book_state(ledger.paths.book)
    again = ImportBookDialog(ledger, import_actions.publisher(window), window)
    qtbot.addWidget(again)
    again.path.setText(str(tmp_path / "book.zip"))
    _run(qtbot, again)
    assert "empty book" in again.message.text() and again.result() != again.DialogCode.Accepted
    assert book_state(ledger.paths.book) == before
    # Into an empty book: identical balances, shown in that window at once.
    with Ledger.open(tmp_path / "copy.permoney", create=True) as copy:
        other = MainWindow(copy)
        qtbot.addWidget(other)
        import_actions.install(other)
        dialog = ImportBookDialog(copy, import_actions.publisher(other), other)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(tmp_path / "book.zip"))
        _run(qtbot, dialog)
        assert dialog.result_text == "Book book.zip imported.", dialog.message.text()
        assert other.accounts_model.account_count() == 3
        mine = {a.name: window.book.balance(a.id) for a in window.book.accounts()}
        theirs = {a.name: other.book.balance(a.id) for a in other.book.accounts()}
        assert len(mine) == 3 and all(v is not None for v in mine.values())
        assert {k: v.minor for k, v in theirs.items() if v} == {
            k: v.minor for k, v in mine.items() if v
        }
        assert mine["Checking"] is not None and mine["Checking"].minor == (
            -50000 - 30000 - 450 - 450 - 5210 + 286000
        )
        assert other.undo_action.text() == "Undo Import book book.zip"
        other.close()
