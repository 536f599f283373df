"""CSV dialect benchmark: parsing bank layouts that need more than a signed amount column.

Run: ``.venv/bin/python benchmarks/bench_csv_dialects.py [--rows 100000]``

Prints the in-process parse time (``read_csv``, best of three) of generated files shaped as:
a plain signed CSV (the baseline), ING NL (direction column Af/Bij, decimal comma, quoted
cells), ING DE (13 preamble lines, ``;``, decimal comma, a running balance read as the closing
balance), Revolut (a fee column, a ``State`` filter, a balance) and a headerless ASN file.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import date, timedelta

from permoney_desktop.domain.imports.csv_format import (
    CsvOptions,
    guess_mapping,
    parse_table,
    read_table_with,
)

START = date(2020, 1, 1)


def _days(n: int) -> list[date]:
    return [START + timedelta(days=i * 3650 // max(n, 1)) for i in range(n)]


def _cents(rng: random.Random) -> int:
    return rng.randint(1, 250_000)


def _comma(cents: int) -> str:
    whole, frac = divmod(abs(cents), 100)
    return f"{whole:,}".replace(",", ".") + f",{frac:02d}"


def plain(n: int, rng: random.Random) -> tuple[bytes, dict[str, str], CsvOptions]:
    lines = ["Date,Payee,Amount"]
    for d in _days(n):
        c = _cents(rng) * rng.choice((-1, 1))
        lines.append(f"{d.isoformat()},Shop {rng.randint(1, 300)},{c / 100:.2f}")
    return "\n".join(lines).encode(), {}, CsvOptions()


def ing_nl(n: int, rng: random.Random) -> tuple[bytes, dict[str, str], CsvOptions]:
    lines = [
        '"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij",'
        '"Bedrag (EUR)","Mutatiesoort","Mededelingen"'
    ]
    for d in _days(n):
        way = rng.choice(("Af", "Bij"))
        lines.append(
            f'"{d:%Y%m%d}","Winkel {rng.randint(1, 300)}","NL20INGB0001234567","","BA",'
            f'"{way}","{_comma(_cents(rng))}","Betaalautomaat","Pasvolgnr: 003"'
        )
    return "\n".join(lines).encode(), {"direction": "Af Bij"}, CsvOptions()


def ing_de(n: int, rng: random.Random) -> tuple[bytes, dict[str, str], CsvOptions]:
    lines = [f"Notiz {i};Wert {i}" for i in range(13)]
    lines.append("Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;")
    lines[-1] += "Währung;Betrag;Währung"
    balance = 0
    for d in _days(n):
        c = _cents(rng) * rng.choice((-1, 1))
        balance += c
        lines.append(
            f"{d:%d.%m.%Y};{d:%d.%m.%Y};Firma {rng.randint(1, 300)};Lastschrift;Text;"
            f"{'-' if balance < 0 else ''}{_comma(balance)};EUR;"
            f"{'-' if c < 0 else ''}{_comma(c)};EUR"
        )
    return "\r\n".join(lines).encode("latin-1"), {}, CsvOptions()


def revolut(n: int, rng: random.Random) -> tuple[bytes, dict[str, str], CsvOptions]:
    lines = [
        "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"
    ]
    balance = 0
    for d in _days(n):
        c, fee = _cents(rng) * rng.choice((-1, 1)), rng.choice((0, 0, 0, 50))
        pending = rng.random() < 0.02
        if not pending:
            balance += c - fee
        done = "" if pending else f"{d.isoformat()} 10:00:00"
        lines.append(
            f"CARD_PAYMENT,Current,{d.isoformat()} 09:00:00,{done},Shop,{c / 100:.2f},"
            f"{fee / 100:.2f},GBP,{'PENDING' if pending else 'COMPLETED'},"
            f"{'' if pending else f'{balance / 100:.2f}'}"
        )
    return "\n".join(lines).encode(), {}, CsvOptions(only=(("State", "COMPLETED"),))


def asn(n: int, rng: random.Random) -> tuple[bytes, dict[str, str], CsvOptions]:
    lines = []
    for i, d in enumerate(_days(n)):
        c = _cents(rng) * rng.choice((-1, 1))
        lines.append(
            f"{d:%d-%m-%Y},NL21ASNB0123456789,NL91ABNA0417164300,Naam {rng.randint(1, 300)},,,,"
            f"EUR,0.00,EUR,{c / 100:.2f},{d:%d-%m-%Y},{d:%d-%m-%Y},8810,GEA,{i},,'Tekst',1,"
        )
    mapping = {"date": "1", "amount": "11", "payee": "4", "external_id": "16"}
    return "\n".join(lines).encode(), mapping, CsvOptions(no_header=True)


Maker = Callable[[int, random.Random], tuple[bytes, dict[str, str], CsvOptions]]
LAYOUTS: dict[str, Maker] = {
    "plain signed": plain,
    "ING NL (Af/Bij)": ing_nl,
    "ING DE (preamble)": ing_de,
    "Revolut (fee, filter)": revolut,
    "ASN (headerless)": asn,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args()
    print(f"{'layout':<24} {'rows':>8} {'parse s':>9}")
    for name, make in LAYOUTS.items():
        data, overrides, options = make(args.rows, random.Random(7))
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            # As the CLI does: the guessed mapping with the user's --map on top.
            table = read_table_with(data, "bench.csv", options)
            mapping = guess_mapping(table.header).with_columns(overrides)
            parsed = parse_table(table, "bench.csv", mapping, options).parsed
            best = min(best, time.perf_counter() - t0)
        print(f"{name:<24} {len(parsed.rows):>8} {best:>9.3f}")


if __name__ == "__main__":
    main()
