"""Files that are not bank exports the importer reads (a PDF, a word-processor document, an
archive, an image, XML that is neither OFX nor camt): named as what they are, with what to do,
instead of being read as a CSV and failing on its first "row"."""

from __future__ import annotations

import io
import re
import zipfile

from permoney_desktop.domain.imports.records import ImportFileError

_READABLE = "CSV, OFX, QFX, QIF, camt.053/.052/.054 or MT940"
_SAVE_AS_CSV = "open it in the spreadsheet program and save it as CSV, then import that file"
_HEAD = 8192
_ROOT = re.compile(rb"<\s*([A-Za-z_][\w.:-]*)")


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        return "this is a damaged zip archive, not a bank export"
    # Spreadsheet workbooks are read (``workbook``) before a file is judged here.
    if "word/document.xml" in names or b"opendocument.text" in mimetype:
        return (
            "this looks like a word-processor document, not a bank export: download the "
            f"statement as {_READABLE}"
        )
    if "manifest.json" in names:
        return "this looks like a Permoney book export: load it with import-book instead"
    return "this is a zip archive: unpack it and import the bank file inside"


def _xml_kind(head: bytes) -> str | None:
    """XML or HTML that reached the CSV reader (OFX and camt were recognised before)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    low = text[:512].lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low:
        return (
            "this is a web page (HTML), not a CSV; some banks' spreadsheet downloads are web "
            f"pages: {_SAVE_AS_CSV}"
        )
    if not text.startswith(b"<"):
        return None
    body = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", text, flags=re.S).lstrip()
    if body[:1] != b"<":
        return None
    root = _ROOT.match(body)
    name = root.group(1).decode("ascii", "replace") if root else "?"
    if name.split(":")[-1].casefold() == "workbook":
        return f"this looks like an Excel 2003 XML workbook: {_SAVE_AS_CSV}"
    return (
        f"this is an XML file (root element <{name}>), but neither an OFX statement nor a "
        f"camt statement; download the statement as {_READABLE}"
    )


# File signatures and what to say about each (UTF-16 text is absent: it is text).
_SIGNATURES: tuple[tuple[tuple[bytes, ...], str], ...] = (
    (
        (b"%PDF-",),
        f"this is a PDF document, not a bank export: download the statement from the bank as "
        f"{_READABLE} instead",
    ),
    ((b"\x89PNG", b"\xff\xd8\xff", b"GIF8"), "this is an image, not a bank export"),
    ((b"\x1f\x8b",), "this is a gzip-compressed file: unpack it and import the file inside"),
)


def _binary_kind(head: bytes) -> str | None:
    for prefixes, why in _SIGNATURES:
        if head.startswith(prefixes):
            return why
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text: its NUL bytes are characters, and the reader decodes it
    if b"\x00" in head:
        return f"this is a binary file, not a text bank export ({_READABLE})"
    return None


def problem(data: bytes) -> str | None:
    """Why ``data`` is not a file the CSV reader can take ("this looks like…"), or None."""
    head = data[:_HEAD]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    return _binary_kind(head) or _xml_kind(head)


def refuse_other_files(data: bytes, name: str) -> None:
    """``ImportFileError`` naming what the file is when it is not a bank export."""
    why = problem(data)
    if why is not None:
        raise ImportFileError(name, 0, "", why)
