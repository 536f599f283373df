"""Statement reconciliation on real books: cleared balance, finish, the lock, undo, restarts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.reconcile import ADJUSTMENT_PAYEE, EntryStatus, ReconciledError
from permoney_desktop.services import accounts, entries, imports, reconcile, undo, valuations
from permoney_desktop.services.ledger import Ledger

D0 = date(2026, 1, 1)
DATA = Path(__file__).parents[1] / "data" / "imports"


def _account(ledger: Ledger, kind: AccountKind = AccountKind.CHECKING, opening: str = "0") -> int:
    acc, _ = accounts.create_account(
        ledger, f"A{kind.value}", kind, "USD", opening_balance=opening, opening_date=D0
    )
    return int(acc)


def _add(ledger: Ledger, account: int, day: date, amount: str, payee: str = "x") -> int:
    new = NewEntry(account_id=account, date=day, amount=Decimal(amount), payee=payee)  # type: ignore[arg-type]
    entry_id, _ = entries.add_entry(ledger, new)
    return int(entry_id)


def _status(ledger: Ledger, entry_id: int) -> EntryStatus:
    return reconcile.statuses(ledger, [entry_id])[entry_id]


def test_new_entries_are_uncleared_and_imports_arrive_cleared(ledger: Ledger) -> None:
    bank = _account(ledger)
    typed = _add(ledger, bank, D0, "-5")
    assert _status(ledger, typed) is EntryStatus.UNCLEARED
    checking, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    imports.run_import(
        ledger, imports.ImportRequest.from_path(DATA / "checking_sgml.ofx", account="Checking")
    )
    page = entries.list_entries(ledger, limit=1000)
    imported = [e.id for e in page.rows if e.account_id == checking]
    assert imported
    assert set(reconcile.statuses(ledger, imported).values()) == {EntryStatus.CLEARED}


def test_finish_needs_zero_difference_or_a_named_adjustment(ledger: Ledger) -> None:
    bank = _account(ledger, opening="100")
    a = _add(ledger, bank, D0 + timedelta(days=3), "-20")
    b = _add(ledger, bank, D0 + timedelta(days=5), "50")
    later = _add(ledger, bank, D0 + timedelta(days=40), "-1")
    reconcile.start(ledger, bank, D0 + timedelta(days=30), Decimal("130"))
    state = reconcile.current(ledger)
    assert [c.id for c in state.candidates] == [a, b]  # not the entry after the statement
    assert state.tally().difference == 3000
    reconcile.set_status(ledger, [a], EntryStatus.CLEARED)
    assert reconcile.current(ledger).tally().difference == 5000
    with pytest.raises(DomainError, match=r"difference is 50\.00 USD"):
        reconcile.finish(ledger)
    reconcile.set_status(ledger, [b], EntryStatus.CLEARED)
    count, _ = reconcile.finish(ledger)
    assert count == 2
    assert _status(ledger, a) is _status(ledger, b) is EntryStatus.RECONCILED
    assert _status(ledger, later) is EntryStatus.UNCLEARED
    items, _ = reconcile.history(ledger, bank)
    assert [(h.statement_balance.amount, h.state, h.entries) for h in items] == [
        (Decimal("130.00"), "finished", 2)
    ]


@pytest.mark.parametrize("kind", [AccountKind.CHECKING, AccountKind.CREDIT_CARD])
def test_adjustment_closes_the_difference_with_the_account_sign(
    ledger: Ledger, kind: AccountKind
) -> None:
    acc = _account(ledger, kind, opening="100")
    spent = _add(ledger, acc, D0 + timedelta(days=2), "-10")  # card: owed grows to 110
    reconcile.set_status(ledger, [spent], EntryStatus.CLEARED)
    # The bank says 3.00 more than the book: a liability owes 113, an asset holds 93.
    stated = "113" if kind.classification is Classification.LIABILITY else "93"
    reconcile.start(ledger, acc, D0 + timedelta(days=30), Decimal(stated))
    assert reconcile.current(ledger).tally().difference == 300
    _count, _ = reconcile.finish(ledger, adjust=True)
    items, _ = reconcile.history(ledger, acc)
    adj = entries.get_entry(ledger, items[0].adjustment_id or 0)
    assert adj.payee == ADJUSTMENT_PAYEE
    # An asset is 3.00 richer (a +3 flow); a card owes 3.00 more (a -3 flow).
    expected = Decimal("3.00") if kind.classification is Classification.ASSET else Decimal("-3")
    assert adj.amount.amount == expected
    assert _status(ledger, adj.id) is EntryStatus.RECONCILED
    # A new statement at the same balance agrees at once.
    reconcile.start(ledger, acc, D0 + timedelta(days=60), Decimal(stated))
    assert reconcile.current(ledger).tally().difference == 0


_FLOWS = st.lists(
    st.tuples(
        st.integers(0, 60),  # day offset
        st.integers(-(10**7), 10**7),  # cents
        st.sampled_from(list(EntryStatus)[:2]),
    ),
    max_size=6,
)


@given(flows=_FLOWS, liability=st.booleans(), opening=st.integers(0, 10**6))
@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_cleared_balance_equals_a_naive_model(
    tmp_path_factory: pytest.TempPathFactory,
    new_book: object,
    flows: list[tuple[int, int, EntryStatus]],
    liability: bool,
    opening: int,
) -> None:
    path = tmp_path_factory.mktemp("b") / "b.permoney"
    new_book(path)  # type: ignore[operator]
    with Ledger.open(path) as ledger:
        kind = AccountKind.LOAN if liability else AccountKind.SAVINGS
        acc = _account(ledger, kind, opening=str(Decimal(opening).scaleb(-2)))
        statement = D0 + timedelta(days=30)
        cleared_sum = 0
        for offset, cents, status in flows:
            entry_id = _add(
                ledger, acc, D0 + timedelta(days=offset), str(Decimal(cents).scaleb(-2))
            )
            if status is EntryStatus.CLEARED:
                reconcile.set_status(ledger, [entry_id], status)
                if offset <= 30:
                    cleared_sum += cents
        reconcile.start(ledger, acc, statement, Decimal("12.34"))
        tally = reconcile.current(ledger).tally()
        naive = opening - cleared_sum if liability else opening + cleared_sum
        assert tally.cleared_balance == naive
        assert tally.difference == 1234 - naive
        # Ticking every candidate in the view moves the figure by the same sums.
        for c in reconcile.current(ledger).candidates:
            if not c.cleared:
                tally.tick(c.amount, True)
        everything = sum(c for o, c, _s in flows if o <= 30)
        assert tally.cleared_balance == (
            opening - everything if liability else opening + everything
        )
        reconcile.finish(ledger, adjust=True)
        # The next day's statement at the same balance differs only by that day's cleared flows.
        reconcile.start(ledger, acc, statement + timedelta(days=1), Decimal("12.34"))
        next_day = sum(c for o, c, s in flows if o == 31 and s is EntryStatus.CLEARED)
        assert reconcile.current(ledger).tally().difference == (
            next_day if liability else -next_day
        )


def _reconciled_entry(ledger: Ledger) -> tuple[int, int]:
    bank = _account(ledger)
    entry = _add(ledger, bank, D0 + timedelta(days=1), "-20")
    reconcile.set_status(ledger, [entry], EntryStatus.CLEARED)
    reconcile.start(ledger, bank, D0 + timedelta(days=10), Decimal("-20"))
    reconcile.finish(ledger)
    return bank, entry


@pytest.mark.parametrize(
    "patch",
    [
        EntryPatch(amount=Decimal("-21")),
        EntryPatch(date=D0 + timedelta(days=2)),
        EntryPatch(account_id=None),  # replaced below by another account
    ],
    ids=["amount", "date", "account"],
)
def test_a_reconciled_entry_changes_only_when_forced(ledger: Ledger, patch: EntryPatch) -> None:
    bank, entry = _reconciled_entry(ledger)
    if patch.account_id is None and patch.amount is None and patch.date is None:
        other, _ = accounts.create_account(ledger, "Other", AccountKind.CHECKING, "USD")
        patch = EntryPatch(account_id=other)
    before = entries.get_entry(ledger, entry)
    with pytest.raises(ReconciledError, match=f"entry {entry} is reconciled"):
        entries.edit_entry(ledger, entry, patch)
    with pytest.raises(ReconciledError):
        entries.edit_entries(ledger, [entry], patch)
    with pytest.raises(ReconciledError):
        entries.delete_entries(ledger, [entry])
    with pytest.raises(ReconciledError):
        reconcile.set_status(ledger, [entry], EntryStatus.UNCLEARED)
    assert entries.get_entry(ledger, entry) == before
    # Fields a statement does not vouch for change freely.
    entries.edit_entry(ledger, entry, EntryPatch(payee="Grocer"))
    assert reconcile.history(ledger, bank)[1] == []
    entries.edit_entry(ledger, entry, patch, force=True)
    _items, edits = reconcile.history(ledger, bank)
    assert [e.entry_id for e in edits] == [entry]
    assert edits[0].change.split(" ", 1)[0] in {"amount", "date", "account"}


def test_forced_delete_is_recorded_and_undoable(ledger: Ledger) -> None:
    bank, entry = _reconciled_entry(ledger)
    entries.delete_entries(ledger, [entry], force=True)
    _items, edits = reconcile.history(ledger, bank)
    assert edits[0].change.startswith("deleted")
    undo.undo(ledger)
    assert _status(ledger, entry) is EntryStatus.RECONCILED
    assert reconcile.history(ledger, bank)[0][0].entries == 1


def test_undo_last_clears_again_and_removes_the_adjustment(ledger: Ledger) -> None:
    bank = _account(ledger)
    entry = _add(ledger, bank, D0 + timedelta(days=1), "-20")
    reconcile.set_status(ledger, [entry], EntryStatus.CLEARED)
    reconcile.start(ledger, bank, D0 + timedelta(days=10), Decimal("-25"))
    reconcile.finish(ledger, adjust=True)
    adj = reconcile.history(ledger, bank)[0][0].adjustment_id
    assert adj is not None
    item, _ = reconcile.undo_last(ledger)
    assert item.state == "undone"
    assert _status(ledger, entry) is EntryStatus.CLEARED
    assert entries.count_entries(ledger) == 1
    assert reconcile.history(ledger, bank)[0][0].state == "undone"
    with pytest.raises(DomainError, match="no finished reconciliation"):
        reconcile.undo_last(ledger, bank)
    # The undo itself is one step of the book's undo history.
    undo.undo(ledger)
    assert _status(ledger, entry) is EntryStatus.RECONCILED
    assert entries.count_entries(ledger) == 2
    assert reconcile.history(ledger, bank)[0][0].adjustment_id == adj


def test_an_open_reconciliation_survives_reopening(book_path: Path, new_book: object) -> None:
    new_book(book_path)  # type: ignore[operator]
    with Ledger.open(book_path) as ledger:
        bank = _account(ledger)
        entry = _add(ledger, bank, D0 + timedelta(days=1), "-20")
        reconcile.start(ledger, bank, D0 + timedelta(days=10), Decimal("-20"))
        reconcile.set_status(ledger, [entry], EntryStatus.CLEARED)
    with Ledger.open(book_path) as ledger:
        state = reconcile.current(ledger, bank)
        assert state.tally().difference == 0
        assert [c.cleared for c in state.candidates] == [True]


def test_the_statement_starts_from_the_latest_anchor(ledger: Ledger) -> None:
    bank = _account(ledger, opening="10")
    absorbed = _add(ledger, bank, D0 + timedelta(days=1), "-5")
    valuations.set_valuation(ledger, bank, D0 + timedelta(days=3), Decimal("500"))
    after = _add(ledger, bank, D0 + timedelta(days=4), "-5")
    reconcile.start(ledger, bank, D0 + timedelta(days=10), Decimal("495"))
    state = reconcile.current(ledger)
    assert state.base.anchor == D0 + timedelta(days=3)
    assert [c.id for c in state.candidates] == [after]
    assert absorbed not in {c.id for c in state.candidates}
    reconcile.set_status(ledger, [after], EntryStatus.CLEARED)
    assert reconcile.current(ledger).tally().difference == 0


def test_start_refuses_a_second_open_one_and_an_earlier_date(ledger: Ledger) -> None:
    bank = _account(ledger)
    reconcile.start(ledger, bank, D0 + timedelta(days=10), Decimal("0"))
    with pytest.raises(DomainError, match="already in progress"):
        reconcile.start(ledger, bank, D0 + timedelta(days=20), Decimal("0"))
    reconcile.finish(ledger)
    with pytest.raises(DomainError, match="must be later"):
        reconcile.start(ledger, bank, D0 + timedelta(days=10), Decimal("0"))
    reconcile.start(ledger, bank, D0 + timedelta(days=11), Decimal("0"))
    reconcile.cancel(ledger)
    with pytest.raises(DomainError, match="no reconciliation in progress"):
        reconcile.current(ledger)


def test_statuses_and_history_round_trip_through_the_book_zip(
    ledger: Ledger, tmp_path: Path
) -> None:
    from permoney_desktop.services import exports

    bank = _account(ledger)
    ids = [_add(ledger, bank, D0 + timedelta(days=d), "-5") for d in (1, 2, 3)]
    reconcile.set_status(ledger, ids[:2], EntryStatus.CLEARED)
    reconcile.start(ledger, bank, D0 + timedelta(days=5), Decimal("-12"))
    reconcile.finish(ledger, adjust=True, payee="Bank fee")
    entries.edit_entry(ledger, ids[0], EntryPatch(payee="Grocer"))
    entries.edit_entry(ledger, ids[1], EntryPatch(amount=Decimal("-6")), force=True)
    reconcile.start(ledger, bank, D0 + timedelta(days=9), Decimal("-20"))
    zpath = tmp_path / "book.zip"
    counts = exports.export_book(ledger, zpath)
    assert counts["reconciliations.csv"] == 2 and counts["reconciled_entries.csv"] == 3
    with Ledger.open(tmp_path / "copy.permoney", create=True) as copy:
        exports.import_book(copy, zpath)
        assert reconcile.history(copy, bank) == reconcile.history(ledger, bank)
        every = [*ids, *(h.adjustment_id or 0 for h in reconcile.history(ledger, bank)[0])]
        assert reconcile.statuses(copy, every) == reconcile.statuses(ledger, every)
        assert reconcile.current(copy, bank).tally().difference == (
            reconcile.current(ledger, bank).tally().difference
        )


def test_an_anchor_on_the_statement_date_refuses_an_adjustment(ledger: Ledger) -> None:
    bank = _account(ledger)
    valuations.set_valuation(ledger, bank, D0 + timedelta(days=5), Decimal("10"))
    reconcile.start(ledger, bank, D0 + timedelta(days=5), Decimal("12"))
    with pytest.raises(DomainError, match="would change nothing"):
        reconcile.finish(ledger, adjust=True)
    valuations.set_valuation(ledger, bank, D0 + timedelta(days=5), Decimal("12"))
    assert reconcile.finish(ledger)[0] == 0


def test_a_reconciled_transfer_side_is_locked_in_the_transfer_edit_too(ledger: Ledger) -> None:
    from permoney_desktop.services import transfers

    bank = _account(ledger)
    savings = _account(ledger, AccountKind.SAVINGS)
    tid, _ = transfers.add_transfer(ledger, bank, savings, D0 + timedelta(days=1), Decimal("5"))
    side = next(e.id for e in entries.list_entries(ledger).rows if e.account_id == bank)
    reconcile.set_status(ledger, [side], EntryStatus.CLEARED)
    reconcile.start(ledger, bank, D0 + timedelta(days=3), Decimal("-5"))
    reconcile.finish(ledger)
    with pytest.raises(ReconciledError):
        transfers.edit_transfer(ledger, int(tid), amount=Decimal("6"))
    with pytest.raises(ReconciledError):  # the other side's edit mirrors into the locked one
        other = next(e.id for e in entries.list_entries(ledger).rows if e.account_id == savings)
        entries.edit_entry(ledger, other, EntryPatch(amount=Decimal("6")))
    transfers.edit_transfer(ledger, int(tid), amount=Decimal("6"), force=True)
    assert [e.entry_id for e in reconcile.history(ledger, bank)[1]] == [side]
