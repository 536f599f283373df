"""Files that are not bank exports (a PDF, a workbook, an archive, XML that is neither OFX nor
camt, a binary) are named as what they are with what to do, and the book is left unchanged;
UTF-16 text (a spreadsheet's "Unicode text") is read."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.cli import main
from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.imports import file_kinds
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from tests.cli.test_import_csv_dialects import digest, entries


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


FILES: dict[str, tuple[bytes, str]] = {
    "statement.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "this is a PDF document"),
    "export.xlsx": (
        _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "this looks like an Excel workbook (.xlsx): open it in the spreadsheet program and "
        "save it as CSV",
    ),
    "export.ods": (
        _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b""}),
        "this looks like an OpenDocument spreadsheet (.ods)",
    ),
    "old.xls": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
        "this looks like an old Excel workbook (.xls)",
    ),
    "bundle.zip": (_zip({"a.csv": b"Date,Amount\n"}), "this is a zip archive: unpack it"),
    "feed.xml": (
        b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>',
        "this is an XML file (root element <rss>), but neither an OFX statement nor a camt.053",
    ),
    "umsatz.xls": (
        b"<html><body><table><tr><td>Datum</td></tr></table></body></html>",
        "this is a web page (HTML)",
    ),
    "blob.csv": (b"Date,Amount\n\x00\x01\x02\x03", "this is a binary file"),
}


@pytest.fixture
def book(book_path: Path, new_book: Callable[[Path], Path]) -> Path:
    with Ledger.open(new_book(book_path), create=True) as ledger:
        accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    return book_path


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_file_that_is_not_a_bank_export_is_named(
    name: str, book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, words = FILES[name]
    f = tmp_path / name
    f.write_bytes(data)
    before = digest(book)
    assert main(["--book", str(book), "import", str(f), "--account", "Checking"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"permoney: rejected: {name}: {words}"), err
    assert "\n" not in err and "Traceback" not in err
    assert digest(book) == before


def test_utf16_text_is_read(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "unicode.txt"
    f.write_bytes("Date\tAmount\tPayee\n2026-11-02\t-4.50\tCafé\n".encode("utf-16"))
    assert main(["--book", str(book), "import", str(f), "--account", "Checking"]) == 0
    assert entries(book) == [Decimal("-4.50")]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([b"", b"PK\x03\x04", b"<?xml", b"%PDF-", b"<"]))
def test_any_bytes_are_judged_without_a_traceback(tail: bytes, head: bytes) -> None:
    why = file_kinds.problem(head + tail)
    assert why is None or why.startswith("this ")
