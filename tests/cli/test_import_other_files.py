"""Files that are not bank exports (a PDF, a document, an archive, XML that is neither OFX nor
camt, a binary) are named as what they are with what to do, and the book is left unchanged;
UTF-16 text (a spreadsheet's "Unicode text") and .xlsx/.ods workbooks are read."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.cli import main
from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.imports import file_kinds, workbook
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from tests.cli.test_import_csv_dialects import digest, entries
from tests.spreadsheets import Cell, ods, xlsx

# An ING DE-like sheet: notes above the header, dates and amounts as the sheet's own types.
SHEET: list[list[Cell]] = [
    ["Umsatzanzeige", "Girokonto"],
    ["IBAN", "DE12 5001 0517 0123 4567 89"],
    [],
    ["Buchung", "Auftraggeber/Empfänger", "Verwendungszweck", "Betrag", "Saldo"],
    [date(2026, 11, 3), "Vermieter", "Miete", -950, -615.13],
    [date(2026, 11, 14), "Stadtwerke", "Abschlag\nStrom", -85.0, -700.13],
    [date(2026, 11, 25), "Arbeitgeber AG", "Lohn", 3100, 2399.87],
    [date(2026, 11, 28), "REWE", "Einkauf", -54.2, 2345.67],
]


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


FILES: dict[str, tuple[bytes, str]] = {
    "statement.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "this is a PDF document"),
    "broken.xlsx": (
        _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "this looks like an office file that cannot be read as a spreadsheet",
    ),
    "old.doc": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
        "this looks like an office file that cannot be read as a spreadsheet",
    ),
    "letter.docx": (_zip({"word/document.xml": b"<w/>"}), "this looks like a word-processor"),
    "bundle.zip": (_zip({"a.csv": b"Date,Amount\n"}), "this is a zip archive: unpack it"),
    "feed.xml": (
        b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>',
        "this is an XML file (root element <rss>), but neither an OFX statement nor a camt",
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


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_workbook_is_read_like_its_csv(
    kind: str, book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / f"umsatz.{kind}"
    f.write_bytes(xlsx(SHEET) if kind == "xlsx" else ods(SHEET))
    args = ["--book", str(book), "import", str(f), "--account", "Checking"]
    assert main(args) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "imported 4, duplicates 0, rejected 0"
    assert "the header is on line 4" in out
    assert entries(book) == [Decimal(x) for x in ("-950.00", "-85.00", "3100.00", "-54.20")]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[0] == "imported 0, duplicates 4, rejected 0"


def test_a_bad_workbook_cell_is_named_by_its_row(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [list(r) for r in SHEET]
    rows[6][3] = "31OO,00"
    f = tmp_path / "bad.xlsx"
    f.write_bytes(xlsx(rows))
    before = digest(book)
    assert main(["--book", str(book), "import", str(f), "--account", "Checking"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("permoney: rejected: bad.xlsx, line 7, field amount: "), err
    assert digest(book) == before


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.none(),
                st.text(max_size=6),
                st.integers(-(10**6), 10**6),
                st.floats(allow_nan=False, allow_infinity=False, width=32),
                st.dates(date(1990, 1, 1), date(2030, 1, 1)),
            ),
            max_size=4,
        ),
        max_size=6,
    ),
    st.sampled_from(["xlsx", "ods"]),
)
def test_any_workbook_reads_or_is_refused_cleanly(rows: list[list[Cell]], kind: str) -> None:
    data = xlsx(rows) if kind == "xlsx" else ods(rows)
    assert workbook.kind(data) == kind
    try:
        text = workbook.as_csv(data, f"f.{kind}").decode()
    except ImportFileError as exc:
        assert str(exc).startswith(f"f.{kind}: ")
        return
    assert len(text.splitlines()) <= max(len(rows), 1)
