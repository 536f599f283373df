"""Concurrent edits are never silently lost: row versions, the unique (account, bank id), and
the write gate's retry of deadlocks — on a SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.services import accounts, entries, gate, undo, write_conflicts
from permoney_desktop.services.imports.types import ImportRequest
from permoney_desktop.services.imports.write import run_import
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.row_versions import StaleEntryError
from permoney_desktop.store.dialect import libpq_url
from permoney_desktop.store.journal import raw
from tests.services.book_state import connect

pytestmark = pytest.mark.backends

START = date(2025, 3, 1)


def ofx(rows: int, *, first: int = 0) -> bytes:
    """A checking account's OFX statement (SGML, as US banks send it) with ``rows`` debits,
    each with its own FITID."""
    lines = [
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n",
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<DTSERVER>20250401120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS>"
        "<CURDEF>USD<BANKACCTFROM><BANKID>121000358<ACCTID>000555000111<ACCTTYPE>CHECKING"
        "</BANKACCTFROM><BANKTRANLIST><DTSTART>20250301<DTEND>20250331",
    ]
    for i in range(first, first + rows):
        day = (START + timedelta(days=i % 28)).strftime("%Y%m%d")
        lines.append(
            f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{day}<TRNAMT>-{1 + i % 50}.{i % 100:02d}"
            f"<FITID>FIT{i:06d}<NAME>SHOP {i % 13}</STMTTRN>"
        )
    lines.append("</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n")
    return "\n".join(lines).encode()


def checking(ledger: Ledger) -> int:
    acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    return int(acct)


def one_entry(ledger: Ledger) -> int:
    acct = checking(ledger)
    entry_id, _ = entries.add_entry(
        ledger, NewEntry(acct, START, Decimal("-12.50"), payee="Bakery")
    )
    return int(entry_id)


def test_every_change_raises_the_row_version_and_undo_too(ledger: Ledger) -> None:
    entry_id = one_entry(ledger)
    assert entries.get_entry(ledger, entry_id).version == 1
    entries.edit_entry(ledger, entry_id, EntryPatch(payee="Baker's"), version=1)
    assert entries.get_entry(ledger, entry_id).version == 2
    undo.undo(ledger)
    # Undo restores the values, not the version: a view read before the undo is stale.
    view = entries.get_entry(ledger, entry_id)
    assert (view.payee, view.version) == ("Bakery", 3)


def test_an_edit_against_an_older_version_is_refused_with_the_fresh_values(
    ledger: Ledger,
) -> None:
    entry_id = one_entry(ledger)
    seen = entries.get_entry(ledger, entry_id)
    # Someone else saves first.
    entries.edit_entry(ledger, entry_id, EntryPatch(amount=Decimal("-13.75")), version=1)
    with pytest.raises(StaleEntryError) as refused:
        entries.edit_entry(ledger, entry_id, EntryPatch(payee="Mine"), version=seen.version)
    fresh = refused.value.fresh
    assert (fresh.amount.amount, fresh.payee, fresh.version) == (Decimal("-13.75"), "Bakery", 2)
    assert "changed by someone else" in str(refused.value)
    assert "-13.75 USD" in str(refused.value)
    after = entries.get_entry(ledger, entry_id)
    assert (after.payee, after.amount.amount) == ("Bakery", Decimal("-13.75"))
    # Against the fresh version the same edit goes through.
    entries.edit_entry(ledger, entry_id, EntryPatch(payee="Mine"), version=fresh.version)
    assert entries.get_entry(ledger, entry_id).payee == "Mine"


def test_one_bank_id_per_account_is_enforced_by_the_book(ledger: Ledger) -> None:
    acct = checking(ledger)
    run_import(ledger, ImportRequest(ofx(3), "march.ofx", account="Checking"))
    with pytest.raises(write_conflicts.DuplicateExternalIdError), gate.write(ledger, "x") as w:
        entry_id = w.new_id("entries")
        now = raw(w.now)
        w.journal.insert(
            "entries",
            [(entry_id, acct, "transaction", "2025-03-02", -100, "USD", "", "", None, None,
              None, "FIT000001", "", now, now)],
            entries.COLUMNS,
        )  # fmt: skip
    # The same bank id in another account is another row.
    accounts.create_account(ledger, "Savings", "savings", "USD")
    report = run_import(ledger, ImportRequest(ofx(3), "march.ofx", account="Savings"))
    assert report.imported == 3


@pytest.fixture
def shared(pg_book_url: str) -> Iterator[Ledger]:
    """A shared book on the private PostgreSQL server (these tests are about its sessions)."""
    with Ledger.open(pg_book_url) as opened:
        yield opened


def test_a_row_another_import_inserted_first_counts_as_a_duplicate(shared: Ledger) -> None:
    """The unique index is the last word: another client's import commits some of the same
    bank rows while ours writes; ours is refused whole and planned again."""
    acct = checking(shared)
    url = shared.book.url
    assert url is not None
    fired: list[str] = []

    def progress(stage: str, _done: int, _total: int) -> None:
        if stage == "writing" and not fired:
            fired.append(stage)
            # Outside our write, as another machine's import would (committed at once).
            with psycopg.connect(libpq_url(url), autocommit=True) as other:
                other.execute(
                    "INSERT INTO entries (id, account_id, kind, date, amount, currency, payee,"
                    " notes, external_id, user_fields, created_at, updated_at)"
                    " VALUES (999, %s, 'transaction', '2025-03-05', -505, 'USD', 'SHOP 4', '',"
                    " 'FIT000004', '', now(), now())",
                    (acct,),
                )

    report = run_import(
        shared, ImportRequest(ofx(20), "m.ofx", account="Checking"), progress=progress
    )
    assert fired and report.imported == 19 and report.duplicates == 1
    with connect(shared) as conn:
        ids = [r[0] for r in conn.execute("SELECT external_id FROM entries").fetchall()]
    assert sorted(ids) == [f"FIT{i:06d}" for i in range(20)]


def test_two_processes_importing_one_file_at_once_import_each_row_once(
    shared: Ledger, tmp_path: Path
) -> None:
    checking(shared)
    statement = tmp_path / "march.ofx"
    statement.write_bytes(ofx(3000))
    url = shared.book.url
    assert url is not None
    command = [sys.executable, "-m", "permoney_desktop", "--book", url, "import", str(statement)]
    children = [
        subprocess.Popen(
            [*command, "--account", "Checking"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    outcomes = [child.communicate(timeout=300) for child in children]
    assert [c.returncode for c in children] == [0, 0], outcomes
    with connect(shared) as conn:
        (count, distinct), = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT external_id) FROM entries"
        ).fetchall()  # fmt: skip
    assert count == distinct == 3000
    # Whichever came second was told every row was already there.
    said = sorted(out.decode().strip() for out, _err in outcomes)
    assert said == [
        "imported 0, duplicates 3000, rejected 0",
        "imported 3000, duplicates 0, rejected 0",
    ]


def test_a_deadlock_is_retried_by_the_write_gate_never_shown(shared: Ledger) -> None:
    acct = checking(shared)
    first, _ = entries.add_entry(shared, NewEntry(acct, START, Decimal("-1"), payee="one"))
    second, _ = entries.add_entry(shared, NewEntry(acct, START, Decimal("-2"), payee="two"))
    url = shared.book.url
    assert url is not None
    locked = threading.Event()
    waiting = threading.Event()
    tries: list[int] = []

    def other_client() -> None:
        # Another session (no advisory lock: a tool, or a client of an older version) takes
        # the rows in the opposite order. It waits long before checking for a deadlock, so
        # the write gate's transaction is the one PostgreSQL cancels.
        with psycopg.connect(libpq_url(url)) as other:
            other.execute("SET deadlock_timeout = '20s'")
            other.execute("UPDATE entries SET notes = 'x' WHERE id = %s", (first,))
            locked.set()
            waiting.wait(timeout=30)
            other.execute("UPDATE entries SET notes = 'y' WHERE id = %s", (second,))
            other.commit()

    thread = threading.Thread(target=other_client)
    thread.start()
    assert locked.wait(timeout=30)

    def edit_both() -> None:
        tries.append(1)
        with gate.write(shared, "Edit 2 entries") as w:
            w.journal.update_keys("entries", [second], {"payee": "two!"})
            if len(tries) == 1:
                waiting.set()
            w.journal.update_keys("entries", [first], {"payee": "one!"})

    write_conflicts.retried(edit_both)
    thread.join(timeout=60)
    assert len(tries) == 2  # the first try was cancelled as a deadlock, then run again
    assert [entries.get_entry(shared, i).payee for i in (first, second)] == ["one!", "two!"]
