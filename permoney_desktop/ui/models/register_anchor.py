"""A balance anchor's register row names what it absorbed: the day's level before the
valuation and the difference the valuation set aside (entries up to that day change nothing
after it)."""

from __future__ import annotations

from permoney_desktop.domain.balances import balance_on
from permoney_desktop.domain.money import Money
from permoney_desktop.services.register_reads import EntryLine
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.optimistic import BalanceBook


def _absorbed(book: BalanceBook, line: EntryLine) -> int | None:
    """The level change the anchor's day made (as the user sees it), or None if unknown."""
    row = balance_on(book.rows(line.account_id), line.date)
    if row is None or row.day != line.date:
        return None
    return row.adjustment


def text(book: BalanceBook, line: EntryLine) -> str:
    """ "Balance set · absorbs -$12.50" (or "· agrees" when the entries already gave it)."""
    absorbed = _absorbed(book, line)
    if absorbed is None:
        return tr("Balance set")
    if absorbed == 0:
        return tr("Balance set · agrees")
    return f"Balance set · absorbs {format_money(Money.from_minor(absorbed, line.currency))}"


def tip(book: BalanceBook, line: EntryLine) -> str:
    absorbed = _absorbed(book, line)
    level = format_money(Money.from_minor(line.amount, line.currency))
    day = line.date.isoformat()
    if absorbed is None:
        return f"The account's balance is set to {level} on {day}."
    before = format_money(Money.from_minor(line.amount - absorbed, line.currency))
    return (
        f"The entries up to {day} came to {before}; this sets the balance to {level}, so"
        f" {format_money(Money.from_minor(absorbed, line.currency))} is absorbed here."
        f" An entry dated on or before {day} changes nothing after it: reconcile the account"
        " against a statement instead, or move or remove this balance."
    )
