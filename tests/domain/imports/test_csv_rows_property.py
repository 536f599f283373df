"""The one-pass CSV row reader gives the same rows and line numbers as reading row by row."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.csv_format import read_table
from permoney_desktop.domain.imports.records import ImportFileError


def _row_by_row(text: str, delim: str) -> tuple[list[str], int, list[tuple[int, list[str]]]]:
    """The reader loop as written before the one-pass path: line numbers from line_num."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    header: list[str] | None = None
    header_line = 0
    rows: list[tuple[int, list[str]]] = []
    start = 1
    for cells in reader:
        if header is None:
            if any(c.strip() for c in cells):
                header = [c.strip() for c in cells]
                header_line = start
        elif "".join(cells).strip():
            rows.append((start, cells))
        start = reader.line_num + 1
    assert header is not None
    return header, header_line, rows


CELLS = st.text(alphabet='ab ,;"\r\n\t1', max_size=40)


@settings(max_examples=400, deadline=None)
@given(CELLS, st.sampled_from([",", ";"]))
def test_rows_and_lines_match_the_row_by_row_reader(text: str, delim: str) -> None:
    try:
        expected = _row_by_row(text, delim)
    except (csv.Error, AssertionError):
        with pytest.raises(ImportFileError):
            read_table(text.encode(), "f.csv", "utf-8", delim)
        return
    table = read_table(text.encode(), "f.csv", "utf-8", delim)
    assert (table.header, table.header_line, table.rows) == expected
