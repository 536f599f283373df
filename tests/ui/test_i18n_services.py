"""Text made in services/ and domain/ reaches the window in its language: undo labels, errors
shown in dialogs, health advice, and the payees a German window writes. A static part checks
that every ``Message("…")`` is a literal that the German and French catalogues translate, and
that no write's undo label is left as plain English."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from permoney_desktop.cli import main
from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.recurrence import Frequency, Recurrence
from permoney_desktop.domain.schedules import ScheduleMode, Template
from permoney_desktop.services import accounts, categories, gate, register_reads, schedules
from permoney_desktop.services.health_bands import evaluate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import i18n, import_actions
from permoney_desktop.ui.dialogs.account_dialog import AccountDialog
from permoney_desktop.ui.dialogs.import_wizard import PROBLEM, ImportWizard, error_sentence
from permoney_desktop.ui.dialogs.transfer_dialog import TransferDialog
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.operations import schedules as schedule_ops
from permoney_desktop.ui.pages.health_verdicts import advice_text

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "permoney_desktop"
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)

# -- static: every services message is a literal with a translation --------------------------


def _calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            yield node


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _sources() -> list[Path]:
    return sorted(p for d in ("services", "domain") for p in (PACKAGE / d).rglob("*.py"))


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _templates() -> dict[str, str]:
    """Every ``Message("…")`` template in services/ and domain/ -> the file it is in."""
    found: dict[str, str] = {}
    for path in _sources():
        for call in _calls(path):
            if _name(call.func) == "Message" and call.args:
                text = _literal(call.args[0])
                if text is not None:
                    found[text] = path.relative_to(ROOT).as_posix()
    return found


def test_every_message_is_a_literal_or_a_message_passed_on() -> None:
    """lupdate reads only a literal: an f-string or a formatted text would stay English."""
    wrong = []
    for path in _sources():
        if path.name == "messages.py":  # the decoder rebuilds stored ones
            continue
        for call in _calls(path):
            if _name(call.func) != "Message" or not call.args:
                continue
            first = call.args[0]
            # A literal, or a name or item holding a Message made from one; never a text
            # built here (an f-string, a sum, a .format()).
            passed_on = isinstance(first, ast.Name | ast.Attribute | ast.Subscript)
            if _literal(first) is None and not passed_on:
                wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not wrong, f"Message() needs a literal template (fields as keywords): {wrong}"


def test_every_undo_label_is_marked_for_translation() -> None:
    """``gate.write(ledger, "…")`` with plain English would show English in every window."""
    plain = []
    for path in _sources():
        for call in _calls(path):
            if _name(call.func) == "write" and len(call.args) >= 2:
                label = call.args[1]
                if isinstance(label, ast.JoinedStr) or (_literal(label) or "").strip():
                    plain.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not plain, f"undo labels without Message(): {plain}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_services_message_is_in_the_catalogue(language: str) -> None:
    root = ET.parse(translations.ts_file(language)).getroot()
    done = {
        m.findtext("source"): t.text
        for m in root.iter("message")
        if (t := m.find("translation")) is not None and t.get("type") is None and t.text
    }
    templates = _templates()
    assert len(templates) > 150  # the scan found the services' messages at all
    missing = sorted(t for t in templates if t not in done)
    assert not missing, (
        f"{len(missing)} services message(s) without a {language} translation: run "
        "`.venv/bin/python packaging/translations.py update` and translate them: "
        f"{missing[:10]}"
    )
    field = re.compile(r"\{[^{}]*\}")
    for template in templates:
        assert sorted(field.findall(done[template])) == sorted(field.findall(template))


# Errors raised with plain English text (a literal or an f-string) per file, not converted to
# ``Message`` yet: they show in English in a translated window. THIS LIST MAY ONLY SHRINK:
# raise a new error with Message("…"), and lower or drop a count once a file has fewer.
UNTRANSLATED_ERRORS: dict[str, int] = {
    # What is left are programming errors no user meets (an "unreachable" assertion, a module
    # __getattr__, the flow cache's own order checks); a user-facing error is a Message.
    "permoney_desktop/services/encryption.py": 1,
    "permoney_desktop/services/write_conflicts.py": 1,
    "permoney_desktop/domain/entry_values.py": 1,
    "permoney_desktop/domain/metrics/flows.py": 5,
}


def _plain_raises(path: Path) -> int:
    count = 0
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            first = node.exc.args[0]
            text = _literal(first)
            if isinstance(first, ast.JoinedStr) or re.search(r"[A-Za-z]{2,}", text or ""):
                count += 1
    return count


def test_errors_raised_as_plain_english_only_shrink() -> None:
    now = {p.relative_to(ROOT).as_posix(): _plain_raises(p) for p in _sources()}
    over = {p: n for p, n in now.items() if n > UNTRANSLATED_ERRORS.get(p, 0)}
    assert not over, f'raise these with Message("…", field=…) (domain/messages.py): {over}'
    stale = {p: n for p, n in UNTRANSLATED_ERRORS.items() if now.get(p, 0) < n}
    assert not stale, f"lower these counts (the list only shrinks): {stale}"


# -- in the window ---------------------------------------------------------------------------


@pytest.fixture
def language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """``language("de")`` installs that language as the app's start-up would."""
    translations.build()
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)

    def install(code: str) -> None:
        saved = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        saved.setValue(i18n.LANGUAGE_KEY, code)
        saved.sync()
        assert i18n.install_translators(QApplication.instance(), saved) == code

    yield install
    i18n.remove_translators(QApplication.instance())


def test_a_services_error_in_a_dialog_comes_out_german(
    qtbot: QtBot, ledger: Ledger, language: object
) -> None:
    accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    language("de")  # type: ignore[operator]
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    dialog = AccountDialog(window.book, window.writer, None, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Girokonto")
    assert not dialog.save()
    assert dialog.error.text() == "ein Konto namens 'Girokonto' gibt es schon"
    dialog.name.setText(" ")
    assert not dialog.save()
    assert dialog.error.text() == "ein Konto braucht einen Namen"
    # The kinds are named in German too, one account each ("Kreditkarte", not "Credit card").
    kinds = [dialog.kind.itemText(i).split(" · ")[0] for i in range(dialog.kind.count())]
    assert "Girokonto" in kinds and "Kreditkarte" in kinds and "Checking" not in kinds


def test_the_undo_menu_names_each_step_in_the_windows_language(
    qtbot: QtBot, ledger: Ledger, language: object
) -> None:
    accounts.create_account(ledger, "Cash", AccountKind.CASH, "EUR")
    # A label an older book stored as plain English text stays as it is.
    with gate.write(ledger, "Add tag Old") as w:
        w.journal.insert("tags", [(w.new_id("tags"), "Old")], ["id", "name"])
    categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    language("de")  # type: ignore[operator]
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window._update_undo_actions()
    assert window.undo_action.text() == "Rückgängig: Kategorie hinzufügen"
    window.undo()
    window._update_undo_actions()
    assert window.undo_action.text() == "Rückgängig: Add tag Old"
    assert window.redo_action.text() == "Wiederholen: Kategorie hinzufügen"
    window.undo()
    window._update_undo_actions()
    assert window.undo_action.text() == "Rückgängig: Konto hinzufügen"
    # The same book in a French window: the stored label is the template, not German text.
    language("fr")  # type: ignore[operator]
    window._update_undo_actions()
    assert window.undo_action.text().endswith("Ajouter un compte")
    assert register_reads.undo_labels(ledger)[0] == "Add account"  # the CLI's English


def test_a_label_with_fields_is_translated_and_the_cli_stays_english(
    qtbot: QtBot,
    ledger: Ledger,
    book_path: Path,
    language: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    categories.create_path(ledger, "Food:Groceries", CategoryKind.EXPENSE)
    language("de")  # type: ignore[operator]
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window._update_undo_actions()
    assert window.undo_action.text() == "Rückgängig: Kategorie Food:Groceries hinzufügen"
    ledger.close()
    capsys.readouterr()
    assert main(["--book", str(book_path), "undo"]) == 0
    assert "Undo Add category Food:Groceries" in capsys.readouterr().out


def test_health_advice_is_translated_also_from_the_workers_english_report(
    language: object,
) -> None:
    language("fr")  # type: ignore[operator]
    finding = evaluate({"backup_age_days": 40.0}).findings[0]
    expected = (
        "la dernière sauvegarde date de 40 jours : sauvegardez maintenant (Fichier → "
        "Sauvegarder maintenant…) et laissez tourner l’application ou `permoney worker` pour "
        "une sauvegarde quotidienne"
    )
    assert i18n.say(finding.recommendation) == expected
    # The worker reports its findings as JSON: English text, judged again here.
    reported = {
        "check": "backup_age_days",
        "value": 40.0,
        "recommendation": str(finding.recommendation),
    }
    assert advice_text(reported) == expected
    # Advice judged with other limits than this window knows stays as it came.
    reported["recommendation"] = "the last backup is 40 days old: custom limit"
    assert advice_text(reported) == "the last backup is 40 days old: custom limit"


def test_a_german_window_writes_german_transfer_payees(
    qtbot: QtBot, ledger: Ledger, language: object
) -> None:
    chk, _ = accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    sav, _ = accounts.create_account(ledger, "Sparkonto", AccountKind.SAVINGS, "EUR")
    language("de")  # type: ignore[operator]
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    dialog = TransferDialog(window.book, window.writer, int(chk), window)
    qtbot.addWidget(dialog)
    dialog.target.setCurrentIndex(dialog.target.findData(int(sav)))
    dialog.amount.setText("30")
    dialog.day.set_date(date(2026, 11, 3))
    assert dialog.save()
    written = set(register_reads.payees(ledger))
    assert {"Umbuchung nach Sparkonto", "Umbuchung von Girokonto"} <= written
    assert not any(p.startswith("Transfer") for p in written)


def test_a_german_window_names_a_transfer_schedule_in_german(
    qtbot: QtBot, ledger: Ledger, language: object
) -> None:
    chk, _ = accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    sav, _ = accounts.create_account(ledger, "Sparkonto", AccountKind.SAVINGS, "EUR")
    language("de")  # type: ignore[operator]
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    template = Template(chk, Decimal("50"), to_account_id=sav)
    rule = Recurrence(Frequency.MONTHLY, date(2030, 1, 1))
    made = schedule_ops.add_schedule(window.writer, "", template, rule, ScheduleMode.POST)
    assert made is not None
    assert schedules.get_schedule(ledger, made).name == "Umbuchung nach Sparkonto"
    # The CLI (no window) names it in English.
    cli_made, _ = schedules.add_schedule(ledger, "", template, rule)
    assert schedules.get_schedule(ledger, cli_made).name == "Transfer to Sparkonto"


def test_an_import_file_error_shows_in_german_in_the_wizard(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path, language: object
) -> None:
    accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    bad = tmp_path / "umsaetze.csv"  # the second data row's amount is not a number
    bad.write_text("Date,Payee,Amount\n2026-11-02,Bakery,-4.50\n2026-11-03,Grocer,zwölf\n")
    language("de")  # type: ignore[operator]
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    import_actions.install(window)
    wizard = ImportWizard(
        window.ledger, import_actions.publisher(window), window, new_account=window.new_account
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(bad)
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.ready, timeout=10_000)
    assert not page.isComplete()
    assert page.error.text() == (
        "umsaetze.csv, Zeile 3, Feld amount: kein Betrag: 'zwölf' (gelesen mit Dezimalpunkt). "
        "Korrigieren Sie die Datei oder die Einstellungen oben."
    )
    problem = page.model.data(page.model.index(1, PROBLEM))  # the row's own, in its row
    assert problem == "amount: kein Betrag: 'zwölf' (gelesen mit Dezimalpunkt)"
    # A whole-file refusal, as the summary and accounts pages show it: frame and reason German.
    refused = ImportFileError("leer.qif", 0, "", Message("no transactions found"))
    assert error_sentence(refused) == (
        "leer.qif: keine Buchungen gefunden. Nichts wurde importiert; korrigieren Sie die "
        "Datei oder gehen Sie Zurück und ändern Sie, wie sie gelesen wird."
    )
    assert str(refused) == "leer.qif: no transactions found"  # the CLI's English
