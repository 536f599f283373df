"""Tolerant OFX: every deviation real banks ship imports; what an import needs is never guessed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.ofx import looks_like_ofx, read_ofx
from permoney_desktop.domain.imports.ofx_tree import parse_tree
from permoney_desktop.domain.imports.records import Correction, ImportFileError

DATA = Path(__file__).parents[2] / "data" / "imports"
SGML = (DATA / "checking_sgml.ofx").read_bytes()
XML = (DATA / "card_xml.ofx").read_bytes()
AMOUNTS = [Decimal("-4.50"), Decimal("-4.50"), Decimal("2860.00"), Decimal("-1650.00")]


def _amounts(data: bytes) -> list[Decimal]:
    return [r.amount for r in read_ofx(data, "bank.ofx").rows]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"<BANKID>121000358", b"<BANKID>1210003589"),  # a 10-character BANKID
        (b"<LANGUAGE>ENG", b"<LANGUAGE>"),  # an empty LANGUAGE
        (b"<DTSERVER>20240131120000", b"<DTSERVER>20240131120000.000[-5:EST]"),
        (b"<DTSERVER>20240131120000", b"<DTSERVER>20240131120000:014"),
        (b"<DTSERVER>20240131120000", b"<DTSERVER>20240131120000.000[-3:BRT"),
        (b"OFXHEADER:100\r\n", b""),  # no OFXHEADER line
        (b"OFXHEADER:100", b"\n\n  \nOFXHEADER:100"),  # blank lines before the header
        (b"</BANKTRANLIST>\n", b""),  # an unclosed BANKTRANLIST
        (b"</STMTTRN>\n", b""),  # leaves and aggregates never closed
        (b"<SEVERITY>INFO\n</STATUS>", b"<SEVERITY>INFO\n<MESSAGE>\n</STATUS>"),
    ],
)
def test_metadata_deviations_import_whole(old: bytes, new: bytes) -> None:
    data = SGML.replace(old, new)
    assert data != SGML
    parsed = read_ofx(data, "bank.ofx")
    assert [r.amount for r in parsed.rows] == AMOUNTS
    assert sum(r.amount for r in parsed.rows) == Decimal("1201.00")
    assert [r.date for r in parsed.rows][2] == date(2024, 1, 15)
    assert parsed.statements[0].account_key == "000123456789"


def test_no_ledgerbal_imports_and_states_no_balance() -> None:
    start, end = SGML.index(b"<LEDGERBAL>"), SGML.index(b"</LEDGERBAL>") + len(b"</LEDGERBAL>")
    parsed = read_ofx(SGML[:start] + SGML[end:], "boa.ofx")
    assert [r.amount for r in parsed.rows] == AMOUNTS
    assert parsed.closing_balances == ()


def test_ledgerbal_is_the_statements_closing_balance() -> None:
    (bal,) = read_ofx(SGML, "bank.ofx").closing_balances
    assert (bal.amount, bal.date, bal.account, bal.currency) == (
        Decimal("1205.00"),
        date(2024, 1, 31),
        "000123456789",
        "USD",
    )


def test_xml_without_declarations_and_lowercase_tags() -> None:
    body = XML[XML.index(b"<OFX>") :]
    assert _amounts(body) == _amounts(XML)
    assert _amounts(body.lower().replace(b"eur", b"EUR")) == _amounts(XML)


def test_comma_decimal_mark_is_read_as_the_spec_allows() -> None:
    assert _amounts(SGML.replace(b"<TRNAMT>2860.00", b"<TRNAMT>2860,00"))[2] == Decimal("2860")


def test_correctaction_replace_and_delete_apply_within_the_file() -> None:
    fix = (
        b"<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20240103\n<TRNAMT>-5.50\n<FITID>F9\n"
        b"<CORRECTFITID>2024010301\n<CORRECTACTION>REPLACE\n</STMTTRN>\n"
        b"<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20240103\n<TRNAMT>-4.50\n<FITID>F10\n"
        b"<CORRECTFITID>2024010302\n<CORRECTACTION>DELETE\n</STMTTRN>\n</BANKTRANLIST>"
    )
    parsed = read_ofx(SGML.replace(b"</BANKTRANLIST>", fix), "bank.ofx")
    assert [r.external_id for r in parsed.rows] == ["2024011501", "2024012001", "F9"]
    assert [r.amount for r in parsed.rows][-1] == Decimal("-5.50")
    assert parsed.warnings == ()
    assert parsed.corrections == (
        Correction("REPLACE", "2024010301", "000123456789", 71, "F9", in_file=True),
        Correction("DELETE", "2024010302", "000123456789", 79, None, in_file=True),
    )


def test_correction_of_an_earlier_download_is_kept_for_the_import() -> None:
    fix = (
        b"<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20240103\n<TRNAMT>-4.50\n<FITID>F10\n"
        b"<CORRECTFITID>OLD1\n<CORRECTACTION>DELETE\n</STMTTRN>\n</BANKTRANLIST>"
    )
    parsed = read_ofx(SGML.replace(b"</BANKTRANLIST>", fix), "bank.ofx")
    assert len(parsed.rows) == 4
    assert parsed.corrections == (
        Correction("DELETE", "OLD1", "000123456789", 71, None, in_file=False),
    )
    assert parsed.warnings == ()


def test_the_banks_own_error_is_shown_in_its_words() -> None:
    start = SGML.index(b"<BANKMSGSRSV1>")
    data = SGML[:start] + (
        b"<BANKMSGSRSV1><STMTTRNRS><TRNUID>1\n<STATUS>\n<CODE>2000\n<SEVERITY>ERROR\n"
        b"<MESSAGE>Account temporarily  unavailable\n</STATUS>\n</STMTTRNRS></BANKMSGSRSV1></OFX>"
    )
    with pytest.raises(ImportFileError) as caught:
        read_ofx(data, "down.ofx")
    assert str(caught.value) == (
        "down.ofx, line 23, field STATUS: the bank reports error 2000: "
        "Account temporarily unavailable"
    )


@pytest.mark.parametrize(
    ("old", "new", "line", "field"),
    [
        (b"<TRNAMT>2860.00", b"<TRNAMT>", 58, "TRNAMT"),
        (b"<TRNAMT>2860.00", b"<TRNAMT>2.860,00", 58, "TRNAMT"),
        (b"<DTPOSTED>20240120", b"<DTPOSTED>2024-01-20", 64, "DTPOSTED"),
        (b"<DTPOSTED>20240120", b"<DTPOSTED>20241320", 64, "DTPOSTED"),
        (b"<CURDEF>USD", b"<CURDEF>", 30, "CURDEF"),
        (b"<ACCTID>000123456789", b"<ACCTID>", 33, "ACCTID"),
    ],
)
def test_a_bad_transaction_field_is_refused_with_file_line_field(
    old: bytes, new: bytes, line: int, field: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_ofx(SGML.replace(old, new), "bad.ofx")
    assert (caught.value.file, caught.value.line, caught.value.field) == ("bad.ofx", line, field)
    assert "\n" not in str(caught.value)


def test_not_ofx_is_refused_plainly() -> None:
    with pytest.raises(ImportFileError, match="no <OFX> element"):
        read_ofx(b"OFXHEADER:100\nDATA:OFXSGML\n", "empty.ofx")
    with pytest.raises(ImportFileError, match="no bank or credit-card statement"):
        read_ofx(b"<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>", "signon.ofx")


def test_detection_tolerates_missing_header_and_blank_lines() -> None:
    assert looks_like_ofx(b"\r\n\r\n<OFX>\n<SIGNONMSGSRSV1>")
    assert looks_like_ofx(b"DATA:OFXSGML\nVERSION:102\n\n<OFX>")
    assert not looks_like_ofx(b"date,amount\n2024-01-01,<OFX>\n".replace(b"<OFX>", b"1"))
    assert not looks_like_ofx(b'<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022">')


def test_entities_are_never_expanded_nor_fetched() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE OFX [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>'
    )
    data = bomb + XML[XML.index(b"<OFX>") :].replace(b"Frais", b"&b;&x; &amp; Fils", 1)
    parsed = read_ofx(data, "bomb.ofx")
    assert parsed.rows[0].payee == "March\u00e9 &b;&x; & Fils"


def test_tree_closes_unclosed_aggregates_at_their_parent() -> None:
    root = parse_tree("<OFX><STMTRS><BANKTRANLIST><STMTTRN><TRNAMT>1</STMTRS></OFX>")
    (stmt,) = root.iter("STMTRS")
    assert [t.findtext("TRNAMT") for t in stmt.iter("STMTTRN")] == ["1"]


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=400)
    | st.builds(
        lambda cut, junk: SGML[:cut] + junk + SGML[cut:],
        st.integers(0, len(SGML)),
        st.binary(max_size=20),
    )
    | st.builds(lambda cut: XML[:cut], st.integers(0, len(XML)))
)
def test_fuzz_never_a_traceback(data: bytes) -> None:
    try:
        parsed = read_ofx(data, "fuzz.ofx")
    except ImportFileError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.ofx")
    else:
        assert all(r.amount.is_finite() for r in parsed.rows)


def test_unclosed_transaction_list_keeps_the_ledger_balance() -> None:
    parsed = read_ofx(SGML.replace(b"</BANKTRANLIST>\n", b""), "nubank.ofx")
    assert [b.amount for b in parsed.closing_balances] == [Decimal("1205.00")]


def test_investment_statement_and_bank_warning_are_notes_beside_the_bank_statement() -> None:
    extra = (
        b"<INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>2\n<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n"
        b"<INVSTMTRS><DTASOF>20240131<CURDEF>USD</INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1>\n"
        b"</OFX>"
    )
    data = SGML.replace(b"</OFX>", extra).replace(
        b"<CODE>0\n<SEVERITY>INFO\n</STATUS>\n<STMTRS>",
        b"<CODE>2000\n<SEVERITY>WARN\n<MESSAGE>Some transactions may be missing\n</STATUS>\n"
        b"<STMTRS>",
    )
    parsed = read_ofx(data, "mixed.ofx")
    assert [r.amount for r in parsed.rows] == AMOUNTS
    assert parsed.warnings == (
        "mixed.ofx, line 82: an investment statement, not imported",
        "mixed.ofx, line 25: the bank says: Some transactions may be missing",
    )
