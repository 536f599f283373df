"""Worker commands: ``worker`` (headless consumer), ``sync`` (queue syncs, optionally wait),
``health`` (monitor figures, verdict, recommendations, the book's recent syncs)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.context import open_ledger
from permoney_desktop.cli.errors import CliError
from permoney_desktop.cli.output import emit

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.worker.runtime import Worker

DEFAULT_WAIT_S = 600.0
RECENT_SYNCS = 10


def register(sub: Any) -> None:
    p = sub.add_parser(
        "worker", help="run the background worker in the foreground (Ctrl+C stops it)"
    )
    p.add_argument("--threads", type=int, default=None, metavar="N", help="worker threads")
    p.set_defaults(handler=cmd_worker)

    p = sub.add_parser("sync", help="bring materialized balances up to date")
    p.add_argument("--account", metavar="NAME", help="only this account (rebuilt from scratch)")
    p.add_argument("--full", action="store_true", help="rebuild every account from scratch")
    p.add_argument(
        "--wait",
        action="store_true",
        help="return when the queue is drained (runs a worker here when no app is running)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_WAIT_S,
        metavar="SECONDS",
        help=f"give up waiting after this long (default {DEFAULT_WAIT_S:.0f})",
    )
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("health", help="worker health: figures, verdict, recent syncs")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=cmd_health)


def _worker(ledger: Ledger, threads: int | None = None, *, periodic: bool = True) -> Worker:
    from permoney_desktop.worker.runtime import Worker, WorkerError

    try:
        return Worker(ledger, threads=threads, periodic=periodic)
    except WorkerError as exc:
        raise CliError(str(exc)) from None


def cmd_worker(args: argparse.Namespace) -> int:
    import signal
    import threading

    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        stop.set()

    with open_ledger(args) as ledger:
        worker = _worker(ledger, args.threads)
        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            worker.start()
            worker.ctx.tasks["schedule_catch_up"]()  # post what fell due while none ran
            print(
                f"permoney worker: {worker.threads} thread(s) on {ledger.paths.book}; "
                "Ctrl+C stops (queued work is kept)",
                file=sys.stderr,
                flush=True,
            )
            while not stop.wait(0.5):
                pass
            print("permoney worker: stopping after running tasks…", file=sys.stderr, flush=True)
        finally:
            worker.close()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    if args.timeout <= 0:
        raise CliError(f"--timeout must be above zero, got {args.timeout}")
    from permoney_desktop.worker import presence

    with open_ledger(args) as ledger:
        account_id = None
        if args.account is not None:
            from permoney_desktop.services.accounts import find_account

            account_id = int(find_account(ledger, args.account).id)
        worker = _worker(ledger, periodic=False)
        try:
            since = _utc_now_text()
            worker.sync_now(account_id, full=args.full or account_id is not None)
            if not args.wait:
                live = presence.live_consumers(worker.huey)
                where = "the running worker" if live else "the next app start, `permoney worker`"
                print(f"sync queued; {where} will run it", file=sys.stderr)
                return 0
            _drain(worker, args.timeout)
        finally:
            worker.close()
        return _report_syncs(ledger, since)


def wait_for_syncs(ledger: Ledger, timeout: float = DEFAULT_WAIT_S) -> None:
    """Return once every pending sync has run (``--wait`` of other commands)."""
    worker = _worker(ledger, periodic=False)
    try:
        worker.sync_now()  # pending accounts whose request never reached the queue, too
        _drain(worker, timeout)
    finally:
        worker.close()


def _drain(worker: Worker, timeout: float) -> None:
    """Wait for the running app's consumer, or run one here when none is alive."""
    from permoney_desktop.worker import presence

    if presence.live_consumers(worker.huey):
        drained = _wait_for_others(worker, timeout)
    else:
        worker.start()
        drained = worker.wait_idle(timeout)
    if not drained:
        raise CliError(f"the queue was not drained within {timeout:g} s")


def _wait_for_others(worker: Worker, timeout: float) -> bool:
    """Wait for a consumer in another process: queue empty, no account claimed by a live
    consumer (the book's syncs table), nobody busy."""
    from permoney_desktop.worker import claims, presence

    deadline = time.monotonic() + timeout
    calm = 0
    while time.monotonic() < deadline:
        live = presence.live_consumers(worker.huey)
        busy = any(r.get("running") for r in live)
        owners = {str(r.get("id")) for r in live}
        held = claims.held_claims(worker.ledger)
        claimed = len(held) > len(claims.stale_claims(held, owners, claims.utc_now()))
        quiet = worker.pending == 0 and not claimed and not busy
        calm = calm + 1 if quiet else 0
        if calm >= 3:  # heartbeats lag a little; be sure it stayed quiet
            return True
        if not presence.live_consumers(worker.huey):
            # The app quit meanwhile: finish the work here.
            worker.start()
            return worker.wait_idle(max(0.1, deadline - time.monotonic()))
        time.sleep(0.05)
    return False


def _utc_now_text() -> str:
    """Now as the syncs table stores times (UTC, ISO with a space), for comparing as text."""
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _syncs(
    ledger: Ledger, *, since: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    from permoney_desktop.store import sync_queries

    with ledger.book.read_engine.connect() as conn:
        rows = sync_queries.recent(conn, since=since, limit=limit)
    return [
        {
            "id": r[0],
            "account": r[1] or "(book)",
            "status": r[2],
            "from": r[3] or "start",
            "version": r[4],
            "ms": r[5],
            "finished": str(r[6])[:19] if r[6] else "",
            "error": (r[7] or "")[:80],
        }
        for r in rows
    ]


def _report_syncs(ledger: Ledger, since: str) -> int:
    rows = _syncs(ledger, since=since)
    done = sum(1 for r in rows if r["status"] == "completed")
    failed = [r for r in rows if r["status"] == "failed"]
    pending = [r for r in rows if r["status"] in ("pending", "syncing")]
    print(f"synced {done} account run(s)", file=sys.stderr)
    for r in failed:
        print(f"permoney: sync of {r['account']} failed: {r['error']}", file=sys.stderr)
    if pending:
        names = ", ".join(sorted({str(r["account"]) for r in pending}))
        print(f"permoney: still pending: {names}", file=sys.stderr)
    return 1 if failed or pending else 0


def cmd_health(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.commands.metrics import cache_health, print_cache_health
    from permoney_desktop.worker import presence
    from permoney_desktop.worker.maintenance_tasks import collect_report
    from permoney_desktop.worker.monitor import JobMonitor
    from permoney_desktop.worker.queue import queue_for
    from permoney_desktop.worker.runtime import load_thresholds

    with open_ledger(args) as ledger:
        huey = queue_for(ledger)
        try:
            monitor = JobMonitor(load_thresholds(ledger))
            saved = presence.get_state(huey, presence.MONITOR_KEY)
            if isinstance(saved, dict):
                monitor.restore(saved)
            live = presence.live_consumers(huey)
            running = [dict(job) for r in live for job in r.get("running") or []]
            cache = cache_health(ledger)
            report = collect_report(
                huey, monitor, ledger=ledger, running=running, extra=cache["figures"]
            )
        finally:
            huey.storage.close()
            if huey.side is not huey.storage:
                huey.side.close()
        recent = _syncs(ledger, limit=RECENT_SYNCS)
        from permoney_desktop.services.materialize import pending_accounts

        stale_accounts = len(pending_accounts(ledger))
    consumers = [
        {"pid": r.get("pid"), "threads": r.get("threads"), "paused": r.get("paused")} for r in live
    ]
    level, advice = truthful_verdict(report, bool(consumers), stale_accounts)
    if args.format == "json":
        data = {**report.to_dict(), "consumers": consumers, "recent_syncs": recent}
        data["verdict"] = {**data["verdict"], "level": level, "recommendations": advice}
        data["accounts_waiting"] = stale_accounts
        data["cache"] = cache
        json.dump(data, sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    _print_health(report, consumers, recent, level, advice)
    print_cache_health(cache)
    return 0


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.1f} ms"


_LEVELS = ("healthy", "degraded", "warning", "critical")


def truthful_verdict(report: Any, worker_alive: bool, stale_accounts: int) -> tuple[str, list[str]]:
    """The verdict and advice to print. The monitor judges a running worker; with none alive,
    queued work and accounts behind their edits wait for one, which is said plainly (more
    threads would not help a worker that is not running)."""
    level = str(report.verdict.level.label)
    advice = list(report.verdict.recommendations)
    if worker_alive:
        return level, advice
    advice = [a for a in advice if "thread" not in a]
    waiting = []
    if report.queue_depth:
        waiting.append(f"{report.queue_depth} queued task{'s' if report.queue_depth != 1 else ''}")
    if stale_accounts:
        waiting.append(
            f"{stale_accounts} account{'s' if stale_accounts != 1 else ''} behind "
            f"{'their' if stale_accounts != 1 else 'its'} edits"
        )
    if not waiting:
        return level, advice
    advice.insert(
        0,
        f"no worker is running; waiting for one: {' and '.join(waiting)}. Open the app or "
        "run `permoney worker` (`permoney sync` brings the balances up to date now)",
    )
    worse = "warning" if stale_accounts else "degraded"
    if level in _LEVELS and _LEVELS.index(level) < _LEVELS.index(worse):
        level = worse
    return level, advice


def _print_health(
    report: Any,
    consumers: list[dict[str, Any]],
    recent: list[dict[str, Any]],
    level: str,
    advice: list[str],
) -> None:
    out = sys.stdout
    out.write(f"verdict: {level}\n")
    if consumers:
        text = ", ".join(f"pid {c['pid']} ({c['threads']} threads)" for c in consumers)
        out.write(f"worker: running ({text})\n")
    else:
        out.write("worker: not running (figures from its last run)\n")
    rate = "-" if report.failure_rate is None else f"{report.failure_rate * 100:.1f}%"
    figures = [
        ("processed", report.processed),
        ("failed", report.failed),
        ("failure rate (1 h)", rate),
        ("retries", report.retries),
        ("discarded", report.discarded),
        ("superseded", report.superseded),
        ("queue depth", report.queue_depth),
        ("scheduled", report.scheduled),
        ("oldest queued", _seconds(report.oldest_wait_s)),
        ("queue latency p50", _seconds(report.wait_p50_s)),
        ("queue latency p95", _seconds(report.wait_p95_s)),
        ("run time p50", _seconds(report.run_p50_s)),
        ("run time p95", _seconds(report.run_p95_s)),
        ("running", len(report.running)),
        ("slow jobs (1 h)", len(report.slow_jobs)),
        ("stuck jobs", len(report.stuck_jobs)),
        ("stale claims", report.stale_locks),
    ]
    out.write("\n")
    emit([{"figure": k, "value": v} for k, v in figures], ["figure", "value"], "table", out)
    if advice:
        out.write("\nrecommendations:\n")
        for text in advice:
            out.write(f"  - {text}\n")
    if report.last_errors:
        out.write("\nlast errors:\n")
        for task, err in sorted(report.last_errors.items()):
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(err.get("time", 0))))
            out.write(f"  {task} at {when}: {err.get('error')}\n")
    out.write("\nrecent syncs:\n")
    if recent:
        emit(
            recent,
            ["account", "status", "from", "version", "ms", "finished", "error"],
            "table",
            out,
            numeric=["version", "ms"],
        )
    else:
        out.write("  (none)\n")
