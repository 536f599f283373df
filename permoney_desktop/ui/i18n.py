"""Translated GUI text: ``tr("…")`` around every user-visible string, the language loaded at start.

How to write a string (the CLI stays English and does not use this):

    from permoney_desktop.ui.i18n import tr
    label.setText(tr("Base currency:"))
    label.setText(tr("{count} accounts").format(count=n))    # format AFTER tr, never an f-string
    label.setText(tr("%n entries", None, n))                  # a plural: Qt picks the form
    HEADERS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Payee"))       # module level: mark, then tr(h)
    error.setText(say(exc))             # text made in services/ (a Message): its error, its
    tr("Undo {action}").format(action=say(label))  # undo label, its advice, translated here

``tr`` takes a literal so ``pyside6-lupdate`` can find it (all strings share one context, ""),
then ``.venv/bin/python packaging/translations.py update`` adds new strings to
``resources/i18n/permoney_de.ts`` and ``permoney_fr.ts``; write their translations there
(tests/ui/test_i18n_catalogs.py fails on one left unfinished). Set-up builds the .qm files.

The language is chosen once, at start (``install_translators``): the Settings choice
(``ui/language``), else the system's UI language if we ship it, else English. A change in
Settings applies on the next start (the dialog says so). ``PERMONEY_LANGUAGE`` overrides both,
for screenshots; ``pseudo`` is a pseudo-locale (accented, about 40 % longer, bracketed) that
shows untranslated strings (plain ASCII) and truncation (a missing closing bracket).
"""

from __future__ import annotations

import logging
import math
import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from permoney_desktop.domain.messages import Message
from permoney_desktop.platform.resources import resource_path

LANGUAGE_KEY = "ui/language"  # "" = follow the system
LANGUAGE_ENV = "PERMONEY_LANGUAGE"
PSEUDO = "pseudo"
# The languages we ship, by code, named in their own language (Settings lists them).
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français"}

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_active = "en"
_plurals_tried = False


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the GUI's language (``%n`` in it becomes ``n``, with the plural form)."""
    if n >= 0 and not _installed:
        _english_plurals()
    return QCoreApplication.translate("", text, disambiguation, n)


def _english_plurals() -> None:
    """English plural forms ("1 account", not "1 account(s)") where no language was installed
    yet (a window built without the app's start-up: tests, tools). Tried once."""
    global _plurals_tried
    app = QCoreApplication.instance()
    if _plurals_tried or app is None:
        return
    _plurals_tried = True
    translator = QTranslator(app)
    if translator.load("permoney_en", str(resource_path("i18n"))):
        _install(app, translator)


def say(value: object) -> str:
    """Text made below the GUI in the GUI's language: a ``domain.messages.Message`` (an undo
    label, health advice) or an exception raised with one; anything else as ``str`` gives it.

    The template is translated and its fields filled in after (a field that is a ``Message``
    is translated too); a translation that does not fit its fields shows the English.
    """
    if isinstance(value, BaseException):
        if len(value.args) != 1 or not isinstance(value.args[0], Message):
            return str(value)  # an exception's own __str__ (file, line, field) as it is
        value = value.args[0]
    if not isinstance(value, Message):
        return str(value)
    if not value.fields:
        return tr(value.template)
    fields = {k: say(v) if isinstance(v, Message) else v for k, v in value.fields.items()}
    try:
        return tr(value.template).format(**fields)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r does not fit its fields", value.template)
        return str(value)


def QT_TR_NOOP(text: str) -> str:
    """Marks a literal for translation where it is defined; ``tr(value)`` translates it later."""
    return text


def active_language() -> str:
    """The language installed at start: a code of ``LANGUAGES``, or ``PSEUDO``."""
    return _active


def saved_language(settings: QSettings | None = None) -> str:
    """The Settings choice: a code of ``LANGUAGES``, or "" to follow the system."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES or value == PSEUDO else ""


def system_language() -> str:
    """The first of the system's UI languages that we ship (English if none)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """What to load: the environment override, the Settings choice, else the system's."""
    forced = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if forced in LANGUAGES or forced == PSEUDO:
        return forced
    return saved_language(settings) or system_language()


def install_translators(app: Any, settings: QSettings | None = None) -> str:
    """Load the chosen language's .qm files (ours and Qt's own, for standard buttons) into
    ``app``, replacing any installed before; returns the language code."""
    global _active
    remove_translators(app)
    language = chosen_language(settings)
    if language == PSEUDO:
        _install(app, PseudoTranslator(app))
    else:
        catalogues = [(f"permoney_{language}", [str(resource_path("i18n"))])]
        if language != "en":  # English: only our plural forms ("1 entry"), Qt's own is English
            catalogues.insert(0, (f"qtbase_{language}", _qt_translation_folders()))
        for name, folders in catalogues:
            translator = QTranslator(app)
            if any(translator.load(name, folder) for folder in folders):
                _install(app, translator)
            else:
                log.warning("no %s.qm found: that part of the GUI stays English", name)
    _active = language
    return language


def _qt_translation_folders() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured folder, else beside PySide6 (a bundle)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def remove_translators(app: Any) -> None:
    """Back to the source strings (English)."""
    global _active, _plurals_tried
    while _installed:
        app.removeTranslator(_installed.pop())
    _active = "en"
    _plurals_tried = False


def _install(app: Any, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


# -- the pseudo-locale ----------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "åƀçđéĝĥîķļñöŕšţüýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÜÝŽ",
)
# Pieces that must pass through unchanged: format fields, Qt's %n/%1, HTML tags and entities,
# and a mnemonic's letter (so Alt+letter shortcuts stay what they were).
_KEEP = re.compile(r"\{[^{}]*\}|%L?(?:n|\d)|<[^<>]*>|&(?:[a-zA-Z]+;|&|.)")
_GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented and about 40 % longer, between ⟦ ⟧ (so a cut-off end shows)."""
    if not any(ch.isalpha() for ch in text):
        return text
    pieces: list[str] = []
    start = 0
    for match in _KEEP.finditer(text):
        pieces.append(text[start : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        start = match.end()
    pieces.append(text[start:].translate(_ACCENTED))
    padding = "·" * max(1, math.ceil(len(text) * _GROWTH) - 3)
    return f"⟦{''.join(pieces)} {padding}⟧"


class PseudoTranslator(QTranslator):
    """Translates every string, Qt's own included, into the pseudo-locale."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False
