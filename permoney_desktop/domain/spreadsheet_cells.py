"""Cells of a CSV meant for spreadsheets, made safe to open (OWASP's CSV-injection rule).

A spreadsheet evaluates a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and one that
starts with a tab or carriage return, which some strip before looking) as a formula: a payee
from a bank file such as ``=HYPERLINK(…)`` would run when the export is opened. Such a cell
is written with a leading apostrophe, which spreadsheets show as text. Plain numbers
("-12.34") are left alone: they are values, not formulas. The full-book zip is not for
spreadsheets and keeps every cell exactly (``import-book`` reads it back).
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def spreadsheet_safe(value: Any) -> Any:
    """``value`` as a spreadsheet shows it without evaluating it (only text is changed)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_row(values: Any) -> list[Any]:
    return [spreadsheet_safe(v) for v in values]
