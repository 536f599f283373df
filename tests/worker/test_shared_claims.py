"""Claims on a shared book (PostgreSQL): rows locked elsewhere are skipped, not waited for;
other machines' claims are judged by the lease on the server's clock."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store.claim_sessions import OwnerSession
from permoney_desktop.store.dialect import libpq_url
from permoney_desktop.worker import claims
from tests.services.book_state import connect
from tests.worker.conftest import START, new_account


@pytest.fixture
def shared(pg_book_url: str) -> Ledger:
    return Ledger.open(pg_book_url)


def edit(ledger: Ledger, acct: int, day: date) -> None:
    entries.add_entry(ledger, NewEntry(acct, day, Decimal("1.00")))


def test_a_row_locked_by_another_worker_is_skipped_not_waited_for(shared: Ledger) -> None:
    with shared:
        a = new_account(shared, "A", entries_count=3)
        b = new_account(shared, "B", entries_count=3)
        edit(shared, a, START)
        edit(shared, b, START)
        url = shared.book.url
        assert url is not None
        # Another worker is in the middle of claiming A: it holds A's pending row.
        with psycopg.connect(libpq_url(url)) as other:
            other.execute(
                "SELECT id FROM syncs WHERE account_id = %s AND status = 'pending' FOR UPDATE",
                (a,),
            )
            now = claims.book_now(shared)
            taken = claims.claim_next(shared, "w1", now, first=[a, b]).claims
            assert [c.account_id for c in taken] == [b]
            other.rollback()
        (again,) = claims.claim_next(shared, "w1", claims.book_now(shared)).claims
        assert again.account_id == a


def test_another_machines_claim_is_taken_over_only_when_its_lease_runs_out(
    shared: Ledger,
) -> None:
    with shared:
        a = new_account(shared, "A", entries_count=3)
        edit(shared, a, START + timedelta(days=5))
        url = shared.book.url
        assert url is not None
        # "elsewhere" has no heartbeat on this machine, but its session (a worker that hung,
        # or whose session survived it) and its lease are fresh: kept.
        session = OwnerSession(url, "elsewhere")
        (claim,) = claims.claim_next(shared, "elsewhere", claims.book_now(shared)).claims
        assert claims.release_dead(shared, claims.book_now(shared), live_owners={"me"}) == 0
        assert claims.claim_next(shared, "me", claims.book_now(shared)).claims == ()
        with connect(shared) as conn:  # the holder was killed: its last renewal ages
            conn.execute(
                "UPDATE syncs SET claimed_at = claimed_at - INTERVAL '2 minutes' "
                "WHERE claimed_by = 'elsewhere'"
            )
        (taken,) = claims.claim_next(shared, "me", claims.book_now(shared)).claims
        assert taken.account_id == a and taken.window_start == claim.window_start
        session.close()
