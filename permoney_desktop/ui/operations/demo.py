"""Demo data for an empty book: the whole book written at once, then read afresh."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.i18n import say
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import demo as demo_service
else:
    demo_service = lazy_module("permoney_desktop.services.demo")


def fill_demo_book(path: Path) -> None:
    """A demo household in a new book at ``path`` (not the window's book: the demo never goes
    into the user's own), its balances brought up to date before the app opens it."""
    from permoney_desktop.services import materialize

    ledger = Ledger.open(path, create=True)
    try:
        demo_service.fill_demo(ledger)
        materialize.sync_pending(ledger)
    finally:
        ledger.close()


def fill_demo(
    writer: Writer, reread: Callable[[], None], *, transactions: int = 5000, years: int = 3
) -> Applied | None:
    """Fill the empty book with a demo household; ``reread`` (the window reading every figure
    afresh) runs before the record goes out. None: refused (the reason was reported)."""
    try:
        changes = demo_service.fill_demo(writer.ledger, transactions=transactions, years=years)
    except demo_service.DemoError as exc:
        writer.error.emit(say(exc))
        return None
    reread()
    return writer.announce(changes)
