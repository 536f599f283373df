"""The cash-flow forecast: each account's projected daily level and the net worth for the
next months, from the materialized levels plus the scheduled occurrences still to come.

Nothing here is stored: the forecast is computed when asked, from the same balance reads as
the charts (``services/balances.py``) and the schedules' pending occurrences, so it can never
leak into the actual balances.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.forecast import Flow, project
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.periods import last_day_of_month
from permoney_desktop.domain.schedules import Pending
from permoney_desktop.services import balances, forecast_budgets, rates, schedules
from permoney_desktop.services.ledger import Ledger

MAX_MONTHS = 12


@dataclass(frozen=True, slots=True)
class AccountForecast:
    account_id: AccountId
    name: str
    kind: AccountKind
    currency: Currency
    levels: list[int]  # minor units as shown (owed for liabilities), one per ``Forecast.days``


@dataclass(frozen=True, slots=True)
class NetWorthPoint:
    day: date
    amount: Money
    partial: bool
    missing: tuple[MissingRate, ...] = ()


@dataclass(frozen=True, slots=True)
class Forecast:
    """``days`` run from today (the actual level) to the horizon."""

    today: date
    days: list[date]
    accounts: list[AccountForecast]
    net_worth: list[NetWorthPoint]
    budget_basis: forecast_budgets.BudgetBasis | None = None  # when budgets were counted

    @property
    def notes(self) -> tuple[str, ...]:
        """How the budgets were counted (English lines for the CLI), when they were."""
        return () if self.budget_basis is None else self.budget_basis.notes()


def flows(items: Sequence[Pending], after: date) -> list[Flow]:
    """The entry-signed flows of pending occurrences due after ``after``."""
    out: list[Flow] = []
    for p in items:
        due = p.occurrence.due
        if due <= after:
            continue
        t = p.schedule.template
        minor = Money(t.amount, p.schedule.currency).minor_units
        if t.to_account_id is None:
            out.append(Flow(due, int(t.account_id), minor))
        else:
            out.append(Flow(due, int(t.account_id), -minor))
            out.append(Flow(due, int(t.to_account_id), minor))
    return out


def horizon(today: date, months: int) -> date:
    if not 1 <= months <= MAX_MONTHS:
        raise DomainError(
            Message(
                "a forecast covers 1 to {max_months} months, got {months}",
                max_months=MAX_MONTHS,
                months=months,
            )
        )
    return today + relativedelta(months=months)


def forecast(
    ledger: Ledger,
    today: date,
    months: int = 3,
    account_ids: Sequence[int] | None = None,
    *,
    with_budgets: bool = False,
    budget_account: int | None = None,
) -> Forecast:
    """Per account (and the net worth, for all accounts) the level on each day from today to
    ``months`` ahead: schedules, and with ``with_budgets`` the budgets' expected spending
    (``services.forecast_budgets``; ``budget_account``: count all of it on that account)."""
    end = horizon(today, months)
    days = [today + timedelta(days=k) for k in range((end - today).days + 1)]
    accounts = [b for b in balances.balances_on(ledger, today, account_ids) if not b.archived]
    series = balances.daily_series(ledger, [b.account_id for b in accounts], today, end)
    actual: dict[int, list[int]] = {}
    for b in accounts:
        by_day = {p.day: p.minor for p in series.get(b.account_id, [])}
        actual[int(b.account_id)] = [by_day.get(d, 0) for d in days]
    liabilities = frozenset(
        int(b.account_id) for b in accounts if b.classification is Classification.LIABILITY
    )
    # To the end of the horizon's month: the budgets' last month subtracts all its schedules
    # (the projection leaves out flows after ``end``).
    pending = schedules.upcoming(ledger, today, (last_day_of_month(end) - today).days)
    moves = flows(pending, today)
    basis = None
    if with_budgets:
        extra = forecast_budgets.budget_input(ledger, today, end, pending, budget_account)
        moves += extra.flows
        basis = extra.basis
    levels = project(days, actual, moves, liabilities)
    out = [
        AccountForecast(b.account_id, b.name, b.kind, b.currency, levels[int(b.account_id)])
        for b in accounts
    ]
    worth = _net_worth(ledger, days, out) if account_ids is None else []
    return Forecast(today, days, out, worth, basis)


def _net_worth(
    ledger: Ledger, days: list[date], accounts: list[AccountForecast]
) -> list[NetWorthPoint]:
    base = ledger.base_currency
    table = RateTable.of(rates.list_rates(ledger))
    out = []
    for i, d in enumerate(days):
        total = Money.zero(base)
        missing: dict[tuple[str, str], MissingRate] = {}
        for a in accounts:
            minor = a.levels[i]
            if a.kind.classification is Classification.LIABILITY:
                minor = -minor
            converted = table.convert(Money.from_minor(minor, a.currency), base, d)
            if isinstance(converted, MissingRate):
                missing.setdefault((converted.base, converted.quote), converted)
                continue
            total = total + converted
        out.append(NetWorthPoint(d, total, bool(missing), tuple(missing.values())))
    return out
