"""The column-at-a-time CSV parse gives the rows (and the errors) the row-at-a-time parse gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports import csv_format
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.domain.imports.records import ImportFileError

AMOUNTS = st.one_of(
    st.integers(-99999, 99999).map(lambda n: f"{n / 100:.2f}"),
    st.sampled_from(["1,234.50", "(12.00)", "12.50-", "$4.50", "-0.00", "7", "", "x1", "1.2.3"]),
)
ROWS = st.lists(st.tuples(st.sampled_from(["2024-01-02", "2024-03-04"]), AMOUNTS), max_size=12)
MAPPING = CsvMapping(date="Date", amount="Amount")


def _parse(text: str, options: CsvOptions, fast: bool) -> object:
    table = csv_format.read_table(text.encode(), "t.csv")
    if not fast:  # the row-at-a-time path: what _fast_rows falls back to
        original = csv_format._fast_rows
        csv_format._fast_rows = lambda *a, **k: None  # type: ignore[assignment]
    try:
        return csv_format.parse_table(table, "t.csv", MAPPING, options).parsed.rows
    except ImportFileError as exc:
        return str(exc)
    finally:
        if not fast:
            csv_format._fast_rows = original


@settings(max_examples=200, deadline=None)
@given(ROWS, st.booleans())
def test_columns_equal_rows(rows: list[tuple[str, str]], inflows_negative: bool) -> None:
    text = "Date,Amount\n" + "".join(f'{d},"{a}"\n' for d, a in rows)
    options = CsvOptions(date_format="%Y-%m-%d", inflows_negative=inflows_negative)
    fast, slow = _parse(text, options, True), _parse(text, options, False)
    assert fast == slow
    if isinstance(fast, tuple):  # exact values, sign included ("-0.00" stays -0.00)
        assert [str(r.amount) for r in fast] == [str(r.amount) for r in slow]  # type: ignore[union-attr]
