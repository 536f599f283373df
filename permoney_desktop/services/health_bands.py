"""Health bands: verdict levels, limits per health figure, and what to do about each.

They judge how the app runs (worker queue, metrics cache, book safety), not the accounts, so
they live in ``services`` (where the worker, the CLI and the UI all reach them), not ``domain``.

Every health figure (queue latency, failure rate, slow jobs…) is judged by one ``Check``: a
``Band`` of three limits (target, warning, critical) and a plain-language recommendation per
level. A value within the target is *healthy*; past the target *degraded*; at or past the
warning limit *warning*; at or past the critical limit *critical*. ``Band.higher_is_worse=False``
mirrors that for figures where less is worse (hit rates).

Limits can be overridden in the book's settings (``thresholds.<check>`` = ``[target, warning,
critical]`` or a dict with any of those keys; ``thresholds.slow_job_s`` and friends for the
scalars). Other areas (cache, UI, memory) add their checks to ``DEFAULT_CHECKS``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import IntEnum
from types import MappingProxyType
from typing import Any

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message, reason


class ThresholdError(DomainError):
    """A threshold setting that cannot be used (wrong shape, not a number, wrong order)."""


class Level(IntEnum):
    """Verdict levels, ordered so that ``max()`` of several levels is the overall verdict."""

    HEALTHY = 0
    DEGRADED = 1
    WARNING = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Band:
    """The three limits of one figure; values compare in the figure's own unit."""

    target: float
    warning: float
    critical: float
    higher_is_worse: bool = True

    def __post_init__(self) -> None:
        ordered = (
            self.target <= self.warning <= self.critical
            if self.higher_is_worse
            else self.target >= self.warning >= self.critical
        )
        if not ordered:
            direction = Message("rise") if self.higher_is_worse else Message("fall")
            raise ThresholdError(
                Message(
                    "limits must {direction} from target to warning to critical, got "
                    "{target}/{warning}/{critical}",
                    direction=direction,
                    target=self.target,
                    warning=self.warning,
                    critical=self.critical,
                )
            )

    def level(self, value: float) -> Level:
        if self.higher_is_worse:
            if value >= self.critical:
                return Level.CRITICAL
            if value >= self.warning:
                return Level.WARNING
            return Level.DEGRADED if value > self.target else Level.HEALTHY
        if value <= self.critical:
            return Level.CRITICAL
        if value <= self.warning:
            return Level.WARNING
        return Level.DEGRADED if value < self.target else Level.HEALTHY


@dataclass(frozen=True)
class Check:
    """How one named figure is judged and explained.

    ``advice`` maps a level to a recommendation (a ``Message``: the window translates it);
    ``{value}``, ``{target}``, ``{warning}`` and ``{critical}`` are filled in (already
    formatted in ``unit``).
    """

    name: str
    title: str
    unit: str  # "s", "%" (a fraction, shown as percent), "MB", "d" (days) or "" (a count)
    band: Band
    advice: Mapping[Level, str]

    def format(self, value: float) -> str:
        """``value`` in the figure's unit ("95.0%", "120 ms", "3 days"; days as a Message)."""
        if self.unit == "%":
            return f"{value * 100:.1f}%"
        if self.unit == "s":
            return f"{value:.1f} s" if value >= 1 else f"{value * 1000:.0f} ms"
        if self.unit == "MB":
            return f"{value:.0f} MB"
        if self.unit == "d":
            days = f"{round(value, 1):g}"
            return Message("1 day") if days == "1" else Message("{days} days", days=days)
        return f"{value:g}"


def _advice(**by_level: str) -> Mapping[Level, str]:
    return MappingProxyType({Level[name.upper()]: text for name, text in by_level.items()})


DEFAULT_CHECKS: Mapping[str, Check] = MappingProxyType(
    {
        "queue_wait_s": Check(
            "queue_wait_s",
            "queue latency (p95)",
            "s",
            Band(5.0, 30.0, 60.0),
            _advice(
                degraded=Message(
                    "queue latency above {target}: the worker is busy and catching up"
                ),
                warning=Message(
                    "queue latency above {warning}: raise worker threads "
                    "(setting worker.threads or PERMONEY_WORKER_THREADS)"
                ),
                critical=Message(
                    "queue latency above {critical}: the worker is not keeping up or not "
                    "running; start the app or `permoney worker`, and raise worker threads"
                ),
            ),
        ),
        "failure_rate": Check(
            "failure_rate",
            "failure rate (last hour)",
            "%",
            Band(0.01, 0.05, 0.10),
            _advice(
                degraded=Message("failure rate above {target}: see the last errors below"),
                warning=Message("failure rate above {warning}: check the last error of each task"),
                critical=Message(
                    "failure rate above {critical}: background updates keep failing; "
                    "check the last errors and run `permoney sync --wait` to retry"
                ),
            ),
        ),
        "slow_jobs": Check(
            "slow_jobs",
            "slow jobs (last hour)",
            "",
            Band(0.0, 3.0, 10.0),
            _advice(
                degraded=Message(
                    "some jobs ran longer than the slow-job limit; large imports do that"
                ),
                warning=Message(
                    "several slow jobs: consider more worker threads, or vacuum the book"
                ),
                critical=Message(
                    "many slow jobs: the book may need `permoney sync` for a full rebuild"
                ),
            ),
        ),
        "stuck_jobs": Check(
            "stuck_jobs",
            "stuck jobs",
            "",
            Band(0.0, 1.0, 3.0),
            _advice(
                degraded=Message("a job has run for a long time"),
                warning=Message("a job is stuck: restart the app (queued work is kept)"),
                critical=Message("several jobs are stuck: restart the app (queued work is kept)"),
            ),
        ),
        "stale_locks": Check(
            "stale_locks",
            "stale locks",
            "",
            Band(0.0, 1.0, 5.0),
            _advice(
                degraded=Message("a lock was left behind; the next cleanup clears it"),
                warning=Message(
                    "locks left by a crashed worker block syncs; the cleanup clears them "
                    "within 5 minutes, or restart the app"
                ),
                critical=Message("many stale locks: restart the app to clear them"),
            ),
        ),
        # Metrics cache, UI and memory (helper D).
        "cache_hit_rate": Check(
            "cache_hit_rate",
            "metrics cache hit rate",
            "%",
            Band(0.90, 0.80, 0.50, higher_is_worse=False),
            _advice(
                degraded=Message(
                    "cache hit rate below {target}: figures are being recomputed on demand"
                ),
                warning=Message(
                    "cache hit rate below {warning}: check that the worker runs (it keeps "
                    "every period cached)"
                ),
                critical=Message(
                    "cache hit rate below {critical}: the dashboard computes most figures "
                    "itself; start the worker or run `permoney cache clear`"
                ),
            ),
        ),
        "cache_lookup_p95_s": Check(
            "cache_lookup_p95_s",
            "metrics cache lookup (p95)",
            "s",
            Band(0.001, 0.005, 0.010),
            _advice(
                degraded=Message("cache lookups above {target}: the disk is busy"),
                warning=Message(
                    "cache lookups above {warning}: the cache folder may be on a slow disk"
                ),
                critical=Message("cache lookups above {critical}: run `permoney cache clear`"),
            ),
        ),
        "cache_entries": Check(
            "cache_entries",
            "metrics cache entries",
            "",
            Band(5_000, 10_000, 50_000),
            _advice(
                degraded=Message(
                    "more cache entries than expected; expired ones are trimmed every 5 min"
                ),
                warning=Message(
                    "many cache entries: run `permoney cache clear` (safe, recomputed)"
                ),
                critical=Message("far too many cache entries: run `permoney cache clear`"),
            ),
        ),
        "cache_degraded": Check(
            "cache_degraded",
            "metrics cache usable",
            "",
            Band(0.0, 2.0, 3.0),  # 1 = unusable: degraded, the app computes on demand
            _advice(
                degraded=Message(
                    "the metrics cache folder is unusable (corrupt, locked or disk full); "
                    "figures are computed on demand. Free disk space or run `permoney cache clear`"
                ),
            ),
        ),
        "ui_operation_s": Check(
            "ui_operation_s",
            "UI operation (p95)",
            "s",
            Band(0.2, 0.5, 1.0),
            _advice(
                degraded=Message("some window actions take longer than {target}"),
                warning=Message("window actions take over {warning}: the book may need its worker"),
                critical=Message(
                    "window actions take over {critical}: report it with the health page"
                ),
            ),
        ),
        "memory_rss_mb": Check(
            "memory_rss_mb",
            "memory (resident)",
            "MB",
            Band(500.0, 1000.0, 2000.0),
            _advice(
                degraded=Message(
                    "the app uses more than {target}; caches are trimmed every 5 minutes"
                ),
                warning=Message("the app uses more than {warning}: restart it to free memory"),
                critical=Message("the app uses more than {critical}: restart it now"),
            ),
        ),
        # Book safety: how old the last verified backup and the last integrity check may be.
        # The worker takes a backup and runs a check once a day, so an old one means it is
        # not running (or keeps failing).
        "backup_age_days": Check(
            "backup_age_days",
            "age of the last backup",
            "d",
            Band(7.0, 7.0, 30.0),
            _advice(
                degraded=Message("the last backup is {value} old: File → Back up now…"),
                warning=Message(
                    "the last backup is {value} old: File → Back up now… (is the worker running?)"
                ),
                critical=Message(
                    "the last backup is {value} old: back up now (File → Back up now…) "
                    "and keep the app or `permoney worker` running so it takes one daily"
                ),
            ),
        ),
        "check_age_days": Check(
            "check_age_days",
            "age of the last integrity check",
            "d",
            Band(2.0, 14.0, 60.0),
            _advice(
                degraded=Message("the last integrity check is {value} old"),
                warning=Message(
                    "the last integrity check is {value} old: File → Check book integrity…"
                ),
                critical=Message(
                    "the book has not been checked for {value}: File → Check book integrity… now"
                ),
            ),
        ),
    }
)


@dataclass(frozen=True)
class Thresholds:
    """All checks plus the scalar limits that decide what counts as slow, stuck or repeated."""

    checks: Mapping[str, Check] = field(default_factory=lambda: DEFAULT_CHECKS)
    slow_job_s: float = 30.0
    stuck_job_s: float = 300.0
    alert_interval_s: float = 15 * 60.0

    def with_settings(self, settings: Mapping[str, Any]) -> Thresholds:
        """These thresholds overridden by ``thresholds.*`` entries of the book's settings."""
        checks = dict(self.checks)
        scalars: dict[str, float] = {}
        for key, raw in settings.items():
            if not key.startswith("thresholds."):
                continue
            name = key.removeprefix("thresholds.")
            if name in ("slow_job_s", "stuck_job_s", "alert_interval_s"):
                scalars[name] = _positive(key, raw)
            elif name in checks:
                checks[name] = replace(checks[name], band=_band(key, raw, checks[name].band))
            else:
                raise ThresholdError(
                    Message(
                        "setting {key}: no such threshold",
                        key=key,
                    )
                )
        return Thresholds(
            checks=MappingProxyType(checks),
            slow_job_s=scalars.get("slow_job_s", self.slow_job_s),
            stuck_job_s=scalars.get("stuck_job_s", self.stuck_job_s),
            alert_interval_s=scalars.get("alert_interval_s", self.alert_interval_s),
        )


DEFAULT_THRESHOLDS = Thresholds()


def _number(key: str, raw: Any) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ThresholdError(
            Message(
                "setting {key}: expected a number, got {raw!r}",
                key=key,
                raw=raw,
            )
        )
    return float(raw)


def _positive(key: str, raw: Any) -> float:
    value = _number(key, raw)
    if value <= 0:
        raise ThresholdError(
            Message(
                "setting {key}: must be above zero, got {raw!r}",
                key=key,
                raw=raw,
            )
        )
    return value


def _band(key: str, raw: Any, base: Band) -> Band:
    if isinstance(raw, list | tuple) and len(raw) == 3:
        values = [_number(key, v) for v in raw]
        limits = dict(zip(("target", "warning", "critical"), values, strict=True))
    elif isinstance(raw, Mapping):
        unknown = set(raw) - {"target", "warning", "critical"}
        if unknown:
            raise ThresholdError(
                Message(
                    "setting {key}: unknown limit {value!r}",
                    key=key,
                    value=sorted(unknown)[0],
                )
            )
        limits = {k: _number(key, v) for k, v in raw.items()}
    else:
        raise ThresholdError(
            Message(
                "setting {key}: expected [target, warning, critical] or a dict, got {raw!r}",
                key=key,
                raw=raw,
            )
        )
    try:
        return Band(
            limits.get("target", base.target),
            limits.get("warning", base.warning),
            limits.get("critical", base.critical),
            base.higher_is_worse,
        )
    except ThresholdError as exc:
        raise ThresholdError(
            Message(
                "setting {key}: {error}",
                key=key,
                error=reason(exc),
            )
        ) from None


@dataclass(frozen=True)
class Finding:
    """One figure's judgement: its value, level, a one-line description and what to do."""

    check: str
    title: str
    value: float
    shown: str
    level: Level
    recommendation: str


@dataclass(frozen=True)
class Verdict:
    """The overall level (the worst finding) and every finding, worst first."""

    level: Level
    findings: tuple[Finding, ...]

    @property
    def recommendations(self) -> list[str]:
        return [f.recommendation for f in self.findings if f.level > Level.HEALTHY]


# A cache just started (or cleared) misses by design until the worker has filled it: its hit
# rate is judged only after this many lookups, so a healthy cold start shows no warning.
WARM_LOOKUPS = 50


def warm_hit_rate(hits: int, misses: int, rate: float | None) -> float | None:
    """The hit rate to judge, or None while the cache is warming up (too few lookups)."""
    return rate if hits + misses >= WARM_LOOKUPS else None


def evaluate(
    values: Mapping[str, float | None], thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> Verdict:
    """Judge every known figure in ``values``; unknown names and ``None`` values are skipped."""
    findings: list[Finding] = []
    for name, value in values.items():
        check = thresholds.checks.get(name)
        if check is None or value is None:
            continue
        level = check.band.level(value)
        advice = check.advice.get(level, "") if level > Level.HEALTHY else ""
        text = (
            Message(
                advice,
                value=check.format(value),
                target=check.format(check.band.target),
                warning=check.format(check.band.warning),
                critical=check.format(check.band.critical),
            )
            if advice
            else ""
        )
        findings.append(Finding(name, check.title, value, check.format(value), level, text))
    findings.sort(key=lambda f: -f.level)
    overall = max((f.level for f in findings), default=Level.HEALTHY)
    return Verdict(overall, tuple(findings))


class AlertLimiter:
    """Raises the same alert at most once per interval (time passed in, so it stays pure)."""

    def __init__(self, interval_s: float = DEFAULT_THRESHOLDS.alert_interval_s) -> None:
        self.interval_s = interval_s
        self._last: dict[str, float] = {}

    def allow(self, key: str, now: float) -> bool:
        last = self._last.get(key)
        if last is not None and now - last < self.interval_s:
            return False
        self._last[key] = now
        return True

    def state(self) -> dict[str, float]:
        return dict(self._last)

    def restore(self, state: Mapping[str, float]) -> None:
        self._last.update({k: float(v) for k, v in state.items()})
