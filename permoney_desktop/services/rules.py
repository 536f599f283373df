"""Rules: add, list, enable, delete, and apply them to existing entries (one undo step).

The compiled rule set is cached per distinct rule content (``domain.rules.compile_rules``), so
an import or an "apply rules" after the first costs no compilation. ``warm_cache(ledger)``
compiles the current rules ahead of time (for a worker task at start and after rule edits).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import currency, exponent
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.rules import (
    Actions,
    CompiledRules,
    Condition,
    Outcome,
    Rule,
    RuleError,
    Subject,
    compile_rules,
    parse_user_fields,
)
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.named_rows import get_or_create_named
from permoney_desktop.services.undo import raw
from permoney_desktop.store import named_queries, rule_queries
from permoney_desktop.store.types import SqlConnection

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RuleView:
    rule: Rule
    position: int
    category: str  # the category's full path, "" when none

    @property
    def id(self) -> int:
        return self.rule.id


@dataclass(frozen=True)
class ApplyReport:
    examined: int
    changed: int
    changes: Changes


def _rule(row: Sequence[object]) -> Rule:
    conds = tuple(
        Condition.parse(c["field"], c["op"], c["value"], c.get("value2", ""), stored=True)
        for c in json.loads(str(row[4]))
    )
    tags = tuple(t for t in str(row[7]).split(",") if t)
    return Rule(
        int(str(row[0])),
        str(row[1]),
        conds,
        Actions(None if row[5] is None else int(str(row[5])), str(row[6]), tags, str(row[8])),
        bool(row[3]),
    )


def load_rules(conn: SqlConnection) -> tuple[Rule, ...]:
    return tuple(_rule(r) for r in rule_queries.rule_rows(conn))


def compiled_from_conn(conn: SqlConnection) -> CompiledRules:
    return compile_rules(load_rules(conn))


def compiled(ledger: Ledger) -> CompiledRules:
    with ledger.book.reading() as session:
        return compiled_from_conn(session.connection())


def skipped_rules(ledger: Ledger) -> list[tuple[Rule, str]]:
    """Enabled rules that are not run, and why (a stored regex RE2 refuses)."""
    return list(compiled(ledger).skipped)


def warm_cache(ledger: Ledger) -> int:
    """Compile the book's rules now so the next import does not; returns how many are active."""
    return len(compiled(ledger))


def list_rules(ledger: Ledger) -> list[RuleView]:
    with ledger.book.reading() as session:
        conn = session.connection()
        rows = rule_queries.rule_rows(conn)
        paths = _category_names(conn)
    return [
        RuleView(_rule(r), int(r[2]), paths.get(int(r[5]), "") if r[5] is not None else "")
        for r in rows
    ]


def _category_names(conn: SqlConnection) -> dict[int, str]:
    return {
        int(i): (str(n) if p is None else f"{p}:{n}")
        for i, n, p in named_queries.category_rows(conn)
    }


def _category_id(conn: SqlConnection, path: str) -> int:
    key = ":".join(p.strip() for p in path.split(":")).casefold()
    names = _category_names(conn)
    exact = [i for i, n in names.items() if n.casefold() == key]
    if exact:
        return exact[0]
    leaf = [i for i, n in names.items() if n.split(":")[-1].casefold() == key]
    if len(leaf) == 1:
        return leaf[0]
    raise DomainError(
        f"unknown category {path!r}" if not leaf else f"category {path!r} is ambiguous"
    )


def add_rule(
    ledger: Ledger,
    name: str,
    conditions: Sequence[Condition],
    *,
    category: str | None = None,
    merchant: str = "",
    tags: Sequence[str] = (),
    rename_payee: str = "",
) -> tuple[int, Changes]:
    """Add a rule at the end of the list; it must have a condition and an action."""
    if not conditions:
        raise RuleError(Message("a rule needs at least one condition"))
    for c in conditions:
        c.check()
    clean_tags = [" ".join(t.split()) for t in tags if t.strip()]
    if any("," in t for t in clean_tags):
        raise RuleError(Message("tag names cannot contain commas"))
    with gate.write(ledger, Message("Add rule")) as w:
        cat_id = _category_id(w.conn, category) if category else None
        actions = Actions(cat_id, merchant.strip(), tuple(clean_tags), rename_payee.strip())
        if actions.empty:
            raise RuleError(Message("a rule needs an action (category, merchant, tags or payee)"))
        rule_id = w.new_id("rules")
        position = rule_queries.next_position(w.conn)
        w.journal.insert(
            "rules",
            [
                (
                    rule_id,
                    (name.strip() or f"Rule {rule_id}")[:200],
                    position,
                    1,
                    json.dumps([c.to_dict() for c in conditions]),
                    cat_id,
                    actions.merchant,
                    ",".join(clean_tags),
                    actions.rename_payee,
                    raw(w.now),
                )
            ],
            [
                "id",
                "name",
                "position",
                "enabled",
                "conditions",
                "category_id",
                "merchant",
                "tags",
                "rename_payee",
                "created_at",
            ],
        )
        w.mark(ChangeKind.RULES)
    return rule_id, w.changes


def _check_rule(conn: SqlConnection, rule_id: int) -> None:
    if not rule_queries.rule_exists(conn, rule_id):
        raise DomainError(Message("no rule with id {rule_id}", rule_id=rule_id))


def delete_rule(ledger: Ledger, rule_id: int) -> Changes:
    with gate.write(ledger, Message("Delete rule")) as w:
        _check_rule(w.conn, rule_id)
        w.journal.delete_keys("rules", [rule_id])
        w.mark(ChangeKind.RULES)
    return w.changes


def set_enabled(ledger: Ledger, rule_id: int, enabled: bool) -> Changes:
    with gate.write(ledger, Message("Enable rule") if enabled else Message("Disable rule")) as w:
        _check_rule(w.conn, rule_id)
        w.journal.update_keys("rules", [rule_id], {"enabled": enabled})
        w.mark(ChangeKind.RULES)
    return w.changes


def apply_rules(
    ledger: Ledger,
    *,
    account_ids: Sequence[int] | None = None,
    since: date | None = None,
    progress: Progress | None = None,
) -> ApplyReport:
    """Run the rules over existing transactions, as one undo step.

    A rule may replace a value an earlier import or rule set, never a field in the entry's
    ``user_fields``. Only entries whose values actually change are written.
    """
    with gate.write(ledger, Message("Apply rules")) as w:
        rules = compiled_from_conn(w.conn)
        rows = rule_queries.transactions_to_apply(w.conn, account_ids, since)
        if progress is not None:
            progress("rules", 0, len(rows))
        found = _evaluate(rules, rows)
        changed = found.changed
        merchant_ids = _merchant_ids(w, found.merchant_names)
        for (col, value), ids in found.updates.items():
            if col == "merchant":
                w.journal.update_keys("entries", ids, {"merchant_id": merchant_ids[str(value)]})
            else:
                w.journal.update_keys("entries", ids, {col: value, "updated_at": w.now})
        if found.tag_adds:
            changed |= _add_tags(w, found.tag_adds)
        for acc, d in found.touched.items():
            w.touch(acc, d)
        if changed:
            w.mark(ChangeKind.ENTRIES)
        w.label = Message("Apply rules to {count} entries", count=len(changed))
    return ApplyReport(len(rows), len(changed), w.changes)


@dataclass
class _Found:
    """What the rules would change in existing entries, gathered before any write."""

    updates: dict[tuple[str, object], list[int]] = field(default_factory=lambda: defaultdict(list))
    tag_adds: list[tuple[int, str]] = field(default_factory=list)
    touched: dict[int, date] = field(default_factory=dict)
    merchant_names: set[str] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)

    def add(self, eid: int, cat: object, merchant: str, payee: object, out: Outcome) -> bool:
        """The outcome's changes to one entry; whether a value differs (tags aside)."""
        before = len(self.changed)
        if out.category_id is not None and out.category_id != cat:
            self.updates[("category_id", out.category_id)].append(eid)
            self.changed.add(eid)
        if out.merchant is not None and out.merchant != merchant:
            self.updates[("merchant", out.merchant)].append(eid)
            self.merchant_names.add(out.merchant)
            self.changed.add(eid)
        if out.payee is not None and out.payee != payee:
            self.updates[("payee", out.payee)].append(eid)
            self.changed.add(eid)
        for t in out.tags:
            self.tag_adds.append((eid, t))
        return len(self.changed) != before


def _evaluate(rules: CompiledRules, rows: Sequence[Sequence[Any]]) -> _Found:
    """Each transaction through the rules; the changes they would make."""
    found = _Found()
    touched = found.touched
    exps: dict[str, int] = {}
    for eid, acc, day, minor, cur, payee, notes, cat, merchant, uf in rows:
        exp = exps.get(cur)
        if exp is None:
            exp = exps[cur] = exponent(currency(cur))
        amount = Decimal(int(minor)).scaleb(-exp)
        out = rules.evaluate(Subject(str(payee), str(notes), amount, parse_user_fields(str(uf))))
        if out.empty:
            continue
        if found.add(int(eid), cat, merchant or "", payee, out):
            d = date.fromisoformat(day)
            if int(acc) not in touched or d < touched[int(acc)]:
                touched[int(acc)] = d
    return found


def _merchant_ids(w: gate.Write, names: set[str]) -> dict[str, int]:
    return get_or_create_named(w, "merchants", names, ChangeKind.MERCHANTS)


def _add_tags(w: gate.Write, adds: list[tuple[int, str]]) -> set[int]:
    tag_ids = get_or_create_named(w, "tags", {t for _, t in adds}, ChangeKind.TAGS)
    have = rule_queries.entry_tag_pairs(w.conn, {e for e, _ in adds})
    fresh = sorted({(e, tag_ids[t]) for e, t in adds} - have)
    if fresh:
        w.journal.insert("entry_tags", fresh, ["entry_id", "tag_id"])
        w.mark(ChangeKind.TAGS)
    return {e for e, _ in fresh}


def edit_rule(
    ledger: Ledger,
    rule_id: int,
    *,
    name: str | None = None,
    conditions: Sequence[Condition] | None = None,
    category: str | None = None,
    merchant: str | None = None,
    tags: Sequence[str] | None = None,
    rename_payee: str | None = None,
) -> Changes:
    """Change the given parts of a rule (None keeps a part; ``category=""`` clears it)."""
    fields: dict[str, Any] = {}
    if name is not None:
        fields["name"] = name.strip()[:200] or f"Rule {rule_id}"
    if conditions is not None:
        if not conditions:
            raise RuleError(Message("a rule needs at least one condition"))
        for c in conditions:
            c.check()
        fields["conditions"] = json.dumps([c.to_dict() for c in conditions])
    if merchant is not None:
        fields["merchant"] = merchant.strip()
    if tags is not None:
        clean_tags = [" ".join(t.split()) for t in tags if t.strip()]
        if any("," in t for t in clean_tags):
            raise RuleError(Message("tag names cannot contain commas"))
        fields["tags"] = ",".join(clean_tags)
    if rename_payee is not None:
        fields["rename_payee"] = rename_payee.strip()
    with gate.write(ledger, Message("Edit rule")) as w:
        _check_rule(w.conn, rule_id)
        if category is not None:
            fields["category_id"] = _category_id(w.conn, category) if category.strip() else None
        if fields:
            w.journal.update_keys("rules", [rule_id], fields)
        (rule,) = [r for r in load_rules(w.conn) if r.id == rule_id]
        if rule.actions.empty:
            raise RuleError(Message("a rule needs an action (category, merchant, tags or payee)"))
        w.mark(ChangeKind.RULES)
    return w.changes
