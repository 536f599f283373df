"""The one-pass CSV row reader gives the same rows and line numbers as reading row by row."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.csv_format import read_table
from permoney_desktop.domain.imports.records import ImportFileError


def _row_by_row(text: str, delim: str) -> list[tuple[int, list[str]]]:
    """The reader loop as written before the one-pass path: line numbers from line_num."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    for cells in reader:
        if "".join(cells).strip():
            rows.append((start, cells))
        start = reader.line_num + 1
    assert rows
    return rows


CELLS = st.text(alphabet='ab ,;"\r\n\t1', max_size=40)


@settings(max_examples=400, deadline=None)
@given(CELLS, st.sampled_from([",", ";"]))
def test_rows_and_lines_match_the_row_by_row_reader(text: str, delim: str) -> None:
    try:
        expected = _row_by_row(text, delim)
    except (csv.Error, AssertionError):
        with pytest.raises(ImportFileError):
            read_table(text.encode(), "f.csv", "utf-8", delim, no_header=True)
        return
    # Every row as data: the header search is not what is compared here.
    table = read_table(text.encode(), "f.csv", "utf-8", delim, no_header=True)
    assert table.rows == expected
    header = read_table(text.encode(), "f.csv", "utf-8", delim)
    # With a header found, the rows are the ones after it, line numbers kept.
    at = [ln for ln, _c in expected].index(header.header_line)
    assert header.rows == expected[at + 1 :]
