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
