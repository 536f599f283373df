"""The provisional figures as Qt signals: a thin adapter over ``services.provisional``.

``BalanceBook`` forwards every read and write to a ``ProvisionalBook`` (plain Python, tested
without a QApplication) and turns its callbacks into the signals the sidebar, the registers and
the dashboard listen to. No figure is computed here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QObject, Signal

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.balances import DayBalance
from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.fx import RateTable
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services.figures import Figure, FigureState, ReconcileCounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.provisional import ProvisionalBook
from permoney_desktop.services.register_reads import AccountState
from permoney_desktop.services.stored_levels import Levels

__all__ = ["BalanceBook", "Figure", "FigureState", "ReconcileStats"]


class ReconcileStats(QObject):
    """Optimistic accuracy, for the health page: ``ReconcileCounts`` with a ``changed`` signal."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.counts = ReconcileCounts()

    @property
    def applied(self) -> int:
        return self.counts.applied

    @property
    def reconciles(self) -> int:
        return self.counts.reconciles

    @property
    def matches(self) -> int:
        return self.counts.matches

    @property
    def mismatches(self) -> int:
        return self.counts.mismatches

    @property
    def external(self) -> int:
        return self.counts.external

    @property
    def last_mismatch(self) -> str:
        return self.counts.last_mismatch

    def snapshot(self) -> dict[str, int | str]:
        return self.counts.snapshot()


class BalanceBook(QObject):
    """Every account's daily rows and figure states; what the sidebar and registers show."""

    figures_changed = Signal(object)  # frozenset[AccountId]: values may have changed
    states_changed = Signal(object)  # frozenset[AccountId]: only provisional/confirmed flipped
    # The worker's rows replaced different provisional ones (a mismatch, or another writer).
    figures_corrected = Signal(object)  # frozenset[AccountId]

    def __init__(
        self,
        ledger: Ledger,
        stats: ReconcileStats | None = None,
        *,
        defer_valuations: bool = False,
    ) -> None:
        """``defer_valuations``: see ``ProvisionalBook``."""
        super().__init__()
        self.ledger = ledger
        self.stats = stats or ReconcileStats()
        self.core = ProvisionalBook(
            ledger,
            self.stats.counts,
            defer_valuations=defer_valuations,
            on_figures=self.figures_changed.emit,
            on_states=self.states_changed.emit,
            on_corrected=self.figures_corrected.emit,
            on_counts=self.stats.changed.emit,
        )

    # -- state the views read --------------------------------------------------------------

    @property
    def base_currency(self) -> Currency:
        return self.core.base_currency

    @property
    def rates(self) -> RateTable:
        return self.core.rates

    @property
    def today(self) -> date:
        return self.core.today

    @today.setter
    def today(self, day: date) -> None:
        self.core.today = day

    # -- loading and writes ----------------------------------------------------------------

    def reload(self, *, valuations: bool = True) -> None:
        self.core.reload(valuations=valuations)

    def adopt_valuation_days(
        self, vals: Mapping[AccountId, set[date]], applied_then: int | None = None
    ) -> None:
        self.core.adopt_valuation_days(vals, applied_then)

    def apply(
        self, changes: Changes, touched: Mapping[AccountId, Iterable[date]] | None = None
    ) -> frozenset[AccountId]:
        """Recompute the accounts ``changes`` made dirty; emits ``figures_changed``."""
        return self.core.apply(changes, touched)

    def reconcile(self, account_id: AccountId, version: int, summary: object = None) -> bool | None:
        """``summary``: what came with the completion (the worker's ``SyncOutcome``, a live
        notice's ``Levels``): the stored levels known already, if any."""
        known = summary if isinstance(summary, Levels) else getattr(summary, "levels", None)
        return self.core.reconcile(account_id, version, known)

    # -- reading figures -------------------------------------------------------------------

    def accounts(self) -> list[AccountState]:
        return self.core.accounts()

    def account(self, account_id: AccountId) -> AccountState | None:
        return self.core.account(account_id)

    def is_provisional(self, account_id: AccountId) -> bool:
        return self.core.is_provisional(account_id)

    def is_provisional_on(self, account_id: AccountId, day: date) -> bool:
        return self.core.is_provisional_on(account_id, day)

    def rows(self, account_id: AccountId) -> list[DayBalance]:
        return self.core.rows(account_id)

    def end_of_day(self, account_id: AccountId, day: date) -> tuple[int, bool] | None:
        return self.core.end_of_day(account_id, day)

    def start_of_day(self, account_id: AccountId, day: date) -> tuple[int, bool] | None:
        return self.core.start_of_day(account_id, day)

    def balance(self, account_id: AccountId, day: date | None = None) -> Figure | None:
        return self.core.balance(account_id, day)

    def position_in_base(
        self, account_id: AccountId, day: date | None = None
    ) -> tuple[int, bool, tuple[str, ...]]:
        return self.core.position_in_base(account_id, day)

    def total(
        self,
        accounts: Iterable[AccountId] | None = None,
        *,
        classification: Classification | None = None,
        day: date | None = None,
    ) -> Figure:
        return self.core.total(accounts, classification=classification, day=day)

    def net_worth(self, day: date | None = None) -> Figure:
        return self.core.net_worth(day)
