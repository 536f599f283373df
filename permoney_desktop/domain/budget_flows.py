"""A month's flow sums (the metrics' exclusion rule and conversion) as budget spending, income."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import localcontext
from types import MappingProxyType

from permoney_desktop.domain.budgets import MonthFlows
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.metrics.flows import FlowSums
from permoney_desktop.domain.metrics.values import Amount, CategoryInfo, round_minor
from permoney_desktop.domain.rounding import MONEY_CONTEXT


def month_flows(sums: FlowSums, categories: Mapping[int, CategoryInfo]) -> MonthFlows:
    """Spending per expense category (its own flows, refunds netted: positive = spent) and
    income received in income categories, each rounded once for the month.

    The sums are the metrics' (``FlowIndex``): transfers never count, foreign amounts are
    converted at their day's rate and a missing rate marks the figure partial. Uncategorized
    flows belong to no envelope: their money out is kept apart (``uncategorized``), to be
    shown, never counted in an envelope.
    """
    spent: dict[int, Amount] = {}
    income: Amount = 0
    partial: set[int] = set()
    income_partial = False
    uncategorized: Amount = 0
    uncategorized_partial = False
    with localcontext(MONEY_CONTEXT):
        for key, amount in sums.amounts.items():
            cat_id = key[0]
            cat = categories.get(cat_id) if cat_id is not None else None
            if cat is None:
                if not key[2]:  # money out (the metrics' rule: no category, by sign)
                    uncategorized -= amount
                    uncategorized_partial = uncategorized_partial or bool(sums.missing.get(key))
                continue
            missing = bool(sums.missing.get(key))
            if cat.kind is CategoryKind.INCOME:
                income += amount
                income_partial = income_partial or missing
                continue
            spent[cat.id] = spent.get(cat.id, 0) - amount
            if missing:
                partial.add(cat.id)
    rounded = {c: round_minor(v) for c, v in spent.items()}
    return MonthFlows(
        MappingProxyType({c: v for c, v in rounded.items() if v or c in partial}),
        round_minor(income),
        frozenset(partial),
        income_partial,
        round_minor(uncategorized),
        uncategorized_partial,
    )
