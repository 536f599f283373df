"""Spreadsheet exports (.xlsx, .ods, .xls) read directly: the first sheet that holds data, as
CSV text with one line per sheet row, so the CSV reader's mapping, checks and line numbers
(a sheet's row n is line n) apply unchanged.

Numbers come from the reader as binary floats; each is written as its shortest round-trip text
(``repr``), which is the number as the sheet shows it ("12.5", "-1234.56"), and read from there
as an exact Decimal like any CSV amount. A value that needs more decimals than the currency has
(a computed 0.30000000000000004) is then refused on its row, never rounded.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time
from functools import lru_cache

from permoney_desktop.domain.imports.records import ImportFileError

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def kind(data: bytes) -> str | None:
    """ "xlsx", "ods" or "xls" for a spreadsheet workbook, else None."""
    if data.startswith(_OLE2):
        return "xls"
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        return None
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if b"opendocument.spreadsheet" in mimetype:
        return "ods"
    return None


def _text(value: object) -> str:
    """A cell as CSV text (a line break inside a cell becomes a space: one row, one line)."""
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    elif isinstance(value, date | time):
        text = value.isoformat()
    else:
        text = "" if value is None else " ".join(str(value).splitlines())
    return text


def _rows(data: bytes, name: str) -> list[list[object]]:
    # Imported here: only a workbook needs the reader, and a CLI start should not pay for it.
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for sheet_name in book.sheet_names:
            sheet = book.get_sheet_by_name(sheet_name)
            rows: list[list[object]] = [list(r) for r in sheet.to_python(skip_empty_area=False)]
            if any(any(c not in ("", None) for c in row) for row in rows):
                return rows
    except (CalamineError, ValueError, OSError) as exc:
        raise ImportFileError(
            name,
            0,
            "",
            "this looks like an office file that cannot be read as a spreadsheet (damaged, "
            "protected by a password, or not a workbook): open it in its program and save it "
            f"as CSV ({type(exc).__name__})",
        ) from None
    raise ImportFileError(name, 0, "", "the spreadsheet is empty")


@lru_cache(maxsize=4)  # a wizard previews the same workbook many times
def as_csv(data: bytes, name: str) -> bytes:
    """The first sheet with data as UTF-8 CSV, row n on line n."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in _rows(data, name):
        writer.writerow([_text(c) for c in row])
    return out.getvalue().encode("utf-8")
