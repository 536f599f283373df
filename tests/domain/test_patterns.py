"""Rule regexes on RE2: the same answers as ``re`` for what it can express, refusal otherwise."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain import patterns
from permoney_desktop.domain.rules import (
    Actions,
    CompiledRules,
    Condition,
    Op,
    Rule,
    RuleError,
    RuleField,
)

# Patterns people write in rules (anchors, alternation, classes, counts, escapes, groups).
TYPICAL = [
    r"payroll$",
    r"^amzn\s*mktp",
    r"uber|lyft",
    r"[02468]$",
    r"\bshell\b",
    r"^(tesco|lidl)( stores?)? #\d+",
    r"ab{2,3}c",
    r"a.c",
    r"\d{4}-\d{2}",
    r"^$",
    r"(?:x|y)+z?",
    r"(a+)+$",
    r"caf\u00e9",
    r"end\Z",
]
ASCII_TEXT = st.text(alphabet="abcxyzABCXYZ0123456789 #-_.$\\\n", max_size=30)
TEXT = st.one_of(ASCII_TEXT, st.sampled_from(["Café", "CAFÉ", "payroll end", "AMZN Mktp US"]))


@given(st.sampled_from(TYPICAL), TEXT)
def test_re2_answers_as_python_re_did(pattern: str, text: str) -> None:
    """On the texts this project matches (ASCII classes), RE2 agrees with ``re`` exactly."""
    if "\n" in text and "$" in pattern:
        text = text.replace("\n", " ")  # re's $ also matches before a final newline
    expected = re.search(pattern, text, re.IGNORECASE) is not None
    assert patterns.searcher(pattern)(text) is expected
    assert bool(patterns.PatternSet([(1, pattern)]).mask(text)) is expected


@given(st.lists(st.sampled_from(TYPICAL), min_size=1, max_size=40), TEXT)
def test_a_pattern_set_gives_each_patterns_answer(chosen: list[str], text: str) -> None:
    text = text.replace("\n", " ")
    rset = patterns.PatternSet([(1 << i, p) for i, p in enumerate(chosen)])
    expected = sum(
        1 << i for i, p in enumerate(chosen) if re.search(p, text, re.IGNORECASE) is not None
    )
    assert rset.mask(text) == expected


def test_the_catastrophic_pattern_is_answered() -> None:
    """``(a+)+$`` took hours in ``re`` for 40 a's and a b; RE2 answers (no match) at once."""
    text = "a" * 40 + "b"
    assert patterns.searcher(r"(a+)+$")(text) is False
    assert patterns.PatternSet([(1, r"(a+)+$"), (2, r"b$")]).mask(text) == 2
    rule = Rule(1, "evil", (Condition.parse("payee", "regex", r"(a+)+$"),), Actions(tags=("x",)))
    assert CompiledRules([rule]).match(text, "", Decimal(1)) is None
    assert CompiledRules([rule]).match("a" * 40, "", Decimal(1)) is not None


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        (r"(?=x)y", "look-ahead, look-behind and back-references are not supported"),
        (r"(?<=a)b", "look-ahead, look-behind and back-references are not supported"),
        (r"(\w+)\1", "look-ahead, look-behind and back-references are not supported"),
        (r"(a{1000}){1000}", "cannot be used in a rule"),
        (r"([", "bad regular expression '(['"),
        (r"a**", "bad regular expression"),
    ],
)
def test_rules_add_refuses_what_re2_cannot_run(pattern: str, message: str) -> None:
    with pytest.raises(RuleError, match=re.escape(message)):
        Condition.parse("payee", "regex", pattern)


def test_a_stored_pattern_re2_refuses_is_skipped_with_its_reason() -> None:
    stored = Condition.parse("payee", "regex", r"(?=x)x", stored=True)
    assert (stored.field, stored.op) == (RuleField.PAYEE, Op.REGEX)
    bad = Rule(1, "old", (stored,), Actions(tags=("a",)))
    good = Rule(2, "new", (Condition.parse("payee", "contains", "x"),), Actions(tags=("b",)))
    compiled = CompiledRules([bad, good])
    assert [r.id for r in compiled.rules] == [2]
    ((rule, why),) = compiled.skipped
    assert rule.id == 1
    assert "look-ahead" in why
    out = compiled.match("x", "", Decimal(1))
    assert out is not None
    assert out.tags == ("b",)
