"""The entries CSV carries each split entry's lines in its "split" column, in ``tx split``'s
syntax, and they agree to the cent with the lines the full-book export writes (and with the
book read back from that zip)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import accounts, categories, entries, exports, splits
from permoney_desktop.services.ledger import Ledger


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_entries_csv_lines_agree_with_the_book_zip(ledger: Ledger, tmp_path: Path) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", "checking", "EUR")
    sav, _ = accounts.create_account(ledger, "Savings", "savings", "EUR")
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    fruit, _ = categories.create_category(ledger, "Fruit", CategoryKind.EXPENSE, parent_id=food)
    day = date(2024, 3, 5)
    split_id, _ = entries.add_entry(
        ledger, NewEntry(account_id=chk, date=day, amount=Decimal("-50.05"), payee="Market")
    )
    splits.split_entry(
        ledger,
        split_id,
        [
            SplitLine(Decimal("-30.01"), fruit, memo="apples"),
            SplitLine(Decimal("-0.04"), None),
            SplitLine(Decimal("-20.00"), None, sav),
        ],
    )
    plain_id, _ = entries.add_entry(
        ledger, NewEntry(account_id=chk, date=day, amount=Decimal("-3"), category_id=food)
    )
    out = tmp_path / "entries.csv"
    assert exports.export_entries_csv(ledger, out) == 3  # the counterpart in Savings too
    rows = {int(r["entry_id"]): r for r in _csv(out)}
    assert rows[split_id]["split"] == "Food:Fruit=-30.01; =-0.04; [Savings]=-20.00"
    assert rows[split_id]["amount"] == "-50.05"  # the entry's total, as balances see it
    assert rows[plain_id]["split"] == ""
    # The same lines, to the cent, as the book zip holds them.
    zpath = tmp_path / "book.zip"
    exports.export_book(ledger, zpath)
    with zipfile.ZipFile(zpath) as zf:
        zipped = list(csv.DictReader(io.StringIO(zf.read("entry_splits.csv").decode())))
    cells = [part.rpartition("=") for part in rows[split_id]["split"].split("; ")]
    assert [Decimal(amount) for _t, _eq, amount in cells] == [
        Decimal(z["amount"]) for z in zipped if int(z["entry_id"]) == split_id
    ]
    with Ledger.open(tmp_path / "copy.permoney", create=True) as copy:
        exports.import_book(copy, zpath)
        again = tmp_path / "again.csv"
        exports.export_entries_csv(copy, again)
        assert _csv(again) == _csv(out)
