"""Monthly reports as data (income statement, category totals, net worth) over a date range,
read with the dashboard's own store queries and rules (see ``domain.reports``)."""

from __future__ import annotations

from datetime import date

from permoney_desktop.domain import reports
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.metrics import AccountLevel, CategoryInfo, FlowGroup
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import metric_queries as q


def _span(ledger: Ledger, start: date | None, end: date | None) -> tuple[date, date] | None:
    """[start, end], defaulting to the book's first day and today; None for an empty book."""
    if start is None:
        with ledger.book.reading() as session:
            start = q.first_day(session)
        if start is None:
            return None
    end = end or date.today()
    if end < start:
        raise DomainError(
            Message(
                "the range ends ({end}) before it starts ({start})",
                end=end,
                start=start,
            )
        )
    return start, end


def _flows(
    ledger: Ledger, start: date | None, end: date | None
) -> tuple[list[FlowGroup], dict[int, CategoryInfo]] | None:
    """The dashboard's flow groups in the range and the categories, or None for an empty book."""
    span = _span(ledger, start, end)
    if span is None:
        return None
    with ledger.book.reading() as session:
        return q.flow_groups_between(session, *span), q.categories(session)


def income_statement(
    ledger: Ledger, start: date | None = None, end: date | None = None
) -> list[reports.IncomeRow]:
    flows = _flows(ledger, start, end)
    return [] if flows is None else reports.income_statement(*flows)


def category_totals(
    ledger: Ledger, start: date | None = None, end: date | None = None
) -> list[reports.CategoryRow]:
    flows = _flows(ledger, start, end)
    return [] if flows is None else reports.category_totals(*flows)


def net_worth(
    ledger: Ledger, start: date | None = None, end: date | None = None
) -> list[reports.NetWorthRow]:
    """Per month and currency on each month's last day, from the materialized balances."""
    span = _span(ledger, start, end)
    if span is None:
        return []
    out: list[reports.NetWorthRow] = []
    with ledger.book.reading() as session:
        kinds = {a: (cls, cur) for a, _name, cls, cur in q.accounts(session)}
        for day in reports.month_ends(*span):
            levels = [
                AccountLevel(acc, cur, kinds[acc][0], level, partial)
                for acc, _day, level, cur, partial in q.levels_on(session, day)
                if acc in kinds
            ]
            out += reports.net_worth(day, levels)
    return out
