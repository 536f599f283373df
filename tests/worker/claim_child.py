"""A worker process stopped mid-sync, for the takeover test: it claims an account and hangs.

Run as ``python -m tests.worker.claim_child BOOK ACCOUNT``. It presents itself as a worker
does before claiming (a shared book: its claim session; a book file: a heartbeat in the
queue file), asks for the account's full rebuild and claims it in one write transaction (so
no other worker can take the request first), prints ``claimed OWNER`` and sleeps until it is
killed: exactly the state a worker SIGKILLed mid-sync leaves.
"""

from __future__ import annotations

import sys
import time
import uuid

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import queue_tables
from permoney_desktop.store import sync_queries as sq
from permoney_desktop.worker import claims, presence


def main(book: str, account: int) -> None:
    owner = "child-" + uuid.uuid4().hex[:8]
    with Ledger.open(book) as ledger:
        session = claims.open_session(ledger, owner)
        side = queue_tables.PlainQueueFile(ledger.paths.queue)
        presence.beat(side, owner, {"threads": 1, "paused": False, "running": []})
        now = claims.book_now(ledger)
        with ledger.book.write_engine.connect() as conn, conn.begin():
            sq.request(conn, {account: None}, now)
            batch = sq.claim(conn, owner, now, lease_s=claims.LEASE_S, first=[account])
        assert [c.account_id for c in batch.claims] == [account]
        print(f"claimed {owner}", flush=True)
        while True:  # "mid-sync" until SIGKILL; the session stays open meanwhile
            time.sleep(60)
        del session


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
