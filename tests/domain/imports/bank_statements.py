"""camt.053 and MT940 statements written for the tests, shaped after the banks' published
layouts (ISO 20022 message definitions, the German banks' DFÜ MT940 description)."""

from __future__ import annotations


def camt053(version: str = "02") -> bytes:
    """Three booked entries and a pending one; v08 on nests party names in ``Pty``."""
    nested = int(version) >= 8
    status = "<Sts><Cd>{}</Cd></Sts>" if nested else "<Sts>{}</Sts>"

    def party(role: str, name: str) -> str:
        inner = f"<Pty><Nm>{name}</Nm></Pty>" if nested else f"<Nm>{name}</Nm>"
        return f"<{role}>{inner}</{role}>"

    def entry(ref: str, amount: str, ind: str, day: str, sts: str, tx: str) -> str:
        return (
            f"<Ntry><NtryRef>{ref}</NtryRef>"
            f'<Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{ind}</CdtDbtInd>'
            f"{status.format(sts)}<BookgDt><Dt>{day}</Dt></BookgDt>"
            f"<ValDt><Dt>{day}</Dt></ValDt><AcctSvcrRef>SVC-{ref}</AcctSvcrRef>"
            f"<BkTxCd><Domn><Cd>PMNT</Cd></Domn></BkTxCd>"
            f"<NtryDtls><TxDtls>{tx}</TxDtls></NtryDtls></Ntry>"
        )

    rent = (
        "<Refs><EndToEndId>E2E-1</EndToEndId></Refs>"
        f"<RltdPties>{party('Cdtr', 'Hausverwaltung Müller GmbH')}</RltdPties>"
        "<RmtInf><Ustrd>Miete Oktober</Ustrd><Ustrd>Whg 3</Ustrd></RmtInf>"
    )
    salary = (
        f"<RltdPties>{party('Dbtr', 'ACME Deutschland AG')}</RltdPties>"
        "<RmtInf><Ustrd>Gehalt 10/2026</Ustrd></RmtInf>"
    )
    card = "<AddtlTxInf>Kartenzahlung Bäckerei</AddtlTxInf>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-11-01T06:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-10</Id>
      <CreDtTm>2026-11-01T06:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy>
        <Svcr><FinInstnId><BIC>BYLADEM1001</BIC></FinInstnId></Svcr></Acct>
      <Bal><Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-09-30</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">2349.45</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-10-31</Dt></Dt></Bal>
      {entry("E1", "850.00", "DBIT", "2026-10-01", "BOOK", rent)}
      {entry("E2", "2203.00", "CRDT", "2026-10-28", "BOOK", salary)}
      {entry("E3", "3.55", "DBIT", "2026-10-30", "BOOK", card)}
      {entry("E4", "99.00", "DBIT", "2026-10-31", "PDNG", card)}
    </Stmt>
  </BkToCstmrStmt>
</Document>
""".encode()


# A German savings bank's MT940: SWIFT blocks, two statements (a day each), structured :86:.
MT940_DE = """{1:F01BYLADEM1001.0000000000}{2:I940BYLADEM1001N}{4:
:20:STARTUMS
:25:12030000/0000202051
:28C:00001/001
:60F:C261001EUR1000,00
:61:2610011001DR850,00NMSCNONREF//BANKREF-1
/OCMT/EUR850,00/
:86:116?00SEPA-UEBERWEISUNG?100099?20EREF+E2E-1?21SVWZ+Miete Oktob
er Whg 3?30BYLADEM1001?31DE02120300000000202051?32Hausverwaltung Mü
?33ller GmbH?34997
:62F:C261001EUR150,00
-}
{1:F01BYLADEM1001.0000000000}{2:I940BYLADEM1001N}{4:
:20:STARTUMS
:25:12030000/0000202051
:28C:00002/001
:60F:C261001EUR150,00
:61:2610281028CR2203,00NTRFNONREF//BANKREF-2
:86:166?00GUTSCHRIFT?20SVWZ+Gehalt 10/2026?32ACME Deutschland AG
:61:2610301030DR3,55NMSCNONREF
:86:106?00KARTENZAHLUNG?20Baeckerei am Markt
:62F:C261031EUR2349,45
-}
"""


def _tx(
    ref: str,
    amount: str,
    ind: str,
    party: str,
    text: str,
    *,
    nested: bool,
    ccy: str = "EUR",
    instructed: str = "",
) -> str:
    """One ``TxDtls`` as the German banks' camt layouts write it: from .001.04 on the amount
    and indicator sit in the transaction itself, before that in ``AmtDtls/TxAmt``."""
    role = "Dbtr" if ind == "CRDT" else "Cdtr"
    name = f"<Pty><Nm>{party}</Nm></Pty>" if nested else f"<Nm>{party}</Nm>"
    instd = f'<InstdAmt><Amt Ccy="USD">{instructed}</Amt></InstdAmt>' if instructed else ""
    if nested:
        amount_block = (
            f'<Amt Ccy="{ccy}">{amount}</Amt><CdtDbtInd>{ind}</CdtDbtInd>'
            f'<AmtDtls>{instd}<TxAmt><Amt Ccy="{ccy}">{amount}</Amt></TxAmt></AmtDtls>'
        )
    else:
        amount_block = f'<AmtDtls>{instd}<TxAmt><Amt Ccy="{ccy}">{amount}</Amt></TxAmt></AmtDtls>'
    return (
        f"<TxDtls><Refs><AcctSvcrRef>{ref}</AcctSvcrRef><EndToEndId>E2E-{ref}</EndToEndId></Refs>"
        f"{amount_block}<RltdPties><{role}>{name}</{role}></RltdPties>"
        f"<RmtInf><Ustrd>{text}</Ustrd></RmtInf></TxDtls>"
    )  # fmt: skip


def _status(nested: bool, sts: str) -> str:
    return f"<Sts><Cd>{sts}</Cd></Sts>" if nested else f"<Sts>{sts}</Sts>"


def camt053_batch(version: str = "08") -> bytes:
    """A statement with a single entry, a collective debit of three transactions (one of them
    paid in dollars, booked in euros), and a batch of credits that lists no transactions."""
    nested = int(version) >= 8
    batch_txs = "\n".join(
        [
            _tx("TX-1", "50.00", "DBIT", "Stadtwerke Musterstadt", "Strom 11/2026", nested=nested),
            _tx("TX-2", "45.50", "DBIT", "Telekom Deutschland", "Festnetz 11/2026", nested=nested),
            _tx("TX-3", "25.00", "DBIT", "Example Software Inc", "Lizenz", nested=nested,
                instructed="29.10"),
        ]
    )  # fmt: skip
    single = _tx("TX-9", "850.00", "DBIT", "Hausverwaltung Müller GmbH", "Miete", nested=nested)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-2</MsgId><CreDtTm>2026-12-01T06:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-11</Id>
      <Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">2000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-10-31</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">1279.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-30</Dt></Dt></Bal>
      <Ntry><NtryRef>N1</NtryRef><Amt Ccy="EUR">850.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
        {_status(nested, "BOOK")}<BookgDt><Dt>2026-11-02</Dt></BookgDt>
        <AcctSvcrRef>SVC-N1</AcctSvcrRef>
        <NtryDtls><TxDtls>{single[8:-9]}</TxDtls></NtryDtls></Ntry>
      <Ntry><NtryRef>N2</NtryRef><Amt Ccy="EUR">120.50</Amt><CdtDbtInd>DBIT</CdtDbtInd>
        {_status(nested, "BOOK")}<BookgDt><Dt>2026-11-03</Dt></BookgDt>
        <AcctSvcrRef>SVC-N2</AcctSvcrRef>
        <AddtlNtryInf>SAMMEL-LS</AddtlNtryInf>
        <NtryDtls><Btch><PmtInfId>PMT-7</PmtInfId><NbOfTxs>3</NbOfTxs></Btch>
          {batch_txs}
        </NtryDtls></Ntry>
      <Ntry><NtryRef>N3</NtryRef><Amt Ccy="EUR">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
        {_status(nested, "BOOK")}<BookgDt><Dt>2026-11-04</Dt></BookgDt>
        <AcctSvcrRef>SVC-N3</AcctSvcrRef>
        <AddtlNtryInf>SAMMLER GUTSCHRIFT</AddtlNtryInf>
        <NtryDtls><Btch><NbOfTxs>4</NbOfTxs><TtlAmt Ccy="EUR">250.00</TtlAmt></Btch>
        </NtryDtls></Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
""".encode()


def camt052(*, closing: bool = False) -> bytes:
    """An intraday account report (camt.052.001.08): an interim balance, two booked entries
    (one a batch of two) and a pending one; a booked closing balance only when asked."""
    clbd = (
        '<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">455.00</Amt>'
        "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-04</Dt></Dt></Bal>"
        if closing
        else ""
    )
    pair = (
        _tx("R-1", "30.00", "DBIT", "Bäckerei Kunz", "Brot", nested=True)
        + "\n"
        + _tx("R-2", "15.00", "DBIT", "Kiosk", "Zeitung", nested=True)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.08">
  <BkToCstmrAcctRpt>
    <GrpHdr><MsgId>RPT-1</MsgId><CreDtTm>2026-12-04T12:00:00+01:00</CreDtTm></GrpHdr>
    <Rpt>
      <Id>RPT-2026-12-04</Id>
      <Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>ITBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">455.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>2026-12-04T12:00:00+01:00</DtTm></Dt></Bal>
      {clbd}
      <Ntry><NtryRef>R1</NtryRef><Amt Ccy="EUR">500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-12-04</Dt></BookgDt>
        <AcctSvcrRef>SVC-R1</AcctSvcrRef>
        <NtryDtls><TxDtls>{_tx("R-0", "500.00", "CRDT", "ACME", "Bonus", nested=True)[8:-9]}
        </TxDtls></NtryDtls></Ntry>
      <Ntry><NtryRef>R2</NtryRef><Amt Ccy="EUR">45.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-12-04</Dt></BookgDt>
        <AcctSvcrRef>SVC-R2</AcctSvcrRef>
        <NtryDtls>
{pair}
        </NtryDtls></Ntry>
      <Ntry><NtryRef>R3</NtryRef><Amt Ccy="EUR">19.99</Amt><CdtDbtInd>DBIT</CdtDbtInd>
        <Sts><Cd>PDNG</Cd></Sts><ValDt><Dt>2026-12-05</Dt></ValDt>
        <AddtlNtryInf>Kartenzahlung vorgemerkt</AddtlNtryInf></Ntry>
    </Rpt>
  </BkToCstmrAcctRpt>
</Document>
""".encode()


def camt054() -> bytes:
    """A debit notification (camt.054.001.02): a SEPA direct-debit collection of two, no
    balances (notifications never carry them)."""
    txs = (
        _tx("D-1", "12.00", "DBIT", "Sportverein", "Beitrag", nested=False)
        + "\n"
        + _tx("D-2", "8.99", "DBIT", "Streaming GmbH", "Abo", nested=False)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>NTF-1</MsgId><CreDtTm>2026-12-02T08:00:00+01:00</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>NTF-2026-12-02</Id>
      <Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Ntry><Amt Ccy="EUR">20.99</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-12-02</Dt></BookgDt><AcctSvcrRef>SVC-D</AcctSvcrRef>
        <NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>
{txs}
        </NtryDtls></Ntry>
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
""".encode()
