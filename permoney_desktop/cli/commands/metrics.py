"""Dashboard metrics and their cache: ``metrics`` and ``cache stats|clear``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from permoney_desktop.cli.context import open_ledger, parse_date
from permoney_desktop.cli.errors import CliError
from permoney_desktop.cli.output import emit

PERIOD_NAMES = (
    "this_month",
    "last_month",
    "last_3_months",
    "year_to_date",
    "last_12_months",
    "all_time",
)
TABLE_COLUMNS = [
    "period",
    "start",
    "end",
    "net_worth",
    "assets",
    "owed",
    "income",
    "expenses",
    "cash_flow",
    "savings_rate",
    "partial",
]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "metrics",
        help="dashboard figures per period (all named periods by default)",
        description="Net worth, assets, owed, income, expenses, cash flow, savings rate and "
        "spending by category, with the previous comparable period. Amounts are in the "
        "book's base currency; a figure that needed a missing exchange rate is marked partial.",
    )
    p.add_argument("--period", choices=PERIOD_NAMES, help="one named period")
    p.add_argument("--from", dest="start", type=parse_date, metavar="DATE", help="custom start")
    p.add_argument("--to", dest="end", type=parse_date, metavar="DATE", help="custom end")
    p.add_argument("--today", type=parse_date, metavar="DATE", help="resolve periods as of DATE")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_metrics)

    c = sub.add_parser("cache", help="the metrics cache: stats or clear")
    csub = c.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    s = csub.add_parser("stats", help="entries, size, hit rate, lookup times, health")
    s.add_argument("--format", choices=("table", "json"), default="table")
    s.set_defaults(handler=cmd_cache_stats)
    k = csub.add_parser("clear", help="drop every cached figure (recomputed when needed)")
    k.set_defaults(handler=cmd_cache_clear)


def _periods(args: argparse.Namespace, ledger: Any) -> list[Any]:
    from permoney_desktop.domain.errors import DomainError
    from permoney_desktop.services import metrics

    if (args.start is None) != (args.end is None):
        raise CliError("a custom period needs both --from and --to")
    if args.start is not None and args.period is not None:
        raise CliError("use either --period or --from/--to, not both")
    try:
        if args.start is not None:
            return [metrics.resolve_period(ledger, start=args.start, end=args.end)]
        names = [args.period] if args.period else list(PERIOD_NAMES)
        return [metrics.resolve_period(ledger, n, today=args.today) for n in names]
    except DomainError as exc:
        raise CliError(str(exc)) from None


def cmd_metrics(args: argparse.Namespace) -> int:
    from permoney_desktop.services import materialize, metrics

    with open_ledger(args) as ledger:
        periods = _periods(args, ledger)
        # Figures read the materialized balances: bring them up to date first.
        materialize.sync_pending(ledger)
        with metrics.open_cache(ledger) as cache:
            results = [
                metrics.period_metrics(ledger, cache, p, allow_stale=False).value for p in periods
            ]
    data = [metrics.metrics_dict(m) for m in results]
    if args.format == "json":
        json.dump(data if len(data) != 1 else data[0], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    rows = []
    for d in data:
        flags = [k for k in ("net_worth", "income", "expenses") if d["partial"][k]]
        rows.append({**d, "savings_rate": _percent(d["savings_rate"]), "partial": ",".join(flags)})
    numeric = TABLE_COLUMNS[3:10]
    emit(rows, TABLE_COLUMNS, "table", numeric=numeric)
    missing = sorted({m for d in data for m in d["missing_rates"]})
    if missing:
        print(f"currency: {data[0]['currency']}; partial figures lack: {'; '.join(missing)}")
    return 0


def _percent(fraction: str | None) -> str:
    if fraction is None:
        return "-"
    from decimal import Decimal

    return f"{Decimal(fraction) * 100:.2f}%"


def cmd_cache_stats(args: argparse.Namespace) -> int:
    from permoney_desktop.services import metrics
    from permoney_desktop.worker.metrics_tasks import cache_figures

    with open_ledger(args) as ledger, metrics.open_cache(ledger) as cache:
        stats = cache.stats().as_dict()
        recorded = cache.recorded_stats()
        figures = cache_figures(cache)
    data = {**stats, "judged": figures, "last_recorded_by_worker": recorded}
    if args.format == "json":
        json.dump(data, sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    emit(cache_stats_rows(stats, recorded), ["figure", "value"], "table")
    return 0


# What every process sees (kept in the cache), then the lookups of the process that served
# the reads: a fresh CLI process has served none, so the worker's (or app's) recorded ones.
_SHARED = ("entries", "size_bytes", "size_limit_bytes", "evictions", "directory", "degraded")
_LOOKUPS = ("hit_rate", "hits", "misses", "lookup_p50_ms", "lookup_p95_ms", "computations")


def cache_stats_rows(
    stats: dict[str, Any], recorded: dict[str, Any] | None
) -> list[dict[str, Any]]:
    def shown(v: Any) -> Any:
        return "-" if v is None else v

    rows = [{"figure": k, "value": shown(stats.get(k))} for k in _SHARED]
    served = stats.get("hits", 0) or stats.get("misses", 0)
    if served or not recorded:
        rows += [{"figure": f"{k} (this process)", "value": shown(stats.get(k))} for k in _LOOKUPS]
    if recorded:
        at = recorded.get("recorded_at")
        when = "" if at is None else time.strftime(" at %Y-%m-%d %H:%M", time.localtime(at))
        rows.append({"figure": "lookups recorded by the worker", "value": when.strip() or "-"})
        rows += [{"figure": f"{k} (worker)", "value": shown(recorded.get(k))} for k in _LOOKUPS]
    return rows


def cmd_cache_clear(args: argparse.Namespace) -> int:
    from permoney_desktop.services import metrics

    with open_ledger(args) as ledger, metrics.open_cache(ledger) as cache:
        removed = cache.clear()
        degraded = cache.degraded
    if degraded:
        raise CliError(f"could not clear the metrics cache: {degraded}")
    print(f"cleared {removed} cached entries (figures are recomputed when needed)")
    return 0


def cache_health(ledger: Any) -> dict[str, Any]:
    """The cache section of ``permoney health``: figures judged by the thresholds, and stats."""
    from permoney_desktop.services import metrics
    from permoney_desktop.worker.metrics_tasks import cache_figures

    with metrics.open_cache(ledger) as cache:
        return {
            "figures": cache_figures(cache),
            "stats": cache.stats().as_dict(),
            "last_recorded_by_worker": cache.recorded_stats(),
        }


def print_cache_health(section: dict[str, Any], out: Any = None) -> None:
    out = out or sys.stdout
    stats = section["stats"]
    figures = section["figures"]
    rate = figures.get("cache_hit_rate")
    lookup = figures.get("cache_lookup_p95_s")
    rows = [
        ("hit rate", "-" if rate is None else f"{rate * 100:.1f}%"),
        ("lookup p95", "-" if lookup is None else f"{lookup * 1000:.2f} ms"),
        ("entries", "-" if stats["entries"] is None else stats["entries"]),
        ("size on disk", "-" if stats["size_bytes"] is None else f"{stats['size_bytes']} B"),
        ("state", "degraded: " + stats["degraded"] if stats["degraded"] else "ok"),
    ]
    out.write("\nmetrics cache:\n")
    emit([{"figure": k, "value": v} for k, v in rows], ["figure", "value"], "table", out)
