"""The dashboard's cards: which ones, their texts and formatting, from the service's figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.money import Money
from permoney_desktop.ui.day_format import day_month, day_month_year, month_name, month_year
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money, format_percent
from permoney_desktop.ui.widgets.metric_card import (
    CardData,
    Direction,
    FigureState,
    Progress,
)

if TYPE_CHECKING:
    from permoney_desktop.domain.metrics import CategoryTotal, PeriodMetrics
    from permoney_desktop.services import metrics
else:  # imported on first use (by the first load, off the GUI thread): see ui.lazy_import
    metrics = lazy_module("permoney_desktop.services.metrics")


TOP_CATEGORIES = 3
CARD_ORDER = (
    "net_worth",
    "income",
    "expenses",
    "savings_rate",
    "cash_flow",
    "top_categories",
)  # assets and owed are in the sidebar; the service computes them too (``EXTRA_CARDS``)
EXTRA_CARDS = ("assets", "owed")
# While the first figures load, the cards show their titles and "…" (the grid has its final
# shape from the first frame: nothing moves when the figures arrive) and the charts say so.
_LOADING_TITLES = {
    "net_worth": QT_TR_NOOP("Net worth"),
    "income": QT_TR_NOOP("Income"),
    "expenses": QT_TR_NOOP("Expenses"),
    "savings_rate": QT_TR_NOOP("Savings rate"),
    "cash_flow": QT_TR_NOOP("Cash flow"),
    "top_categories": QT_TR_NOOP("Top categories"),
}
# The titles the metrics service gives the cards (translated where shown).
_SERVICE_TITLES = (QT_TR_NOOP("Assets"), QT_TR_NOOP("Owed"))
LOADING_TEXT = QT_TR_NOOP("Loading…")
NO_DATA_TEXT = QT_TR_NOOP("No data for this period")
_DIRECTIONS = {
    "net_worth": Direction.UP_IS_GOOD,
    "assets": Direction.UP_IS_GOOD,
    "owed": Direction.DOWN_IS_GOOD,
    "income": Direction.UP_IS_GOOD,
    "expenses": Direction.DOWN_IS_GOOD,
    "cash_flow": Direction.UP_IS_GOOD,
    "savings_rate": Direction.UP_IS_GOOD,
    "top_categories": Direction.DOWN_IS_GOOD,
}
_LEVEL_CARDS = ("net_worth", "assets", "owed")


@dataclass(frozen=True)
class Formatter:
    """Money and percentages in the display locale, a minus sign always."""

    currency: str

    def money(self, minor: int) -> str:
        return format_money(Money.from_minor(minor, self.currency))

    def amount(self, value: Money | Decimal | None) -> str:
        if value is None:
            return "—"
        if isinstance(value, Money):
            return format_money(value)
        return self.percent(value)

    def percent(self, fraction: Decimal | None, digits: int = 1) -> str:
        if fraction is None:
            return "—"
        return format_percent(fraction, digits)

    def day(self, d: date) -> str:
        return day_month_year(d)

    def span(self, start: date, end: date) -> str:
        if start.year == end.year:
            return f"{day_month(start)} – {day_month_year(end)}"
        return f"{self.day(start)} – {self.day(end)}"


def _expense_roots(categories: Sequence[CategoryTotal]) -> list[CategoryTotal]:
    roots = [c for c in categories if c.kind is CategoryKind.EXPENSE and c.total > 0]
    return sorted(roots, key=lambda c: (-c.total, c.name))


def _all_ids(total: CategoryTotal) -> list[int]:
    ids = [total.id] if total.id is not None else []
    for child in total.children:
        ids.extend(_all_ids(child))
    return ids


def build_cards(
    dash: metrics.DashboardMetrics,
    history: Sequence[PeriodMetrics],
    *,
    provisional: bool = False,
) -> dict[str, CardData]:
    """Card view data from the service's figures (formatting only, no arithmetic on totals
    beyond picking and summing the top categories the service already totalled)."""
    fmt = Formatter(dash.currency)
    period = dash.period
    state_flow = FigureState.PROVISIONAL if provisional else FigureState.CONFIRMED
    prev_span = (
        fmt.span(period.previous.start, period.previous.end)
        if period.previous
        else tr("no earlier")
    )
    month_labels = [h.period.start for h in history]

    def history_series(key: str) -> tuple[int, ...]:
        values: list[int] = []
        for h in history:
            figures = h.current
            value = {
                "assets": figures.assets,
                "owed": figures.owed,
                "income": figures.income,
                "expenses": figures.expenses,
                "cash_flow": figures.cash_flow,
            }.get(key)
            if key == "savings_rate":
                rate = figures.savings_rate
                value = int(rate * 10000) if rate is not None else 0
            values.append(int(value or 0))
        return tuple(values)

    out: dict[str, CardData] = {}
    for key in CARD_ORDER + EXTRA_CARDS:
        if key == "top_categories":
            continue
        card = dash.cards.get(key)
        if card is None:
            continue
        is_rate = key == "savings_rate"
        change: Decimal | None = None
        if card.change is not None and card.change.percent is not None:
            change = card.change.percent if is_rate else card.change.percent / 100
        series: tuple[int, ...]
        if key == "net_worth":
            series = tuple(card.series)
            series_caption = tr("Daily, {span}").format(span=fmt.span(period.start, period.end))
        else:
            series = history_series(key)
            series_caption = (
                tr("By month, {start} – {end}").format(
                    start=month_year(month_labels[0]), end=month_year(month_labels[-1])
                )
                if month_labels
                else ""
            )
        value_text = fmt.amount(card.value)
        details: list[tuple[str, str]] = [
            (fmt.span(period.start, period.end), value_text),
            (prev_span, fmt.amount(card.previous)),
        ]
        if card.change is not None and not is_rate and card.previous is not None:
            delta = Money.from_minor(card.change.delta, dash.currency)
            details.append((tr("Change"), format_money(delta)))
        if card.change is not None and is_rate and card.change.percent is not None:
            details.append(
                (tr("Change"), tr("{points:+.1f} points").format(points=card.change.percent * 100))
            )
        if series:
            if key == "net_worth":
                lo, hi = min(series), max(series)
                details.append((tr("Low / high"), f"{fmt.money(lo)} / {fmt.money(hi)}"))
            details.append((tr("Sparkline"), series_caption))
        state = FigureState.CONFIRMED
        note = ""
        if card.partial:
            state = FigureState.PARTIAL
            note = tr("Partial: {missing}").format(missing="; ".join(card.missing))
        elif key not in _LEVEL_CARDS and provisional:
            state = state_flow
            note = tr(
                "Provisional: recomputed here after your edit; the worker has not confirmed it."
            )
        negative = isinstance(card.value, Money) and card.value.amount < 0
        if is_rate and isinstance(card.value, Decimal):
            negative = card.value < 0
        out[key] = CardData(
            key=key,
            title=tr(card.title),
            value_text=value_text,
            value=card.value.amount if isinstance(card.value, Money) else card.value,
            change=change,
            change_is_points=is_rate,
            previous_text=tr("vs {amount}").format(amount=fmt.amount(card.previous))
            if card.previous is not None
            else "",
            direction=_DIRECTIONS.get(key, Direction.UP_IS_GOOD),
            series=series,
            baseline=0 if key in ("cash_flow", "savings_rate") else None,
            details=tuple(details),
            state=state,
            state_note=note,
            negative=negative,
            filter=card.filter,
            filter_hint=_hint(key, fmt.span(period.start, period.end)),
        )
    out["top_categories"] = _top_categories_card(dash, history, fmt, provisional)
    _attach_progress(out, dash, fmt)
    return {k: out[k] for k in CARD_ORDER + EXTRA_CARDS if k in out}


def _hint(key: str, span: str) -> str:
    what = {
        "net_worth": QT_TR_NOOP("every entry"),
        "assets": QT_TR_NOOP("every entry"),
        "owed": QT_TR_NOOP("every entry"),
        "income": QT_TR_NOOP("income"),
        "expenses": QT_TR_NOOP("spending"),
        "cash_flow": QT_TR_NOOP("income and spending"),
        "savings_rate": QT_TR_NOOP("income and spending"),
        "top_categories": QT_TR_NOOP("spending in these categories"),
    }[key]
    return tr("open the register with {what}, {span}").format(what=tr(what), span=span)


def _top_categories_card(
    dash: metrics.DashboardMetrics,
    history: Sequence[PeriodMetrics],
    fmt: Formatter,
    provisional: bool,
) -> CardData:
    period = dash.period
    roots = _expense_roots(dash.categories)
    top = roots[:TOP_CATEGORIES]
    total = sum(c.total for c in top)
    all_spent = sum(c.total for c in roots)
    ids = [i for c in top for i in _all_ids(c)]
    top_ids = {c.id for c in top}
    series = tuple(
        sum(c.total for c in _expense_roots(h.categories) if c.id in top_ids) for h in history
    )
    share = Decimal(total) / Decimal(all_spent) if all_spent else None
    # one line, names with their share: the exact amounts are in the tooltip
    lines = (
        (
            (
                " · ".join(
                    f"{c.name} {fmt.percent(Decimal(c.total) / Decimal(all_spent), 0)}" for c in top
                ),
                "",
            ),
        )
        if top and all_spent
        else ()
    )
    partial = any(c.partial for c in top)
    flt = metrics.CardFilter(
        period.start,
        period.end,
        ("transaction",),
        CategoryKind.EXPENSE.value,
        tuple(ids) if ids else None,
        any(c.id is None for c in top),
    )
    details = [(c.name, fmt.money(c.total)) for c in top]
    details.append((tr("Share of all spending"), fmt.percent(share)))
    state = (
        FigureState.PARTIAL
        if partial
        else (FigureState.PROVISIONAL if provisional else FigureState.CONFIRMED)
    )
    note = ""
    if partial:
        missing = "; ".join(sorted({str(m) for c in top for m in c.missing}))
        note = tr("Partial: {missing}").format(missing=missing)
    elif provisional:
        note = tr("Provisional: recomputed here after your edit; the worker has not confirmed it.")
    return CardData(
        key="top_categories",
        title=tr("Top %n categories", None, len(top)) if top else tr("Top categories"),
        value_text=fmt.money(total),
        value=Decimal(total),
        previous_text=tr("{share} of spending").format(share=fmt.percent(share, 0))
        if share is not None
        else "",
        direction=Direction.DOWN_IS_GOOD,
        series=series if top else (),
        details=tuple(details),
        lines=lines,
        state=state,
        state_note=note,
        filter=flt if top else None,
        filter_hint=_hint("top_categories", fmt.span(period.start, period.end)),
    )


def _attach_progress(
    out: dict[str, CardData], dash: metrics.DashboardMetrics, fmt: Formatter
) -> None:
    """Budget use on the expenses card; the first goal's progress on the net-worth card.

    Both come from the budget page's figures when the loader attached them (one source)."""
    if dash.budget is not None:
        if "expenses" in out and dash.budget.budgeted > 0:
            used = Decimal(dash.budget.spent) / Decimal(dash.budget.budgeted)
            month = month_name(dash.budget.month)
            caption = tr("{used} of {budgeted} budgeted in {month}").format(
                used=fmt.percent(used, 0), budgeted=fmt.money(dash.budget.budgeted), month=month
            )
            out["expenses"] = replace(out["expenses"], progress=Progress(used, caption))
        if dash.goal_statuses and "net_worth" in out:
            status = dash.goal_statuses[0]
            caption = tr("Goal “{name}”: {progress} of {target}").format(
                name=status.name,
                progress=fmt.percent(status.progress, 0),
                target=format_money(Money.from_minor(status.target, status.currency)),
            )
            out["net_worth"] = replace(
                out["net_worth"], progress=Progress(status.progress, caption, over_is_bad=False)
            )
        return
    in_period = [b for b in dash.budgets if dash.period.start.replace(day=1) <= b.month]
    if in_period and "expenses" in out:
        budget = sum(b.budget for b in in_period)
        actual = sum(b.actual for b in in_period)
        if budget > 0:
            used = Decimal(actual) / Decimal(budget)
            caption = tr("{used} of {budgeted} budgeted").format(
                used=fmt.percent(used, 0), budgeted=fmt.money(budget)
            )
            out["expenses"] = replace(out["expenses"], progress=Progress(used, caption))
    if dash.goals and "net_worth" in out:
        goal = dash.goals[0]
        if goal.progress is not None:
            caption = tr("Goal “{name}”: {progress} of {target}").format(
                name=goal.name,
                progress=fmt.percent(goal.progress, 0),
                target=format_money(Money.from_minor(goal.target, goal.currency)),
            )
            out["net_worth"] = replace(
                out["net_worth"], progress=Progress(goal.progress, caption, over_is_bad=False)
            )
