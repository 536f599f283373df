"""A child process for the schedule catch-up tests: runs one catch-up on a book.

``python -m tests.safety.schedule_child race BOOK GO TODAY`` waits until the file GO exists
(so two children start their runs together), runs the catch-up and prints how many it posted.
``python -m tests.safety.schedule_child hang BOOK READY TODAY`` runs a catch-up that stops
inside its transaction, after every entry is written but before the commit, creates READY
and sleeps until it is killed.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path


def main() -> None:
    mode, book, flag, today = sys.argv[1:5]
    from permoney_desktop.services import schedule_posting
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.store import schedule_queries

    ledger = Ledger.open(Path(book))
    if mode == "hang":
        real = schedule_queries.set_marks

        def set_marks_then_hang(conn, through):  # type: ignore[no-untyped-def]
            real(conn, through)
            Path(flag).touch()
            time.sleep(600)

        schedule_queries.set_marks = set_marks_then_hang  # type: ignore[assignment]
    else:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        while not Path(flag).exists():
            time.sleep(0.001)
    result = schedule_posting.run_due(ledger, date.fromisoformat(today))
    sys.stdout.write(f"{len(result.posted)}\n")
    ledger.close()


if __name__ == "__main__":
    main()
