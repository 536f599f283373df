"""The app's own entries CSV imports its ``split`` column back: an export imported into a fresh
book holds the same split lines, to the cent, as the source book's zip; lines that do not sum
to their row refuse the file with its line and field, and nothing is written."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.cli import main
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import accounts, categories, entries, exports, imports, splits
from permoney_desktop.services.ledger import Ledger

D0 = date(2024, 1, 1)
ACCOUNTS = (("Checking", "checking"), ("Savings", "savings"))
CATEGORIES = (("Food", CategoryKind.EXPENSE), ("Home", CategoryKind.EXPENSE))

# A line: (target: a category index, None for no category, or "T" for a transfer into
# Savings; cents); an entry: (day offset, cents of every line but the last, which takes the
# rest of the entry's amount).
LINE = st.tuples(st.sampled_from([0, 1, None, "T"]), st.integers(-90_000, 90_000))
ENTRY = st.tuples(
    st.integers(0, 200),
    st.integers(-200_000, 200_000),
    st.lists(LINE, min_size=2, max_size=5),
)


def _book(ledger: Ledger) -> tuple[list[AccountId], list[CategoryId]]:
    accs = [
        accounts.create_account(ledger, name, kind, "EUR", opening_date=D0)[0]
        for name, kind in ACCOUNTS
    ]
    cats = [categories.create_category(ledger, n, k)[0] for n, k in CATEGORIES]
    return accs, cats


def _zip_lines(ledger: Ledger, path: Path) -> list[tuple[Any, ...]]:
    """Each split line of the book's zip as (entry's day, account, amount, payee, position,
    line amount, category path or "", transfer account or ""), in a stable order: entry ids
    differ between the books, what the lines say must not."""
    exports.export_book(ledger, path)
    with zipfile.ZipFile(path) as zf:

        def table(name: str) -> list[dict[str, str]]:
            return list(csv.DictReader(io.StringIO(zf.read(name).decode("utf-8"))))

        names = {r["id"]: r["name"] for r in table("accounts.csv")}
        cats = {r["id"]: r for r in table("categories.csv")}
        by_entry = {r["id"]: r for r in table("entries.csv")}
        out = []
        for line in table("entry_splits.csv"):
            e = by_entry[line["entry_id"]]
            cat = cats.get(line["category_id"])
            path_text = ""
            if cat is not None:
                parent = cats.get(cat["parent_id"])
                path_text = f"{parent['name']}:{cat['name']}" if parent else cat["name"]
            out.append(
                (
                    e["date"],
                    names[e["account_id"]],
                    e["amount"],
                    e["payee"],
                    int(line["position"]),
                    Decimal(line["amount"]),
                    path_text,
                    names.get(line["transfer_account_id"], ""),
                )
            )
    return sorted(out)


def _history(ledger: Ledger, history: list[Any]) -> None:
    (chk, sav), cats = _book(ledger)
    for n, (offset, cents, raw) in enumerate(history):
        new = NewEntry(
            account_id=chk,
            date=D0 + timedelta(days=offset),
            amount=Decimal(cents).scaleb(-2),
            payee=f"Shop {n}",  # the entries' order in the comparison
        )
        entry_id, _ = entries.add_entry(ledger, new)
        minors = [c for _t, c in raw[:-1]]
        minors.append(cents - sum(minors))
        lines = [
            SplitLine(
                Decimal(m).scaleb(-2),
                cats[t] if isinstance(t, int) else None,
                sav if t == "T" else None,
            )
            for (t, _c), m in zip(raw, minors, strict=True)
        ]
        splits.split_entry(ledger, entry_id, lines)


@settings(max_examples=10, deadline=None)
@given(st.lists(ENTRY, min_size=1, max_size=6))
def test_an_exported_entries_csv_imports_its_splits_to_the_cent(
    tmp_path_factory: pytest.TempPathFactory, new_book: Any, history: list[Any]
) -> None:
    tmp = tmp_path_factory.mktemp("rt")
    source_path, target_path = tmp / "source.permoney", tmp / "target.permoney"
    new_book(source_path)
    new_book(target_path)
    with Ledger.open(source_path) as source:
        _history(source, history)
        exports.export_entries_csv(source, tmp / "entries.csv")
        expected = _zip_lines(source, tmp / "source.zip")
    with Ledger.open(target_path) as target:
        _book(target)  # the user's accounts and categories, as in the source
        data = (tmp / "entries.csv").read_bytes()
        report = imports.run_import(target, imports.ImportRequest(data=data, name="entries.csv"))
        assert report.imported == len(history) + sum(
            1 for _o, _c, raw in history for t, _m in raw if t == "T"
        )
        assert _zip_lines(target, tmp / "target.zip") == expected
        # The transfer lines adopted the file's counterpart rows: Savings holds each once.
        ids = list(report.new_entry_ids)
        lines = [line for ls in splits.lines_of(target, ids).values() for line in ls]
        transfers = [line for line in lines if line.is_transfer]
        assert all(line.counter_entry_id in ids for line in transfers)


BAD = (
    "date,account,amount,currency,payee,split\n"
    "2024-03-05,Checking,-10.00,EUR,Market,Food=-4.00; Home=-6.00\n"
    "2024-03-06,Checking,-50.05,EUR,Bakery,Food=-30.01; =-20.00\n"
)


def test_lines_that_do_not_sum_refuse_the_file_with_line_and_field(ledger: Ledger) -> None:
    _book(ledger)
    with pytest.raises(ImportFileError) as err:
        imports.run_import(ledger, imports.ImportRequest(data=BAD.encode(), name="bad.csv"))
    assert (err.value.line, err.value.field) == (3, "split")
    assert "do not sum exactly" in str(err.value)
    assert "30.01" not in str(err.value)  # no row values in the message
    assert not entries.list_entries(ledger).rows


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("Food=-10.00", "at least two lines"),
        ("Food=-4.00; Home", "is not TARGET=AMOUNT"),
        ("Food=-4.00; Home=six", "has no valid amount"),
        ("Food=-4.001; Home=-5.999", "more decimals than EUR"),
    ],
)
def test_a_bad_split_cell_names_its_line_and_field(ledger: Ledger, cell: str, why: str) -> None:
    _book(ledger)
    data = f"date,account,amount,currency,split\n2024-03-05,Checking,-10.00,EUR,{cell}\n"
    with pytest.raises(ImportFileError) as err:
        imports.run_import(ledger, imports.ImportRequest(data=data.encode(), name="x.csv"))
    assert (err.value.line, err.value.field) == (2, "split")
    assert why in str(err.value)
    assert not entries.list_entries(ledger).rows


def test_the_cli_refuses_a_bad_split_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "b.permoney"
    assert main(["--book", str(book), "init"]) == 0
    for name, kind in ACCOUNTS:
        args = ["accounts", "add", name, "--type", kind, "--currency", "EUR"]
        assert main(["--book", str(book), *args]) == 0
    (tmp_path / "bad.csv").write_text(BAD, encoding="utf-8")
    capsys.readouterr()
    code = main(["--book", str(book), "import", str(tmp_path / "bad.csv")])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "bad.csv, line 3, field split" in err, err
    with Ledger.open(book) as ledger:
        assert not entries.list_entries(ledger).rows
