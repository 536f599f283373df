"""Printing rows as an aligned table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from permoney_desktop.domain.spreadsheet_cells import spreadsheet_safe

FORMATS = ("table", "json", "csv")


def emit(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    out: TextIO | None = None,
    numeric: Sequence[str] = (),
) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(list(rows), out, indent=2, default=str)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(
            # CRLF: the csv writer quotes a cell with a carriage return only then.
            out,
            fieldnames=list(columns),
            extrasaction="ignore",
            lineterminator="\r\n",
        )
        writer.writeheader()
        # Text a spreadsheet would run as a formula is written as text (see the module).
        writer.writerows({k: spreadsheet_safe(v) for k, v in r.items()} for r in rows)
    else:
        _table(rows, columns, out, set(numeric))


def _table(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO, numeric: set[str]
) -> None:
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if c in numeric else v.ljust(w)
            for v, w, c in zip(values, widths, columns, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out.write(line(list(columns)) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write(line(row) + "\n")
