"""The one place budgets read spending and income from the book (per month, base currency).

Budgets count flows exactly as the metrics do: they read the metrics' per-book flow index
(``services.metrics.compute.book_month_sums``: transfers excluded, refunds netted against their
category, foreign amounts at their day's rate, a missing rate marking the figure partial) and
turn each month's sums into ``MonthFlows`` with ``domain.budget_flows.month_flows``. Anything
that changes what counts as spending (split lines counted by their category) changes it here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from permoney_desktop.domain.budget_flows import month_flows
from permoney_desktop.domain.budgets import MonthFlows
from permoney_desktop.domain.fx import RateTable
from permoney_desktop.domain.metrics import CategoryInfo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.metrics.compute import Pause, _no_pause, book_month_sums
from permoney_desktop.store.types import SqlSession


@dataclass(frozen=True)
class BookFlows:
    versions: tuple[tuple[int, int], ...]
    categories: dict[int, CategoryInfo]
    rates: RateTable
    months: dict[date, MonthFlows]


def read_month_flows(ledger: Ledger, session: SqlSession, pause: Pause = _no_pause) -> BookFlows:
    """Every month's budget spending and income, with the account versions they are from."""
    versions, categories, rates, sums = book_month_sums(ledger, session, pause)
    months = {m: month_flows(s, categories) for m, s in sums.items()}
    return BookFlows(versions, categories, rates, months)
