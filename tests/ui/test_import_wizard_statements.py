"""camt.053 and MT940 through the import wizard: detected by content, imported whole, then
all duplicates; a malformed one names file, line and field on the accounts page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import import_actions
from permoney_desktop.ui.dialogs.import_wizard import (
    ACCOUNTS_PAGE,
    DONE_PAGE,
    ImportWizard,
)
from permoney_desktop.ui.main_window import MainWindow
from tests.domain.imports.bank_statements import MT940_DE, camt053
from tests.services.book_state import book_state

WAIT = 10_000
FILES = {"camt": camt053("05"), "mt940": MT940_DE.encode("latin-1")}


def _wizard(qtbot: QtBot, ledger: Ledger, path: Path) -> ImportWizard:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    wizard = ImportWizard(
        ledger, import_actions.publisher(window), window, new_account=window.new_account
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.open_file(path)
    assert wizard.file_page.isComplete(), wizard.file_page.error.text()
    return wizard


def _run(qtbot: QtBot, wizard: ImportWizard) -> tuple[int, int]:
    wizard.next()
    assert wizard.currentId() == ACCOUNTS_PAGE
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    for combo in page.key_combos.values():
        combo.setCurrentIndex(combo.findData("Girokonto"))
    assert page.isComplete(), page.error.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.ready, timeout=WAIT)
    plan = wizard.summary_page.plan
    assert plan is not None, wizard.summary_page.error.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=WAIT)
    return plan.imported, plan.duplicates


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_statement_imports_whole_then_as_duplicates(
    fmt: str, qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    acc, _ = accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    accounts.create_account(ledger, "Cash", AccountKind.CASH, "EUR")
    path = tmp_path / "download.txt"  # the content, not the name, says what it is
    path.write_bytes(FILES[fmt])
    wizard = _wizard(qtbot, ledger, path)
    assert wizard.format.value == fmt
    assert _run(qtbot, wizard) == (3, 0)
    with ledger.book.reading() as s:
        n, total = (
            s.connection()
            .exec_driver_sql(
                "SELECT COUNT(*), SUM(amount) FROM entries WHERE account_id = ?", (int(acc),)
            )
            .one()
        )
    assert (n, Decimal(total) / 100) == (3, Decimal("1349.45"))
    if fmt == "camt":  # the pending entry is left out, and the done page says so
        assert "not booked yet (pending), not imported" in wizard.done_page.summary.text()
    assert _run(qtbot, _wizard(qtbot, ledger, path)) == (0, 3)


def test_malformed_statement_is_named_and_changes_nothing(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    path = tmp_path / "umsatz.sta"
    path.write_bytes(MT940_DE.replace(":61:2610301030DR3,55", ":61:2610301030DR3.55").encode())
    before = book_state(ledger.book.path)
    wizard = _wizard(qtbot, ledger, path)
    wizard.next()
    page = wizard.accounts_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert not page.isComplete()
    assert page.error.text().startswith("umsatz.sta, line 20, field “:61:”: not a statement line")
    assert book_state(ledger.book.path) == before
