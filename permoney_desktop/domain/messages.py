"""Translatable text made below the GUI: an English sentence that keeps its template and fields.

Services and the domain may not import Qt, yet some of their text reaches the window: undo
labels ("Add account"), errors a dialog shows, health advice. Such text is a ``Message``::

    raise DomainError(Message("No account named {name}", name=name))
    with gate.write(ledger, Message("Add schedule {name}", name=name)) as w: ...

A ``Message`` *is* a ``str``: the English sentence, so the CLI, logs and every caller that
compares or prints it see exactly what they saw before. The GUI translates it at display time
with ``ui.i18n.say`` (``tr(template)`` then ``.format(**fields)``, a field that is itself a
``Message`` translated too). ``pyside6-lupdate`` extracts ``Message("…")`` like ``tr("…")``
(``packaging/translations.py`` passes it ``-tr-function-alias QT_TR_NOOP+=Message``), so the
first argument must be a literal: never an f-string (``tests/ui/test_i18n_services.py``).
Fields hold data (names, counts, figures already formatted), never English words to translate
— those are a nested ``Message``.

An undo label is stored in the book (``encode``) as its template and fields when it has fields,
so each window shows it in its own language; a label without fields is stored as its text, and
a stored plain label (from books made before this) reads back as itself (``decode``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class Message(str):
    """An English sentence (the ``str`` value) with the ``template`` and ``fields`` it came from."""

    template: str
    fields: Mapping[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Message:
        text = template.format(**fields) if fields else template
        made = super().__new__(cls, text)
        made.template = template
        made.fields = fields
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as template + fields (a worker hands errors to the GUI through queues).
        return (_rebuild, (self.template, dict(self.fields)))


def _rebuild(template: str, fields: dict[str, Any]) -> Message:
    return Message(template, **fields)


_KEY = "permoney-message"


def _plain(value: Any) -> Any:
    if isinstance(value, Message) and value.fields:
        return {_KEY: value.template, "fields": {k: _plain(v) for k, v in value.fields.items()}}
    if isinstance(value, str | int | float):
        return value if not isinstance(value, str) else str(value)
    return str(value)


def encode(text: str) -> str:
    """``text`` as stored: a ``Message`` with fields as JSON (template + fields), else itself."""
    if isinstance(text, Message) and text.fields:
        return json.dumps(_plain(text), ensure_ascii=False, separators=(",", ":"))
    return str(text)


def _message(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get(_KEY), str):
        fields = value.get("fields")
        if isinstance(fields, dict):
            try:
                return Message(value[_KEY], **{str(k): _message(v) for k, v in fields.items()})
            except (KeyError, IndexError, ValueError):
                return None
    return value


def decode(stored: str) -> Message:
    """What ``encode`` stored, as a ``Message``; any other text (an older book's plain label)
    as a ``Message`` of itself, shown as it is unless it is a known template."""
    if stored.startswith("{") and _KEY in stored:
        try:
            found = _message(json.loads(stored))
        except ValueError:
            found = None
        if isinstance(found, Message):
            return found
    return Message(stored)


def reason(exc: BaseException) -> str:
    """The text ``exc`` was raised with: its ``Message`` (template kept, so a window can
    translate it when it is passed on inside another error), else ``str(exc)``."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)
