"""Crafted book zips are refused whole, with file/line/field and never a row's text; the book
stays empty and every later command works."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.rules import Condition
from permoney_desktop.services import accounts, book_reader, exports, rules
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger

REPO = Path(__file__).resolve().parents[2]
SECRET = "Zebulon Quixotic Dental"
Edit = Callable[[list[list[str]]], None]


@pytest.fixture(scope="module")
def good_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bookzip")
    with Ledger.open(folder / "source.permoney", create=True) as ledger:
        fill_demo(ledger, transactions=300, years=1, seed=5, end=date(2024, 6, 30))
        rules.add_rule(
            ledger, "dentist", [Condition.parse("payee", "contains", "dent")], tags=["health"]
        )
        zpath = folder / "book.zip"
        exports.export_book(ledger, zpath)
    return zpath


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def _crafted(
    source: Path,
    out: Path,
    edits: dict[str, Edit] | None = None,
    raw: dict[str, bytes] | None = None,
) -> Path:
    """A copy of ``source`` with some files' rows edited, or replaced by raw bytes."""
    edits, raw = edits or {}, raw or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name in raw:
                data = raw[name]
            elif name in edits:
                rows = _rows(data)
                edits[name](rows)
                buf = io.StringIO()
                csv.writer(buf, lineterminator="\n").writerows(rows)
                data = buf.getvalue().encode()
            dst.writestr(name, data)
    return out


def _set(column: str, value: str, row: int = 1) -> Edit:
    def edit(rows: list[list[str]]) -> None:
        rows[row][rows[0].index(column)] = value
        if "payee" in rows[0]:
            rows[row][rows[0].index("payee")] = SECRET

    return edit


def _drop_one_transfer_side(rows: list[list[str]]) -> None:
    at = rows[0].index("transfer_id")
    side = next(i for i, r in enumerate(rows[1:], 1) if r[at])
    rows[side][at] = ""
    rows[side][rows[0].index("kind")] = "transaction"


def _manifest(good_zip: Path, **changes: object) -> bytes:
    with zipfile.ZipFile(good_zip) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest.update(changes)
    return json.dumps(manifest).encode()


CASES: list[tuple[str, str, dict[str, Edit], dict[str, object], tuple[str, int, str], str]] = [
    # (case, file, row edits, manifest changes, (file, line, field) expected, reason part)
    (
        "account kind",
        "accounts.csv",
        {"accounts.csv": _set("kind", "hacker")},
        {},
        ("accounts.csv", 2, "kind"),
        "not an account type",
    ),
    (
        "account currency",
        "accounts.csv",
        {"accounts.csv": _set("currency", "ZZZ")},
        {},
        ("accounts.csv", 2, "currency"),
        "currency",
    ),
    (
        "rule JSON",
        "rules.csv",
        {"rules.csv": _set("conditions", "{not json")},
        {},
        ("rules.csv", 2, "conditions"),
        "not JSON",
    ),
    (
        "rule regex",
        "rules.csv",
        {"rules.csv": _set("conditions", '[{"field":"payee","op":"regex","value":"(["}]')},
        {},
        ("rules.csv", 2, "conditions"),
        "condition 1",
    ),
    (
        "amount Infinity",
        "entries.csv",
        {"entries.csv": _set("amount", "Infinity")},
        {},
        ("entries.csv", 2, "amount"),
        "finite",
    ),
    (
        "amount 1e999999",
        "entries.csv",
        {"entries.csv": _set("amount", "1e999999")},
        {},
        ("entries.csv", 2, "amount"),
        "too large",
    ),
    (
        "amount NaN",
        "entries.csv",
        {"entries.csv": _set("amount", "NaN")},
        {},
        ("entries.csv", 2, "amount"),
        "finite",
    ),
    (
        "date 2024-02-30",
        "entries.csv",
        {"entries.csv": _set("date", "2024-02-30")},
        {},
        ("entries.csv", 2, "date"),
        "not a date",
    ),
    (
        "entry kind",
        "entries.csv",
        {"entries.csv": _set("kind", "hacker")},
        {},
        ("entries.csv", 2, "kind"),
        "not an entry kind",
    ),
    (
        "unknown account id",
        "entries.csv",
        {"entries.csv": _set("account_id", "999999")},
        {},
        ("entries.csv", 2, "account_id"),
        "no such row in accounts",
    ),
    (
        "huge id",
        "entries.csv",
        {"entries.csv": _set("id", "9" * 40)},
        {},
        ("entries.csv", 2, "id"),
        "out of range",
    ),
    (
        "duplicate id",
        "entries.csv",
        {"entries.csv": lambda rows: rows.append(list(rows[1]))},
        {},
        ("entries.csv", 0, "id"),
        "another row",
    ),
    (
        "transfer side without transfer",
        "entries.csv",
        {"entries.csv": _set("kind", "transfer")},
        {},
        ("entries.csv", 2, "transfer_id"),
        "only a transfer side",
    ),
    (
        "transfer with one side",
        "entries.csv",
        {"entries.csv": _drop_one_transfer_side},
        {},
        ("entries.csv", 0, "transfer_id"),
        "side(s)",
    ),
    (
        "rate zero",
        "rates.csv",
        {"rates.csv": _set("rate", "0")},
        {},
        ("rates.csv", 2, "rate"),
        "positive",
    ),
    (
        "manifest version abc",
        "manifest.json",
        {},
        {"version": "abc"},
        ("manifest.json", 0, "version"),
        "cannot read",
    ),
    (
        "manifest base ZZZ",
        "manifest.json",
        {},
        {"base_currency": "ZZZ"},
        ("manifest.json", 0, "base_currency"),
        "currency",
    ),
    (
        "manifest base {}",
        "manifest.json",
        {},
        {"base_currency": {}},
        ("manifest.json", 0, "base_currency"),
        "currency",
    ),
]


@pytest.mark.parametrize(
    ("case", "fname", "edits", "manifest", "where", "reason"),
    CASES,
    ids=[c[0] for c in CASES],
)
def test_a_crafted_cell_is_refused_whole(
    good_zip: Path,
    tmp_path: Path,
    case: str,
    fname: str,
    edits: dict[str, Edit],
    manifest: dict[str, object],
    where: tuple[str, int, str],
    reason: str,
) -> None:
    raw = {"manifest.json": _manifest(good_zip, **manifest)} if manifest else {}
    crafted = _crafted(good_zip, tmp_path / "crafted.zip", edits, raw)
    with Ledger.open(tmp_path / "target.permoney", create=True) as target:
        with pytest.raises(ImportFileError) as refused:
            exports.import_book(target, crafted)
        err = refused.value
        assert err.file == where[0] and err.field == where[2]
        if where[1]:
            assert err.line == where[1]
        assert reason in err.reason, str(err)
        assert SECRET not in str(err) and "hacker" not in str(err) and "INSERT" not in str(err)
        assert accounts.list_accounts(target) == []  # nothing half-written
        exports.import_book(target, good_zip)  # the good one still goes in afterwards
        assert accounts.list_accounts(target)


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [(b"[1, 2]", "not a JSON object"), (b"{not json", "not JSON"), (b"\xff\xfe{}", "not JSON")],
)
def test_a_malformed_manifest_is_refused(
    good_zip: Path, tmp_path: Path, manifest: bytes, reason: str
) -> None:
    crafted = _crafted(good_zip, tmp_path / "crafted.zip", raw={"manifest.json": manifest})
    with Ledger.open(tmp_path / "target.permoney", create=True) as target:
        with pytest.raises(ImportFileError, match=reason) as refused:
            exports.import_book(target, crafted)
        assert refused.value.file == "manifest.json"


def test_invalid_utf8_names_the_file_and_line(good_zip: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(good_zip) as zf:
        lines = zf.read("accounts.csv").split(b"\n")
    lines[2] = lines[2].replace(b",", b",\xff\xfe", 1)
    crafted = _crafted(good_zip, tmp_path / "crafted.zip", raw={"accounts.csv": b"\n".join(lines)})
    with Ledger.open(tmp_path / "target.permoney", create=True) as target:
        with pytest.raises(ImportFileError, match="not UTF-8") as refused:
            exports.import_book(target, crafted)
        assert refused.value.file == "accounts.csv" and refused.value.line >= 2


def test_a_row_count_different_from_the_manifest_is_refused(good_zip: Path, tmp_path: Path) -> None:
    crafted = _crafted(
        good_zip, tmp_path / "crafted.zip", edits={"entries.csv": lambda rows: rows.pop()}
    )
    with Ledger.open(tmp_path / "target.permoney", create=True) as target:
        with pytest.raises(ImportFileError, match="manifest says") as refused:
            exports.import_book(target, crafted)
        assert refused.value.file == "entries.csv"


def test_a_zip_bomb_is_refused_before_it_is_read(good_zip: Path, tmp_path: Path) -> None:
    # 64 MB of one repeated row packs into well under 1 MB: far tighter than any real book.
    header = b"id,name\n"
    bomb = header + b"1,a\n" * (16 * 1024**2)
    crafted = _crafted(good_zip, tmp_path / "bomb.zip", raw={"merchants.csv": bomb})
    with zipfile.ZipFile(crafted) as zf:
        info = zf.getinfo("merchants.csv")
        assert info.file_size / info.compress_size > book_reader.MAX_RATIO
    with Ledger.open(tmp_path / "target.permoney", create=True) as target:
        with pytest.raises(ImportFileError, match="compressed far more") as refused:
            exports.import_book(target, crafted)
        assert refused.value.file == "merchants.csv"


def test_a_member_larger_than_the_cap_is_refused(
    good_zip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(book_reader, "MAX_MEMBER_BYTES", 1000)
    with (
        Ledger.open(tmp_path / "target.permoney", create=True) as target,
        pytest.raises(ImportFileError, match="too large"),
    ):
        exports.import_book(target, good_zip)


def test_the_cli_says_one_line_and_later_commands_work(good_zip: Path, tmp_path: Path) -> None:
    crafted = _crafted(
        good_zip, tmp_path / "crafted.zip", edits={"accounts.csv": _set("kind", "hacker")}
    )
    book = tmp_path / "target.permoney"
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def permoney(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args]
        return subprocess.run(
            command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120
        )

    assert permoney("init").returncode == 0
    refused = permoney("import-book", str(crafted))
    # A rejected import exits 1, like a rejected bank-file import (README).
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1, refused.stderr
    assert "accounts.csv, line 2, field kind" in refused.stderr
    for command in (("accounts", "list"), ("balances",), ("rules", "list"), ("check",)):
        done = permoney(*command)
        assert done.returncode == 0, (command, done.stderr)


def _entry_chunks(zpath: Path, per: int) -> list[int]:
    with book_reader.open_book(zpath) as book:
        chunks = book_reader.book_rows(book, lambda _ids: {}, per)  # the demo has no splits
        return [len(r) for t, _h, r in chunks if t == "entries"]


def test_rows_come_in_bounded_chunks(good_zip: Path) -> None:
    sizes = _entry_chunks(good_zip, 7)
    assert len(sizes) > 3 and max(sizes) == 7  # never the whole file at once
    with zipfile.ZipFile(good_zip) as zf:  # entries and valuations both fill the entries table
        total = sum(len(_rows(zf.read(f))) - 1 for f in ("entries.csv", "valuations.csv"))
    assert sum(sizes) == total


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda rows: rows[-1].__setitem__(rows[0].index("date"), "2024-02-30"), "not a date"),
        (lambda rows: rows.pop(), "manifest says"),  # known only at the end of the file
    ],
    ids=["a bad last row", "a short file"],
)
def test_a_late_problem_after_written_chunks_leaves_the_book_empty(
    good_zip: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    edit: Edit,
    reason: str,
) -> None:
    # Small chunks: several of them are inserted (in the write) before the problem is read.
    monkeypatch.setattr(book_reader, "CHUNK_ROWS", 10)
    crafted = _crafted(good_zip, tmp_path / "crafted.zip", edits={"entries.csv": edit})
    inserted: list[str] = []
    real_rows = book_reader.book_rows

    def counting(book: book_reader.BookZip, entries: Any, per: int | None = None) -> object:
        for chunk in real_rows(book, entries, per):
            inserted.append(chunk[0])
            yield chunk

    monkeypatch.setattr(exports, "book_rows", counting)
    with Ledger.open(tmp_path / "target.permoney", create=True) as target:
        with pytest.raises(ImportFileError, match=reason) as refused:
            exports.import_book(target, crafted)
        assert refused.value.file == "entries.csv"
        assert inserted.count("entries") > 3
        assert accounts.list_accounts(target) == []  # the one write rolled back whole
        exports.import_book(target, good_zip)
        assert accounts.list_accounts(target)
