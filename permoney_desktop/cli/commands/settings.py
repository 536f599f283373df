"""Book settings commands: ``settings get [KEY]`` and ``settings set KEY VALUE``.

Only the settings the app's Settings dialog writes can be set here, each checked the way the
app checks it: the base currency, the worker's thread count and the health thresholds.
Settings are configuration, not financial data: like in the app, a change is no undo step.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from permoney_desktop.cli.context import open_ledger
from permoney_desktop.cli.errors import CliError

BASE_CURRENCY = "book.base_currency"
THREADS = "worker.threads"
THRESHOLDS = "thresholds."
BUDGET_MODE = "budget.mode"
QUEUE_URL = "worker.queue_url"


def register(sub: Any) -> None:
    s = sub.add_parser("settings", help="show or change the book's settings")
    cmds = s.add_subparsers(title="settings commands", metavar="COMMAND", required=True)

    p = cmds.add_parser("get", help="print one setting, or every stored one")
    p.add_argument("key", nargs="?", metavar="KEY")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_get)

    p = cmds.add_parser(
        "set",
        help=f"change a setting: {BASE_CURRENCY}, {THREADS}, {BUDGET_MODE}, {QUEUE_URL} "
        f"(a shared book's Redis) or {THRESHOLDS}NAME",
    )
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE", help="a currency code, a number, or JSON")
    p.set_defaults(handler=cmd_set)


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def cmd_get(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit

    with open_ledger(args) as ledger:
        stored = ledger.all_settings()
        stored.setdefault(BASE_CURRENCY, str(ledger.base_currency))
    if args.key is not None:
        if args.key not in stored:
            raise CliError(f"no setting {args.key!r} is stored (see: permoney settings get)")
        print(_shown(stored[args.key]))
        return 0
    rows = [{"key": k, "value": _shown(v)} for k, v in sorted(stored.items())]
    emit(rows, ["key", "value"], args.format)
    return 0


def _queue_url(key: str, text: str) -> str:
    """A shared book's Redis URL, without a password: the book is read by everyone in the
    household; a password goes in PERMONEY_QUEUE_URL on each machine instead."""
    from urllib.parse import urlsplit

    url = text.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a bad port raises here)
    except ValueError:
        raise CliError(f"{key} is not a URL: expected redis://HOST:PORT/DB") from None
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise CliError(f"{key} is a redis:// or rediss:// URL with a host, e.g. redis://nas:6379/0")
    if parts.password:
        raise CliError(
            f"{key} is stored in the book, where a password does not belong; set the URL with "
            "its password in PERMONEY_QUEUE_URL on each machine instead"
        )
    return url


def checked(key: str, text: str) -> Any:
    """The value to store for ``key``, checked like the app's Settings dialog checks it."""
    if key == BASE_CURRENCY:
        from permoney_desktop.domain.currency import currency

        return str(currency(text))
    if key == THREADS:
        from permoney_desktop.worker.runtime import WorkerError, parse_threads

        try:
            return parse_threads(text, key)
        except WorkerError as exc:
            raise CliError(str(exc)) from None
    if key == QUEUE_URL:
        return _queue_url(key, text)
    if key == BUDGET_MODE:
        if text.strip().lower() not in ("envelope", "tracking"):
            raise CliError(f"{key} is envelope or tracking, got {text!r}")
        return text.strip().lower()
    if key.startswith(THRESHOLDS):
        from permoney_desktop.services.health_bands import Thresholds

        try:
            value = json.loads(text)
        except ValueError:
            raise CliError(f"{key} takes a number or a JSON list, got {text!r}") from None
        Thresholds().with_settings({key: value})  # raises a clear ThresholdError
        return value
    raise CliError(
        f"unknown setting {key!r} (settable: {BASE_CURRENCY}, {THREADS}, {BUDGET_MODE}, "
        f"{THRESHOLDS}NAME)"
    )


def cmd_set(args: argparse.Namespace) -> int:
    value = checked(args.key, args.value)
    with open_ledger(args) as ledger:
        ledger.set_setting(args.key, value)
        if args.key == BASE_CURRENCY:
            # The cached dashboard figures are in the old currency: recomputed when next asked.
            from permoney_desktop.services import metrics

            with metrics.open_cache(ledger) as cache:
                cache.clear()
    return 0
