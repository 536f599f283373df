"""The import service end to end on real books: formats, duplicates, all-or-nothing, undo."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.domain.imports.records import FileFormat, ImportFileError
from permoney_desktop.domain.rules import Condition
from permoney_desktop.services import accounts, imports, rules, undo
from permoney_desktop.services.imports import write as import_write
from permoney_desktop.services.ledger import Ledger

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

DATA = Path(__file__).parents[1] / "data" / "imports"

TABLES = (
    "accounts",
    "categories",
    "merchants",
    "tags",
    "transfers",
    "entries",
    "entry_tags",
    "undo_steps",
    "syncs",
    "import_batches",
    "rules",
)


def book_state(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every user-data table, read with plain sqlite3."""
    out = {}
    with sqlite3.connect(path) as conn:
        for t in TABLES:
            rows = conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            out[t] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return out


def _req(name: str, **kw: object) -> imports.ImportRequest:
    return imports.ImportRequest.from_path(DATA / name, **kw)  # type: ignore[arg-type]


@pytest.fixture
def checking(ledger: Ledger) -> int:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    return int(acc)


def _entries(ledger: Ledger) -> list[tuple[object, ...]]:
    with ledger.book.reading() as s:
        return [
            tuple(r)
            for r in s.connection().exec_driver_sql(
                "SELECT account_id, date, amount, payee, external_id, kind, transfer_id"
                " FROM entries ORDER BY id"
            )
        ]


def test_detect_format() -> None:
    for name, fmt in [
        ("checking_sgml.ofx", FileFormat.OFX),
        ("card_xml.ofx", FileFormat.OFX),
        ("savings.qfx", FileFormat.QFX),
        ("bank.qif", FileFormat.QIF),
        ("card.qif", FileFormat.QIF),
        ("us_utf8.csv", FileFormat.CSV),
        ("ambiguous.tsv", FileFormat.CSV),
    ]:
        assert imports.detect_format((DATA / name).read_bytes(), name) is fmt


def test_ofx_import_then_reimport_is_empty_and_one_undo_step(ledger: Ledger, checking: int) -> None:
    report = imports.run_import(ledger, _req("checking_sgml.ofx", account="Checking"))
    assert (report.imported, report.duplicates) == (4, 0)
    assert report.changes.dirty_from == {checking: date(2024, 1, 3)}
    assert undo.undo_label(ledger) == "Import 4 entries from checking_sgml.ofx"
    rows = _entries(ledger)
    assert [r[4] for r in rows] == ["2024010301", "2024010302", "2024011501", "2024012001"]
    assert sum(int(r[2]) for r in rows) == -450 - 450 + 286000 - 165000
    again = imports.run_import(ledger, _req("checking_sgml.ofx", account="Checking"))
    assert (again.imported, again.duplicates) == (0, 4)
    assert {s.reason for s in again.skipped} == {"external id already in the account"}
    with ledger.book.reading() as s:
        pending = (
            s.connection()
            .exec_driver_sql("SELECT account_id, window_start FROM syncs WHERE status = 'pending'")
            .all()
        )
    assert pending == [(checking, "2024-01-03")]
    undo.undo(ledger)
    undo.undo(ledger)
    assert _entries(ledger) == []


def test_csv_two_identical_coffees_multiset(ledger: Ledger, checking: int) -> None:
    req = _req("us_utf8.csv", account="Checking")
    first = imports.run_import(ledger, req)
    assert (first.imported, first.duplicates) == (4, 0)
    second = imports.run_import(ledger, req)
    assert (second.imported, second.duplicates) == (0, 4)
    assert second.skipped[0].line == 2
    coffees = [r for r in _entries(ledger) if r[3] == "Bean There Cafe"]
    assert len(coffees) == 2


def test_csv_categories_are_created_and_count_as_hand_set(ledger: Ledger, checking: int) -> None:
    imports.run_import(ledger, _req("us_utf8.csv", account="Checking"))
    with ledger.book.reading() as s:
        rows = (
            s.connection()
            .exec_driver_sql(
                "SELECT c.name, c.kind, e.user_fields FROM entries e JOIN categories c"
                " ON c.id = e.category_id ORDER BY e.id"
            )
            .all()
        )
    assert [tuple(r) for r in rows] == [
        ("Coffee", "expense", "category"),
        ("Coffee", "expense", "category"),
        ("Groceries", "expense", "category"),
        ("Salary", "income", "category"),
    ]


def test_qif_and_ofx_card_and_qfx(ledger: Ledger, checking: int) -> None:
    accounts.create_account(ledger, "Visa Card", AccountKind.CREDIT_CARD, "USD")
    accounts.create_account(ledger, "Euro Card", AccountKind.CREDIT_CARD, "EUR")
    bank = imports.run_import(ledger, _req("bank.qif", account="Checking"))
    assert bank.imported == 5
    card = imports.run_import(ledger, _req("card.qif"))  # the !Account block names the account
    assert card.imported == 3
    euro = imports.run_import(ledger, _req("card_xml.ofx", account="Euro Card"))
    assert euro.imported == 3
    qfx = imports.run_import(ledger, _req("savings.qfx", account="Checking"))
    assert qfx.imported == 4
    with pytest.raises(imports.ImportSetupError, match="in EUR, but account 'Visa Card'"):
        imports.run_import(ledger, _req("card_xml.ofx", account="Visa Card"))


def test_transfer_id_column_links_pairs_and_matcher_proposes(ledger: Ledger, checking: int) -> None:
    accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    accounts.create_account(ledger, "Visa", AccountKind.CREDIT_CARD, "USD")
    report = imports.run_import(ledger, _req("transfers.csv"))
    assert report.imported == 4 and report.transfers_linked == 1
    rows = _entries(ledger)
    assert [r[5] for r in rows] == ["transfer", "transfer", "transaction", "transaction"]
    assert rows[0][6] == rows[1][6] is not None
    (p,) = report.proposals
    assert (p.outflow_account, p.inflow_account, p.amount) == (
        "Checking",
        "Visa",
        Decimal("300.00"),
    )
    ids = list(report.new_entry_ids)
    assert (p.outflow_id, p.inflow_id) == (ids[2], ids[3])
    imports.reject_transfers(ledger, [(p.outflow_id, p.inflow_id)])
    assert imports.propose_transfers(ledger) == []
    imports.confirm_transfers(ledger, [(p.outflow_id, p.inflow_id)])
    assert [r[5] for r in _entries(ledger)][2:] == ["transfer", "transfer"]


def test_matcher_pairs_new_rows_with_existing_entries(ledger: Ledger, checking: int) -> None:
    accounts.create_account(ledger, "Visa", AccountKind.CREDIT_CARD, "USD")
    data = b"Date,Payee,Amount\n2024-05-02,Card payment,-300.00\n"
    imports.run_import(ledger, imports.ImportRequest(data, "a.csv", account="Checking"))
    card = b"Date,Payee,Amount\n2024-05-05,Payment thank you,300.00\n"
    report = imports.run_import(ledger, imports.ImportRequest(card, "b.csv", account="Visa"))
    (p,) = report.proposals
    assert p.outflow_id == 1 and p.inflow_id == 2


@pytest.mark.parametrize(
    ("name", "kw", "line", "fld"),
    [
        ("bad_amount.csv", {}, 3, "amount"),
        ("ambiguous.tsv", {}, 2, "date"),
        (
            "fr_cp1252.csv",
            {"options": CsvOptions(encoding="utf-8", decimal_comma=True)},
            1,
            "encoding",
        ),
        (
            "us_utf8.csv",
            {"mapping": CsvMapping(date="Date", amount="Amount", memo="Nope")},
            1,
            "memo",
        ),
        ("de_bom.csv", {"options": CsvOptions(decimal_comma=False)}, 2, "amount"),
    ],
)
def test_every_bad_input_leaves_the_book_byte_for_byte_unchanged(
    ledger: Ledger, checking: int, book_path: Path, name: str, kw: dict, line: int, fld: str
) -> None:
    imports.run_import(ledger, _req("checking_sgml.ofx", account="Checking"))
    before = book_state(book_path)
    with pytest.raises(ImportFileError) as err:
        imports.run_import(ledger, _req(name, account="Checking", **kw))
    assert (err.value.line, err.value.field) == (line, fld)
    assert name in str(err.value)
    assert book_state(book_path) == before


def test_bad_transfer_ids_and_extra_decimals_are_rejected(
    ledger: Ledger, checking: int, book_path: Path
) -> None:
    before = book_state(book_path)
    three = b"Date,Amount,Transfer Id\n2024-01-01,-1,T\n2024-01-01,1,T\n2024-01-02,1,T\n"
    with pytest.raises(ImportFileError, match="appears 3 times") as err:
        imports.run_import(ledger, imports.ImportRequest(three, "t.csv", account="Checking"))
    assert err.value.line == 4
    decimals = b"Date,Amount\n2024-01-01,1.234\n"
    with pytest.raises(ImportFileError, match="choose the decimal separator") as err:
        imports.run_import(ledger, imports.ImportRequest(decimals, "d.csv", account="Checking"))
    assert (err.value.line, err.value.field) == (2, "amount")
    point = CsvOptions(decimal_comma=False)
    with pytest.raises(ImportFileError, match="more decimals") as err:
        imports.run_import(
            ledger, imports.ImportRequest(decimals, "d.csv", account="Checking", options=point)
        )
    assert (err.value.line, err.value.field) == (2, "amount")
    assert book_state(book_path) == before


def test_cancel_leaves_nothing_written(ledger: Ledger, checking: int, book_path: Path) -> None:
    lines = ["Date,Payee,Amount"] + [
        f"2024-01-{1 + i % 28:02d},P{i},-{i}.00" for i in range(25_000)
    ]
    data = "\n".join(lines).encode()
    before = book_state(book_path)
    seen: list[str] = []

    def cancel() -> bool:
        return "writing" in seen

    def progress(stage: str, done: int, total: int) -> None:
        seen.append(stage)

    with pytest.raises(imports.ImportCancelledError):
        imports.run_import(
            ledger,
            imports.ImportRequest(data, "big.csv", account="Checking"),
            progress=progress,
            cancel=cancel,
        )
    assert "writing" in seen
    assert book_state(book_path) == before


def _schema(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        ).fetchall()


def _bulk_csv(rows: int, first: int = 0) -> bytes:
    lines = ["Date,Payee,Amount,Id"] + [
        f"2024-{1 + i % 12:02d}-{1 + i % 28:02d},P{i % 50},-{i}.25,X{i}"
        for i in range(first, first + rows)
    ]
    return "\n".join(lines).encode()


def test_bulk_import_rebuilds_the_entry_indexes_exactly(
    ledger: Ledger, checking: int, book_path: Path
) -> None:
    """An import bigger than the book drops the entries indexes and builds them again after
    the insert: the schema is the same afterwards and the rebuilt indexes answer queries."""
    schema = _schema(book_path)
    request = imports.ImportRequest(_bulk_csv(3000), "bulk.csv", account="Checking")
    assert imports.run_import(ledger, request).imported == 3000
    assert _schema(book_path) == schema
    with sqlite3.connect(book_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM entries WHERE account_id = ? AND date > ?",
            (checking, "2024-06-01"),
        ).fetchall()
    assert "ix_entries_account_date" in str(plan)
    # The external-id index finds every row again: the same file is all duplicates.
    again = imports.run_import(ledger, request)
    assert (again.imported, again.duplicates) == (0, 3000)
    # A second bulk file the size of the book: rebuilt again, both files' rows kept.
    more = imports.ImportRequest(_bulk_csv(3000, 3000), "more.csv", account="Checking")
    assert imports.run_import(ledger, more).imported == 3000
    assert _schema(book_path) == schema
    assert len(_entries(ledger)) == 6000


def test_cancel_with_indexes_dropped_and_rows_written_leaves_nothing(
    ledger: Ledger, checking: int, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_write, "CHUNK", 1000)  # the writer's chunk: ticks per 1000 rows
    before, schema = book_state(book_path), _schema(book_path)
    ticks: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        ticks.append(stage)

    def cancel() -> bool:  # after two chunks are in and the indexes are gone
        return ticks.count("writing") >= 3

    with pytest.raises(imports.ImportCancelledError):
        imports.run_import(
            ledger,
            imports.ImportRequest(_bulk_csv(5000), "bulk.csv", account="Checking"),
            progress=progress,
            cancel=cancel,
        )
    assert book_state(book_path) == before
    assert _schema(book_path) == schema


def test_dry_run_and_plan_write_nothing(ledger: Ledger, checking: int, book_path: Path) -> None:
    before = book_state(book_path)
    report = imports.run_import(ledger, _req("us_utf8.csv", account="Checking"), dry_run=True)
    assert report.dry_run and report.imported == 4
    plan = imports.plan_import(ledger, _req("us_utf8.csv", account="Checking"))
    assert (plan.imported, plan.duplicates, plan.new_categories) == (
        4,
        0,
        ["Coffee", "Groceries", "Salary"],
    )
    assert book_state(book_path) == before


def test_unknown_or_missing_account(ledger: Ledger, checking: int) -> None:
    with pytest.raises(imports.ImportSetupError, match="which account"):
        imports.run_import(ledger, _req("us_utf8.csv"))
    with pytest.raises(imports.ImportSetupError, match="unknown account 'Nope'"):
        imports.run_import(ledger, _req("us_utf8.csv", account="Nope"))
    with pytest.raises(imports.ImportSetupError, match="'Savings' is not a book account"):
        imports.run_import(ledger, _req("transfers.csv"))


def test_rules_apply_at_import_without_touching_file_categories(
    ledger: Ledger, checking: int
) -> None:
    from permoney_desktop.services import categories

    categories.create_category(ledger, "Treats", "expense")
    rules.add_rule(
        ledger,
        "coffee",
        [Condition.parse("payee", "contains", "bean")],
        category="Treats",
        merchant="Bean There",
        tags=["coffee"],
    )
    rules.add_rule(
        ledger, "payroll", [Condition.parse("payee", "regex", "payroll$")], rename_payee="Acme"
    )
    report = imports.run_import(ledger, _req("checking_sgml.ofx", account="Checking"))
    assert report.rules_applied == 3
    with ledger.book.reading() as s:
        rows = (
            s.connection()
            .exec_driver_sql(
                "SELECT e.payee, c.name, m.name, (SELECT group_concat(t.name, ',')"
                " FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id)"
                " FROM entries e LEFT JOIN categories c ON c.id = e.category_id"
                " LEFT JOIN merchants m ON m.id = e.merchant_id ORDER BY e.id"
            )
            .all()
        )
    assert [tuple(r) for r in rows] == [
        ("BEAN THERE CAFE", "Treats", "Bean There", "coffee"),
        ("BEAN THERE CAFE", "Treats", "Bean There", "coffee"),
        ("Acme", None, None, None),
        ("OAKWOOD APARTMENTS", None, None, None),
    ]
    # The CSV names its own categories: rules leave them alone.
    imports.run_import(ledger, _req("us_utf8.csv", account="Checking"))
    with ledger.book.reading() as s:
        cats = (
            s.connection()
            .exec_driver_sql(
                "SELECT c.name FROM entries e JOIN categories c ON c.id = e.category_id"
                " WHERE e.payee = 'Bean There Cafe'"
            )
            .all()
        )
    assert [c[0] for c in cats] == ["Coffee", "Coffee"]


def test_presets_round_trip(ledger: Ledger) -> None:
    m = CsvMapping(date="Datum", amount="Betrag", payee="Empfänger")
    o = CsvOptions(decimal_comma=True, date_format="%d.%m.%Y")
    imports.save_preset(ledger, "My Bank", m, o)
    assert imports.load_preset(ledger, "my bank") == (m, o)
    assert imports.list_presets(ledger) == ["My Bank"]
    imports.delete_preset(ledger, "My Bank")
    with pytest.raises(imports.ImportSetupError):
        imports.load_preset(ledger, "My Bank")


def test_preview_for_the_wizard(ledger: Ledger) -> None:
    pv = imports.preview(ledger, _req("bad_amount.csv"), limit=10)
    assert pv.format is FileFormat.CSV and pv.total_rows == 3
    assert pv.mapping is not None and pv.mapping.amount == "Amount"
    assert [r.error != "" for r in pv.rows] == [False, True, False]
    assert "line 3, field amount" in pv.rows[1].error
    de = imports.preview(ledger, _req("de_bom.csv"))
    assert de.options is not None and de.options.decimal_comma
    assert de.rows[1].amount == Decimal("2345.67") and de.date_format == "%d.%m.%Y"
    amb = imports.preview(ledger, _req("ambiguous.tsv"))
    assert amb.file_error is not None and "ambiguous" in amb.file_error
    ofx = imports.preview(ledger, _req("checking_sgml.ofx"))
    assert ofx.format is FileFormat.OFX and len(ofx.rows) == 4


def test_imported_balances_materialize(ledger: Ledger, checking: int) -> None:
    from permoney_desktop.services import balances, materialize

    imports.run_import(ledger, _req("checking_sgml.ofx", account="Checking"))
    # The same bank's QIF: four rows match the OFX ones by fingerprint; only the transfer is new.
    qif = imports.run_import(ledger, _req("bank.qif", account="Checking"))
    assert (qif.imported, qif.duplicates) == (1, 4)
    materialize.sync_pending(ledger)
    (bal,) = balances.balances_on(ledger, date(2024, 12, 31))
    assert (bal.minor, bal.partial) == (-450 - 450 + 286000 - 165000 - 20000, False)


def test_bulk_import_with_rule_tags_undoes_and_redoes_exactly(
    ledger: Ledger, checking: int, book_path: Path
) -> None:
    """Rules tag most rows of a bulk import (multi-row inserts, rebuilt indexes, entry_tags
    journaled by their keys): undo leaves the book as before, redo as after the import."""
    rules.add_rule(ledger, "even", [Condition.parse("payee", "regex", r"[02468]$")], tags=["a"])
    rules.add_rule(ledger, "small", [Condition.parse("amount", ">", "-100")], tags=["a", "b"])
    before, schema = book_state(book_path), _schema(book_path)
    request = imports.ImportRequest(_bulk_csv(2500), "bulk.csv", account="Checking")
    assert imports.run_import(ledger, request).imported == 2500
    after = book_state(book_path)
    assert after["entry_tags"][0] > 1000
    assert _schema(book_path) == schema  # entry_tags' index dropped and rebuilt too
    with sqlite3.connect(book_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = ("entries", "entry_tags", "tags", "merchants", "import_batches", "transfers")
    undo.undo(ledger)
    undone = book_state(book_path)
    for t in rows:  # accounts (data versions), syncs and the undo journal move on by design
        assert undone[t] == before[t], t
    undo.redo(ledger)
    redone = book_state(book_path)
    for t in rows:
        assert redone[t] == after[t], t
    undo.undo(ledger)  # the redone step (its tags journaled as images now) undoes again
    again = book_state(book_path)
    for t in rows:
        assert again[t] == before[t], t
