"""The job monitor: what the worker did, how long things waited and ran, and a verdict.

Counts processed, failed, retried, discarded and superseded jobs; samples queue latency
(enqueue → start) and run time; remembers slow jobs, running jobs (stuck ones stand out), and
the last error of each task with its traceback. ``report()`` turns that into a ``HealthReport``
judged by ``services.health_bands``; ``due_alerts()`` logs each alert at most once per interval.

The monitor is plain Python (no Qt), thread-safe, and serializable (``to_state``/``restore``)
so the consumer can keep its figures in the queue file for ``permoney health`` in another
process, and a restarted app continues from them.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import traceback
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from permoney_desktop.services.health_bands import (
    DEFAULT_THRESHOLDS,
    AlertLimiter,
    Finding,
    Level,
    Thresholds,
    Verdict,
    evaluate,
)

log = logging.getLogger(__name__)

WINDOW_S = 3600.0  # rates and percentiles cover the last hour
MAX_SAMPLES = 2000
MAX_SLOW = 20

OK = "ok"
FAILED = "failed"
RETRYING = "retrying"
SUPERSEDED = "superseded"
REQUEUED = "requeued"
DISCARDED = "discarded"


def percentile(values: Iterable[float], pct: float) -> float | None:
    """Nearest-rank percentile (``pct`` in 0–100); None for no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class _Job:
    task_id: str
    name: str
    started: float
    outcome: str = OK
    error: str | None = None


@dataclass
class HealthReport:
    """Monitor figures at one moment, with their verdict. ``to_dict`` is JSON-ready."""

    generated_at: float
    processed: int
    failed: int
    retries: int
    discarded: int
    superseded: int
    failure_rate: float | None
    queue_depth: int
    scheduled: int
    oldest_wait_s: float | None
    wait_p50_s: float | None
    wait_p95_s: float | None
    run_p50_s: float | None
    run_p95_s: float | None
    running: list[dict[str, Any]]
    slow_jobs: list[dict[str, Any]]
    stuck_jobs: list[dict[str, Any]]
    stale_locks: int
    last_errors: dict[str, dict[str, Any]]
    verdict: Verdict
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = {
            "level": self.verdict.level.label,
            "findings": [
                {
                    "check": f.check,
                    "title": f.title,
                    "value": f.value,
                    "shown": f.shown,
                    "level": f.level.label,
                    "recommendation": f.recommendation,
                }
                for f in self.verdict.findings
            ],
            "recommendations": self.verdict.recommendations,
        }
        return data


class JobMonitor:
    """Thread-safe counters and samples fed by the consumer's pre/post-execute hooks."""

    def __init__(self, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
        self.thresholds = thresholds
        self._lock = threading.Lock()
        self._local = threading.local()
        self.processed = 0
        self.failed = 0
        self.retries = 0
        self.discarded = 0
        self.superseded = 0
        self._waits: deque[tuple[float, float]] = deque(maxlen=MAX_SAMPLES)
        self._runs: deque[tuple[float, float]] = deque(maxlen=MAX_SAMPLES)
        self._outcomes: deque[tuple[float, bool]] = deque(maxlen=MAX_SAMPLES)
        self._slow: deque[dict[str, Any]] = deque(maxlen=MAX_SLOW)
        self._running: dict[str, _Job] = {}
        self.last_errors: dict[str, dict[str, Any]] = {}
        self._alerts = AlertLimiter(thresholds.alert_interval_s)
        self.changed = threading.Event()

    # -- feeding ------------------------------------------------------------------------------

    def job_started(self, task_id: str, name: str, enqueued_at: float | None) -> None:
        now = time.time()
        job = _Job(task_id, name, now)
        self._local.job = job
        with self._lock:
            self._running[task_id] = job
            if enqueued_at is not None:
                self._waits.append((now, max(0.0, now - enqueued_at)))
        self.changed.set()

    def mark_current(self, outcome: str, error: str | None = None) -> None:
        """Tell the monitor how the job on this thread really ended (superseded, requeued…)."""
        job: _Job | None = getattr(self._local, "job", None)
        if job is not None:
            job.outcome = outcome
            job.error = error

    def job_finished(
        self, task_id: str, exception: BaseException | None = None, *, retrying: bool = False
    ) -> None:
        now = time.time()
        with self._lock:
            job = self._running.pop(task_id, None)
            self._local.job = None
            if job is not None:
                self._count(job, now, exception, retrying)
        self.changed.set()

    def _count(
        self, job: _Job, now: float, exception: BaseException | None, retrying: bool
    ) -> None:
        outcome = job.outcome
        if exception is not None:
            outcome = RETRYING if retrying else FAILED
        if outcome == RETRYING:
            self.retries += 1
        elif outcome == SUPERSEDED:
            self.superseded += 1
        elif outcome == DISCARDED:
            self.discarded += 1
        elif outcome != REQUEUED:
            duration = now - job.started
            self.processed += 1
            self._runs.append((now, duration))
            self._outcomes.append((now, outcome == OK))
            if duration >= self.thresholds.slow_job_s:
                self._slow.append({"task": job.name, "seconds": duration, "finished": now})
            if outcome == FAILED:
                self.failed += 1
                text = job.error or (repr(exception) if exception is not None else "failed")
                tb = "".join(traceback.format_exception(exception)) if exception else ""
                self.last_errors[job.name] = {"time": now, "error": text, "traceback": tb}

    def discard(self, name: str, reason: str) -> None:
        """A payload thrown away before it became a job (unreadable, unknown task)."""
        with self._lock:
            self.discarded += 1
            self.last_errors[name] = {"time": time.time(), "error": reason, "traceback": ""}
        self.changed.set()

    # -- reading ------------------------------------------------------------------------------

    def running_jobs(self) -> list[dict[str, Any]]:
        with self._lock:
            return [
                {"task": j.name, "task_id": j.task_id, "started": j.started}
                for j in self._running.values()
            ]

    @property
    def running_count(self) -> int:
        with self._lock:
            return len(self._running)

    def report(
        self,
        *,
        queue_depth: int,
        scheduled: int = 0,
        oldest_wait_s: float | None = None,
        stale_locks: int = 0,
        running: list[dict[str, Any]] | None = None,
        extra_figures: Mapping[str, float | None] | None = None,
        now: float | None = None,
    ) -> HealthReport:
        """Figures and verdict. ``running`` overrides this process's running jobs (health
        read from another process passes the consumers' own lists)."""
        now = time.time() if now is None else now
        since = now - WINDOW_S
        with self._lock:
            waits = [v for t, v in self._waits if t >= since]
            runs = [v for t, v in self._runs if t >= since]
            outcomes = [ok for t, ok in self._outcomes if t >= since]
            slow = [dict(s) for s in self._slow if s["finished"] >= since]
            if running is None:
                running = [
                    {"task": j.name, "task_id": j.task_id, "started": j.started}
                    for j in self._running.values()
                ]
            counts = (self.processed, self.failed, self.retries, self.discarded)
            superseded = self.superseded
            last_errors = {k: dict(v) for k, v in self.last_errors.items()}
        for job in running:
            job["seconds"] = max(0.0, now - float(job.get("started") or now))
        stuck = [j for j in running if j["seconds"] >= self.thresholds.stuck_job_s]
        failure_rate = (outcomes.count(False) / len(outcomes)) if outcomes else None
        wait_p95 = percentile(waits, 95)
        # Tasks still waiting count too: a queue nobody consumes has no starts to sample.
        wait_judged = max((v for v in (wait_p95, oldest_wait_s) if v is not None), default=None)
        figures: dict[str, float | None] = {
            "queue_wait_s": wait_judged,
            "failure_rate": failure_rate,
            "slow_jobs": float(len(slow)),
            "stuck_jobs": float(len(stuck)),
            "stale_locks": float(stale_locks),
        }
        figures.update(extra_figures or {})
        verdict = evaluate(figures, self.thresholds)
        return HealthReport(
            generated_at=now,
            processed=counts[0],
            failed=counts[1],
            retries=counts[2],
            discarded=counts[3],
            superseded=superseded,
            failure_rate=failure_rate,
            queue_depth=queue_depth,
            scheduled=scheduled,
            oldest_wait_s=oldest_wait_s,
            wait_p50_s=percentile(waits, 50),
            wait_p95_s=wait_p95,
            run_p50_s=percentile(runs, 50),
            run_p95_s=percentile(runs, 95),
            running=running,
            slow_jobs=slow,
            stuck_jobs=stuck,
            stale_locks=stale_locks,
            last_errors=last_errors,
            verdict=verdict,
            extra={k: v for k, v in (extra_figures or {}).items()},
        )

    def due_alerts(self, verdict: Verdict, now: float | None = None) -> list[Finding]:
        """Findings at warning or worse not raised in the last alert interval; logs them."""
        now = time.time() if now is None else now
        due = [
            f
            for f in verdict.findings
            if f.level >= Level.WARNING and self._alerts.allow(f"{f.check}:{f.level.label}", now)
        ]
        for finding in due:
            log.warning(
                "worker health %s: %s is %s. %s",
                finding.level.label,
                finding.title,
                finding.shown,
                finding.recommendation,
            )
        return due

    # -- persistence --------------------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        with self._lock:
            return {
                "processed": self.processed,
                "failed": self.failed,
                "retries": self.retries,
                "discarded": self.discarded,
                "superseded": self.superseded,
                "waits": list(self._waits),
                "runs": list(self._runs),
                "outcomes": list(self._outcomes),
                "slow": list(self._slow),
                "running": [
                    {"task": j.name, "task_id": j.task_id, "started": j.started}
                    for j in self._running.values()
                ],
                "last_errors": dict(self.last_errors),
                "alerts": self._alerts.state(),
            }

    def restore(self, state: Mapping[str, Any]) -> None:
        """Continue from figures saved by an earlier run (bad or partial state is ignored)."""
        try:
            with self._lock:
                for name in ("processed", "failed", "retries", "discarded", "superseded"):
                    setattr(self, name, int(state.get(name, 0)))
                self._waits.extend((float(t), float(v)) for t, v in state.get("waits", []))
                self._runs.extend((float(t), float(v)) for t, v in state.get("runs", []))
                self._outcomes.extend((float(t), bool(ok)) for t, ok in state.get("outcomes", []))
                self._slow.extend(dict(s) for s in state.get("slow", []))
                self.last_errors.update(state.get("last_errors", {}))
            self._alerts.restore(state.get("alerts", {}))
        except (TypeError, ValueError, AttributeError):
            log.warning("ignoring unreadable saved monitor figures")
