"""camt benchmark: reading a large camt.053 statement with batch bookings.

Run: ``.venv/bin/python benchmarks/bench_camt.py [--entries 100000]``

Prints the in-process read time (``read_camt``, best of three) of a generated camt.053.001.08
statement shaped as German banks write it: every fifth entry a batch booking of two to five
transactions (each split into a row of its own, amounts summed to the cent), the others one
transaction each with counterparty and remittance text; and the same for a camt.052 report
whose batches list no transactions (kept whole, with a note).
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from permoney_desktop.domain.imports.camt import read_camt

START = date(2020, 1, 1)


def _tx(ref: str, cents: int, ind: str, party: str, text: str) -> str:
    role = "Dbtr" if ind == "CRDT" else "Cdtr"
    amount = f"{cents // 100}.{cents % 100:02d}"
    return (
        f"<TxDtls><Refs><AcctSvcrRef>{ref}</AcctSvcrRef></Refs>"
        f'<Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{ind}</CdtDbtInd>'
        f"<RltdPties><{role}><Pty><Nm>{party}</Nm></Pty></{role}></RltdPties>"
        f"<RmtInf><Ustrd>{text}</Ustrd></RmtInf></TxDtls>\n"
    )


def statement(n: int, rng: random.Random, *, details: bool = True) -> bytes:
    """``n`` booked entries (camt.053, or with ``details=False`` a camt.052 whose batches
    list no transactions)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">\n<BkToCstmrStmt>\n'
        "<GrpHdr><MsgId>BENCH</MsgId></GrpHdr>\n<Stmt><Id>S1</Id>\n"
        "<Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
    ]
    for i in range(n):
        day = (START + timedelta(days=i * 3650 // max(n, 1))).isoformat()
        ind = "DBIT" if rng.random() < 0.8 else "CRDT"
        if i % 5 == 0:
            parts = [rng.randint(1, 50_000) for _ in range(rng.randint(2, 5))]
            txs = "".join(
                _tx(f"T{i}-{k}", c, ind, f"Payee {k}", f"Invoice {i}/{k}")
                for k, c in enumerate(parts)
            )
            body = (
                f"<NtryDtls><Btch><NbOfTxs>{len(parts)}</NbOfTxs></Btch>\n{txs}</NtryDtls>"
                if details
                else f"<NtryDtls><Btch><NbOfTxs>{len(parts)}</NbOfTxs></Btch></NtryDtls>"
            )
            cents = sum(parts)
        else:
            cents = rng.randint(1, 250_000)
            body = f"<NtryDtls>{_tx(f'T{i}', cents, ind, 'Shop', f'Purchase {i}')}</NtryDtls>"
        out.append(
            f'<Ntry><NtryRef>E{i}</NtryRef><Amt Ccy="EUR">{cents // 100}.{cents % 100:02d}</Amt>'
            f"<CdtDbtInd>{ind}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
            f"<BookgDt><Dt>{day}</Dt></BookgDt><AcctSvcrRef>S{i}</AcctSvcrRef>\n{body}</Ntry>\n"
        )
    out.append("</Stmt>\n</BkToCstmrStmt>\n</Document>\n")
    data = "".join(out)
    if not details:
        data = data.replace("camt.053", "camt.052").replace("BkToCstmrStmt", "BkToCstmrAcctRpt")
        data = data.replace("<Stmt>", "<Rpt>").replace("</Stmt>", "</Rpt>")
    return data.encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    print(f"{'message':<34}{'entries':>9}{'rows':>9}{'MB':>7}{'read s':>9}")
    for label, details in (("camt.053 (batches split)", True), ("camt.052 (batches whole)", False)):
        data = statement(args.entries, random.Random(1), details=details)
        best, rows = float("inf"), 0
        for _ in range(3):
            started = time.perf_counter()
            parsed = read_camt(data, "bench.xml")
            best = min(best, time.perf_counter() - started)
            rows = len(parsed.rows)
        mb = len(data) / 1e6
        print(f"{label:<34}{args.entries:>9}{rows:>9}{mb:>7.1f}{best:>9.3f}")


if __name__ == "__main__":
    main()
