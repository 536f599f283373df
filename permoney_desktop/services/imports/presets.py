"""Saved CSV mappings ("presets"): configuration, so no undo step."""

from __future__ import annotations

import json

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.domain.messages import Message
from permoney_desktop.services import gate
from permoney_desktop.services.imports.types import ImportSetupError
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.undo import raw
from permoney_desktop.store import import_queries


def save_preset(ledger: Ledger, name: str, mapping: CsvMapping, options: CsvOptions) -> None:
    """Save (or replace) a named CSV mapping. Presets are configuration: no undo step."""
    clean = " ".join(name.split())
    if not clean:
        raise DomainError(Message("a preset needs a name"))
    payload = json.dumps({"mapping": mapping.to_dict(), "options": options.to_dict()})
    now = gate.utc_now()
    with ledger.book.writing() as session, session.begin():
        import_queries.save_preset(session.connection(), clean, payload, raw(now))


def load_preset(ledger: Ledger, name: str) -> tuple[CsvMapping, CsvOptions]:
    with ledger.book.reading() as session:
        settings = import_queries.preset_settings(session.connection(), name.strip())
    if settings is None:
        raise ImportSetupError(Message("no import preset named {name!r}", name=name))
    data = json.loads(settings)
    return CsvMapping.from_dict(data["mapping"]), CsvOptions.from_dict(data["options"])


def list_presets(ledger: Ledger) -> list[str]:
    with ledger.book.reading() as session:
        return import_queries.preset_names(session.connection())


def delete_preset(ledger: Ledger, name: str) -> None:
    with ledger.book.writing() as session, session.begin():
        deleted = import_queries.delete_preset(session.connection(), name.strip())
    if not deleted:
        raise ImportSetupError(Message("no import preset named {name!r}", name=name))
