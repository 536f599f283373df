"""Auto-categorization rules: conditions on payee, memo and amount; actions that fill fields.

Text conditions are case-insensitive. A rule matches when all its conditions match. Rules run
in order, and for each field the first matching rule that sets it wins; tags accumulate. A
field listed in an entry's ``user_fields`` (set by hand) is never changed.

Speed: text conditions depend only on (payee, memo), which repeat across a bank history, so a
compiled rule set remembers, per distinct payee and per distinct memo, which rules' text
conditions hold; per row only the amount conditions of those rules are checked, and what a set
of firing rules does is computed once per set (and per set of hand-set fields).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from itertools import compress, repeat
from operator import is_
from typing import Any

from permoney_desktop.domain import patterns
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import parse_decimal


class RuleError(DomainError):
    """A rule that cannot be compiled: unknown field or operator, bad regex or number."""


class RuleField(StrEnum):
    PAYEE = "payee"
    MEMO = "memo"
    AMOUNT = "amount"


class Op(StrEnum):
    CONTAINS = "contains"
    EQUALS = "equals"
    REGEX = "regex"
    LT = "<"
    GT = ">"
    EQ = "="
    BETWEEN = "between"


TEXT_OPS = frozenset({Op.CONTAINS, Op.EQUALS, Op.REGEX})
AMOUNT_OPS = frozenset({Op.LT, Op.GT, Op.EQ, Op.BETWEEN})

# Fields an action can set (the names used in ``entries.user_fields``).
CATEGORY, MERCHANT, TAGS, PAYEE = "category", "merchant", "tags", "payee"


@dataclass(frozen=True, slots=True)
class Condition:
    """``field op value`` (``value2`` is the upper bound for ``between``).

    Amounts compare the entry's signed amount (negative = money out) in its currency.
    """

    field: RuleField
    op: Op
    value: str
    value2: str = ""

    @classmethod
    def parse(
        cls, field_name: str, op: str, value: str, value2: str = "", *, stored: bool = False
    ) -> Condition:
        """A checked condition. ``stored``: one read back from the book, whose regex is checked
        when the rules compile (a rule RE2 cannot run is skipped there, with its reason)."""
        try:
            f = RuleField(field_name.strip().lower())
        except ValueError:
            raise RuleError(
                Message(
                    "unknown rule field {field_name!r} (payee, memo, amount)", field_name=field_name
                )
            ) from None
        try:
            o = Op(op.strip().lower())
        except ValueError:
            names = ", ".join(o.value for o in Op)
            raise RuleError(
                Message("unknown rule operator {op!r} (one of: {names})", op=op, names=names)
            ) from None
        cond = cls(f, o, value, value2)
        cond.check(regex=not stored)
        return cond

    def check(self, *, regex: bool = True) -> None:
        if self.field is RuleField.AMOUNT:
            if self.op not in AMOUNT_OPS:
                raise RuleError(
                    Message("amount conditions take <, >, = or between, not {op}", op=self.op)
                )
            _number(self.value)
            if self.op is Op.BETWEEN:
                if not self.value2:
                    raise RuleError(Message("'between' needs two amounts"))
                if _number(self.value2) < _number(self.value):
                    raise RuleError(Message("'between' needs the smaller amount first"))
        else:
            if self.op not in TEXT_OPS:
                raise RuleError(
                    Message("{field} conditions take contains, equals or regex", field=self.field)
                )
            if not self.value:
                raise RuleError(Message("{field} {op} needs a text", field=self.field, op=self.op))
            if self.op is Op.REGEX and regex:
                _regex(self.value)

    def to_dict(self) -> dict[str, str]:
        d = {"field": self.field.value, "op": self.op.value, "value": self.value}
        if self.value2:
            d["value2"] = self.value2
        return d

    def describe(self) -> str:
        tail = f" and {self.value2}" if self.op is Op.BETWEEN else ""
        return f"{self.field} {self.op} {self.value!r}{tail}"


@dataclass(frozen=True, slots=True)
class Actions:
    """What a matching rule does; empty values do nothing."""

    category_id: int | None = None
    merchant: str = ""
    tags: tuple[str, ...] = ()
    rename_payee: str = ""

    @property
    def empty(self) -> bool:
        return (
            self.category_id is None
            and not self.merchant
            and not self.tags
            and not self.rename_payee
        )


@dataclass(frozen=True, slots=True)
class Rule:
    id: int
    name: str
    conditions: tuple[Condition, ...]
    actions: Actions
    enabled: bool = True


def _number(text: str) -> Decimal:
    try:
        return parse_decimal(text)
    except DomainError:
        raise RuleError(Message("not an amount: {text!r}", text=text)) from None


def _regex(pattern: str) -> str:
    """``pattern`` as RE2 runs it, or ``RuleError`` (invalid, or needs backtracking)."""
    try:
        return patterns.checked(pattern)
    except patterns.PatternError as exc:
        raise RuleError(str(exc)) from None


def _problem(rule: Rule) -> str:
    """Why ``rule`` cannot run ("" when it can): a stored regex RE2 refuses."""
    for c in rule.conditions:
        if c.op is Op.REGEX:
            try:
                _regex(c.value)
            except RuleError as exc:
                return str(exc)
    return ""


@dataclass(frozen=True, slots=True)
class Subject:
    """What rules look at: one entry's payee, memo, amount, and hand-set fields."""

    payee: str
    memo: str
    amount: Decimal
    user_fields: frozenset[str] = frozenset()


@dataclass(slots=True)
class Outcome:
    """Fields to set on one entry (None = leave alone) and the ids of rules that fired."""

    category_id: int | None = None
    merchant: str | None = None
    payee: str | None = None
    tags: tuple[str, ...] = ()
    rule_ids: list[int] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return (
            self.category_id is None
            and self.merchant is None
            and self.payee is None
            and not self.tags
        )


TextTest = Callable[[str, str], bool]  # (original text, case-folded text) -> matches
AmountTest = Callable[[Decimal], bool]


def _text_test(c: Condition) -> tuple[RuleField, TextTest]:
    if c.op is Op.REGEX:
        search = patterns.searcher(c.value)
        return c.field, lambda orig, _folded: search(orig)
    needle = c.value.casefold()
    if c.op is Op.CONTAINS:
        return c.field, lambda _orig, folded: needle in folded
    stripped = needle.strip()
    return c.field, lambda _orig, folded: folded.strip() == stripped


def _amount_test(c: Condition) -> AmountTest:
    a = _number(c.value)
    if c.op is Op.LT:
        return lambda x: x < a
    if c.op is Op.GT:
        return lambda x: x > a
    if c.op is Op.EQ:
        return lambda x: x == a
    b = _number(c.value2)
    return lambda x: a <= x <= b


class CompiledRules:
    """A rule set ready to run many times; build once per rule edit (``compile_rules``).

    Each rule is a bit. Per distinct payee (and per distinct memo) the set of rules whose
    payee (memo) conditions hold is computed once and cached as an int mask; a row's
    candidates are the AND of its two masks, and only their amount tests run per row.
    """

    _CACHE_LIMIT = 500_000

    def __init__(self, rules: Sequence[Rule]) -> None:
        active = [r for r in rules if r.enabled and r.conditions and not r.actions.empty]
        problems = [(r, _problem(r)) for r in active]
        # Rules stored before regexes ran on RE2 may use a pattern it refuses: they are left
        # out (never run with a backtracking matcher) and listed for the caller to report.
        self.skipped = tuple((r, why) for r, why in problems if why)
        self.rules = tuple(r for r, why in problems if not why)
        self._tests: dict[RuleField, list[tuple[int, list[TextTest]]]] = {
            RuleField.PAYEE: [],
            RuleField.MEMO: [],
        }
        # Single-condition rules (the bulk of real rule sets), split by operator so the
        # per-text loops need no dispatch: (bit, needle) and (bit, bound regex search).
        self._contains: dict[RuleField, list[tuple[int, str]]] = {
            RuleField.PAYEE: [],
            RuleField.MEMO: [],
        }
        self._equals: dict[RuleField, list[tuple[int, str]]] = {
            RuleField.PAYEE: [],
            RuleField.MEMO: [],
        }
        regexes: dict[RuleField, list[tuple[int, str]]] = {
            RuleField.PAYEE: [],
            RuleField.MEMO: [],
        }
        self._amount: list[list[AmountTest]] = []
        everyone = (1 << len(self.rules)) - 1
        self._free: dict[RuleField, int] = {RuleField.PAYEE: everyone, RuleField.MEMO: everyone}
        self._amount_bits = 0  # rules with amount conditions: the only per-row tests
        for i, r in enumerate(self.rules):
            for fld in (RuleField.PAYEE, RuleField.MEMO):
                conds = [c for c in r.conditions if c.field is fld]
                if len(conds) == 1:
                    c = conds[0]
                    if c.op is Op.REGEX:
                        regexes[fld].append((1 << i, c.value))
                    elif c.op is Op.CONTAINS:
                        self._contains[fld].append((1 << i, c.value.casefold()))
                    else:
                        self._equals[fld].append((1 << i, c.value.casefold().strip()))
                elif conds:
                    self._tests[fld].append((i, [_text_test(c)[1] for c in conds]))
                if conds:
                    self._free[fld] &= ~(1 << i)
            tests = [_amount_test(c) for c in r.conditions if c.field is RuleField.AMOUNT]
            self._amount.append(tests)
            if tests:
                self._amount_bits |= 1 << i
        # All single-regex rules of a field are tested in one RE2 pass per text.
        self._regexes = {fld: patterns.PatternSet(rx) for fld, rx in regexes.items()}
        # Without memo conditions every memo's mask is "all rules": no lookup per row.
        self._uses_memo = self._free[RuleField.MEMO] != everyone
        self._masks: dict[RuleField, dict[str, int]] = {RuleField.PAYEE: {}, RuleField.MEMO: {}}
        self._payee_masks = self._masks[RuleField.PAYEE]
        self._memo_masks = self._masks[RuleField.MEMO]
        # What a set of firing rules does depends only on that set and the hand-set fields.
        self._outcomes: dict[tuple[int, frozenset[str]], Outcome | None] = {}

    def __len__(self) -> int:
        return len(self.rules)

    def _mask(self, fld: RuleField, text: str) -> int:
        cache = self._masks[fld]
        mask = cache.get(text)
        if mask is None:
            # Regexes see the original text (with IGNORECASE); contains/equals the folded text.
            folded = text.casefold()
            mask = self._free[fld]
            for bit, needle in self._contains[fld]:
                if needle in folded:
                    mask |= bit
            if self._equals[fld]:
                stripped = folded.strip()
                for bit, needle in self._equals[fld]:
                    if needle == stripped:
                        mask |= bit
            if self._regexes[fld]:
                mask |= self._regexes[fld].mask(text)
            for i, tests in self._tests[fld]:
                if all(test(text, folded) for test in tests):
                    mask |= 1 << i
            if len(cache) < self._CACHE_LIMIT:
                cache[text] = mask
        return mask

    def evaluate(self, s: Subject) -> Outcome:
        return self.evaluate_fields(s.payee, s.memo, s.amount, s.user_fields)

    def evaluate_fields(
        self, payee: str, memo: str, amount: Decimal, user_fields: frozenset[str] = frozenset()
    ) -> Outcome:
        """The outcome for one entry (a new object the caller may keep and change)."""
        out = self.match(payee, memo, amount, user_fields)
        if out is None:
            return Outcome()
        return Outcome(out.category_id, out.merchant, out.payee, out.tags, list(out.rule_ids))

    def match(
        self, payee: str, memo: str, amount: Decimal, user_fields: frozenset[str] = frozenset()
    ) -> Outcome | None:
        """The outcome for one entry, or None when no rule changes anything.

        The returned object is shared between entries with the same firing rules: read it,
        never change it (``evaluate_fields`` returns a private copy).
        """
        # The masks' caches inline: dict lookups per row instead of method calls.
        mask = self._payee_masks.get(payee)
        if mask is None:
            mask = self._mask(RuleField.PAYEE, payee)
        if mask and self._uses_memo:
            memo_mask = self._memo_masks.get(memo)
            mask &= self._mask(RuleField.MEMO, memo) if memo_mask is None else memo_mask
        if not mask:
            return None
        checks = mask & self._amount_bits
        while checks:
            low = checks & -checks
            checks ^= low
            for test in self._amount[low.bit_length() - 1]:
                if not test(amount):
                    mask ^= low
                    break
        key = (mask, user_fields)
        try:
            return self._outcomes[key]
        except KeyError:
            out = self._outcome(mask, user_fields)
            if len(self._outcomes) < self._CACHE_LIMIT:
                self._outcomes[key] = out
            return out

    def match_many(
        self,
        payees: Sequence[str],
        memos: Sequence[str],
        amounts: Sequence[Decimal],
        user_fields: Sequence[frozenset[str]],
    ) -> list[Outcome | None]:
        """``match`` over columns. When the memo is read by no rule and every row has the same
        hand-set fields, a payee whose firing rules test no amount has one outcome for all of
        its rows: those rows take it by a dict lookup, and only the rest run ``match``."""
        n = len(payees)
        if self._uses_memo or not n or user_fields.count(user_fields[0]) != n:
            return list(map(self.match, payees, memos, amounts, user_fields))
        hand = user_fields[0]
        per_row = _PER_ROW
        table: dict[str, object] = {}
        for payee in set(payees):
            mask = self._payee_masks.get(payee)
            if mask is None:
                mask = self._mask(RuleField.PAYEE, payee)
            table[payee] = (
                per_row if mask & self._amount_bits else self.match(payee, "", _ZERO, hand)
            )
        outs: list[Any] = list(map(table.__getitem__, payees))
        for i in compress(range(n), map(is_, outs, repeat(per_row))):
            outs[i] = self.match(payees[i], memos[i], amounts[i], hand)
        return outs

    def _outcome(self, mask: int, user_fields: frozenset[str]) -> Outcome | None:
        """What the rules in ``mask`` (all conditions hold) do, in rule order."""
        out = Outcome()
        tags: list[str] = []
        while mask:
            low = mask & -mask
            mask ^= low
            rule = self.rules[low.bit_length() - 1]
            a = rule.actions
            fired = False
            if (
                a.category_id is not None
                and out.category_id is None
                and CATEGORY not in user_fields
            ):
                out.category_id, fired = a.category_id, True
            if a.merchant and out.merchant is None and MERCHANT not in user_fields:
                out.merchant, fired = a.merchant, True
            if a.rename_payee and out.payee is None and PAYEE not in user_fields:
                out.payee, fired = a.rename_payee, True
            if a.tags and TAGS not in user_fields:
                for t in a.tags:
                    if t not in tags:
                        tags.append(t)
                fired = True
            if fired:
                out.rule_ids.append(rule.id)
        out.tags = tuple(tags)
        return None if out.empty else out

    def evaluate_all(self, subjects: Iterable[Subject]) -> list[Outcome]:
        return [self.evaluate(s) for s in subjects]


_ZERO = Decimal(0)
_PER_ROW = object()  # match_many: this payee's outcome depends on each row's amount


@lru_cache(maxsize=8)
def compile_rules(rules: tuple[Rule, ...]) -> CompiledRules:
    """The compiled set for these rules (cached: the same rules compile once per process)."""
    return CompiledRules(rules)


def parse_user_fields(text: str) -> frozenset[str]:
    return frozenset(f.strip() for f in text.split(",") if f.strip())


def join_user_fields(fields_: Iterable[str]) -> str:
    return ",".join(sorted(set(fields_)))
