"""Bank statement formats through `permoney import`: count, sum to the cent, re-import = all
duplicates; a malformed variant refused with file, line and field and the book unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from tests.domain.imports.bank_statements import MT940_DE, camt052, camt053, camt053_batch, camt054

DATA = Path(__file__).parents[1] / "data" / "imports"

# A Bank of America style download: no OFXHEADER line, blank lines first, a 10-character
# BANKID, an empty LANGUAGE, a DTSERVER with milliseconds and a zone, no LEDGERBAL, and the
# transaction list never closed (as Nubank's).
TOLERANT_OFX = b"""

DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252

<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20261101120000.000[-5:EST]
<LANGUAGE>
</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>0<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD
<BANKACCTFROM><BANKID>0260095931<ACCTID>446012345678<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261001<DTEND>20261031
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261003<TRNAMT>-12.34<FITID>B1<NAME>GROCER</STMTTRN>
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261015<TRNAMT>1500.00<FITID>B2<NAME>PAYROLL</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261020<TRNAMT>-0.01<FITID>B3<NAME>FEE</STMTTRN>
</STMTRS></STMTTRNRS></BANKMSGSRSV1>
</OFX>
"""

# A Quicken 2000s-era bank export: apostrophe years, padded days, a comment line, an opening
# balance record, an investment section between bank sections.
QUICKEN_QIF = b"""!Type:Bank
### Quicken export
D1/ 1'24
T500.00
POpening Balance
L[Checking]
^
D1/20'24
T-45.10
PCorner Shop
LGroceries
^
D2/10'2024
T2,000.00
PEmployer
LSalary
^
!Type:Invst
D2/11'2024
NBuy
YACME
T100.00
^
!Type:Bank
D2/12'2024
T-0.90
PBank fee
^
"""

CAMT = camt053("08")
CAMT_BATCH = camt053_batch("02")
CAMT052 = camt052()
CAMT054 = camt054()


def line_of(data: bytes, marker: bytes) -> int:
    return data[: data.index(marker)].count(b"\n") + 1


CASES: dict[str, tuple[bytes, int, Decimal, tuple[bytes, bytes], int, str]] = {
    # name: (file, count, sum, (bad old, bad new), bad line, bad field)
    "tolerant.ofx": (
        TOLERANT_OFX,
        3,
        Decimal("1487.65"),
        (b"<TRNAMT>1500.00", b"<TRNAMT>1.500,00"),
        19,
        "TRNAMT",
    ),
    "quicken.qif": (
        QUICKEN_QIF,
        3,
        Decimal("1954.00"),
        (b"D2/10'2024", b"D2/30'2024"),
        13,
        "D",
    ),
    "camt053_de.xml": (
        CAMT,
        3,
        Decimal("1349.45"),
        (b'<Amt Ccy="EUR">2203.00', b'<Amt Ccy="EUR">2203,00'),
        line_of(CAMT, b"<NtryRef>E2<"),
        "Amt",
    ),
    "camt053_batch_de.xml": (
        CAMT_BATCH,
        5,
        Decimal("-720.50"),
        (b'<Amt Ccy="EUR">45.50<', b'<Amt Ccy="EUR">45.05<'),
        line_of(CAMT_BATCH, b"TX-1<"),
        "TxDtls/Amt",
    ),
    "camt052_de.xml": (
        CAMT052,
        3,
        Decimal("455.00"),
        (b"<BookgDt><Dt>2026-12-04", b"<BookgDt><Dt>4.12.2026"),
        line_of(CAMT052, b"<Sts><Cd>BOOK"),
        "BookgDt",
    ),
    "camt054_de.xml": (
        CAMT054,
        2,
        Decimal("-20.99"),
        (b'<Amt Ccy="EUR">8.99<', b'<Amt Ccy="EUR">8,99<'),
        line_of(CAMT054, b"D-2<"),
        "TxDtls/AmtDtls/TxAmt/Amt",
    ),
    "umsatz_de.sta": (
        MT940_DE.encode("latin-1"),
        3,
        Decimal("1349.45"),
        (b":61:2610301030DR3,55", b":61:2610301030DR3.55"),
        20,
        ":61:",
    ),
}


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        for t in ("entries", "categories", "undo_steps", "syncs", "import_batches"):
            h.update(repr(conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()).encode())
    return h.hexdigest()


def entry_sum(path: Path) -> tuple[int, Decimal]:
    with sqlite3.connect(path) as conn:
        n, total = conn.execute("SELECT count(*), coalesce(sum(amount), 0) FROM entries").fetchone()
    return int(n), Decimal(total) / 100


@pytest.fixture
def book(book_path: Path, new_book: Callable[[Path], Path]) -> Path:
    with Ledger.open(new_book(book_path), create=True) as ledger:
        accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
        accounts.create_account(ledger, "Girokonto", AccountKind.CHECKING, "EUR")
    return book_path


def account_for(name: str) -> str:
    return "Girokonto" if "eur" in name or "de" in name else "Checking"


@pytest.mark.parametrize("name", sorted(CASES))
def test_imports_whole_and_reimports_as_duplicates(
    name: str, book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, count, total, _bad, _line, _field = CASES[name]
    f = tmp_path / name
    f.write_bytes(data)
    args = ["--book", str(book), "import", str(f), "--account", account_for(name)]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"imported {count}, duplicates 0, rejected 0"
    assert entry_sum(book) == (count, total)
    assert main([*args, "--dry-run"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[0] == f"would import 0, duplicates {count}, rejected 0"
    )
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"imported 0, duplicates {count}, rejected 0"
    assert entry_sum(book) == (count, total)


@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_variant_is_refused_with_file_line_field(
    name: str, book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _count, _total, (old, new), line, field = CASES[name]
    bad = data.replace(old, new)
    assert bad != data
    f = tmp_path / f"bad-{name}"
    f.write_bytes(bad)
    before = digest(book)
    assert main(["--book", str(book), "import", str(f), "--account", account_for(name)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"permoney: rejected: bad-{name}, line {line}, field {field}: ")
    assert "\n" not in err and "Traceback" not in err
    assert digest(book) == before


def test_qif_notes_and_ambiguous_order_names_the_option(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "q.qif"
    f.write_bytes(QUICKEN_QIF)
    assert main(["--book", str(book), "import", str(f), "--account", "Checking"]) == 0
    out = capsys.readouterr().out
    assert "note: q.qif: 1 investment records skipped (not imported)" in out
    assert "note: Checking: opening balance set to 500.00 on 2024-01-01" in out
    with Ledger.open(book) as ledger:
        acc = accounts.find_account(ledger, "Checking")
    assert (acc.opening_balance.amount, str(acc.opening_date)) == (Decimal("500.00"), "2024-01-01")
    assert main(["--book", str(book), "import", str(f), "--account", "Checking"]) == 0
    assert "opening balance" not in capsys.readouterr().out  # a re-import changes nothing
    f.write_bytes(b"!Type:Bank\nD1/ 2'20\nT-1\n^\n")
    assert main(["--book", str(book), "import", str(f), "--account", "Checking"]) == 1
    assert "--date-format" in capsys.readouterr().err
    args = ["--book", str(book), "import", str(f), "--account", "Checking"]
    assert main([*args, "--date-format", "%d/%m/%Y"]) == 0


@pytest.mark.parametrize(("name", "fmt"), [("camt053_de.xml", "camt"), ("umsatz_de.sta", "mt940")])
def test_detected_by_content_whatever_the_name(
    name: str, fmt: str, book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "export.txt"
    f.write_bytes(CASES[name][0])
    args = ["--book", str(book), "import", str(f), "--account", "Girokonto", "--dry-run"]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[0] == "would import 3, duplicates 0, rejected 0"
    assert main([*args, "--format", fmt]) == 0
    assert main([*args, "--format", "csv"]) == 1  # read as a CSV it is refused, never imported


def test_camt_summary_says_what_was_left_whole_or_out(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A batch without its transactions, pending report entries and a report without a booked
    closing balance each get a line in the summary: nothing is left out silently."""
    f = tmp_path / "sammel.xml"
    f.write_bytes(CAMT_BATCH)
    assert main(["--book", str(book), "import", str(f), "--account", "Girokonto"]) == 0
    out = capsys.readouterr().out.splitlines()
    line = line_of(CAMT_BATCH, b"<NtryRef>N3")
    assert (
        f"note: sammel.xml, line {line}: a batch of 4 transactions lists none of them; "
        "imported as one entry with the batch's total"
    ) in out
    assert any("closing balance: Girokonto: " in o for o in out)  # CLBD is checked
    f = tmp_path / "intraday.xml"
    f.write_bytes(CAMT052)
    assert main(["--book", str(book), "import", str(f), "--account", "Girokonto"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "imported 3, duplicates 0, rejected 0"
    assert (
        "note: intraday.xml: 1 entry of DE02120300000000202051 not booked yet (pending), "
        "not imported"
    ) in out
    assert any("states no booked closing balance" in o for o in out)
    assert not any(o.startswith(("closing balance", "warning: closing")) for o in out)
