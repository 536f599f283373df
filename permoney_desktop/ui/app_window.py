"""The main window as its action modules see it: a typed base that the window fills in.

``MainWindow`` installs the import and export actions (``ui.import_actions``) and the
book-safety actions (``ui.safety_actions``) and so imports them; they name this base instead of
the window, so no module imports the window back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.background import Background
from permoney_desktop.ui.bus import WorkerControl
from permoney_desktop.ui.empty_state import EmptyState
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.optimistic import BalanceBook
from permoney_desktop.ui.worker_wake import WorkerWake
from permoney_desktop.ui.writes import Writer


class AppWindow(QMainWindow):
    """The parts of the main window its actions use (``MainWindow`` sets every one)."""

    ledger: Ledger
    writer: Writer
    book: BalanceBook
    background: Background
    register_model: RegisterModel
    empty_state: EmptyState
    wake: WorkerWake
    worker: WorkerControl | None

    def new_account(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Read everything afresh (after a change to the whole book)."""
        raise NotImplementedError
