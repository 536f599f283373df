"""Balance anchors made visible: which entries a later valuation absorbs, and what to run."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.services import accounts, entries, valuations
from permoney_desktop.services.ledger import Ledger

D0 = date(2026, 1, 1)


def _add(ledger: Ledger, acc: int, day: date, amount: str = "-5") -> int:
    new = NewEntry(account_id=acc, date=day, amount=Decimal(amount))  # type: ignore[arg-type]
    return int(entries.add_entry(ledger, new)[0])


def test_an_entry_before_a_later_anchor_is_named_with_the_anchor(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    other, _ = accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    first, _ = valuations.set_valuation(ledger, acc, D0 + timedelta(days=10), Decimal("100"))
    second, _ = valuations.set_valuation(ledger, acc, D0 + timedelta(days=20), Decimal("90"))
    early = _add(ledger, acc, D0 + timedelta(days=2))
    on_day = _add(ledger, acc, D0 + timedelta(days=10))  # a day's flows come before its anchor
    between = _add(ledger, acc, D0 + timedelta(days=15))
    after = _add(ledger, acc, D0 + timedelta(days=25))
    elsewhere = _add(ledger, int(other), D0)
    assert valuations.absorbed_by_anchors(ledger, [after, elsewhere]) == []
    found = valuations.absorbed_by_anchors(ledger, [early, on_day, between, after])
    assert [(f.anchor_id, f.entries, f.first_day) for f in found] == [
        (first, 2, D0 + timedelta(days=2)),
        (second, 1, D0 + timedelta(days=15)),
    ]
    assert found[0].sentence().startswith("2 entries of Checking are before the balance set")
    one = valuations.absorbed_by_anchors(ledger, [between])[0]
    assert one.sentence() == (
        f"this entry is before the balance set on {D0 + timedelta(days=20)} in Checking,"
        f" which absorbs it: the balance after {D0 + timedelta(days=20)} does not change"
    )


def test_a_dry_run_says_nothing_about_anchors(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    valuations.set_valuation(ledger, acc, D0, Decimal("1"))
    assert valuations.absorbed_by_anchors(ledger, range(0)) == []
    entry = _add(ledger, acc, D0 - timedelta(days=1))
    entries.edit_entry(ledger, entry, EntryPatch(date=D0 + timedelta(days=1)))
    assert valuations.absorbed_by_anchors(ledger, [entry]) == []


def test_the_import_summary_names_the_anchor(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    valuations.set_valuation(ledger, acc, D0 + timedelta(days=5), Decimal("1"))
    ids = [_add(ledger, acc, D0 + timedelta(days=d)) for d in (1, 2, 9)]
    notes = valuations.absorbed_notes(ledger, range(ids[0], ids[-1] + 1))
    assert notes == [
        f"2 imported entries of Checking are before the balance set on {D0 + timedelta(days=5)},"
        f" which absorbs them: the balance after {D0 + timedelta(days=5)} does not change. Move"
        " that balance before them, or remove it, from its register row (or reconcile the"
        " account against a statement)."
    ]
