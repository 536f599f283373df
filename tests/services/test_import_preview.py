"""The wizard's head-only preview and the rows-in-another-currency counts, on real books."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from permoney_desktop.cli import main
from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.rules import Condition
from permoney_desktop.services import accounts, categories, import_preview, imports, rules
from permoney_desktop.services.imports import ImportRequest
from permoney_desktop.services.ledger import Ledger

DATA = Path(__file__).parents[1] / "data" / "imports"


def _csv(rows: int, *, bad_line: int | None = None, day_first_from: int | None = None) -> bytes:
    """``rows`` data rows; file line ``bad_line`` has an unreadable amount; dates are
    01/02-style (day and month both ≤ 12) until data row ``day_first_from``."""
    out = ["Date,Payee,Amount"]
    for n in range(rows):
        line = n + 2
        day = 13 + n % 15 if day_first_from is not None and n >= day_first_from else 1 + n % 12
        amount = "12.3x" if line == bad_line else f"-{n % 50 + 1}.25"
        out.append(f"{day:02d}/{(n + 5) % 12 + 1:02d}/2023,Shop {n % 97},{amount}")
    return ("\n".join(out) + "\n").encode()


def test_preview_reads_the_head_only_and_the_import_finds_the_late_bad_row(
    ledger: Ledger,
) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    data = _csv(20_000, bad_line=15_001, day_first_from=100)
    request = ImportRequest(data=data, name="big.csv", account="Checking")
    p = import_preview.preview_head(ledger, request)
    assert p.ok and p.file_error is None and p.errors == []
    assert not p.complete and p.sampled < import_preview.DATE_SAMPLE + 1
    assert p.rows_in_file == 20_000  # estimated from the line count: exact here
    assert len(p.rows) == import_preview.PREVIEW_ROWS
    assert p.date_format == "%d/%m/%Y" and p.rows[0].date is not None
    assert str(p.rows[1].amount) == "-2.25" and p.rows[1].payee == "Shop 1"
    with pytest.raises(ImportFileError) as caught:
        imports.plan_import(ledger, request)
    assert caught.value.line == 15_001 and caught.value.field == "amount"


def test_a_sample_that_cannot_decide_the_date_format_says_so(ledger: Ledger) -> None:
    # Every sampled date reads both ways; the file decides only after row 6,000.
    data = _csv(8_000, day_first_from=6_000)
    p = import_preview.preview_head(ledger, ImportRequest(data=data, name="late.csv"))
    assert not p.ok and p.rows == []
    assert p.file_error is not None
    assert "ambiguous" in p.file_error and "first 4,999 rows" in p.file_error
    # Choosing the format is the way on; the whole file then reads.
    chosen = ImportRequest(
        data=data,
        name="late.csv",
        mapping=CsvMapping(date="Date", amount="Amount", payee="Payee"),
        options=CsvOptions(date_format="%d/%m/%Y"),
    )
    assert import_preview.preview_head(ledger, chosen).ok
    assert len(imports.parse_file(chosen).rows) == 8_000


def test_bad_rows_in_the_head_are_marked_with_line_field_and_reason(ledger: Ledger) -> None:
    data = b"Date,Payee,Amount\n2024-01-02,A,-1.00\nnot a day,B,-2.00\n2024-01-04,C,1.5x\n"
    p = import_preview.preview_head(ledger, ImportRequest(data=data, name="f.csv"))
    assert p.complete and p.rows_in_file == 3
    assert [r.line for r in p.rows] == [2, 3, 4]
    assert p.rows[0].error == "" and str(p.rows[0].amount) == "-1.00"
    assert p.rows[1].error.startswith("f.csv, line 3, field date: cannot read date 'not a day'")
    assert p.rows[2].error.startswith("f.csv, line 4, field amount")
    assert not p.ok and len(p.errors) == 2


def test_preview_rows_are_as_imported_with_rules_applied(ledger: Ledger) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    categories.create_category(ledger, "Coffee", "expense")
    rules.add_rule(
        ledger,
        "Beans",
        [Condition.parse("payee", "contains", "bean there")],
        category="Coffee",
        rename_payee="Bean There",
    )
    request = ImportRequest.from_path(DATA / "us_utf8.csv", account="Checking")
    p = import_preview.preview_head(ledger, request)
    first = p.rows[0]
    # The file names a category (hand-set: a rule never overrides it); the payee is renamed.
    assert (first.payee, first.category, first.by_rules) == ("Bean There", "Coffee", ("payee",))
    assert p.rows[2].by_rules == () and p.rows[2].payee == "FreshMart, Main St"
    plain = ImportRequest(
        data=b"Date,Payee,Amount\n2024-01-02,Bean There Cafe,-4.50\n",
        name="plain.csv",
        account="Checking",
    )
    (row,) = import_preview.preview_head(ledger, plain).rows
    assert (row.payee, row.category, row.by_rules) == (
        "Bean There",
        "Coffee",
        ("payee", "category"),
    )
    plan = imports.plan_import(ledger, plain)
    assert plan.new_rows[0].payee == "Bean There"


def test_rows_in_another_currency_are_counted_and_explained(ledger: Ledger) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    data = (
        b"Date,Payee,Amount,Currency\n2024-01-02,A,-1.00,EUR\n2024-01-03,B,-2.00,USD\n"
        b"2024-01-04,C,-3.00,EUR\n"
    )
    request = ImportRequest(data=data, name="eur.csv", account="Checking")
    plan = imports.plan_import(ledger, request)
    assert plan.foreign == {("Checking", "USD", "EUR"): 2}
    found = import_preview.with_rates(ledger, import_preview.foreign_rows(plan.foreign))
    assert found == [import_preview.ForeignRows("Checking", "USD", "EUR", 2, has_rates=False)]
    text = import_preview.currency_sentence(found[0])
    assert text.startswith("2 entries for Checking are in EUR, not USD like the account.")
    assert "no EUR/USD rates yet" in text
    report = imports.run_import(ledger, request)
    assert report.foreign == plan.foreign
    # Same-currency files say nothing.
    same = ImportRequest.from_path(DATA / "us_utf8.csv", account="Checking")
    assert imports.plan_import(ledger, same).foreign == {}


def test_ofx_in_another_currency_is_refused_and_qif_has_none(ledger: Ledger) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    ofx = ImportRequest.from_path(DATA / "card_xml.ofx", account="Checking")
    with pytest.raises(imports.ImportSetupError, match="is in EUR"):
        imports.plan_import(ledger, ofx)
    qif = ImportRequest.from_path(DATA / "bank.qif", account="Checking")
    assert imports.plan_import(ledger, qif).foreign == {}


def test_cli_says_how_many_rows_are_in_another_currency(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Ledger.open(book_path, create=True) as ledger:
        accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    f = tmp_path / "eur.csv"
    f.write_bytes(b"Date,Payee,Amount,Currency\n2024-01-02,A,-1.00,EUR\n2024-01-03,B,-2.00,USD\n")
    args = ["--book", str(book_path), "import", str(f), "--account", "Checking"]
    assert main([*args, "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "would import 2, duplicates 0, rejected 0"
    assert lines[1] == (
        "other currency: 1 for 'Checking' in EUR (account in USD): kept in their currency, "
        "converted at each day's rate in balances"
    )
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("other currency: 1 for 'Checking'")


_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=8)
_good_row = st.tuples(
    st.sampled_from(["2024-01-05", "2024-02-29", "2023-12-31"]),
    st.sampled_from(["-4.50", "12.00", "1,234.56", "(3.00)", "7"]),
    st.sampled_from(["USD", "EUR", "usd"]),
    _text,
)
_any_row = st.tuples(
    st.sampled_from(["05/01/2024", "13/01/2024", "01/13/2024", "x", "", "31/02/2024"]),
    st.sampled_from(["1.234,56", "12.345", "abc", "", "-", "-4.50"]),
    st.sampled_from(["XYZ", "", "EUR"]),
    _text,
)
# Mostly readable rows, so that both outcomes occur often.
_row = st.one_of(*([_good_row] * 12), _any_row)


@pytest.fixture(scope="module")
def empty_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    """One book for every example (the preview only reads it, for rules)."""
    with Ledger.open(tmp_path_factory.mktemp("fuzz") / "b.permoney", create=True) as opened:
        yield opened


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_row.map(list), min_size=1, max_size=12),
    st.sampled_from([",", ";"]),
)
def test_a_small_file_previews_exactly_as_the_whole_file_reads(
    empty_ledger: Ledger, body: list[list[str]], delim: str
) -> None:
    """Never a crash; and for a file within the head, the preview is ok exactly when the
    strict read succeeds, with the same rows (the preview is the import-to-be)."""

    def quote(c: str) -> str:
        special = any(x in c for x in (delim, '"', "\n", "\r"))
        return '"' + c.replace('"', '""') + '"' if special else c

    header = ["Date", "Amount", "Currency", "Payee"]
    lines = [delim.join(header)] + [delim.join(quote(c) for c in r) for r in body]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    p = import_preview.preview_head(empty_ledger, ImportRequest(data=data, name="f.csv"))
    assert all("\n" not in e for e in p.errors)
    if p.mapping is None or p.options is None:
        assert p.file_error and not p.rows
        return
    strict = ImportRequest(data=data, name="f.csv", mapping=p.mapping, options=p.options)
    try:
        parsed = imports.parse_file(strict)
    except ImportFileError:
        assert not p.ok
        event("refused by both")
        return
    assert p.ok, (p.file_error, p.errors)
    event(f"read: {len(parsed.rows) > 0} rows")
    assert p.complete and p.rows_in_file == len(parsed.rows)
    assert [(r.line, r.date, r.amount, r.currency or None, r.payee) for r in p.rows] == [
        (r.line, r.date, r.amount, r.currency, r.payee) for r in parsed.rows
    ]
