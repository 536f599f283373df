"""Fuzzing CSV and QIF imports: never a crash, either one clear error or a correct import."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.csv_format import read_csv
from permoney_desktop.domain.imports.qif import read_qif
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.services import accounts, imports
from permoney_desktop.services.ledger import Ledger

cells = st.one_of(
    st.sampled_from(["2024-01-05", "05/01/2024", "1/5/24", "", "x", "31/02/2024", "2024-13-01"]),
    st.sampled_from(["-4.50", "1,234.56", "1.234,56", "(3.00)", "12.345", "abc", "", "-", "1e9"]),
    st.sampled_from(["USD", "usd", "XYZ", "EUR", ""]),
    st.text(max_size=12),
)
rows = st.lists(st.lists(cells, min_size=0, max_size=5), max_size=8)
delims = st.sampled_from([",", ";", "\t"])


def _csv(header: list[str], body: list[list[str]], delim: str) -> bytes:
    def quote(c: str) -> str:
        return (
            '"' + c.replace('"', '""') + '"' if any(x in c for x in (delim, '"', "\n", "\r")) else c
        )

    lines = [delim.join(quote(c) for c in header)] + [delim.join(quote(c) for c in r) for r in body]
    return "\n".join(lines).encode("utf-8")


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_parsers(data: bytes) -> None:
    for parse in (lambda: read_csv(data, "f.csv"), lambda: read_qif(data, "f.qif")):
        try:
            parsed = parse()
        except DomainError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            assert all(isinstance(r.amount, Decimal) for r in parsed.rows)


qif_lines = st.lists(
    st.one_of(
        st.sampled_from(
            ["!Type:Bank", "!Type:CCard", "!Type:Cat", "!Account", "^", "NVisa", "TCCard"]
        ),
        st.builds(lambda c, v: c + v, st.sampled_from(list("DTUPMLNCSE$")), st.text(max_size=10)),
        st.sampled_from(["D01/02/2024", "D13/01/2024", "D1/5'24", "T-4.50", "T1,000.00", "Tx"]),
    ),
    max_size=20,
)


@pytest.fixture
def fuzz_book(ledger: Ledger) -> Ledger:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    return ledger


def _count(ledger: Ledger) -> int:
    with ledger.book.reading() as s:
        return int(s.connection().exec_driver_sql("SELECT COUNT(*) FROM entries").scalar() or 0)


def _import_or_clear_error(ledger: Ledger, data: bytes, name: str) -> None:
    before = _count(ledger)
    request = imports.ImportRequest(data, name, account="Checking")
    try:
        report = imports.run_import(ledger, request)
    except (ImportFileError, imports.ImportSetupError) as exc:
        message = str(exc)
        assert message and "\n" not in message
        assert _count(ledger) == before
    else:
        assert report.imported + report.duplicates == report.total
        assert _count(ledger) == before + report.imported
        again = imports.run_import(ledger, request)
        assert again.imported == 0 and again.duplicates == report.total


@settings(max_examples=60)
@given(
    st.sampled_from(
        [["Date", "Amount"], ["Date", "Payee", "Amount", "Currency"], ["date", "debit", "credit"]]
    ),
    rows,
    delims,
)
@example(["Date", "Amount"], [["2024-01-05", "-4.50"], ["2024-01-05", "-4.50"]], ",")
def test_csv_fuzz_imports_or_rejects_cleanly(
    fuzz_book: Ledger, header: list[str], body: list[list[str]], delim: str
) -> None:
    _import_or_clear_error(fuzz_book, _csv(header, body, delim), "fuzz.csv")


@settings(max_examples=60)
@given(qif_lines)
@example(["!Type:Bank", "D1/5'24", "T-4.50", "^", "D1/5'24", "T-4.50", "^"])
def test_qif_fuzz_imports_or_rejects_cleanly(fuzz_book: Ledger, lines: list[str]) -> None:
    _import_or_clear_error(fuzz_book, "\n".join(lines).encode(), "fuzz.qif")
