"""Durable undo/redo: identical book states, one step per bulk write, bounded, across restarts."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from permoney_desktop.domain.entry_values import UNSET, EntryPatch, NewEntry
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import (
    accounts,
    categories,
    entries,
    merchants,
    rates,
    tags,
    transfers,
    undo,
    valuations,
)
from permoney_desktop.services.ledger import Ledger
from tests.services.book_state import book_state, connect, pending_syncs

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

D0 = date(2024, 1, 1)


def _setup(ledger: Ledger) -> tuple[AccountId, AccountId]:
    a, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="10", opening_date=D0
    )
    b, _ = accounts.create_account(ledger, "Loan", "loan", "USD", opening_balance="500")
    return a, b


def test_every_kind_of_write_undoes_and_redoes_exactly(ledger: Ledger) -> None:
    a, b = _setup(ledger)
    food, _ = categories.create_category(ledger, "Food", "expense")
    groceries, _ = categories.create_category(ledger, "Groceries", parent_id=food)
    shop, _ = merchants.create_merchant(ledger, "Shop")
    e1, _ = entries.add_entry(
        ledger,
        NewEntry(a, D0, Decimal("-5"), payee="x", category_id=groceries, tags=("t1", "t2")),
    )
    e2, _ = entries.add_entry(ledger, NewEntry(a, date(2024, 2, 1), Decimal("7"), merchant_id=shop))
    t, _ = transfers.add_transfer(ledger, a, b, date(2024, 3, 1), Decimal("50"))
    writes = [
        lambda: entries.edit_entry(
            ledger, e1, EntryPatch(amount=Decimal("-6"), tags=("t3",), category_id=None)
        ),
        lambda: entries.edit_entry(ledger, e2, EntryPatch(account_id=b, date=date(2023, 5, 1))),
        lambda: entries.delete_entries(ledger, [e1, e2]),
        lambda: entries.duplicate_entry(ledger, e1)[1],
        lambda: entries.duplicate_entry(ledger, transfers.get_transfer(ledger, t).to_entry.id)[1],
        lambda: transfers.edit_transfer(ledger, t, amount=Decimal("60"), day=date(2024, 3, 2)),
        lambda: transfers.delete_transfer(ledger, t),
        lambda: valuations.set_valuation(ledger, b, date(2024, 4, 1), "400")[1],
        lambda: accounts.edit_account(ledger, a, opening_balance="20", opening_date=None),
        lambda: accounts.rename_account(ledger, b, "Car loan"),
        lambda: accounts.set_archived(ledger, b),
        lambda: accounts.delete_account(ledger, a),
        lambda: categories.delete_category(ledger, food),
        lambda: categories.rename_category(ledger, groceries, "Market"),
        lambda: tags.delete_tag(ledger, tags.list_tags(ledger)[0].id),
        lambda: merchants.delete_merchant(ledger, shop),
        lambda: rates.add_rate(ledger, D0, "EUR", "USD", "1.1"),
    ]
    for write in writes:
        before = book_state(ledger)
        changes = write()
        after = book_state(ledger)
        assert after != before, changes.label
        undone = undo.undo(ledger)
        assert undone is not None and undone.label == f"Undo {changes.label}"
        assert book_state(ledger) == before, changes.label
        assert (
            dict(undone.dirty_from) == {acc: d for acc, d in changes.dirty_from.items()}
            or changes.label == "Delete account"
        )
        redone = undo.redo(ledger)
        assert redone is not None and redone.label == f"Redo {changes.label}"
        assert book_state(ledger) == after, changes.label
        undo.undo(ledger)
        assert book_state(ledger) == before


def test_undo_of_account_deletion_dirties_the_restored_history(ledger: Ledger) -> None:
    a, b = _setup(ledger)
    entries.add_entry(ledger, NewEntry(a, date(2023, 6, 1), Decimal("-1")))
    transfers.add_transfer(ledger, a, b, date(2024, 2, 1), Decimal("3"))
    deleted = accounts.delete_account(ledger, a)
    # The loan keeps its side (as a plain transaction): only its version moves.
    assert dict(deleted.dirty_from) == {b: date(2024, 2, 1)}
    restored = undo.undo(ledger)
    assert restored is not None
    assert dict(restored.dirty_from) == {a: date(2023, 6, 1), b: date(2024, 2, 1)}
    view = transfers.get_transfer(ledger, entries.list_entries(ledger).rows[0].transfer_id or 0)
    assert view.from_entry.account_id == a and view.to_entry.account_id == b


def test_bulk_delete_is_one_step_with_a_human_label(ledger: Ledger) -> None:
    a, _ = _setup(ledger)
    ids = [entries.add_entry(ledger, NewEntry(a, D0, Decimal(i)))[0] for i in range(1, 4)]
    before = book_state(ledger)
    changes = entries.delete_entries(ledger, ids)
    assert changes.label == "Delete 3 entries"
    assert entries.count_entries(ledger) == 0
    assert undo.undo_label(ledger) == "Delete 3 entries"
    undo.undo(ledger)
    assert book_state(ledger) == before
    assert undo.undo_label(ledger) == "Add entry"
    assert undo.redo_label(ledger) == "Delete 3 entries"
    assert entries.delete_entries(ledger, ids[:1]).label == "Delete entry"


def test_a_new_write_clears_the_redo_stack(ledger: Ledger) -> None:
    a, _ = _setup(ledger)
    entries.add_entry(ledger, NewEntry(a, D0, Decimal("1")))
    undo.undo(ledger)
    assert undo.redo_label(ledger) == "Add entry"
    entries.add_entry(ledger, NewEntry(a, D0, Decimal("2")))
    assert undo.redo_label(ledger) is None
    assert undo.redo(ledger) is None
    assert undo.depth(ledger) == (3, 0)


def test_the_journal_is_bounded_by_a_book_setting(ledger: Ledger) -> None:
    ledger.set_setting(undo.MAX_STEPS_SETTING, 3)
    a, _ = _setup(ledger)
    for i in range(5):
        entries.add_entry(ledger, NewEntry(a, D0, Decimal(i), payee=f"p{i}"))
    assert undo.depth(ledger) == (3, 0)
    for _ in range(3):
        assert undo.undo(ledger) is not None
    assert undo.undo(ledger) is None
    assert sorted(e.payee for e in entries.list_entries(ledger).rows) == ["p0", "p1"]


def test_undo_and_redo_survive_a_restart(book_path: Path) -> None:
    with Ledger.open(book_path, create=True) as ledger:
        a, _ = _setup(ledger)
        e, _ = entries.add_entry(ledger, NewEntry(a, D0, Decimal("-3")))
        before = book_state(book_path)
        entries.delete_entries(ledger, [e])
        after = book_state(book_path)
    with Ledger.open(book_path) as ledger:
        assert undo.undo_label(ledger) == "Delete entry"
        assert undo.undo(ledger) is not None
    assert book_state(book_path) == before
    with Ledger.open(book_path) as ledger:
        assert undo.redo_label(ledger) == "Delete entry"
        changes = undo.redo(ledger)
        assert changes is not None and dict(changes.dirty_from) == {a: D0}
    assert book_state(book_path) == after


# -- random histories -------------------------------------------------------------------------

_TEMPLATE: Path | None = None


def _fresh_book() -> Path:
    """A migrated empty book, copied from a template so each example skips Alembic."""
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = Path(tempfile.mkdtemp()) / "template.permoney"
        Ledger.open(_TEMPLATE, create=True).close()
    path = Path(tempfile.mkdtemp()) / "book.permoney"
    shutil.copy(_TEMPLATE, path)
    return path


days = st.integers(0, 400).map(lambda n: D0 + timedelta(days=n))
amounts = st.integers(-100_000, 100_000).map(lambda n: Decimal(n).scaleb(-2))


class UndoMachine(RuleBasedStateMachine):
    """Random writes, undos and redos; every undo/redo must land on a state seen before."""

    def __init__(self) -> None:
        super().__init__()
        self.path = _fresh_book()
        self.ledger = Ledger.open(self.path)
        self.ledger.set_setting(undo.MAX_STEPS_SETTING, 1000)
        self.states: list[dict[str, Any]] = [book_state(self.path)]
        self.pos = 0

    def teardown(self) -> None:
        self.ledger.close()
        shutil.rmtree(self.path.parent, ignore_errors=True)

    def _accounts(self) -> list[AccountId]:
        return [a.id for a in accounts.list_accounts(self.ledger)]

    def _entry_ids(self) -> list[int]:
        return [e.id for e in entries.list_entries(self.ledger, limit=1000).rows]

    def _wrote(self) -> None:
        self.states = self.states[: self.pos + 1]
        self.states.append(book_state(self.path))
        self.pos += 1

    @rule(kind=st.sampled_from(["checking", "credit_card"]), opening=amounts, day=days)
    def add_account(self, kind: str, opening: Decimal, day: date) -> None:
        n = len(self._accounts())
        accounts.create_account(
            self.ledger, f"A{n}-{self.pos}", kind, "USD", opening_balance=opening, opening_date=day
        )
        self._wrote()

    @precondition(lambda self: self._accounts())
    @rule(data=st.data(), day=days, amount=amounts, tag=st.sampled_from(["", "x", "y"]))
    def add_entry(self, data: st.DataObject, day: date, amount: Decimal, tag: str) -> None:
        acc = data.draw(st.sampled_from(self._accounts()))
        entries.add_entry(self.ledger, NewEntry(acc, day, amount, tags=(tag,) if tag else ()))
        self._wrote()

    @precondition(lambda self: len(self._accounts()) >= 2)
    @rule(data=st.data(), day=days, amount=st.integers(1, 10_000).map(Decimal))
    def add_transfer(self, data: st.DataObject, day: date, amount: Decimal) -> None:
        src, dest = data.draw(st.permutations(self._accounts()))[:2]
        transfers.add_transfer(self.ledger, src, dest, day, amount)
        self._wrote()

    @precondition(lambda self: self._accounts())
    @rule(data=st.data(), day=days, level=amounts)
    def set_valuation(self, data: st.DataObject, day: date, level: Decimal) -> None:
        acc = data.draw(st.sampled_from(self._accounts()))
        valuations.set_valuation(self.ledger, acc, day, level)
        self._wrote()

    @precondition(lambda self: self._entry_ids())
    @rule(data=st.data(), day=st.none() | days, amount=st.none() | amounts, move=st.booleans())
    def edit_entry(
        self, data: st.DataObject, day: date | None, amount: Decimal | None, move: bool
    ) -> None:
        entry_id = data.draw(st.sampled_from(self._entry_ids()))
        target = data.draw(st.sampled_from(self._accounts())) if move else None
        patch = EntryPatch(account_id=target, date=day, amount=amount, payee="edited")
        try:
            entries.edit_entry(self.ledger, entry_id, patch)
        except DomainError:
            return  # e.g. both transfer sides in one account: refused, nothing written
        self._wrote()

    @precondition(lambda self: self._entry_ids())
    @rule(data=st.data())
    def delete_entries(self, data: st.DataObject) -> None:
        ids = data.draw(st.lists(st.sampled_from(self._entry_ids()), min_size=1, max_size=5))
        entries.delete_entries(self.ledger, ids)
        self._wrote()

    @precondition(lambda self: self._accounts())
    @rule(data=st.data(), opening=amounts)
    def edit_account(self, data: st.DataObject, opening: Decimal) -> None:
        acc = data.draw(st.sampled_from(self._accounts()))
        accounts.edit_account(self.ledger, acc, opening_balance=opening, opening_date=UNSET)
        self._wrote()

    @precondition(lambda self: self._accounts())
    @rule(data=st.data())
    def delete_account(self, data: st.DataObject) -> None:
        accounts.delete_account(self.ledger, data.draw(st.sampled_from(self._accounts())))
        self._wrote()

    @precondition(lambda self: self.pos > 0)
    @rule()
    def undo(self) -> None:
        assert undo.undo(self.ledger) is not None
        self.pos -= 1
        assert book_state(self.path) == self.states[self.pos]

    @precondition(lambda self: self.pos < len(self.states) - 1)
    @rule()
    def redo(self) -> None:
        assert undo.redo(self.ledger) is not None
        self.pos += 1
        assert book_state(self.path) == self.states[self.pos]

    @invariant()
    def one_pending_sync_per_live_account(self) -> None:
        pending = pending_syncs(self.path)
        assert set(pending) <= set(self._accounts())

    @rule()
    def undo_all_then_redo_all(self) -> None:
        top, pos = len(self.states) - 1, self.pos
        while self.pos > 0:
            self.undo()
        assert undo.undo(self.ledger) is None
        while self.pos < top:
            self.redo()
        assert undo.redo(self.ledger) is None
        while self.pos > pos:
            self.undo()


UndoMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None)
test_random_histories_undo_and_redo_exactly = UndoMachine.TestCase


def test_foreign_keys_hold_after_random_undo(book_path: Path) -> None:
    with Ledger.open(book_path, create=True) as ledger:
        a, b = _setup(ledger)
        transfers.add_transfer(ledger, a, b, D0, Decimal("1"))
        accounts.delete_account(ledger, a)
        undo.undo(ledger)
    with connect(book_path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("max_steps", ["junk", 0])
def test_a_bad_bound_setting_falls_back_sanely(ledger: Ledger, max_steps: object) -> None:
    ledger.set_setting(undo.MAX_STEPS_SETTING, max_steps)
    a, _ = _setup(ledger)
    entries.add_entry(ledger, NewEntry(a, D0, Decimal("1")))
    assert undo.depth(ledger)[0] >= 1
