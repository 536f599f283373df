"""Dashboard metric maths on plain data: flows, levels, changes, budgets and goals.

The pieces live in ``values`` (the inputs, exact conversion), ``flows``, ``levels`` (with
changes), ``budgets`` (with goals) and ``period`` (what the cache holds); callers keep
importing them from here.

Conventions:

* Flows are the book's ``transaction`` entries only (``entries.counts_as_income_or_expense``):
  transfers and valuations are neither income nor expense.
* An entry is income or expense by its category's kind, whatever its sign: a positive amount
  in an expense category is a refund and reduces that category's spending; a negative one in an
  income category reduces income. Uncategorized entries go by sign (in = income, out = expense).
* Foreign amounts are converted at the rate of their own day, kept unrounded, and each reported
  figure is rounded once (``rounding.quantize``). A figure that needed a missing rate leaves
  that amount out and carries the ``MissingRate`` (pair and day), so it shows as partial.
* Results are integer minor units of the base currency (cheap and exact to cache).
"""

from __future__ import annotations

from permoney_desktop.domain.metrics.budgets import (
    BudgetLine,
    GoalProgress,
    budget_lines,
    goal_progress,
)
from permoney_desktop.domain.metrics.flows import (
    CategoryTotal,
    Converter,
    FlowIndex,
    FlowSums,
    FlowTotals,
    MerchantTotal,
    category_spending,
    flow_totals,
    key_kind,
    savings_rate,
)
from permoney_desktop.domain.metrics.levels import (
    Change,
    LevelTotals,
    change,
    level_totals,
)
from permoney_desktop.domain.metrics.period import (
    AccountSeries,
    PeriodFigures,
    PeriodMetrics,
    build_period_metrics,
    net_worth_by_day,
    net_worth_series,
    period_figures,
)
from permoney_desktop.domain.metrics.values import (
    TOP_MERCHANTS,
    UNCATEGORIZED,
    AccountLevel,
    Amount,
    Budget,
    CategoryInfo,
    FlowGroup,
    FlowKey,
    Goal,
    Missing,
    in_minor,
    round_minor,
)

__all__ = [
    "TOP_MERCHANTS",
    "UNCATEGORIZED",
    "AccountLevel",
    "AccountSeries",
    "Amount",
    "Budget",
    "BudgetLine",
    "CategoryInfo",
    "CategoryTotal",
    "Change",
    "Converter",
    "FlowGroup",
    "FlowIndex",
    "FlowKey",
    "FlowSums",
    "FlowTotals",
    "Goal",
    "GoalProgress",
    "LevelTotals",
    "MerchantTotal",
    "Missing",
    "PeriodFigures",
    "PeriodMetrics",
    "budget_lines",
    "build_period_metrics",
    "category_spending",
    "change",
    "flow_totals",
    "goal_progress",
    "in_minor",
    "key_kind",
    "level_totals",
    "net_worth_by_day",
    "net_worth_series",
    "period_figures",
    "round_minor",
    "savings_rate",
]
