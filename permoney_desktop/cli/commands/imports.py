"""Import and export commands: ``import``, ``export``, ``import-book``, ``rules``
(``rules edit|enable|disable`` are in ``rule_edits``)."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from permoney_desktop.cli.commands import reconcile
from permoney_desktop.cli.context import after_write, open_ledger
from permoney_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from permoney_desktop.domain.imports.csv_format import CsvOptions
    from permoney_desktop.services.ledger import Ledger

FORMATS = ("csv", "ofx", "qfx", "qif", "camt", "mt940")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="import a bank file (CSV, OFX, QFX, QIF, camt.053/.052/.054, MT940): all rows or none",
        description="Import a bank file. Duplicates are skipped; a bad row rejects the file.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=FORMATS, default=None, help="default: detected")
    p.add_argument("--account", metavar="NAME", help="book account for the file's rows")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="CSV column for a field (date, amount, debit, credit, payee, memo, category, "
        "currency, external_id, account, transfer_id, tags, direction, fee, balance), by header "
        "name or by number (1 = first column); several as date=1,amount=3; FIELD= unmaps a "
        "guessed column (direction= says the file has none); repeatable",
    )
    _csv_layout_options(p)
    p.add_argument("--date-format", metavar="FMT", help="e.g. %%d/%%m/%%Y (default: detected)")
    p.add_argument(
        "--decimal-comma", action="store_true", help="amounts like 1.234,56 (default: detected)"
    )
    p.add_argument(
        "--decimal-point", action="store_true", help="amounts like 1,234.56 (default: detected)"
    )
    p.add_argument(
        "--inflows-negative", action="store_true", help="the file shows money in as negative"
    )
    p.add_argument(
        "--balance-sign",
        choices=("owed-positive", "signed"),
        help="how the balance column counts: owed-positive (a card's debt shown as a positive "
        "number) or signed (default: decided from the balances, else asked)",
    )
    p.add_argument("--encoding", metavar="NAME", help="utf-8, cp1252… (default: detected)")
    p.add_argument("--delimiter", metavar="CHAR", help="CSV delimiter (default: sniffed)")
    p.add_argument("--preset", metavar="NAME", help="use a saved CSV mapping")
    p.add_argument("--save-preset", metavar="NAME", help="save this mapping under NAME")
    p.add_argument(
        "--account-map",
        action="append",
        default=[],
        metavar="FILE_ACCOUNT=BOOK_ACCOUNT",
        help="map an account named in the file to a book account; repeatable",
    )
    p.add_argument(
        "--category-kind",
        action="append",
        default=[],
        metavar="NAME=KIND",
        help="kind (income or expense) of a new top-level category the file's rows do not "
        "decide; repeatable",
    )
    p.add_argument("--no-rules", action="store_true", help="do not apply rules")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument("--show-skipped", action="store_true", help="list skipped rows and why")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export entries as CSV, or the whole book as a zip")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=("csv", "zip"), default=None, help="default: by suffix")
    p.add_argument("--account", metavar="NAME", action="append", help="only these accounts")
    p.add_argument(
        "--no-valuations",
        action="store_true",
        help="leave out valuations (balance levels): a CSV import makes only transactions",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import-book", help="load a book export (zip) into an empty book")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import_book)

    p = sub.add_parser("rules", help="auto-categorization rules")
    rsub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    r = rsub.add_parser("add", help="add a rule")
    r.add_argument("--name", default="")
    r.add_argument(
        "--if",
        dest="conditions",
        action="append",
        default=[],
        nargs="+",
        metavar="X",
        help="FIELD OP VALUE [VALUE2], e.g. --if payee contains coffee, --if amount between -10 -1",
    )
    r.add_argument("--category", help="set this category (Parent:Child)")
    r.add_argument("--merchant", default="")
    r.add_argument("--tag", action="append", default=[], help="add a tag; repeatable")
    r.add_argument("--rename-payee", default="")
    r.set_defaults(handler=cmd_rules_add)
    r = rsub.add_parser("list", help="list rules in the order they run")
    r.set_defaults(handler=cmd_rules_list)
    r = rsub.add_parser("apply", help="apply rules to existing entries (one undo step)")
    r.add_argument("--account", action="append", metavar="NAME")
    r.set_defaults(handler=cmd_rules_apply)
    r = rsub.add_parser("delete", help="delete a rule")
    r.add_argument("rule_id", type=int)
    r.set_defaults(handler=cmd_rules_delete)
    from permoney_desktop.cli.commands import rule_edits

    rule_edits.register(rsub)


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CliError(f"{what} takes KEY=VALUE, got {item!r}")
        out[key.strip()] = value.strip()
    return out


def _category_kinds(items: list[str]) -> dict[str, str]:
    kinds = _pairs(items, "--category-kind")
    for name, kind in kinds.items():
        if kind.casefold() not in ("income", "expense"):
            raise CliError(f"--category-kind {name}: the kind is income or expense, not {kind!r}")
    return {name: kind.casefold() for name, kind in kinds.items()}


def _csv_layout_options(p: Any) -> None:
    """The options that say how a CSV is laid out: direction values, header, filters."""
    p.add_argument(
        "--direction-values",
        metavar="out=VALUE,in=VALUE",
        help="the direction column's values for money out and in, e.g. out=Af,in=Bij "
        "(several as out=D|DR); default: the usual ones (Af/Bij, D/C, Debit/Credit, DR/CR, S/H)",
    )
    p.add_argument("--header-row", type=int, metavar="N", help="the header is on line N")
    p.add_argument(
        "--skip-lines", type=int, default=None, metavar="N", help="pass over the first N lines"
    )
    p.add_argument(
        "--no-header",
        action="store_true",
        help="the file starts with data: map columns by number (--map date=1,amount=3)",
    )
    p.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="COLUMN=VALUE",
        help="import only the rows whose column holds VALUE (e.g. State=COMPLETED); repeatable",
    )


def _map_pairs(items: list[str]) -> dict[str, str]:
    """``--map`` items: FIELD=COLUMN each, or several joined by commas (date=1,amount=3). A
    comma not followed by a field name belongs to the column name."""
    from permoney_desktop.domain.imports.csv_format import CsvMapping

    fields = set(CsvMapping.field_names())
    pieces: list[str] = []
    for item in items:
        for part in item.split(","):
            key = part.partition("=")[0].strip()
            if pieces and ("=" not in part or key not in fields):
                pieces[-1] += "," + part
            else:
                pieces.append(part)
    return _pairs(pieces, "--map")


def _direction_values(text: str | None) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """``out=Af,in=Bij`` (several values as ``out=D|DR``) as (out values, in values)."""
    if text is None:
        return None
    sides: dict[str, tuple[str, ...]] = {}
    for part in text.split(","):
        key, sep, values = part.partition("=")
        key = key.strip().casefold()
        chosen = tuple(v.strip() for v in values.split("|") if v.strip())
        if not sep or key not in ("out", "in") or not chosen:
            raise CliError(f"--direction-values takes out=VALUE,in=VALUE, got {text!r}")
        sides[key] = sides.get(key, ()) + chosen
    if "out" not in sides or "in" not in sides:
        raise CliError("--direction-values needs both sides: out=VALUE,in=VALUE")
    if {v.casefold() for v in sides["out"]} & {v.casefold() for v in sides["in"]}:
        raise CliError("--direction-values: a value cannot mean both money out and money in")
    return sides["out"], sides["in"]


def _csv_options(args: argparse.Namespace, base: CsvOptions) -> CsvOptions:
    """The preset's options (or the defaults) with what the command line sets."""
    from dataclasses import replace

    if args.decimal_comma and args.decimal_point:
        raise CliError("choose one of --decimal-comma and --decimal-point")
    for flag, value in (("--header-row", args.header_row), ("--skip-lines", args.skip_lines)):
        if value is not None and value < (1 if flag == "--header-row" else 0):
            raise CliError(f"{flag} takes a line number, got {value}")
    decimal = True if args.decimal_comma else False if args.decimal_point else base.decimal_comma
    directions = _direction_values(args.direction_values)
    only = tuple(_pairs(args.only, "--only").items()) if args.only else base.only
    return replace(
        base,
        date_format=args.date_format or base.date_format,
        decimal_comma=decimal,
        inflows_negative=args.inflows_negative or base.inflows_negative,
        encoding=args.encoding or base.encoding,
        delimiter=args.delimiter or base.delimiter,
        direction_out=directions[0] if directions else base.direction_out,
        direction_in=directions[1] if directions else base.direction_in,
        header_row=args.header_row if args.header_row is not None else base.header_row,
        skip_lines=args.skip_lines if args.skip_lines is not None else base.skip_lines,
        no_header=args.no_header or base.no_header,
        only=only,
        balance_sign=args.balance_sign or base.balance_sign,
    )


# What to type, appended to a refusal whose reason ends with the words the domain uses.
_HINTS = (
    ("set the direction values", " (--direction-values out=VALUE,in=VALUE)"),
    ("choose the decimal separator", " (--decimal-comma or --decimal-point)"),
    ("choose the date format", " (--date-format FMT)"),
    ("map the columns by number", " (--no-header, then --map date=1,amount=3)"),
    ("choose the kind", " (--category-kind NAME=income or NAME=expense)"),
    ("with a row filter", " (--only COLUMN=VALUE, e.g. --only State=COMPLETED)"),
    (
        "choose the balance column's sign",
        " (--balance-sign owed-positive or --balance-sign signed)",
    ),
)


def _hint(exc: Exception) -> str:
    from permoney_desktop.domain.imports.csv_format import DirectionUnconfirmedError

    if isinstance(exc, DirectionUnconfirmedError):
        return f" (--map direction={_quoted(exc.column)}, or --map direction= if it has none)"
    text = str(exc)
    return next((hint for end, hint in _HINTS if text.endswith(end)), "")


def _quoted(column: str) -> str:
    return f"'{column}'" if any(c in column for c in " /()&;'\"") else column


class _Bar:
    """A one-line progress bar on stderr, only on a terminal and only for long imports."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.enabled = out.isatty()
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.started < 0.5 or now - self.last < 0.1:
            return
        self.last = now
        width = 30
        filled = int(width * done / total) if total else 0
        self.out.write(f"\r{stage:<11} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        self.out.flush()

    def close(self) -> None:
        if self.enabled and self.last:
            self.out.write("\r" + " " * 70 + "\r")
            self.out.flush()


def cmd_import(args: argparse.Namespace) -> int:
    # No cyclic GC for the command: its module imports (SQLAlchemy, the schema) and a big
    # file's rows make hundreds of thousands of objects and no cycles worth collecting.
    gc.disable()
    try:
        return _import(args)
    finally:
        gc.enable()


def _import(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
    from permoney_desktop.domain.imports.records import FileFormat, ImportFileError
    from permoney_desktop.services import imports

    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}")
    fmt = FileFormat(args.format) if args.format else None
    with open_ledger(args) as ledger:
        mapping: CsvMapping | None = None
        options = CsvOptions()
        if args.preset:
            try:
                mapping, options = imports.load_preset(ledger, args.preset)
            except imports.ImportSetupError as exc:
                raise CliError(str(exc)) from None
        options = _csv_options(args, options)
        overrides = _map_pairs(args.map)
        if overrides:
            base = mapping
            if base is None:
                from permoney_desktop.domain.imports import csv_format

                try:
                    table = imports.read_table(args.file.read_bytes(), args.file.name, options)
                except ImportFileError as exc:
                    raise CliError(f"rejected: {exc}", exit_code=1) from None
                base = csv_format.guess_mapping(table.header)
            try:
                mapping = base.with_columns(overrides)
            except ValueError as exc:
                raise CliError(f"--map: {exc}") from None
        request = imports.ImportRequest.from_path(
            args.file,
            format=fmt,
            account=args.account,
            accounts=_pairs(args.account_map, "--account-map"),
            mapping=mapping,
            options=options,
            apply_rules=not args.no_rules,
            category_kinds=_category_kinds(args.category_kind),
        )
        bar = _Bar(sys.stderr)
        try:
            report = imports.run_import(ledger, request, dry_run=args.dry_run, progress=bar)
        except ImportFileError as exc:
            bar.close()
            print("imported 0, duplicates 0, rejected 1 file")
            raise CliError(f"rejected: {exc}{_hint(exc)}", exit_code=1) from None
        except imports.ImportSetupError as exc:
            bar.close()
            raise CliError(f"{exc}{_hint(exc)}") from None
        bar.close()
        _warn_skipped_rules(ledger, request.apply_rules)
        if args.save_preset and mapping is not None:
            imports.save_preset(ledger, args.save_preset, mapping, options)
        elif args.save_preset:
            from permoney_desktop.domain.imports import csv_format

            table = imports.read_table(request.data, request.name, options)
            imports.save_preset(
                ledger, args.save_preset, csv_format.guess_mapping(table.header), options
            )
        if not report.dry_run and not report.changes.empty:
            # Nothing changed (every row a duplicate): no syncs to queue, no worker to start.
            after_write(ledger, report.changes)
        ids = range(0) if report.dry_run else report.new_entry_ids
        anchored = reconcile.absorbed_lines(ledger, ids, "imported entry")
    verb = "would import" if report.dry_run else "imported"
    print(f"{verb} {report.imported}, duplicates {report.duplicates}, rejected 0")
    if report.new_categories:
        made = "would create" if report.dry_run else "created"
        listed = ", ".join(f"{path} ({kind})" for path, kind in report.new_categories.items())
        print(f"{made} categories: {listed}")
    for note in report.notes:
        print(f"note: {note}")
    from permoney_desktop.cli import import_summary

    import_summary.print_corrections(report)
    import_summary.print_checks(report)
    for line in anchored:  # entries before a later balance anchor, and what to do
        print(line)
    if report.foreign:
        from permoney_desktop.services import import_preview  # only then: it costs a start

        if (currency_note := import_preview.currency_line(report.foreign)) is not None:
            print(currency_note)
    if report.transfers_linked:
        print(f"linked {report.transfers_linked} transfers")
    if report.proposals:
        print(f"{len(report.proposals)} possible transfers to confirm:")
        for p in report.proposals[:20]:
            print(
                f"  {p.date} {p.amount} {p.currency}: {p.outflow_account} -> {p.inflow_account}"
                f" (entries {p.outflow_id}, {p.inflow_id})"
            )
    if args.show_skipped:
        for s in report.skipped:
            print(f"  skipped line {s.line}: {s.date} {s.amount} {s.payee!r}: {s.reason}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from permoney_desktop.services import exports

    fmt = args.format or ("zip" if args.file.suffix.lower() == ".zip" else "csv")
    if args.file.exists():
        raise CliError(f"{args.file} already exists; choose another name")
    with open_ledger(args) as ledger:
        if fmt == "zip":
            if args.account:
                raise CliError("--account applies to CSV exports; a book export is everything")
            counts = exports.export_book(ledger, args.file)
            total = sum(counts.values())
            print(f"exported the book ({total} rows in {len(counts)} files) to {args.file}")
            return 0
        ids = None
        if args.account:
            from permoney_desktop.services.accounts import find_account

            ids = [find_account(ledger, n).id for n in args.account]
        n = exports.export_entries_csv(
            ledger,
            args.file,
            exports.EntryExportFilter(account_ids=ids, include_valuations=not args.no_valuations),
        )
    print(f"exported {n} entries to {args.file}")
    return 0


def cmd_import_book(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.imports.records import ImportFileError
    from permoney_desktop.services import exports

    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}")
    with open_ledger(args, create=True) as ledger:
        try:
            changes = exports.import_book(ledger, args.file)
        except (exports.BookImportError, ImportFileError) as exc:
            raise CliError(f"rejected: {exc}", exit_code=1) from None
        after_write(ledger, changes)
    print(f"imported the book from {args.file} ({len(changes.dirty_from)} accounts)")
    return 0


def _warn_skipped_rules(ledger: Ledger, applied: bool = True) -> None:
    """One line per enabled rule that was not run (a stored regex that could hang)."""
    from permoney_desktop.services import rules

    if applied:
        for rule, why in rules.skipped_rules(ledger):
            print(f"permoney: warning: rule {rule.name!r} was not run: {why}", file=sys.stderr)


def cmd_rules_add(args: argparse.Namespace) -> int:
    from permoney_desktop.domain.rules import Condition
    from permoney_desktop.services import rules

    conds = []
    for parts in args.conditions:
        if len(parts) not in (3, 4):
            raise CliError(f"--if takes FIELD OP VALUE [VALUE2], got {' '.join(parts)!r}")
        conds.append(Condition.parse(*parts))
    with open_ledger(args) as ledger:
        category = None
        if args.category:
            from permoney_desktop.cli.commands.categories import resolve_category

            category = resolve_category(ledger, args.category).full_name
        rule_id, _changes = rules.add_rule(
            ledger,
            args.name,
            conds,
            category=category,
            merchant=args.merchant,
            tags=args.tag,
            rename_payee=args.rename_payee,
        )
    print(f"added rule {rule_id}")
    return 0


def cmd_rules_list(args: argparse.Namespace) -> int:
    from permoney_desktop.cli.output import emit
    from permoney_desktop.services import rules

    with open_ledger(args) as ledger:
        views = rules.list_rules(ledger)
        skipped = {r.id for r, _why in rules.skipped_rules(ledger)}
    rows = [
        {
            "id": v.id,
            "name": v.rule.name,
            "enabled": "no: cannot run" if v.id in skipped else ("yes" if v.rule.enabled else "no"),
            "if": " and ".join(c.describe() for c in v.rule.conditions),
            "then": ", ".join(
                x
                for x in (
                    f"category {v.category}" if v.category else "",
                    f"merchant {v.rule.actions.merchant}" if v.rule.actions.merchant else "",
                    f"tags {';'.join(v.rule.actions.tags)}" if v.rule.actions.tags else "",
                    f"payee {v.rule.actions.rename_payee}" if v.rule.actions.rename_payee else "",
                )
                if x
            ),
        }
        for v in views
    ]
    emit(rows, ["id", "name", "enabled", "if", "then"], "table")
    return 0


def cmd_rules_apply(args: argparse.Namespace) -> int:
    from permoney_desktop.services import rules

    with open_ledger(args) as ledger:
        ids = None
        if args.account:
            from permoney_desktop.services.accounts import find_account

            ids = [find_account(ledger, n).id for n in args.account]
        report = rules.apply_rules(ledger, account_ids=ids)
        after_write(ledger, report.changes)
        _warn_skipped_rules(ledger)
    print(f"rules changed {report.changed} of {report.examined} entries")
    return 0


def cmd_rules_delete(args: argparse.Namespace) -> int:
    from permoney_desktop.services import rules

    with open_ledger(args) as ledger:
        rules.delete_rule(ledger, args.rule_id)
    print(f"deleted rule {args.rule_id}")
    return 0
