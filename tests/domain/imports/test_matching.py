"""Dates/amounts readers, multiset dedupe, transfer proposals and rules (pure functions)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports import dedupe, transfer_match
from permoney_desktop.domain.imports.amounts import AmountFormatError, parse_amount, to_minor
from permoney_desktop.domain.imports.dates import DateFormatError, detect_format
from permoney_desktop.domain.rules import (
    Actions,
    Condition,
    Rule,
    RuleError,
    Subject,
    compile_rules,
)


@pytest.mark.parametrize(
    ("text", "comma", "value"),
    [
        ("1,234.56", False, "1234.56"),
        ("1.234,56", True, "1234.56"),
        ("1 234,56", True, "1234.56"),
        ("1\u202f234,56", True, "1234.56"),
        ("(12.00)", False, "-12.00"),
        ("12.50-", False, "-12.50"),
        ("$-4.50", False, "-4.50"),
        ("-€3,20", True, "-3.20"),
        ("+7", False, "7"),
        (".5", False, "0.5"),
    ],
)
def test_amount_formats(text: str, comma: bool, value: str) -> None:
    assert parse_amount(text, comma) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.234,56", "1e5", "NaN", "12..0", "--1"])
def test_bad_amounts(text: str) -> None:
    with pytest.raises(AmountFormatError):
        parse_amount(text, False)


def test_to_minor_refuses_extra_decimals_and_huge_amounts() -> None:
    assert to_minor(Decimal("12.30"), "USD") == 1230
    assert to_minor(Decimal("1234"), "JPY") == 1234
    with pytest.raises(AmountFormatError, match="decimal separator"):
        to_minor(Decimal("1.234"), "USD")
    with pytest.raises(AmountFormatError, match="too large"):
        to_minor(Decimal("1" + "0" * 20), "USD")


def test_date_detection() -> None:
    assert detect_format(["2024-01-31", "2024-02-01"]).format == "%Y-%m-%d"
    assert detect_format(["13/01/2024", "01/02/2024"]).format == "%d/%m/%Y"
    assert detect_format(["01/13/2024", "01/02/2024"]).format == "%m/%d/%Y"
    assert detect_format(["5 Jan 2024", "17 Mar 2024"]).dates["5 Jan 2024"] == date(2024, 1, 5)
    assert detect_format(["2024-01-31 10:22:01"]).dates["2024-01-31 10:22:01"] == date(2024, 1, 31)
    with pytest.raises(DateFormatError, match="ambiguous"):
        detect_format(["01/02/2024", "03/04/2024"])
    with pytest.raises(DateFormatError, match="cannot read date '31/31/2024'"):
        detect_format(["01/02/2024", "31/31/2024"])


def _c(acc: int, day: int, minor: int, payee: str, ext: str | None = None) -> dedupe.Candidate:
    return dedupe.Candidate(acc, date(2024, 1, day), minor, payee, ext)


def test_two_identical_coffees_kept_then_neither_reimported() -> None:
    rows = [_c(1, 3, -450, "Bean There"), _c(1, 3, -450, "BEAN THERE.")]
    first = dedupe.plan(rows, set(), [])
    assert first.keep == (0, 1)
    existing = [dedupe.fingerprint(c.account_id, c.date, c.amount_minor, c.payee) for c in rows]
    second = dedupe.plan(rows, set(), existing)
    assert second.keep == ()
    assert [r for _, r in second.skipped] == [dedupe.SkipReason.FINGERPRINT] * 2
    three = dedupe.plan([*rows, _c(1, 3, -450, "bean there")], set(), existing)
    assert three.keep == (2,)


def test_external_ids_decide_alone() -> None:
    rows = [_c(1, 3, -450, "x", "A"), _c(1, 3, -450, "x", "A"), _c(2, 3, -450, "x", "A")]
    result = dedupe.plan(rows, {(1, "B")}, [])
    assert result.keep == (0, 2)
    assert result.skipped == ((1, dedupe.SkipReason.EXTERNAL_ID_IN_FILE),)
    assert dedupe.plan(rows[:1], {(1, "A")}, []).keep == ()


@settings(max_examples=60)
@given(st.lists(st.tuples(st.integers(1, 3), st.integers(1, 5), st.integers(-3, 3)), max_size=30))
def test_reimport_is_always_empty_and_first_import_keeps_all(
    rows: list[tuple[int, int, int]],
) -> None:
    cands = [_c(a, d, m, "p") for a, d, m in rows]
    first = dedupe.plan(cands, set(), [])
    assert len(first.keep) == len(cands)
    existing = [dedupe.fingerprint(c.account_id, c.date, c.amount_minor, c.payee) for c in cands]
    assert dedupe.plan(cands, set(), existing).keep == ()


def _s(eid: int, acc: int, day: int, minor: int, cur: str = "USD") -> transfer_match.Side:
    return transfer_match.Side(eid, acc, date(2024, 5, 1) + timedelta(days=day), minor, cur)


def test_transfer_proposals_rules() -> None:
    new = [_s(1, 1, 0, -30000), _s(2, 2, 3, 30000), _s(3, 1, 0, -500), _s(4, 1, 0, 500)]
    found = transfer_match.propose(new, [], set())
    assert [(p.outflow.entry_id, p.inflow.entry_id) for p in found] == [(1, 2)]
    assert transfer_match.propose(new, [], {(1, 2)}) == []
    far = [_s(1, 1, 0, -100), _s(2, 2, 5, 100)]
    assert transfer_match.propose(far, [], set()) == []
    other_currency = [_s(1, 1, 0, -100), _s(2, 2, 0, 100, "EUR")]
    assert transfer_match.propose(other_currency, [], set()) == []


def test_closest_date_wins_and_each_entry_used_once() -> None:
    new = [_s(1, 1, 0, -100)]
    others = [_s(10, 2, 3, 100), _s(11, 3, 1, 100)]
    (p,) = transfer_match.propose(new, others, set())
    assert p.inflow.entry_id == 11
    old_only = transfer_match.propose([], [_s(10, 2, 0, 100), _s(11, 3, 0, -100)], set())
    assert old_only == []


def _rule(i: int, *conds: Condition, **actions: object) -> Rule:
    return Rule(i, f"r{i}", conds, Actions(**actions))  # type: ignore[arg-type]


def test_rules_conditions_and_actions() -> None:
    rules = (
        _rule(1, Condition.parse("payee", "contains", "bean"), category_id=7, tags=("coffee",)),
        _rule(2, Condition.parse("payee", "regex", r"^acme\b"), rename_payee="Acme"),
        _rule(
            3, Condition.parse("amount", "between", "-10", "-1"), category_id=8, merchant="Small"
        ),
        _rule(
            4,
            Condition.parse("memo", "equals", "rent"),
            Condition.parse("amount", "<", "0"),
            category_id=9,
        ),
    )
    c = compile_rules(rules)
    out = c.evaluate(Subject("BEAN THERE", "", Decimal("-4.50")))
    assert (out.category_id, out.merchant, out.tags, out.rule_ids) == (
        7,
        "Small",
        ("coffee",),
        [1, 3],
    )
    assert c.evaluate(Subject("ACME Corp", "", Decimal("100"))).payee == "Acme"
    assert c.evaluate(Subject("xACME", "", Decimal("100"))).empty
    assert c.evaluate(Subject("Landlord", " Rent ", Decimal("-900"))).category_id == 9
    assert c.evaluate(Subject("Landlord", "Rent", Decimal("900"))).empty
    hand = c.evaluate(Subject("Bean", "", Decimal("-4"), frozenset({"category", "tags"})))
    assert hand.category_id is None and hand.tags == () and hand.merchant == "Small"


@pytest.mark.parametrize(
    ("args", "msg"),
    [
        (("color", "contains", "x"), "unknown rule field"),
        (("payee", "like", "x"), "unknown rule operator"),
        (("payee", "regex", "("), "bad regular expression"),
        (("amount", "contains", "1"), "amount conditions"),
        (("amount", "between", "5", "1"), "smaller amount first"),
        (("amount", "<", "abc"), "not an amount"),
        (("memo", "<", "1"), "memo conditions"),
    ],
)
def test_bad_conditions(args: tuple[str, ...], msg: str) -> None:
    with pytest.raises(RuleError, match=msg):
        Condition.parse(*args)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 2), st.sampled_from("abcdef")), max_size=12),
    st.sets(st.tuples(st.integers(1, 2), st.sampled_from("abcdef")), max_size=4),
)
def test_all_ids_fast_path_equals_row_by_row(
    rows: list[tuple[int, str]], existing: set[tuple[int, str]]
) -> None:
    """Files where every row has an id: the one-pass 'all new' answer equals the row loop."""
    got = dedupe.plan_columns(
        [a for a, _ in rows],
        [date(2024, 1, 1)] * len(rows),
        [1] * len(rows),
        [""] * len(rows),
        [x for _, x in rows],
        existing,
        [],
    )
    seen: set[tuple[int, str]] = set()
    keep, skipped = [], []
    for i, key in enumerate(rows):
        if key in existing:
            skipped.append((i, dedupe.SkipReason.EXTERNAL_ID))
        elif key in seen:
            skipped.append((i, dedupe.SkipReason.EXTERNAL_ID_IN_FILE))
        else:
            seen.add(key)
            keep.append(i)
    assert (got.keep, got.skipped) == (tuple(keep), tuple(skipped))
