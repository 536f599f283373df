"""The compiled (cached, bit-mask) rule evaluation equals a plain per-row reading of the rules."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.rules import (
    CATEGORY,
    MERCHANT,
    PAYEE,
    TAGS,
    Actions,
    CompiledRules,
    Condition,
    Op,
    Rule,
    RuleField,
)

Row = tuple[str, str, Decimal, frozenset[str]]

TEXTS = st.text(alphabet="abAB #1.", max_size=6)
REGEXES = ("^a", "b$", "a.b", r"\bab", "A+", r"#\d", "^$")
NUMBERS = ("-10", "-1.5", "0", "0.25", "3", "10")
SIDES = st.sampled_from([RuleField.PAYEE, RuleField.MEMO])


def _between(bounds: tuple[str, str]) -> Condition:
    low, high = sorted(bounds, key=Decimal)
    return Condition(RuleField.AMOUNT, Op.BETWEEN, low, high)


CONDITIONS = st.one_of(
    st.builds(
        Condition,
        SIDES,
        st.sampled_from([Op.CONTAINS, Op.EQUALS]),
        st.text(alphabet="abAB #1", min_size=1, max_size=3),
    ),
    st.builds(Condition, SIDES, st.just(Op.REGEX), st.sampled_from(REGEXES)),
    st.builds(
        Condition,
        st.just(RuleField.AMOUNT),
        st.sampled_from([Op.LT, Op.GT, Op.EQ]),
        st.sampled_from(NUMBERS),
    ),
    st.tuples(st.sampled_from(NUMBERS), st.sampled_from(NUMBERS)).map(_between),
)
RULES = st.lists(
    st.builds(
        Rule,
        st.integers(1, 1000),
        st.just("r"),
        st.lists(CONDITIONS, max_size=3).map(tuple),
        st.builds(
            Actions,
            st.sampled_from([None, 1, 2]),
            st.sampled_from(["", "m1", "m2"]),
            st.lists(st.sampled_from(["t1", "t2", "t3"]), max_size=2).map(tuple),
            st.sampled_from(["", "P1", "P2"]),
        ),
        st.booleans(),
    ),
    max_size=12,
)
ROWS = st.lists(
    st.tuples(
        TEXTS,
        TEXTS,
        st.integers(-1200, 1200).map(lambda n: Decimal(n).scaleb(-2)),
        st.frozensets(st.sampled_from([CATEGORY, MERCHANT, TAGS, PAYEE])),
    ),
    max_size=25,
)


def _holds(c: Condition, payee: str, memo: str, amount: Decimal) -> bool:
    if c.field is RuleField.AMOUNT:
        a = Decimal(c.value)
        if c.op is Op.LT:
            return amount < a
        if c.op is Op.GT:
            return amount > a
        if c.op is Op.EQ:
            return amount == a
        return a <= amount <= Decimal(c.value2)
    text = payee if c.field is RuleField.PAYEE else memo
    if c.op is Op.REGEX:
        return re.search(c.value, text, re.IGNORECASE) is not None
    if c.op is Op.CONTAINS:
        return c.value.casefold() in text.casefold()
    return text.casefold().strip() == c.value.casefold().strip()


def _plain(rules: list[Rule], row: Row) -> tuple[object, ...]:
    """The module's documented semantics, one rule and one condition at a time."""
    payee, memo, amount, hand = row
    category = merchant = new_payee = None
    tags: list[str] = []
    fired: list[int] = []
    for r in rules:
        a = r.actions
        if not r.enabled or not r.conditions or a.empty:
            continue
        if not all(_holds(c, payee, memo, amount) for c in r.conditions):
            continue
        did = False
        if a.category_id is not None and category is None and CATEGORY not in hand:
            category, did = a.category_id, True
        if a.merchant and merchant is None and MERCHANT not in hand:
            merchant, did = a.merchant, True
        if a.rename_payee and new_payee is None and PAYEE not in hand:
            new_payee, did = a.rename_payee, True
        if a.tags and TAGS not in hand:
            tags.extend(t for t in a.tags if t not in tags)
            did = True
        if did:
            fired.append(r.id)
    return category, merchant, new_payee, tuple(tags), fired


@settings(max_examples=300, deadline=None)
@given(RULES, ROWS)
def test_compiled_rules_equal_plain_evaluation(rules: list[Rule], rows: list[Row]) -> None:
    compiled = CompiledRules(rules)
    # Each row twice: the second answer comes from the caches the first one filled.
    for row in rows + rows:
        want = _plain(rules, row)
        out = compiled.evaluate_fields(*row)
        assert (out.category_id, out.merchant, out.payee, out.tags, out.rule_ids) == want
        shared = compiled.match(*row)
        if want[-1]:
            assert shared is not None
            assert (shared.category_id, shared.merchant, shared.payee, shared.tags) == want[:4]
        else:
            assert shared is None


@settings(max_examples=300, deadline=None)
@given(RULES, ROWS, st.booleans())
def test_match_many_equals_match_per_row(
    rules: list[Rule], rows: list[Row], one_hand: bool
) -> None:
    """The column form (one outcome per payee when no amount rule fires for it) answers what
    ``match`` answers row by row, with one shared set of hand-set fields or mixed ones."""
    if one_hand:
        rows = [(p, m, a, rows[0][3]) for p, m, a, _h in rows]
    compiled = CompiledRules(rules)
    got = compiled.match_many(
        [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows]
    )
    fresh = CompiledRules(rules)
    assert got == [fresh.match(*row) for row in rows]
