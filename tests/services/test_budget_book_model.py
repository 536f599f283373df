"""Budget figures read from a real book (its SQL, transfers, refunds, a foreign account and its
rates) equal the naive month-by-month model of ``tests/domain/test_budgets_model.py``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.budgets import BudgetMode, month_figures
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import CategoryId
from permoney_desktop.services import accounts, budgets, categories, entries, rates, transfers
from permoney_desktop.services.ledger import Ledger
from tests.domain.test_budgets_model import (
    EUR_RATE,
    MONTHS,
    RATE_FROM,
    Tx,
    _month,
    _naive,
    budget_maps,
    txs,
)

# The model's category numbers → names created in the book.
NAMES = {
    1: ("Food", "expense"),
    3: ("Rent", "expense"),
    4: ("Fun", "expense"),
    10: ("Salary", "income"),
}


@settings(max_examples=12)
@given(
    history=st.lists(txs, max_size=25),
    budget_map=budget_maps,
    carry=st.frozensets(st.sampled_from([1, 2, 3, 4])),
    mode=st.sampled_from(list(BudgetMode)),
)
def test_book_figures_equal_the_naive_model(
    new_book: Callable[[Path], Path],
    history: list[Tx],
    budget_map: dict[tuple[int, date], int],
    carry: frozenset[int],
    mode: BudgetMode,
) -> None:
    import tempfile

    with (
        tempfile.TemporaryDirectory() as tmp,
        Ledger.open(new_book(Path(tmp) / "b.permoney")) as ledger,
    ):
        ids: dict[int, int] = {}
        for model_id, (name, kind) in NAMES.items():
            ids[model_id] = int(categories.create_category(ledger, name, kind)[0])
        ids[2] = int(categories.create_category(ledger, "Groceries", parent_id=ids[1])[0])
        usd, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
        eur, _ = accounts.create_account(ledger, "Euro", "checking", "EUR")
        savings, _ = accounts.create_account(ledger, "Savings", "savings", "USD")
        rates.add_rate(ledger, RATE_FROM, "EUR", "USD", EUR_RATE)
        for t in history:
            amount = Decimal(t.minor).scaleb(-2)
            if t.transfer:
                if t.minor:
                    transfers.add_transfer(ledger, usd, savings, t.day, abs(amount))
                continue
            account = eur if t.currency == "EUR" else usd
            cat = None if t.category is None else CategoryId(ids[t.category])
            entries.add_entry(ledger, NewEntry(account, t.day, amount, category_id=cat))
        for (cat, month), value in budget_map.items():
            budgets.set_budget(ledger, ids[cat], month, value)
        budgets.set_mode(ledger, mode)
        for cat in carry:
            budgets.set_overspend(ledger, ids[cat], "carry")
        book = budgets.read_book(ledger)

    renamed = [
        Tx(t.day, None if t.category is None else ids[t.category], t.minor, t.currency, t.transfer)
        for t in history
    ]
    expected = _naive(
        renamed,
        {(ids[c], m): v for (c, m), v in budget_map.items()},
        frozenset(ids[c] for c in carry),
        mode,
        income_id=ids[10],
        expenses=tuple(ids[c] for c in (1, 2, 3, 4)),
    )
    for i in range(MONTHS):
        month = _month(i)
        f = month_figures(book.inputs, month)
        lines = {
            ids[c]: (
                f.line(ids[c]).carried,
                f.line(ids[c]).budgeted,
                f.line(ids[c]).spent,
                f.line(ids[c]).available,
                f.line(ids[c]).partial,
            )
            for c in (1, 2, 3, 4)
        }
        shown = (f.to_budget, f.income, f.overspent_last_month, f.to_budget_partial, lines)
        assert shown == expected[month], month
