"""camt.053 (versions .02 to .08) and MT940 with German structured :86: fields."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.camt import looks_like_camt, read_camt
from permoney_desktop.domain.imports.mt940 import details, looks_like_mt940, read_mt940
from permoney_desktop.domain.imports.records import ImportFileError
from tests.domain.imports.bank_statements import MT940_DE, camt053

IBAN = "DE02120300000000202051"
EXPECTED = [
    (date(2026, 10, 1), Decimal("-850.00")),
    (date(2026, 10, 28), Decimal("2203.00")),
    (date(2026, 10, 30), Decimal("-3.55")),
]


@pytest.mark.parametrize("version", ["02", "03", "04", "05", "06", "07", "08"])
def test_camt_booked_entries_signed_with_payee_memo_and_reference(version: str) -> None:
    data = camt053(version)
    assert looks_like_camt(data) and not looks_like_mt940(data)
    parsed = read_camt(data, "camt.xml")
    assert [(r.date, r.amount) for r in parsed.rows] == EXPECTED
    rent, salary, card = parsed.rows
    assert (rent.payee, rent.memo, rent.external_id) == (
        "Hausverwaltung Müller GmbH",
        "Miete Oktober Whg 3",
        "SVC-E1",
    )
    assert (salary.payee, salary.memo) == ("ACME Deutschland AG", "Gehalt 10/2026")
    assert (card.payee, card.memo) == ("", "Kartenzahlung Bäckerei")
    assert {(r.account, r.currency) for r in parsed.rows} == {(IBAN, "EUR")}
    assert parsed.statements[0].bank_id == "BYLADEM1001"
    assert parsed.warnings == (
        f"camt.xml: 1 entry of {IBAN} not booked yet (pending), not imported",
    )
    (opening,), (closing,) = parsed.opening_balances, parsed.closing_balances
    assert (opening.amount, opening.date) == (Decimal("1000.00"), date(2026, 9, 30))
    assert (closing.amount, closing.date) == (Decimal("2349.45"), date(2026, 10, 31))
    assert opening.amount + sum(r.amount for r in parsed.rows) == closing.amount


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('<Amt Ccy="EUR">2203.00', '<Amt Ccy="EUR">2,203.00', "Amt"),
        ("<CdtDbtInd>CRDT</CdtDbtInd><Sts", "<CdtDbtInd>CR</CdtDbtInd><Sts", "CdtDbtInd"),
        ("<BookgDt><Dt>2026-10-28", "<BookgDt><Dt>28.10.2026", "BookgDt"),
        ("<IBAN>DE02120300000000202051</IBAN>", "", "Acct/Id"),
    ],
)
def test_camt_bad_entry_is_refused_with_line_and_field(old: str, new: str, field: str) -> None:
    data = camt053("08").replace(old.encode(), new.encode(), 1)
    with pytest.raises(ImportFileError) as caught:
        read_camt(data, "bad.xml")
    assert caught.value.field == field and caught.value.line > 1


def test_camt_entities_are_refused_never_expanded() -> None:
    doc = camt053()
    bomb = doc.replace(
        b"<Document",
        b'<!DOCTYPE Document [<!ENTITY a "xxxxxxxxxx"><!ENTITY b "&a;&a;&a;&a;">]>\n<Document',
    ).replace(b"Miete Oktober", b"&b;")
    with pytest.raises(ImportFileError, match="declares XML entities"):
        read_camt(bomb, "bomb.xml")
    external = doc.replace(
        b"<Document", b'<!DOCTYPE Document SYSTEM "http://example.invalid/x.dtd">\n<Document'
    )
    assert len(read_camt(external, "ext.xml").rows) == 3  # the DTD is never fetched


def test_camt_other_messages_are_named() -> None:
    # A payment-status report (pain.002) is ISO 20022 but holds no account entries.
    data = camt053().replace(b"BkToCstmrStmt", b"CstmrPmtStsRpt")
    with pytest.raises(ImportFileError, match=r"not a camt\.053 statement.*\(CstmrPmtStsRpt\)"):
        read_camt(data, "pain002.xml")


def test_camt_repeated_reference_is_not_an_id() -> None:
    data = camt053().replace(b"SVC-E2", b"SVC-E1").replace(b"<NtryRef>E2", b"<NtryRef>E1")
    parsed = read_camt(data, "rep.xml")
    assert [r.external_id for r in parsed.rows] == [None, None, "SVC-E3"]
    assert any("repeat" in w for w in parsed.warnings)


def test_mt940_german_statement() -> None:
    data = MT940_DE.encode("latin-1")
    assert looks_like_mt940(data) and not looks_like_camt(data)
    parsed = read_mt940(data, "umsatz.sta")
    assert [(r.date, r.amount) for r in parsed.rows] == EXPECTED
    rent, salary, card = parsed.rows
    assert (rent.payee, rent.memo, rent.external_id) == (
        "Hausverwaltung Müller GmbH",
        "Miete Oktober Whg 3",
        "BANKREF-1",
    )
    assert (salary.payee, salary.memo) == ("ACME Deutschland AG", "Gehalt 10/2026")
    assert (card.payee, card.memo, card.external_id) == ("", "Baeckerei am Markt", None)
    assert [s.account_key for s in parsed.statements] == ["12030000/0000202051"]
    (opening,), (closing,) = parsed.opening_balances, parsed.closing_balances
    assert (opening.amount, opening.date) == (Decimal("1000.00"), date(2026, 10, 1))
    assert (closing.amount, closing.date) == (Decimal("2349.45"), date(2026, 10, 31))
    assert read_mt940(MT940_DE.encode(), "utf8.sta").rows[0].payee == rent.payee


def test_mt940_reversals_and_booking_date_across_the_new_year() -> None:
    data = MT940_DE.replace(":61:2610301030DR3,55", ":61:2701021231RD3,55").encode()
    card = read_mt940(data, "x.sta").rows[2]
    assert (card.date, card.amount) == (date(2026, 12, 31), Decimal("3.55"))


@pytest.mark.parametrize(
    ("text", "payee", "memo"),
    [
        ("/TRTP/SEPA OVERBOEKING/IBAN/NL02ABNA0123456789/BIC/ABNANL2A/NAME/J. Jansen/"
         "REMI/USTD//Huur november/EREF/NOTPROVIDED", "J. Jansen", "Huur november"),
        ("Card payment\nSupermarket 12", "", "Card payment Supermarket 12"),
        ("105?00LASTSCHRIFT?20EREF+X?21MREF+M1?22SVWZ+Strom 11/2026?32Stadtwerke",
         "Stadtwerke", "Strom 11/2026"),
    ],
)  # fmt: skip
def test_mt940_details_dialects(text: str, payee: str, memo: str) -> None:
    assert details(text) == (payee, memo)


@pytest.mark.parametrize(
    ("old", "new", "line", "field"),
    [
        (":61:2610281028CR2203,00", ":61:2610281028CR2.203,00", 18, ":61:"),
        (":61:2610281028CR2203,00", ":61:2613281028CR2203,00", 18, ":61:"),
        (":60F:C261001EUR150,00", ":60F:C261001XXX150,00", 17, ":60F:"),
    ],
)
def test_mt940_bad_line_is_refused_with_line_and_field(
    old: str, new: str, line: int, field: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_mt940(MT940_DE.replace(old, new).encode(), "bad.sta")
    assert (caught.value.line, caught.value.field) == (line, field)


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=300)
    | st.builds(
        lambda cut, junk: camt053()[:cut] + junk + camt053()[cut:],
        st.integers(0, 3000),
        st.binary(max_size=12),
    )
)
def test_camt_fuzz_never_a_traceback(data: bytes) -> None:
    try:
        read_camt(data, "fuzz.xml")
    except ImportFileError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.xml")


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=300)
    | st.builds(
        lambda cut, junk: MT940_DE.encode()[:cut] + junk + MT940_DE.encode()[cut:],
        st.integers(0, len(MT940_DE)),
        st.binary(max_size=12),
    )
    | st.lists(
        st.sampled_from(
            [":20:X", ":25:A/1", ":60F:C261001EUR1,00", ":61:2610011001DR850,00NMSCNONREF",
             ":61:2610011001C1,NTRFREF//B", ":86:116?20SVWZ+x?32y", ":62F:D261001EUR1,",
             "-", "{1:F01}{4:", "?33", ":86:/NAME/", ""]
        ),
        max_size=20,
    ).map(lambda ls: "\n".join(ls).encode())
)  # fmt: skip
def test_mt940_fuzz_never_a_traceback(data: bytes) -> None:
    try:
        parsed = read_mt940(data, "fuzz.sta")
    except ImportFileError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.sta")
    else:
        assert all(r.amount.is_finite() for r in parsed.rows)


def test_camt_with_an_unknown_encoding_is_refused_with_its_line() -> None:
    """Expat looks a declared encoding up in Python's codecs: a name it lacks was a traceback."""
    data = camt053().replace(b'encoding="UTF-8"', b'encoding="utf-99"', 1)
    with pytest.raises(ImportFileError) as caught:
        read_camt(data, "bank.xml")
    assert str(caught.value).startswith("bank.xml")
    assert "unknown encoding" in str(caught.value)
