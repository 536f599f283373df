"""CSV, QIF and OFX/QFX parsing on realistic samples: values, signs, encodings, errors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.imports.csv_format import (
    CsvMapping,
    CsvOptions,
    decode,
    guess_mapping,
    read_csv,
    sniff_delimiter,
)
from permoney_desktop.domain.imports.ofx import read_ofx
from permoney_desktop.domain.imports.qif import read_qif
from permoney_desktop.domain.imports.records import FileFormat, ImportFileError

DATA = Path(__file__).parents[2] / "data" / "imports"


def _read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_us_csv_guessed_mapping_quoted_thousands() -> None:
    parsed = read_csv(_read("us_utf8.csv"), "us_utf8.csv")
    assert [(r.line, r.date, r.amount, r.payee) for r in parsed.rows] == [
        (2, date(2024, 3, 1), Decimal("-4.50"), "Bean There Cafe"),
        (3, date(2024, 3, 1), Decimal("-4.50"), "Bean There Cafe"),
        (4, date(2024, 3, 2), Decimal("-52.10"), "FreshMart, Main St"),
        (5, date(2024, 3, 15), Decimal("2860.00"), "Acme Corp Payroll"),
    ]
    assert parsed.rows[0].category == "Coffee"


def test_german_csv_with_bom_semicolons_and_decimal_comma() -> None:
    data = _read("de_bom.csv")
    text, enc = decode(data, "de_bom.csv")
    assert enc == "utf-8-sig" and not text.startswith("\ufeff")
    assert sniff_delimiter(text) == ";"
    parsed = read_csv(data, "de_bom.csv", options=CsvOptions(decimal_comma=True))
    assert [(r.date, r.amount, r.currency) for r in parsed.rows] == [
        (date(2024, 4, 3), Decimal("-3.20"), "EUR"),
        (date(2024, 4, 15), Decimal("2345.67"), "EUR"),
        (date(2024, 4, 20), Decimal("-1100.00"), "EUR"),
    ]
    assert parsed.rows[0].payee == "Bäckerei Müller"
    assert parsed.rows[0].memo == "Brötchen"


def test_german_csv_read_with_a_decimal_point_is_refused_with_line_and_field() -> None:
    detected = read_csv(_read("de_bom.csv"), "de_bom.csv")  # the separator comes from the data
    assert [r.amount for r in detected.rows] == [
        Decimal("-3.20"),
        Decimal("2345.67"),
        Decimal("-1100.00"),
    ]
    with pytest.raises(ImportFileError) as err:
        read_csv(_read("de_bom.csv"), "de_bom.csv", options=CsvOptions(decimal_comma=False))
    assert (err.value.line, err.value.field) == (2, "amount")
    assert "de_bom.csv, line 2, field amount" in str(err.value)


def test_french_cp1252_debit_credit_and_space_thousands() -> None:
    parsed = read_csv(_read("fr_cp1252.csv"), "fr.csv", options=CsvOptions(decimal_comma=True))
    assert [(r.date, r.amount, r.payee) for r in parsed.rows] == [
        (date(2024, 4, 5), Decimal("-3.50"), "Café Lumière"),
        (date(2024, 4, 13), Decimal("2100.00"), "Salaire"),
        (date(2024, 4, 28), Decimal("-850.00"), "Loyer"),
    ]


def test_wrong_encoding_named_with_line() -> None:
    with pytest.raises(ImportFileError) as err:
        read_csv(_read("fr_cp1252.csv"), "fr.csv", options=CsvOptions(encoding="utf-8"))
    assert err.value.field == "encoding" and err.value.line == 1


def test_ambiguous_dates_are_reported_not_guessed() -> None:
    with pytest.raises(ImportFileError, match="ambiguous dates") as err:
        read_csv(_read("ambiguous.tsv"), "ambiguous.tsv")
    assert err.value.field == "date" and err.value.line >= 2
    parsed = read_csv(
        _read("ambiguous.tsv"), "ambiguous.tsv", options=CsvOptions(date_format="%d/%m/%Y")
    )
    assert [r.date for r in parsed.rows] == [date(2024, 2, 1), date(2024, 2, 3)]


def test_inflows_negative_flips_signs() -> None:
    parsed = read_csv(_read("us_utf8.csv"), "us.csv", options=CsvOptions(inflows_negative=True))
    assert parsed.rows[0].amount == Decimal("4.50")


def test_missing_column_names_the_header_line() -> None:
    mapping = guess_mapping(["Date", "Description", "Amount"]).with_columns({"memo": "Notes"})
    with pytest.raises(ImportFileError, match="column 'Notes' not found") as err:
        read_csv(_read("us_utf8.csv"), "us.csv", mapping)
    assert (err.value.line, err.value.field) == (1, "memo")


def test_bad_amount_row_names_line_and_field() -> None:
    with pytest.raises(ImportFileError) as err:
        read_csv(_read("bad_amount.csv"), "bad_amount.csv")
    assert (err.value.line, err.value.field) == (3, "amount")


def test_unknown_currency_row() -> None:
    data = b"Date,Amount,Currency\n2024-01-01,1.00,USD\n2024-01-02,2.00,XYZ\n"
    with pytest.raises(ImportFileError) as err:
        read_csv(data, "c.csv")
    assert (err.value.line, err.value.field) == (3, "currency")


def test_explicit_mapping_and_transfer_and_account_columns() -> None:
    parsed = read_csv(_read("transfers.csv"), "t.csv")
    assert [r.account for r in parsed.rows] == ["Checking", "Savings", "Checking", "Visa"]
    assert [r.transfer_ref for r in parsed.rows] == ["T1", "T1", None, None]
    assert parsed.account_keys == ("Checking", "Savings", "Visa")


def test_quoted_multiline_field_keeps_physical_line_numbers() -> None:
    data = b'Date,Payee,Amount\n2024-01-01,"two\nlines",1.00\n2024-01-02,x,bad\n'
    with pytest.raises(ImportFileError) as err:
        read_csv(data, "m.csv")
    assert err.value.line == 4


def test_mapping_round_trips_through_a_dict() -> None:
    m = CsvMapping(date="D", amount="A", payee="P")
    assert CsvMapping.from_dict(m.to_dict()) == m
    with pytest.raises(ValueError, match="unknown field"):
        m.with_columns({"nope": "x"})


def test_qif_bank_dates_amounts_categories_and_transfer_line() -> None:
    parsed = read_qif(_read("bank.qif"), "bank.qif")
    assert parsed.format is FileFormat.QIF
    assert [(r.line, r.date, r.amount) for r in parsed.rows] == [
        (2, date(2024, 1, 3), Decimal("-4.50")),
        (8, date(2024, 1, 3), Decimal("-4.50")),
        (14, date(2024, 1, 15), Decimal("2860.00")),
        (19, date(2024, 1, 20), Decimal("-1650.00")),
        (25, date(2024, 1, 25), Decimal("-200.00")),
    ]
    assert parsed.rows[0].category == "Food:Coffee"
    assert parsed.rows[3].memo == "(check 1042)"
    assert parsed.rows[4].category == ""  # [Savings] is a transfer, not a category


def test_qif_card_account_block_and_splits() -> None:
    parsed = read_qif(_read("card.qif"), "card.qif")
    assert {r.account for r in parsed.rows} == {"Visa Card"}
    assert [r.amount for r in parsed.rows] == [
        Decimal("-62.40"),
        Decimal("15.00"),
        Decimal("-89.90"),
    ]
    assert parsed.rows[2].category == ""  # split: the total is kept, no single category


def test_qif_bad_amount_and_investment_sections() -> None:
    with pytest.raises(ImportFileError) as err:
        read_qif(b"!Type:Bank\nD01/02/2024\nT12..0\n^\n", "x.qif", date_format="%m/%d/%Y")
    assert (err.value.line, err.value.field) == (3, "T")
    invest = read_qif(b"!Type:Invst\nD01/02/2024\n^\n", "x.qif")
    assert invest.rows == () and invest.warnings == (
        "x.qif: 1 investment records skipped (not imported)",
    )
    with pytest.raises(ImportFileError, match="ambiguous"):
        read_qif(b"!Type:Bank\nD01/02/2024\nT1\n^\n", "x.qif")


@pytest.mark.parametrize(
    ("name", "fmt", "account", "currency", "ids"),
    [
        ("checking_sgml.ofx", FileFormat.OFX, "000123456789", "USD", 4),
        ("card_xml.ofx", FileFormat.OFX, "4111222233334444", "EUR", 3),
        ("savings.qfx", FileFormat.QFX, "987654321", "USD", 4),
    ],
)
def test_ofx_versions_and_qfx(
    name: str, fmt: FileFormat, account: str, currency: str, ids: int
) -> None:
    parsed = read_ofx(_read(name), name, fmt)
    assert [s.account_key for s in parsed.statements] == [account]
    assert parsed.statements[0].currency == currency
    assert len({r.external_id for r in parsed.rows}) == ids
    assert all(r.currency == currency and r.account == account for r in parsed.rows)


def test_ofx_keeps_the_banks_calendar_day_and_signs() -> None:
    parsed = read_ofx(_read("checking_sgml.ofx"), "c.ofx")
    payroll = next(r for r in parsed.rows if r.external_id == "2024011501")
    assert payroll.date == date(2024, 1, 15) and payroll.amount == Decimal("2860.00")
    assert payroll.line > 1
    card = read_ofx(_read("card_xml.ofx"), "card.ofx")
    assert [r.amount for r in card.rows] == [Decimal("-62.40"), Decimal("15.00"), Decimal("500.00")]
    assert card.rows[0].payee == "Marché Frais"


def test_broken_ofx_is_one_clear_error() -> None:
    data = _read("checking_sgml.ofx").replace(b"<TRNAMT>-4.50", b"<TRNAMT>abc", 1)
    with pytest.raises(ImportFileError) as caught:
        read_ofx(data, "broken.ofx")
    assert str(caught.value) == "broken.ofx, line 42, field TRNAMT: the amount is not a number"
