"""Scheduled-transaction commands: ``schedule add|list|edit|delete|skip|post|run|upcoming`` and
``schedule detect`` (recurring-payment proposals)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from permoney_desktop.cli.commands.accounts import resolve_account
from permoney_desktop.cli.context import after_write, open_ledger, parse_date
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.recurrence import Recurrence
    from permoney_desktop.domain.schedules import Schedule, Template
    from permoney_desktop.services.ledger import Ledger

LIST_COLUMNS = [
    "id",
    "name",
    "account",
    "amount",
    "currency",
    "payee",
    "category",
    "to_account",
    "rule",
    "mode",
    "next",
]
POSTED_COLUMNS = ["schedule", "name", "occurrence", "date", "account", "amount", "currency"]


def _id(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"invalid schedule id {text!r} (expected a number)")
    return int(text)


def _day(text: str) -> int:
    key = text.strip().lower()
    if key == "last":
        return -1
    if not key.isdigit() or not 1 <= int(key) <= 31:
        raise argparse.ArgumentTypeError(f"invalid day {text!r} (1-31 or last)")
    return int(key)


def _nth(text: str) -> int:
    key = text.strip().lower()
    named = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
    named |= {"fourth": 4, "4th": 4, "last": -1}
    if key in named:
        return named[key]
    if key.isdigit() and 1 <= int(key) <= 4:
        return int(key)
    raise argparse.ArgumentTypeError(f"invalid --nth {text!r} (1-4 or last)")


def _count(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"invalid count {text!r} (a whole number from 1)")
    return int(text)


def _tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


def register(sub: Any) -> None:
    sched = sub.add_parser("schedule", help="scheduled transactions: add, list, post, run")
    cmds = sched.add_subparsers(title="schedule commands", metavar="COMMAND", required=True)
    _register_add_edit(cmds)
    _register_occurrences(cmds)
    _register_reads(cmds)

    p = sub.add_parser("forecast", help="projected daily balances from the schedules")
    p.add_argument("--months", type=_count, default=3, metavar="N", help="1-12 (default 3)")
    p.add_argument("--account", metavar="A", help="one account (default: all open accounts)")
    p.add_argument(
        "--with-budgets",
        action="store_true",
        help="also count the budgets' expected spending (how: printed with the result)",
    )
    p.add_argument(
        "--budget-account",
        metavar="A",
        help="with --with-budgets: count all budget spending on this account (default: each "
        "category on the account it was mostly spent from in the last 180 days)",
    )
    p.add_argument("--net-worth", action="store_true", help="net worth per day instead")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_forecast)


def _template_args(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", help="default: the payee")
    p.add_argument("--account", required=adding, metavar="NAME")
    p.add_argument(
        "--amount",
        required=adding,
        help="signed (negative = money out); with --to: the positive amount moved",
    )
    p.add_argument("--payee", default="" if adding else None)
    p.add_argument("--category", metavar="C", help='"Utilities" or "Home:Utilities"')
    p.add_argument("--to", dest="to_account", metavar="ACCOUNT", help="a transfer to ACCOUNT")
    p.add_argument("--tags", type=_tags, default=() if adding else None, metavar="T1,T2")
    p.add_argument("--memo", "--notes", dest="notes", default="" if adding else None)


def _rule_args(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument(
        "--every",
        required=adding,
        metavar="UNIT",
        help="day, week, 2weeks, month, 3months, year (any N + unit)",
    )
    p.add_argument("--day", type=_day, metavar="D", help="day of the month: 1-31 or last")
    p.add_argument("--weekday", metavar="WD", help="mon..sun, with --nth: the nth WD of a month")
    p.add_argument("--nth", type=_nth, metavar="N", help="1-4 or last (with --weekday)")
    p.add_argument("--start", type=parse_date, metavar="DATE", help="default: today")
    ends = p.add_mutually_exclusive_group()
    ends.add_argument("--end", type=parse_date, metavar="DATE", help="last possible date")
    ends.add_argument("--count", type=_count, metavar="N", help="number of occurrences")
    if not adding:
        ends.add_argument("--no-end", action="store_true", help="run forever")
    p.add_argument("--weekend", choices=("none", "before", "after"), help="move off weekends")
    modes = p.add_mutually_exclusive_group()
    modes.add_argument("--remind", action="store_true", help="remind, do not post by itself")
    if not adding:
        modes.add_argument("--auto", action="store_true", help="post by itself when due")


def _register_add_edit(cmds: Any) -> None:
    p = cmds.add_parser("add", help="add a schedule; prints its id")
    _template_args(p, adding=True)
    _rule_args(p, adding=True)
    p.add_argument(
        "--from-today",
        action="store_true",
        help="with a past --start: count from today (earlier dates are already in the book)",
    )
    p.set_defaults(handler=cmd_add)

    p = cmds.add_parser("edit", help="change a schedule (with --from: this and later)")
    p.add_argument("id", type=_id, metavar="ID")
    p.add_argument(
        "--from",
        dest="occurrence",
        type=parse_date,
        metavar="DATE",
        help="change only the occurrence on DATE and later ones (a new schedule goes on)",
    )
    _template_args(p, adding=False)
    _rule_args(p, adding=False)
    p.set_defaults(handler=cmd_edit)

    p = cmds.add_parser("delete", help="delete a schedule (its posted entries stay)")
    p.add_argument("id", type=_id, metavar="ID")
    p.set_defaults(handler=cmd_delete)


def _register_occurrences(cmds: Any) -> None:
    p = cmds.add_parser("post", help="post one occurrence now (default: the next one)")
    p.add_argument("id", type=_id, metavar="ID")
    p.add_argument("--date", dest="occurrence", type=parse_date, metavar="DATE")
    p.add_argument("--on", type=parse_date, metavar="DATE", help="date the entry (default: due)")
    p.set_defaults(handler=cmd_post)

    p = cmds.add_parser("skip", help="skip one occurrence (default: the next one)")
    p.add_argument("id", type=_id, metavar="ID")
    p.add_argument("--date", dest="occurrence", type=parse_date, metavar="DATE")
    p.set_defaults(handler=cmd_skip)

    p = cmds.add_parser("run", help="post every due occurrence not posted yet (one undo step)")
    p.add_argument("--until", type=parse_date, metavar="DATE", help="default: today")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_run)


def _register_reads(cmds: Any) -> None:
    p = cmds.add_parser("list", help="list the schedules")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_list)

    p = cmds.add_parser("upcoming", help="occurrences due soon, overdue reminders first")
    p.add_argument("--days", type=_count, default=30, metavar="N")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_upcoming)

    p = cmds.add_parser("detect", help="propose schedules from payments that recur")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--accept", metavar="ID", help="make proposal ID a schedule")
    which.add_argument("--reject", metavar="ID", help="never propose ID again (undoable)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_detect)


# -- building values ------------------------------------------------------------------------


def _category_id(ledger: Ledger, text: str | None) -> Any:
    from permoney_desktop.cli.commands.categories import resolve_category

    if text is None or not text.strip():
        return None
    return resolve_category(ledger, text).id


def _template(ledger: Ledger, args: argparse.Namespace, old: Template | None) -> Template:
    from permoney_desktop.domain.money import parse_decimal
    from permoney_desktop.domain.schedules import Template

    base = old or Template(
        account_id=resolve_account(ledger, args.account).id, amount=parse_decimal(args.amount)
    )
    changes: dict[str, Any] = {}
    if args.account is not None:
        changes["account_id"] = resolve_account(ledger, args.account).id
    if args.amount is not None:
        changes["amount"] = parse_decimal(args.amount)
    if args.payee is not None:
        changes["payee"] = args.payee
    if args.category is not None:
        changes["category_id"] = _category_id(ledger, args.category)
    if args.to_account is not None:
        to = args.to_account.strip()
        changes["to_account_id"] = resolve_account(ledger, to).id if to else None
    if args.tags is not None:
        changes["tags"] = args.tags
    if args.notes is not None:
        changes["notes"] = args.notes
    return replace(base, **changes)


def _recurrence(args: argparse.Namespace, old: Recurrence | None) -> Recurrence:
    from permoney_desktop.domain.recurrence import (
        Frequency,
        Recurrence,
        Weekend,
        parse_every,
        parse_weekday,
    )

    changes: dict[str, Any] = {}
    if args.every is not None:
        changes["frequency"], changes["interval"] = parse_every(args.every)
    if args.day is not None:
        changes |= {"day": args.day, "weekday": None, "nth": None}
    if args.weekday is not None or args.nth is not None:
        if args.weekday is None or args.nth is None:
            raise CliError("--weekday and --nth go together (e.g. --weekday fri --nth last)")
        changes |= {"day": None, "weekday": parse_weekday(args.weekday), "nth": args.nth}
    if args.start is not None:
        changes["start"] = args.start
    if args.end is not None:
        changes |= {"end": args.end, "count": None}
    if args.count is not None:
        changes |= {"count": args.count, "end": None}
    if getattr(args, "no_end", False):
        changes |= {"count": None, "end": None}
    if args.weekend is not None:
        changes["weekend"] = Weekend(args.weekend)
    if old is None:
        base = Recurrence(Frequency.MONTHLY, args.start or date.today())
        return Recurrence(**{**_fields(base), **changes})
    if changes.get("frequency") in (Frequency.DAILY, Frequency.WEEKLY):
        changes |= {"day": None, "weekday": None, "nth": None}
    return Recurrence(**{**_fields(old), **changes})


def _fields(r: Recurrence) -> dict[str, Any]:
    return {k: getattr(r, k) for k in r.__slots__}


def _money(amount: Any) -> str:
    return str(amount)


def _row(s: Schedule, next_due: date | None) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "account": s.account_name,
        "amount": _money(s.template.amount),
        "currency": s.currency,
        "payee": s.template.payee,
        "category": s.category_name,
        "to_account": s.to_account_name,
        "rule": s.recurrence.describe(),
        "mode": s.mode.value,
        "next": "" if next_due is None else next_due.isoformat(),
        "start": s.recurrence.start.isoformat(),
        "end": "" if s.recurrence.end is None else s.recurrence.end.isoformat(),
        "count": "" if s.recurrence.count is None else s.recurrence.count,
        "tags": ",".join(s.template.tags),
        "notes": s.template.notes,
    }


# -- commands -------------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.schedules import ScheduleMode
    from permoney_desktop.services import schedules

    with open_ledger(args) as ledger:
        template = _template(ledger, args, None)
        rule = _recurrence(args, None)
        mode = ScheduleMode.REMIND if args.remind else ScheduleMode.POST
        today = date.today()
        sid, changes = schedules.add_schedule(
            ledger,
            args.name or "",
            template,
            rule,
            mode,
            active_from=today if args.from_today else None,
        )
        after_write(ledger, changes)
    past = schedules.past_occurrences(rule, today)
    if past and mode is ScheduleMode.POST and not args.from_today:
        print(
            f"note: {past} occurrence{'s' if past != 1 else ''} before today will be posted"
            " by the next run (permoney schedule run); to count from today instead, delete"
            " this schedule and add it again with --from-today",
            file=sys.stderr,
        )
    print(sid)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.schedules import ScheduleMode
    from permoney_desktop.services import schedules

    with open_ledger(args) as ledger:
        old = schedules.get_schedule(ledger, args.id)
        template = _template(ledger, args, old.template)
        rule = _recurrence(args, old.recurrence)
        mode = ScheduleMode.REMIND if args.remind else ScheduleMode.POST if args.auto else None
        if args.occurrence is not None:
            if args.name is not None or mode is not None:
                raise CliError(
                    "--name, --remind and --auto apply to the whole schedule, not --from"
                )
            new_id, changes = schedules.split_schedule(
                ledger,
                args.id,
                args.occurrence,
                template=template,
                recurrence=None if rule == old.recurrence else rule,
            )
            after_write(ledger, changes)
            print(new_id)
            return 0
        changes = schedules.edit_schedule(
            ledger,
            args.id,
            date.today(),
            name=args.name,
            template=template,
            recurrence=rule,
            mode=mode,
        )
        after_write(ledger, changes)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import schedules

    with open_ledger(args) as ledger:
        after_write(ledger, schedules.delete_schedule(ledger, args.id))
    return 0


def cmd_post(args: argparse.Namespace) -> int:
    from permoney_desktop.services import schedule_posting

    with open_ledger(args) as ledger:
        occurrence, entry_id, changes = schedule_posting.post_occurrence(
            ledger, args.id, date.today(), args.occurrence, on=args.on
        )
        after_write(ledger, changes)
    print(f"posted the {occurrence.nominal} occurrence as entry {entry_id}", file=sys.stderr)
    print(entry_id)
    return 0


def cmd_skip(args: argparse.Namespace) -> int:
    from permoney_desktop.services import schedule_posting

    with open_ledger(args) as ledger:
        occurrence, changes = schedule_posting.skip_occurrence(
            ledger, args.id, date.today(), args.occurrence
        )
        after_write(ledger, changes)
    print(f"skipped the {occurrence.nominal} occurrence", file=sys.stderr)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import schedule_posting

    until = args.until or date.today()
    with open_ledger(args) as ledger:
        result = schedule_posting.run_due(ledger, until)
        after_write(ledger, result.changes)
    rows = [
        {
            "schedule": p.schedule.id,
            "name": p.schedule.name,
            "occurrence": p.occurrence.nominal.isoformat(),
            "date": p.occurrence.due.isoformat(),
            "account": p.schedule.account_name,
            "amount": _money(p.schedule.template.amount),
            "currency": p.schedule.currency,
        }
        for p in result.posted
    ]
    emit(rows, POSTED_COLUMNS, args.format, numeric=("schedule", "amount"))
    n = len(rows)
    print(f"posted {n} scheduled transaction{'s' if n != 1 else ''}", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import schedules

    today = date.today()
    with open_ledger(args) as ledger:
        st = schedules.state(ledger)
    nexts: dict[int, date] = {}
    for p in st.pending(date(today.year + 2, 12, 31)):
        nexts.setdefault(p.schedule.id, p.occurrence.due)
    rows = [_row(s, nexts.get(s.id)) for s in st.schedules]
    columns = (
        LIST_COLUMNS
        if args.format == "table"
        else [*LIST_COLUMNS, "start", "end", "count", "tags", "notes"]
    )
    emit(rows, columns, args.format, numeric=("id", "amount"))
    return 0


def cmd_upcoming(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import schedules

    today = date.today()
    with open_ledger(args) as ledger:
        items = schedules.upcoming(ledger, today, args.days)
    rows = [
        {
            "schedule": p.schedule.id,
            "name": p.schedule.name,
            "occurrence": p.occurrence.nominal.isoformat(),
            "date": p.occurrence.due.isoformat(),
            "account": p.schedule.account_name,
            "amount": _money(p.schedule.template.amount),
            "currency": p.schedule.currency,
            "status": "overdue"
            if p.occurrence.due < today
            else "due"
            if p.occurrence.due == today
            else "upcoming",
        }
        for p in items
    ]
    emit(rows, [*POSTED_COLUMNS, "status"], args.format, numeric=("schedule", "amount"))
    return 0


DETECT_COLUMNS = [
    "id",
    "account",
    "payee",
    "cadence",
    "amount",
    "currency",
    "occurrences",
    "last",
    "next",
]


def cmd_detect(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.domain.money import Money
    from permoney_desktop.services import accounts, recurring

    today = date.today()
    with open_ledger(args) as ledger:
        if args.accept is not None:
            sid, changes = recurring.accept(ledger, args.accept, today)
            after_write(ledger, changes)
            print(sid)
            return 0
        if args.reject is not None:
            after_write(ledger, recurring.reject(ledger, args.reject, today))
            return 0
        found = recurring.proposals(ledger, today)
        names = {int(a.id): a.name for a in accounts.list_accounts(ledger)}
    rows = []
    for p in found:
        nxt = next(iter(p.recurrence().occurrences(date(p.last.year + 2, 12, 31))), None)
        rows.append(
            {
                "id": p.id,
                "account": names.get(p.account_id, ""),
                "payee": p.payee,
                "cadence": p.cadence.name,
                "amount": str(Money.from_minor(p.amount_minor, p.currency).amount),
                "currency": p.currency,
                "occurrences": p.occurrences,
                "last": p.last.isoformat(),
                "next": "" if nxt is None else nxt.due.isoformat(),
            }
        )
    emit(rows, DETECT_COLUMNS, args.format, numeric=("amount", "occurrences"))
    return 0


def cmd_forecast(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.domain.money import Money
    from permoney_desktop.services import forecast

    today = date.today()
    with open_ledger(args) as ledger:
        ids = None if args.account is None else [resolve_account(ledger, args.account).id]
        if args.net_worth and ids is not None:
            raise CliError("--net-worth covers every account; leave out --account")
        if args.budget_account is not None and not args.with_budgets:
            raise CliError("--budget-account goes with --with-budgets")
        spend_on = (
            None
            if args.budget_account is None
            else int(resolve_account(ledger, args.budget_account).id)
        )
        f = forecast.forecast(
            ledger, today, args.months, ids, with_budgets=args.with_budgets, budget_account=spend_on
        )
    if args.net_worth:
        rows = [
            {
                "date": p.day.isoformat(),
                "net_worth": str(p.amount.amount),
                "currency": p.amount.currency,
                "partial": "yes" if p.partial else "",
            }
            for p in f.net_worth
        ]
        emit(
            rows, ["date", "net_worth", "currency", "partial"], args.format, numeric=("net_worth",)
        )
        _print_notes(f.notes, args.format)
        return 0
    rows = [
        {
            "account": a.name,
            "date": d.isoformat(),
            "balance": str(Money.from_minor(level, a.currency).amount),
            "currency": a.currency,
        }
        for a in f.accounts
        for d, level in zip(f.days, a.levels, strict=True)
    ]
    emit(rows, ["account", "date", "balance", "currency"], args.format, numeric=("balance",))
    _print_notes(f.notes, args.format)
    return 0


def _print_notes(notes: tuple[str, ...], fmt: str) -> None:
    """How the budgets were counted: under the table, or on stderr beside csv/json rows so a
    parser of stdout is not disturbed."""
    out = sys.stdout if fmt == "table" else sys.stderr
    for line in notes:
        print(line, file=out)
