"""camt batch bookings split into their transactions, and camt.052 reports / camt.054
notifications read by the same entry reader."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.camt import looks_like_camt, read_camt
from permoney_desktop.domain.imports.records import ImportFileError
from tests.domain.imports.bank_statements import camt052, camt053_batch, camt054

IBAN = "DE02120300000000202051"


def line_of(data: bytes, marker: bytes) -> int:
    return data[: data.index(marker)].count(b"\n") + 1


@pytest.mark.parametrize("version", ["02", "04", "06", "08"])
def test_batch_is_split_into_its_transactions(version: str) -> None:
    data = camt053_batch(version)
    parsed = read_camt(data, "sammel.xml")
    got = [(r.date, r.amount, r.payee, r.memo, r.external_id) for r in parsed.rows]
    assert got == [
        (date(2026, 11, 2), Decimal("-850.00"), "Hausverwaltung Müller GmbH", "Miete", "SVC-N1"),
        (date(2026, 11, 3), Decimal("-50.00"), "Stadtwerke Musterstadt", "Strom 11/2026",
         "SVC-N2/TX-1"),
        (date(2026, 11, 3), Decimal("-45.50"), "Telekom Deutschland", "Festnetz 11/2026",
         "SVC-N2/TX-2"),
        # Instructed in dollars, booked in euros: the booked amount is the entry's.
        (date(2026, 11, 3), Decimal("-25.00"), "Example Software Inc", "Lizenz", "SVC-N2/TX-3"),
        (date(2026, 11, 4), Decimal("250.00"), "", "SAMMLER GUTSCHRIFT", "SVC-N3"),
    ]  # fmt: skip
    # Each transaction carries its own line; the batch without details is said, never silent.
    assert [r.line for r in parsed.rows[1:4]] == [
        line_of(data, b"TX-1<"),
        line_of(data, b"TX-2<"),
        line_of(data, b"TX-3<"),
    ]
    assert parsed.warnings == (
        f"sammel.xml, line {line_of(data, b'<NtryRef>N3')}: a batch of 4 transactions lists "
        "none of them; imported as one entry with the batch's total",
    )
    (opening,), (closing,) = parsed.opening_balances, parsed.closing_balances
    assert opening.amount + sum(r.amount for r in parsed.rows) == closing.amount
    assert {(r.account, r.currency) for r in parsed.rows} == {(IBAN, "EUR")}


def test_transactions_that_do_not_add_up_are_refused_with_line_and_field() -> None:
    data = camt053_batch("08").replace(b">45.50<", b">45.40<")
    with pytest.raises(ImportFileError) as caught:
        read_camt(data, "sammel.xml")
    exc = caught.value
    assert (exc.file, exc.line, exc.field) == ("sammel.xml", line_of(data, b"TX-1<"), "TxDtls/Amt")
    assert f"entry on line {line_of(data, b'<NtryRef>N2')}" in exc.reason
    assert "45" not in str(exc)  # no amounts from the file in the message


def test_a_transaction_sign_of_its_own_counts() -> None:
    """A batch holding a return (credit) inside a debit entry: the signs must net out."""
    data = camt053_batch("08")
    flipped = data.replace(
        b'<Amt Ccy="EUR">45.50</Amt><CdtDbtInd>DBIT', b'<Amt Ccy="EUR">45.50</Amt><CdtDbtInd>CRDT'
    )
    with pytest.raises(ImportFileError, match="do not add up"):
        read_camt(flipped, "x.xml")
    balanced = flipped.replace(b">120.50<", b">29.50<").replace(b">1279.50<", b">1370.50<")
    rows = read_camt(balanced, "x.xml").rows
    assert [r.amount for r in rows[1:4]] == [Decimal("-50.00"), Decimal("45.50"), Decimal("-25.00")]
    assert rows[2].payee == ""  # money in: the debtor is the payee, and the file names none


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        (b'<Amt Ccy="EUR">50.00</Amt><CdtDbtInd>', b'<Amt Ccy="EUR">5O.00</Amt><CdtDbtInd>',
         "TxDtls/Amt"),
        (b"<TxAmt><Amt Ccy=\"EUR\">50.00", b"<TxAmt><Amt Ccy=\"EUR\">", "TxDtls/AmtDtls/TxAmt/Amt"),
        (b">50.00</Amt><CdtDbtInd>DBIT", b">50.00</Amt><CdtDbtInd>D", "TxDtls/CdtDbtInd"),
    ],
)  # fmt: skip
def test_a_bad_transaction_is_refused_with_its_line(old: bytes, new: bytes, field: str) -> None:
    version = "02" if "TxAmt" in field else "08"
    data = camt053_batch(version).replace(old, new, 1)
    assert data != camt053_batch(version)
    with pytest.raises(ImportFileError) as caught:
        read_camt(data, "bad.xml")
    assert (caught.value.line, caught.value.field) == (line_of(data, b"TX-1<"), field)


def test_incomplete_details_keep_the_entry_whole_and_say_so() -> None:
    # One transaction without an amount in the account's currency (only the dollars).
    data = camt053_batch("02").replace(b'<TxAmt><Amt Ccy="EUR">25.00</Amt></TxAmt>', b"")
    parsed = read_camt(data, "x.xml")
    assert [r.amount for r in parsed.rows] == [
        Decimal("-850.00"), Decimal("-120.50"), Decimal("250.00")
    ]  # fmt: skip
    assert parsed.rows[1].memo == "SAMMEL-LS" and parsed.rows[1].external_id == "SVC-N2"
    assert "a batch of 3 transactions states no EUR amount for each" in parsed.warnings[0]
    # The batch says it holds more transactions than it lists.
    fewer = camt053_batch("08").replace(b"<NbOfTxs>3<", b"<NbOfTxs>5<")
    parsed = read_camt(fewer, "x.xml")
    assert len(parsed.rows) == 3
    assert "a batch of 5 transactions lists only 3 of them" in parsed.warnings[0]


def test_transaction_ids_without_own_references_use_positions() -> None:
    data = camt053_batch("08")
    for n in (1, 2, 3):
        data = data.replace(f"<AcctSvcrRef>TX-{n}</AcctSvcrRef>".encode(), b"")
        data = data.replace(f"<EndToEndId>E2E-TX-{n}</EndToEndId>".encode(), b"")
    ids = [r.external_id for r in read_camt(data, "x.xml").rows[1:4]]
    assert ids == ["SVC-N2/1", "SVC-N2/2", "SVC-N2/3"]
    # Neither entry nor transaction reference: nothing to match by but date, amount and payee.
    bare = data.replace(b"<AcctSvcrRef>SVC-N2</AcctSvcrRef>", b"")
    bare = bare.replace(b"<NtryRef>N2</NtryRef>", b"")
    assert [r.external_id for r in read_camt(bare, "x.xml").rows[1:4]] == [None] * 3


def test_camt052_report_leaves_pending_out_and_names_no_closing_balance() -> None:
    data = camt052()
    assert looks_like_camt(data)
    parsed = read_camt(data, "intraday.xml")
    got = [(r.amount, r.payee, r.external_id) for r in parsed.rows]
    assert got == [
        (Decimal("500.00"), "ACME", "SVC-R1"),
        (Decimal("-30.00"), "Bäckerei Kunz", "SVC-R2/R-1"),
        (Decimal("-15.00"), "Kiosk", "SVC-R2/R-2"),
    ]
    assert parsed.closing_balances == ()  # the interim ITBD balance is no verdict
    assert parsed.warnings == (
        f"intraday.xml: the report for {IBAN} states no booked closing balance (only interim "
        "balances); the closing balance is not checked",
        f"intraday.xml: 1 entry of {IBAN} not booked yet (pending), not imported",
    )
    closed = read_camt(camt052(closing=True), "eod.xml")
    (closing,) = closed.closing_balances
    assert (closing.amount, closing.date) == (Decimal("455.00"), date(2026, 12, 4))
    assert not any("closing" in w for w in closed.warnings)


def test_camt054_notification() -> None:
    data = camt054()
    assert looks_like_camt(data)
    parsed = read_camt(data, "avis.xml")
    assert [(r.amount, r.payee, r.memo, r.external_id) for r in parsed.rows] == [
        (Decimal("-12.00"), "Sportverein", "Beitrag", "SVC-D/D-1"),
        (Decimal("-8.99"), "Streaming GmbH", "Abo", "SVC-D/D-2"),
    ]
    assert parsed.closing_balances == () and parsed.warnings == ()


def test_a_report_with_no_entries_block_is_refused_by_name() -> None:
    data = camt052().replace(b"<Rpt>", b"<Rpt2>").replace(b"</Rpt>", b"</Rpt2>")
    with pytest.raises(ImportFileError, match="holds no report") as caught:
        read_camt(data, "r.xml")
    assert caught.value.field == "Rpt"


_TX = (
    '<TxDtls><Refs><AcctSvcrRef>T{i}</AcctSvcrRef></Refs><Amt Ccy="EUR">{amt}</Amt>'
    "<CdtDbtInd>{ind}</CdtDbtInd></TxDtls>"
)


def _batch(parts: list[int], total: int) -> bytes:
    txs = "\n".join(
        _TX.format(i=i, amt=f"{abs(p) / 100:.2f}", ind="CRDT" if p > 0 else "DBIT")
        for i, p in enumerate(parts)
    )
    ind = "CRDT" if total > 0 else "DBIT"
    return (
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>'
        "<Stmt><Acct><Id><IBAN>DE1</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
        f'<Ntry><Amt Ccy="EUR">{abs(total) / 100:.2f}</Amt><CdtDbtInd>{ind}</CdtDbtInd>'
        "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-03</Dt></BookgDt>"
        f"<AcctSvcrRef>B</AcctSvcrRef>\n<NtryDtls>\n{txs}\n</NtryDtls></Ntry>"
        "</Stmt></BkToCstmrStmt></Document>"
    ).encode()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(-(10**9), 10**9).filter(bool), min_size=2, max_size=8),
    st.integers(-3, 3),
)
def test_split_iff_the_transactions_add_up_to_the_cent(parts: list[int], off: int) -> None:
    total = sum(parts) + off
    assume(total != 0)  # a zero entry has no sign to split by
    data = _batch(parts, total)
    if off:
        with pytest.raises(ImportFileError) as caught:
            read_camt(data, "f.xml")
        assert (caught.value.line, caught.value.field) == (4, "TxDtls/Amt")
        return
    rows = read_camt(data, "f.xml").rows
    assert [int(r.amount * 100) for r in rows] == parts
    assert [r.external_id for r in rows] == [f"B/T{i}" for i in range(len(parts))]


def _mutated(base: bytes) -> st.SearchStrategy[bytes]:
    tokens = [b"<TxDtls>", b"</TxDtls>", b"<Amt Ccy=\"EUR\">", b"</Amt>", b"<NbOfTxs>9</NbOfTxs>",
              b"<CdtDbtInd>XX</CdtDbtInd>", b"<AmtDtls><TxAmt>", b"-1.00", b"<Sts>PDNG</Sts>",
              b"<NtryDtls>", b"<Btch>", b"\xff\xfe", b"&amp;", b"<Rpt>", b""]  # fmt: skip
    return st.builds(
        lambda cut, junk, drop: base[:cut] + junk + base[cut + drop :],
        st.integers(0, len(base)),
        st.sampled_from(tokens) | st.binary(max_size=10),
        st.integers(0, 40),
    )


@settings(max_examples=300, deadline=None)
@given(
    _mutated(camt053_batch("08"))
    | _mutated(camt053_batch("02"))
    | _mutated(camt052())
    | _mutated(camt054())
)
def test_mutated_batches_reports_and_notifications_never_a_traceback(data: bytes) -> None:
    try:
        parsed = read_camt(data, "fuzz.xml")
    except ImportFileError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.xml")
    else:
        assert all(r.amount.is_finite() for r in parsed.rows)
