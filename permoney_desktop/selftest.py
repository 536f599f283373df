"""``permoney --self-test``: prove an installation works end to end, offscreen, in seconds.

Opens a temporary book (running the migrations), starts the real worker, makes an edit, waits
for the worker to confirm it, checks the balance to the cent, and renders the main window
offscreen (so a bundle missing a Qt plugin fails here, not on a user's desk).
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

SYNC_TIMEOUT_S = 30.0


class SelfTestError(RuntimeError):
    """One step failed; the message names the step and what was seen."""


def _step(name: str, timings: dict[str, float], fn: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    try:
        return fn()
    except SelfTestError:
        raise
    except Exception as exc:
        raise SelfTestError(f"{name}: {type(exc).__name__}: {exc}") from exc
    finally:
        timings[name] = time.perf_counter() - started


def run_self_test() -> int:
    """Run every step; print ``OK`` and the step timings, or ``FAILED: <step>: <reason>``."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="permoney-selftest-") as tmp:
        # Everything (book, queue, cache) lives in the temporary folder, never the user's data.
        os.environ["PERMONEY_HOME"] = tmp
        try:
            _run(Path(tmp), timings)
        except SelfTestError as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
    steps = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in timings.items())
    print(f"OK ({steps})")
    return 0


def _run(tmp: Path, timings: dict[str, float]) -> None:
    from permoney_desktop.services import accounts, balances, entries
    from permoney_desktop.services.ledger import Ledger

    ledger = _step(
        "open book", timings, lambda: Ledger.open(tmp / "selftest.permoney", create=True)
    )
    worker: Any = None
    try:
        account_id, _ = _step(
            "create account",
            timings,
            lambda: accounts.create_account(
                ledger,
                "Self-test checking",
                "checking",
                "USD",
                opening_balance=Decimal("100.00"),
                opening_date=date(2024, 1, 1),
            ),
        )
        worker = _step("start worker", timings, lambda: _start_worker(ledger))
        confirmed = threading.Event()
        seen: list[int] = []
        want: list[int] = []

        def on_completed(acc: int, version: int, _summary: Any = None) -> None:
            seen.append(version)
            if acc == account_id and want and version >= want[0]:
                confirmed.set()

        worker.events.subscribe("sync_completed", on_completed)
        from permoney_desktop.domain.entry_values import NewEntry

        def edit() -> None:
            _, changes = entries.add_entry(
                ledger, NewEntry(account_id, date(2024, 1, 2), Decimal("-25.50"), payee="Self-test")
            )
            want.append(changes.versions[account_id])
            worker.enqueue_changes(changes)

        _step("edit", timings, edit)

        def wait() -> None:
            if not confirmed.wait(SYNC_TIMEOUT_S):
                raise SelfTestError(
                    f"sync: the worker did not confirm version {want} within "
                    f"{SYNC_TIMEOUT_S:.0f} s (saw {seen})"
                )

        _step("sync confirmed", timings, wait)

        def check() -> None:
            [row] = balances.balances_on(ledger, date(2024, 1, 31), [account_id])
            if row.minor != 74_50 or row.partial:
                raise SelfTestError(f"balance: expected 74.50 USD, the book says {row.minor}")

        _step("balance", timings, check)
        _step("window", timings, lambda: _render_window(ledger))
    finally:
        if worker is not None:
            worker.close()
        ledger.close()


def _start_worker(ledger: Any) -> Any:
    from permoney_desktop.worker.runtime import Worker

    worker = Worker(ledger)
    worker.start()
    return worker


def _render_window(ledger: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from permoney_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(ledger)
    window.show()
    app.processEvents()
    image = window.grab().toImage()
    window.close()
    if image.isNull() or image.width() < 200:
        raise SelfTestError("window: the main window did not render")
