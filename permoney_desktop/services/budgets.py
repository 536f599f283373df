"""Budgets of a book: read the figures' inputs, set and move budgeted amounts (each one undo
step through the write gate), and the mode and overspending settings (undo steps too: they
are written through the gate's journal like any row)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from permoney_desktop.domain.budget_templates import Template, template_amounts
from permoney_desktop.domain.budgets import (
    BudgetInputs,
    BudgetMode,
    Envelope,
    Overspend,
)
from permoney_desktop.domain.category_paths import join_path
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.fx import MissingRate
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.metrics import CategoryInfo, in_minor, round_minor
from permoney_desktop.services import gate
from permoney_desktop.services.budget_book import (
    CARRY_KEY,
    MODE_KEY,
    BudgetBook,
    carry_negative,
    mode_of,
)
from permoney_desktop.services.budget_flows import read_month_flows
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.metrics.compute import Pause, _no_pause
from permoney_desktop.store import budget_queries as q
from permoney_desktop.store import category_queries
from permoney_desktop.store.types import SqlConnection


def _ensure_setting(ledger: Ledger, key: str, default: Any) -> None:
    """Store the setting's current (default) value when it was never set: the undoable write
    is then an update of its row (the journal keys inserted rows by number, and a setting's
    key is text); storing the value it already has changes nothing."""
    if ledger.setting(key) is None:
        ledger.set_setting(key, default)


def _put_setting(w: gate.Write, key: str, value: Any) -> None:
    """A book setting written through the journal, so the write's undo step restores it."""
    where, params = q.setting_where(key)
    if not w.journal.update_where("settings", {"value": json.dumps(value)}, where, params):
        raise DomainError(Message("the book setting {key} is missing; try again", key=key))


def _stored(w: gate.Write, key: str, default: Any) -> Any:
    text = q.setting_text(w.conn, key)
    return default if text is None else json.loads(text)


def change_mode(ledger: Ledger, mode: BudgetMode | str) -> tuple[BudgetMode, Changes]:
    """The book's budget mode: one undo step (none when it is the mode already)."""
    try:
        chosen = BudgetMode(str(mode).strip().lower())
    except ValueError:
        raise DomainError(
            Message("unknown budget mode {mode!r} (use envelope or tracking)", mode=mode)
        ) from None
    if mode_of(ledger) is chosen:
        return chosen, Changes()
    label = (
        Message("Envelope budgeting")
        if chosen is BudgetMode.ENVELOPE
        else Message("Tracking budgeting")
    )
    _ensure_setting(ledger, MODE_KEY, mode_of(ledger).value)
    with gate.write(ledger, label) as w:
        _put_setting(w, MODE_KEY, chosen.value)
        w.mark(ChangeKind.BUDGETS)
    return chosen, w.changes


def set_mode(ledger: Ledger, mode: BudgetMode | str) -> BudgetMode:
    return change_mode(ledger, mode)[0]


def change_overspend(
    ledger: Ledger, category_id: int, policy: Overspend | str
) -> tuple[Overspend, Changes]:
    """How one category's overspending is handled from now on: one undo step."""
    try:
        chosen = Overspend(str(policy).strip().lower().replace("-", "_"))
    except ValueError:
        raise DomainError(
            Message(
                "unknown overspending choice {policy!r} (use carry or to_budget)", policy=policy
            )
        ) from None
    label = (
        Message("Carry overspending as negative")
        if chosen is Overspend.CARRY
        else Message("Take overspending from to-budget")
    )
    _ensure_setting(ledger, CARRY_KEY, [])
    with gate.write(ledger, label) as w:
        raw = _stored(w, CARRY_KEY, [])
        ids = {int(i) for i in raw if isinstance(i, int)}
        before = set(ids)
        if chosen is Overspend.CARRY:
            ids.add(int(category_id))
        else:
            ids.discard(int(category_id))
        if ids != before:
            _put_setting(w, CARRY_KEY, sorted(ids))
            w.mark(ChangeKind.BUDGETS)
    return chosen, w.changes


def set_overspend(ledger: Ledger, category_id: int, policy: Overspend | str) -> Overspend:
    return change_overspend(ledger, category_id, policy)[0]


def envelopes(
    categories: Mapping[int, CategoryInfo],
) -> tuple[tuple[Envelope, ...], dict[int, str]]:
    """Expense categories as envelopes (parents first, by name) and their display names."""
    out: list[Envelope] = []
    names: dict[int, str] = {}
    for cat in categories.values():
        if cat.kind is not CategoryKind.EXPENSE:
            continue
        parent = categories.get(cat.parent_id) if cat.parent_id is not None else None
        names[cat.id] = cat.name if parent is None else join_path((parent.name, cat.name))
        out.append(Envelope(cat.id, cat.name, None if parent is None else parent.id))
    out.sort(key=lambda e: names[e.id].lower())
    return tuple(out), names


def read_book(ledger: Ledger, pause: Pause = _no_pause) -> BudgetBook:
    """Every input of the budget figures, in one read transaction."""
    base = str(ledger.base_currency)
    mode = mode_of(ledger)
    carry = carry_negative(ledger)
    with ledger.book.reading() as session, session.begin():
        flows = read_month_flows(ledger, session, pause)
        rows = q.all_budgets(session.connection())
    budgets: dict[tuple[int, date], int] = {}
    partial: set[tuple[int, date]] = set()
    for cat, month, amount, cur in rows:
        value = in_minor(amount, cur, base, month, flows.rates)
        if isinstance(value, MissingRate):
            partial.add((cat, month))
            continue
        budgets[(cat, month)] = budgets.get((cat, month), 0) + round_minor(value)
    envs, names = envelopes(flows.categories)
    inputs = BudgetInputs(mode, envs, budgets, flows.months, carry)
    return BudgetBook(inputs, base, names, flows.versions, flows.rates, frozenset(partial))


# -- writes -----------------------------------------------------------------------------------


def _expense_category(categories: Mapping[int, CategoryInfo], category_id: int) -> CategoryInfo:
    cat = categories.get(category_id)
    if cat is None:
        raise DomainError(Message("no category with id {category_id}", category_id=category_id))
    if cat.kind is not CategoryKind.EXPENSE:
        raise DomainError(
            Message(
                "{name!r} is an income category; budgets are for expense categories", name=cat.name
            )
        )
    return cat


def _categories(conn: SqlConnection) -> dict[int, CategoryInfo]:
    return {
        int(i): CategoryInfo(int(i), str(n), CategoryKind(str(k)), None if p is None else int(p))
        for i, n, k, p, _pname, _color in category_queries.all_categories(conn)
    }


def _put(w: gate.Write, base: str, category_id: int, month: date, amount: int) -> None:
    where, params = q.budget_where(category_id, month)
    if not amount:
        w.journal.delete_where("budgets", where, params)
        return
    updated = w.journal.update_where("budgets", {"amount": amount, "currency": base}, where, params)
    if not updated:
        w.journal.insert_dicts(
            "budgets",
            [
                {
                    "id": w.new_id("budgets"),
                    "category_id": category_id,
                    "month": month,
                    "amount": amount,
                    "currency": base,
                }
            ],
        )


def set_budgets(
    ledger: Ledger, month: date, amounts: Mapping[int, int], label: str = Message("Set budget")
) -> Changes:
    """Set several categories' budgets of one month (zero removes one): one undo step."""
    month = month.replace(day=1)
    base = str(ledger.base_currency)
    with gate.write(ledger, label) as w:
        cats = _categories(w.conn)
        for cat_id in amounts:
            _expense_category(cats, cat_id)
        for cat_id, amount in sorted(amounts.items()):
            _put(w, base, cat_id, month, int(amount))
        w.mark(ChangeKind.BUDGETS)
    return w.changes


def set_budget(ledger: Ledger, category_id: int, month: date, amount: int) -> Changes:
    """One category's budget for one month, in base minor units (zero removes it)."""
    return set_budgets(ledger, month, {category_id: amount}, Message("Set budget"))


def current_budgets(ledger: Ledger, month: date) -> dict[int, int]:
    """The month's stored budgets per category (base minor units, as stored)."""
    month = month.replace(day=1)
    with ledger.book.reading() as session:
        return {c: a for c, m, a, _cur in q.all_budgets(session.connection()) if m == month}


def move_money(ledger: Ledger, month: date, from_id: int, to_id: int, amount: int) -> Changes:
    """Move ``amount`` of budget from one category to another in ``month``: one undo step."""
    if amount <= 0:
        raise DomainError(Message("the amount to move must be more than zero"))
    if from_id == to_id:
        raise DomainError(Message("move money between two different categories"))
    month = month.replace(day=1)
    base = str(ledger.base_currency)
    with gate.write(ledger, Message("Move money")) as w:
        cats = _categories(w.conn)
        _expense_category(cats, from_id)
        _expense_category(cats, to_id)
        stored = {c: a for c, m, a, _cur in q.all_budgets(w.conn) if m == month}
        _put(w, base, from_id, month, stored.get(from_id, 0) - amount)
        _put(w, base, to_id, month, stored.get(to_id, 0) + amount)
        w.mark(ChangeKind.BUDGETS)
    return w.changes


def apply_template(
    ledger: Ledger,
    month: date,
    template: Template,
    categories: Iterable[int] = (),
    scheduled: Mapping[int, int] | None = None,
) -> tuple[dict[int, int], Changes]:
    """Apply a template to a month: every category it sets changes in one undo step."""
    book = read_book(ledger)
    amounts = template_amounts(book.inputs, month, template, categories, scheduled)
    if not amounts:
        return {}, Changes()
    changes = set_budgets(
        ledger,
        month,
        amounts,
        Message("Apply budget template: {template}", template=template.kind.label),
    )
    return amounts, changes
