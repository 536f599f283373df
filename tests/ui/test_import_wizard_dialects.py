"""Bank CSV dialects through the import wizard, driven like a user: a direction column is
asked about (chosen, previewed, confirmed before Next), and preambles, trailers, headerless
files, fee columns and row filters import with the right count, sum and signs."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.import_wizard import (
    ACCOUNTS_PAGE,
    AMOUNT,
    DONE_PAGE,
    MAPPING_PAGE,
    SUMMARY_PAGE,
    ImportWizard,
)
from permoney_desktop.ui.dialogs.import_wizard.mapping_page import MappingPage
from permoney_desktop.ui.main_window import MainWindow
from tests.services.book_state import book_state

DATA = Path(__file__).parents[1] / "data" / "imports"
WAIT = 15_000


def _choose(page: MappingPage, field: str, column: str | None) -> None:
    combo = page.columns[field]
    idx = combo.findData(column) if column is not None else 0
    assert idx >= 0, (field, column)
    combo.setCurrentIndex(idx)


def _ask_and_confirm(column: str) -> Callable[[QtBot, MappingPage], None]:
    def answer(qtbot: QtBot, page: MappingPage) -> None:
        qtbot.waitUntil(lambda: page.direction_prompt.asked and page.ready, timeout=WAIT)
        assert page.columns["direction"].currentData() == column
        assert "have no sign" in page.direction_prompt.text.text()
        assert page.direction_prompt.isVisibleTo(page)
        qtbot.waitUntil(lambda: page.ready and page.preview is not None, timeout=WAIT)
        assert page.preview is not None and page.preview.ok
        assert not page.isComplete()  # no import until the signs are confirmed
        assert page.model.data(page.model.index(0, AMOUNT)).startswith(("−", "-"))
        page.direction_prompt.confirm.setChecked(True)

    return answer


def _mint(qtbot: QtBot, page: MappingPage) -> None:
    _ask_and_confirm("Transaction Type")(qtbot, page)
    _choose(page, "account", None)  # unmap the guessed account column: rows go to one account
    page.direction_prompt.confirm.setChecked(True)


def _paypal(qtbot: QtBot, page: MappingPage) -> None:
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    _choose(page, "amount", "Gross")
    _choose(page, "fee", "Fee")


def _revolut(qtbot: QtBot, page: MappingPage) -> None:
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert not page.isComplete()  # the pending row has no completion date
    assert "under Only rows where" in page.error.text()
    reading = page.reading
    reading.only_column.setCurrentIndex(reading.only_column.findData("State"))
    reading.only_value.setText("COMPLETED")
    reading.only_value.editingFinished.emit()


def _asn(qtbot: QtBot, page: MappingPage) -> None:
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert not page.isComplete()
    assert "tick No header row" in page.error.text()
    page.reading.no_header.setChecked(True)
    qtbot.waitUntil(lambda: page.ready and page.columns["date"].findData("19") > 0, timeout=WAIT)
    for field, column in (("date", "1"), ("amount", "11"), ("payee", "4"), ("external_id", "16")):
        _choose(page, field, column)


def _nothing(qtbot: QtBot, page: MappingPage) -> None:
    del qtbot, page


# name: (book currency, what the user does on the mapping page, count, sum, signs by date)
CASES: dict[str, tuple[str, Callable[[QtBot, MappingPage], None], int, Decimal, str]] = {
    "ing_nl.csv": ("EUR", _ask_and_confirm("Af Bij"), 5, Decimal("1284.95"), "-+--+"),
    "knab.csv": ("EUR", _ask_and_confirm("CreditDebet"), 4, Decimal("1630.51"), "-+--"),
    "volksbank_sh.csv": ("EUR", _ask_and_confirm("Soll/Haben"), 4, Decimal("1652.30"), "-+--"),
    "mint.csv": ("USD", _mint, 4, Decimal("2424.38"), "-+-+"),
    "ing_de.csv": ("EUR", _nothing, 4, Decimal("2010.80"), "--+-"),
    "paypal.csv": ("USD", _paypal, 4, Decimal("10.35"), "-+--"),
    "revolut.csv": ("GBP", _revolut, 4, Decimal("36.10"), "-+--"),
    "td_ameritrade.csv": ("USD", _nothing, 4, Decimal("2811.11"), "++-+"),
    "venmo.csv": ("USD", _nothing, 3, Decimal("316.50"), "-+-"),
    "asn.csv": ("EUR", _asn, 4, Decimal("894.34"), "-+--"),
}


def _open(qtbot: QtBot, ledger: Ledger, path: Path) -> ImportWizard:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    wizard = import_actions.open_import_wizard(window, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # inspected afterwards
    qtbot.waitExposed(wizard)
    return wizard


def _entries(ledger: Ledger) -> list[Decimal]:
    with ledger.book.reading() as s:
        rows = s.connection().exec_driver_sql("SELECT amount FROM entries ORDER BY date, id")
        return [Decimal(a) / 100 for (a,) in rows.all()]


@pytest.mark.parametrize("name", sorted(CASES))
def test_dialect_imports_through_the_wizard(qtbot: QtBot, ledger: Ledger, name: str) -> None:
    cur, act, count, total, signs = CASES[name]
    accounts.create_account(ledger, "Bank", AccountKind.CHECKING, cur)
    wizard = _open(qtbot, ledger, DATA / name)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentId() == MAPPING_PAGE
    act(qtbot, page)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    wizard.next()
    assert wizard.currentId() == ACCOUNTS_PAGE
    qtbot.waitUntil(lambda: wizard.accounts_page.ready, timeout=WAIT)
    assert wizard.accounts_page.isComplete(), wizard.accounts_page.error.text()
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    plan = wizard.summary_page.plan
    assert plan is not None and plan.imported == count, wizard.summary_page.error.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    got = _entries(ledger)
    assert (len(got), sum(got)) == (count, total)
    assert "".join("-" if a < 0 else "+" for a in got) == signs
    wizard.accept()


def test_a_malformed_direction_is_named_and_nothing_is_written(
    qtbot: QtBot, ledger: Ledger, book_path: Path, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Bank", AccountKind.CHECKING, "EUR")
    bad = tmp_path / "bad_ing.csv"
    bad.write_bytes((DATA / "ing_nl.csv").read_bytes().replace(b'"Bij","2.450', b'"Bx","2.450'))
    before = book_state(book_path)
    wizard = _open(qtbot, ledger, bad)
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.direction_prompt.asked and page.ready, timeout=WAIT)
    page.direction_prompt.confirm.setChecked(True)
    assert not page.isComplete()
    message = page.error.text()
    assert "bad_ing.csv, line 3, field direction" in message
    assert page.model.error_rows() == [1]
    wizard.reject()
    assert book_state(book_path) == before


def test_answering_that_the_file_has_no_direction_column(qtbot: QtBot, ledger: Ledger) -> None:
    accounts.create_account(ledger, "Bank", AccountKind.CHECKING, "EUR")
    wizard = _open(qtbot, ledger, DATA / "knab.csv")
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.direction_prompt.asked and page.ready, timeout=WAIT)
    _choose(page, "direction", None)
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert page.mapping().direction == ""  # asked and answered: none
    assert not page.isComplete()
    page.direction_prompt.confirm.setChecked(True)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert page.model.data(page.model.index(0, AMOUNT)) == "45.00"
    wizard.reject()


def test_a_tied_new_category_kind_is_chosen_on_the_summary_page(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Bank", AccountKind.CHECKING, "USD")
    f = tmp_path / "tie.csv"
    f.write_text(
        "Date,Amount,Payee,Category\n2026-11-02,-5.00,Friend,Lending\n"
        "2026-11-09,5.00,Friend,Lending\n2026-11-10,-3.00,Shop,Food\n",
        encoding="utf-8",
    )
    wizard = _open(qtbot, ledger, f)
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.accounts_page.ready, timeout=WAIT)
    wizard.next()
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.ready, timeout=WAIT)
    assert summary.plan is not None and summary.plan.undecided_kinds == ["Lending"]
    assert summary.kinds.isVisibleTo(summary) and list(summary.kinds.boxes) == ["Lending"]
    assert not summary.isComplete()  # no import until the kind is chosen
    box = summary.kinds.boxes["Lending"]
    box.setCurrentIndex(box.findData("income"))
    assert summary.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    assert wizard.report is not None
    assert wizard.report.new_categories == {"Lending": "income", "Food": "expense"}
    wizard.accept()


def test_an_undecided_decimal_separator_is_asked(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Bank", AccountKind.CHECKING, "USD")
    f = tmp_path / "grouped.csv"
    f.write_text('Date,Amount\n2026-11-02,"-1,234"\n2026-11-03,"2,500"\n', encoding="utf-8")
    wizard = _open(qtbot, ledger, f)
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.ready and page.preview is not None, timeout=WAIT)
    assert not page.isComplete()
    assert page.reading.decimal.currentData() is None  # nothing guessed
    assert "choose it under Decimal separator" in page.error.text()
    page.reading.decimal.setCurrentIndex(page.reading.decimal.findData(False))
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert page.model.data(page.model.index(0, AMOUNT)) == "−1,234"
    wizard.reject()


def test_a_workbook_imports_through_the_wizard(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    from datetime import date

    from tests.spreadsheets import xlsx

    accounts.create_account(ledger, "Bank", AccountKind.CHECKING, "EUR")
    f = tmp_path / "umsatz.xlsx"
    f.write_bytes(
        xlsx(
            [
                ["Kontoauszug"],
                ["Datum", "Name", "Betrag", "Soll/Haben"],
                [date(2026, 11, 2), "Rewe", 12.5, "S"],
                [date(2026, 11, 20), "Lohn", 2450, "H"],
            ]
        )
    )
    wizard = _open(qtbot, ledger, f)
    assert "a spreadsheet (.xlsx)" in wizard.file_page.detected.text()
    wizard.next()
    page = wizard.mapping_page
    _ask_and_confirm("Soll/Haben")(qtbot, page)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.accounts_page.ready, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    assert _entries(ledger) == [Decimal("-12.50"), Decimal("2450.00")]
    wizard.accept()
