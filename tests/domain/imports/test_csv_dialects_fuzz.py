"""Fuzzing the CSV layout and sign options (direction columns, preambles, trailers, headerless
files, fees, filters, balances, the decimal separator): one clear ``ImportFileError`` or rows
whose signs follow the direction column, never a traceback."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.amounts import (
    AmbiguousSeparatorError,
    decide_decimal_comma,
    parse_amount,
)
from permoney_desktop.domain.imports.csv_direction import IN_VALUES, OUT_VALUES
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions, read_csv
from permoney_desktop.domain.imports.records import ImportFileError

cells = st.one_of(
    st.sampled_from(["2026-11-02", "02.11.2026", "", "x", "***END OF FILE***", "2026-02-30"]),
    st.sampled_from(["4,50", "1.234,56", "12.50", "1,234", "-3", "(2.00)", "", "+ $4.00"]),
    st.sampled_from(["Af", "Bij", "C", "D", "S", "H", "debit", "credit", "?", ""]),
    st.text(max_size=8),
)
lines = st.lists(st.lists(cells, max_size=6), max_size=8)
mappings = st.fixed_dictionaries(
    {
        "date": st.sampled_from(["Date", "1", "", "Nope"]),
        "amount": st.sampled_from(["Amount", "2", "", None]),
        "direction": st.sampled_from(["Way", "3", "", None]),
        "fee": st.sampled_from(["Fee", "4", None]),
        "balance": st.sampled_from(["Balance", "5", None]),
    }
)
options = st.builds(
    CsvOptions,
    decimal_comma=st.sampled_from([None, True, False]),
    header_row=st.sampled_from([None, 1, 2, 5]),
    skip_lines=st.integers(0, 3),
    no_header=st.booleans(),
    only=st.sampled_from([(), (("Way", "Af"),), (("Nope", "x"),)]),
    direction_out=st.sampled_from([(), ("A",)]),
    direction_in=st.sampled_from([(), ("B",)]),
)


def _text(rows: list[list[str]]) -> bytes:
    def quote(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ';"\n\r') else c

    header = "Date;Amount;Way;Fee;Balance"
    return "\n".join([header, *(";".join(quote(c) for c in r) for r in rows)]).encode()


@settings(max_examples=400, deadline=None)
@given(st.lists(lines, max_size=1).map(lambda x: x[0] if x else []), mappings, options)
def test_any_layout_reads_or_refuses_cleanly(
    rows: list[list[str]], mapping: dict[str, str | None], opts: CsvOptions
) -> None:
    data = _text(rows)
    try:
        parsed = read_csv(data, "f.csv", CsvMapping().with_columns(mapping), opts)
    except ImportFileError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("f.csv")
        return
    for r in parsed.rows:
        assert isinstance(r.amount, Decimal) and r.line >= 1


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False),
            st.sampled_from(sorted(OUT_VALUES | IN_VALUES - {"-", "\u2212", "+"})),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_a_direction_column_gives_every_sign(rows: list[tuple[Decimal, str]]) -> None:
    body = "\n".join(f"2026-11-{i % 28 + 1:02d};{a};{d}" for i, (a, d) in enumerate(rows))
    data = f"Date;Amount;Way\n{body}\n".encode()
    mapping = CsvMapping(date="Date", amount="Amount", direction="Way")
    parsed = read_csv(data, "f.csv", mapping, CsvOptions(decimal_comma=False))
    want = [a if d.casefold() in IN_VALUES else -a for a, d in rows]
    assert [r.amount for r in parsed.rows] == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.decimals(-(10**7), 10**7, places=2, allow_nan=False), min_size=1))
def test_the_decimal_separator_is_decided_by_the_data_or_asked(values: list[Decimal]) -> None:
    texts = [f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") for v in values]
    # Two decimals after a comma: only a decimal comma reads them, so nothing is asked.
    assert decide_decimal_comma(texts)
    assert [parse_amount(t, True) for t in texts] == values
    grouped = [f"{abs(v):,.0f}" for v in values]  # "1,234": both separators read it
    if any("," in g for g in grouped) and all(g.count(",") <= 1 for g in grouped):
        with pytest.raises(AmbiguousSeparatorError):
            decide_decimal_comma(grouped)
