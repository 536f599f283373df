"""Direction columns: each bank's pair of values signs the amounts; a column that looks like a
direction beside unsigned amounts is refused until the mapping says which."""

from __future__ import annotations

from decimal import Decimal

import pytest

from permoney_desktop.domain.imports.csv_direction import DirectionUnconfirmedError
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions, read_csv
from permoney_desktop.domain.imports.records import ImportFileError

PAIRS = [
    ("Af Bij", "Af", "Bij"),
    ("CreditDebet", "D", "C"),
    ("Transaction Type", "debit", "credit"),
    ("Debet/Credit", "Debet", "Credit"),
    ("Cr/Dr", "DR", "CR"),
    ("Soll/Haben", "S", "H"),
    ("Sign", "\u2212", "+"),
    ("Sign", "-", "+"),
]


def _file(column: str, out: str, into: str) -> bytes:
    rows = [("2026-11-02", "10.00", out), ("2026-11-03", "25.50", into), ("2026-11-04", "1", out)]
    body = "\n".join(f"{d};{a};{w}" for d, a, w in rows)
    return f"Date;Amount;{column}\n{body}\n".encode()


@pytest.mark.parametrize(("column", "out", "into"), PAIRS)
def test_each_banks_values_sign_the_amounts(column: str, out: str, into: str) -> None:
    data = _file(column, out, into)
    with pytest.raises(DirectionUnconfirmedError) as asked:
        read_csv(data, "f.csv")
    assert (asked.value.column, asked.value.out_values, asked.value.in_values) == (
        column,
        [out],
        [into],
    )
    mapping = CsvMapping(date="Date", amount="Amount", direction=column)
    parsed = read_csv(data, "f.csv", mapping)
    assert [r.amount for r in parsed.rows] == [Decimal("-10.00"), Decimal("25.50"), Decimal(-1)]
    none = CsvMapping(date="Date", amount="Amount", direction="")  # "the file has none"
    assert all(r.amount > 0 for r in read_csv(data, "f.csv", none).rows)


def test_signed_amounts_need_no_direction_and_a_contradiction_is_refused() -> None:
    data = b"Date;Amount;Af Bij\n2026-11-02;-10.00;Af\n2026-11-03;5.00;Bij\n"
    assert [r.amount for r in read_csv(data, "f.csv").rows] == [Decimal("-10.00"), Decimal(5)]
    bad = b"Date;Amount;Af Bij\n2026-11-02;-10.00;Bij\n"
    mapping = CsvMapping(date="Date", amount="Amount", direction="Af Bij")
    with pytest.raises(ImportFileError) as err:
        read_csv(bad, "f.csv", mapping)
    assert (err.value.line, err.value.field) == (2, "amount")
    assert "negative but the direction column says money in" in str(err.value)


def test_set_values_replace_the_usual_ones() -> None:
    data = b"Date;Amount;Way\n2026-11-02;10.00;Af\n"
    mapping = CsvMapping(date="Date", amount="Amount", direction="Way")
    own = CsvOptions(direction_out=("Uit",), direction_in=("In",))
    with pytest.raises(ImportFileError) as err:
        read_csv(data, "f.csv", mapping, own)
    assert (err.value.line, err.value.field) == (2, "direction")
    assert str(err.value).endswith("set the direction values")
    assert read_csv(data, "f.csv", mapping).rows[0].amount == Decimal("-10.00")
