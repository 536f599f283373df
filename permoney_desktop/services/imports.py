"""Importing bank files: parse all, validate all, dedupe, apply rules, then one gated write.

The API the import wizard and the CLI share:

* ``detect_format(data, name)`` → ``FileFormat`` (content first, then the file extension).
* ``preview(ledger, request, limit=20)`` → ``Preview``: header and guessed mapping (CSV), the
  first rows as they will be imported with per-row errors, the file-level error if any.
* ``plan_import(ledger, request, progress=, cancel=)`` → ``ImportPlan`` (read-only): counts of
  new rows, duplicates (with line and reason), transfer pairs and proposals. Raises
  ``ImportFileError`` (file, line, field) for any bad row.
* ``run_import(ledger, request, dry_run=False, progress=, cancel=)`` → ``ImportReport``: the
  same plan computed again inside the write transaction, then written as one undo step.
  ``progress(stage, done, total)`` is called along the way; ``cancel()`` returning True raises
  ``ImportCancelledError`` and nothing is written.
* ``confirm_transfers`` / ``reject_transfers`` for the proposed pairs;
  ``save_preset`` / ``load_preset`` / ``list_presets`` / ``delete_preset`` for CSV mappings.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import islice, repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Connection

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports import csv_format, dedupe, transfer_match
from permoney_desktop.domain.imports.amounts import AmountFormatError, to_minor, to_minor_many
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions, RowError
from permoney_desktop.domain.imports.ofx import looks_like_ofx, read_ofx
from permoney_desktop.domain.imports.qif import read_qif
from permoney_desktop.domain.imports.records import (
    FileFormat,
    ImportFileError,
    ParsedFile,
    ParsedRow,
)
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.rules import (
    CATEGORY,
    TAGS,
    CompiledRules,
    Outcome,
    join_user_fields,
)
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.named_rows import get_or_create_named
from permoney_desktop.services.rules import compiled_from_conn
from permoney_desktop.services.undo import raw

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]

CHUNK = 10_000
CATEGORY_SEPARATOR = ":"


class ImportCancelledError(DomainError):
    """The user cancelled; nothing was written."""


class ImportSetupError(DomainError):
    """The request cannot run: unknown account or preset, or a file without a target account."""


@dataclass(frozen=True)
class ImportRequest:
    """One file to import and how to read it.

    ``account`` is the book account for rows that do not name one (or for a single-account
    file); ``accounts`` maps the file's own account names/ids to book account names.
    """

    data: bytes
    name: str
    format: FileFormat | None = None
    account: str | None = None
    accounts: Mapping[str, str] = field(default_factory=dict)
    mapping: CsvMapping | None = None
    options: CsvOptions = field(default_factory=CsvOptions)
    apply_rules: bool = True

    @classmethod
    def from_path(cls, path: Path, **kwargs: Any) -> ImportRequest:
        return cls(data=path.read_bytes(), name=path.name, **kwargs)


class Skipped(NamedTuple):
    """A row not imported, and why (a named tuple: a re-import makes one per row, in C)."""

    line: int
    reason: str
    date: date
    amount: Decimal
    payee: str


def _skipped(
    rows: Sequence[ParsedRow], found: Sequence[tuple[int, dedupe.SkipReason]]
) -> list[Skipped]:
    """The skipped rows as ``Skipped`` built from columns (C-level passes, no call per row)."""
    picked = list(map(rows.__getitem__, map(itemgetter(0), found)))
    reasons = {r: r.value for r in set(map(itemgetter(1), found))}
    return list(
        map(
            tuple.__new__,
            repeat(Skipped),
            zip(
                map(_LINE, picked),
                map(reasons.__getitem__, map(itemgetter(1), found)),
                map(_DATE, picked),
                map(_AMOUNT, picked),
                map(_PAYEE, picked),
                strict=True,
            ),
        )
    )


@dataclass(frozen=True)
class TransferProposal:
    """Two entries that look like one transfer. Ids are real once imported (negative in a plan:
    ``-(n+1)`` is the plan's n-th new row)."""

    outflow_id: int
    inflow_id: int
    outflow_account: str
    inflow_account: str
    date: date
    amount: Decimal
    currency: str


@dataclass(slots=True)
class _NewRow:
    account_id: int
    date: date
    minor: int
    currency: str
    payee: str
    memo: str
    category_id: int | None
    category_path: str
    merchant: str
    tags: tuple[str, ...]
    external_id: str | None
    user_fields: str
    transfer_ref: str | None
    line: int


@dataclass(slots=True)
class _NewRows:
    """The rows to import as columns, in insert (date) order: the write zips them straight
    into its INSERT parameters, with no object per row."""

    account_id: list[int]
    date: list[date]
    minor: list[int]
    currency: list[str]
    payee: list[str]
    memo: list[str]
    category_id: list[int | None]
    category_path: list[str]
    merchant: list[str]
    tags: list[tuple[str, ...]]
    external_id: list[str | None]
    user_fields: list[str]
    transfer_ref: list[str | None]
    line: list[int]

    def __len__(self) -> int:
        return len(self.line)

    def rows(self) -> list[_NewRow]:
        return list(
            map(
                _NewRow,
                self.account_id,
                self.date,
                self.minor,
                self.currency,
                self.payee,
                self.memo,
                self.category_id,
                self.category_path,
                self.merchant,
                self.tags,
                self.external_id,
                self.user_fields,
                self.transfer_ref,
                self.line,
            )
        )


@dataclass
class ImportPlan:
    """What an import would do, computed without writing."""

    file: str
    format: FileFormat
    total: int
    new: _NewRows
    skipped: list[Skipped]
    transfer_pairs: list[tuple[int, int]]  # indices into the new rows linked by a transfer id
    proposals: list[TransferProposal]
    new_categories: list[str]
    accounts: dict[int, str]
    rules_applied: int = 0
    # New rows in another currency than their account: (account, its currency, row currency).
    foreign: dict[tuple[str, str, str], int] = field(default_factory=dict)

    _rows: list[_NewRow] | None = field(default=None, repr=False)

    @property
    def new_rows(self) -> list[_NewRow]:
        """The new rows one object each (built on first use: the import itself needs none)."""
        if self._rows is None:
            self._rows = self.new.rows()
        return self._rows

    @property
    def imported(self) -> int:
        return len(self.new)

    @property
    def duplicates(self) -> int:
        return len(self.skipped)


@dataclass
class ImportReport:
    file: str
    format: FileFormat
    total: int
    imported: int
    duplicates: int
    skipped: list[Skipped]
    transfers_linked: int
    proposals: list[TransferProposal]
    rules_applied: int
    dry_run: bool
    changes: Changes = field(default_factory=Changes)
    new_entry_ids: range = range(0)
    foreign: dict[tuple[str, str, str], int] = field(default_factory=dict)  # as ImportPlan's


@dataclass
class PreviewRow:
    line: int
    date: date | None
    amount: Decimal | None
    payee: str
    memo: str
    category: str
    account: str
    error: str = ""


@dataclass
class Preview:
    format: FileFormat
    header: list[str]
    mapping: CsvMapping | None
    options: CsvOptions | None
    rows: list[PreviewRow]
    errors: list[str]
    file_error: str | None
    total_rows: int
    date_format: str | None = None


# -- reading files ------------------------------------------------------------------------------


def detect_format(data: bytes, name: str) -> FileFormat:
    """OFX/QFX by content, QIF by its ``!Type``/``!Account`` header, CSV otherwise."""
    suffix = Path(name).suffix.lower()
    if looks_like_ofx(data):
        return FileFormat.QFX if suffix == ".qfx" else FileFormat.OFX
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"!type:", b"!account", b"!option:", b"!clear:")):
        return FileFormat.QIF
    if suffix in {".ofx", ".qfx"}:
        return FileFormat.QFX if suffix == ".qfx" else FileFormat.OFX
    if suffix == ".qif":
        return FileFormat.QIF
    return FileFormat.CSV


def parse_file(request: ImportRequest) -> ParsedFile:
    """Parse and validate the whole file (strict): any bad row raises ``ImportFileError``."""
    fmt = request.format or detect_format(request.data, request.name)
    if fmt in (FileFormat.OFX, FileFormat.QFX):
        return read_ofx(request.data, request.name, fmt)
    if fmt is FileFormat.QIF:
        return read_qif(
            request.data,
            request.name,
            date_format=request.options.date_format,
            decimal_comma=request.options.decimal_comma,
            encoding=request.options.encoding,
        )
    return csv_format.read_csv(request.data, request.name, request.mapping, request.options)


def preview(ledger: Ledger, request: ImportRequest, limit: int = 20) -> Preview:
    """The first ``limit`` rows as they will be imported, errors shown per row, never raising
    for a bad file (the wizard shows ``file_error`` instead)."""
    del ledger  # the preview reads only the file; kept for a uniform service signature
    fmt = request.format or detect_format(request.data, request.name)
    if fmt is not FileFormat.CSV:
        try:
            parsed = parse_file(replace(request, format=fmt))
        except ImportFileError as exc:
            return Preview(fmt, [], None, None, [], [str(exc)], str(exc), 0)
        shown = [_preview_row(r, request.account) for r in parsed.rows[:limit]]
        return Preview(fmt, [], None, None, shown, [], None, len(parsed.rows))
    try:
        table = csv_format.read_table(
            request.data, request.name, request.options.encoding, request.options.delimiter
        )
    except ImportFileError as exc:
        return Preview(fmt, [], None, None, [], [str(exc)], str(exc), 0)
    mapping = request.mapping or csv_format.guess_mapping(table.header)
    options = request.options
    if request.mapping is None and request.options == CsvOptions():
        options = csv_format.suggest_options(table, mapping)
    try:
        result = csv_format.parse_table(table, request.name, mapping, options, lenient=True)
    except ImportFileError as exc:
        return Preview(
            fmt, table.header, mapping, options, [], [str(exc)], str(exc), len(table.rows)
        )
    errors_by_line = {e.line: e for e in result.errors}
    parsed_by_line = {r.line: r for r in result.parsed.rows}
    rows: list[PreviewRow] = []
    for line, cells in table.rows[:limit]:
        if line in parsed_by_line:
            rows.append(_preview_row(parsed_by_line[line], request.account))
        else:
            err: RowError | None = errors_by_line.get(line)
            rows.append(
                PreviewRow(
                    line,
                    None,
                    None,
                    " | ".join(cells)[:200],
                    "",
                    "",
                    "",
                    err.message(request.name) if err else "",
                )
            )
    return Preview(
        fmt,
        table.header,
        mapping,
        options,
        rows,
        [e.message(request.name) for e in result.errors],
        str(result.file_error) if result.file_error else None,
        len(table.rows),
        result.date_format,
    )


def _preview_row(r: ParsedRow, account: str | None) -> PreviewRow:
    return PreviewRow(
        r.line, r.date, r.amount, r.payee, r.memo, r.category, r.account or account or ""
    )


# -- planning -----------------------------------------------------------------------------------


def _tick(
    progress: Progress | None, cancel: Cancel | None, stage: str, done: int, total: int
) -> None:
    if cancel is not None and cancel():
        raise ImportCancelledError("import cancelled; nothing was written")
    if progress is not None:
        progress(stage, done, total)


@dataclass
class _Account:
    id: int
    name: str
    currency: str


def _accounts(conn: Connection) -> list[_Account]:
    return [
        _Account(int(i), str(n), str(c))
        for i, n, c in conn.exec_driver_sql("SELECT id, name, currency FROM accounts").all()
    ]


def _resolve_accounts(
    parsed: ParsedFile, request: ImportRequest, accounts: list[_Account]
) -> dict[str | None, _Account]:
    by_name = {a.name.casefold(): a for a in accounts}

    def find(name: str, what: str) -> _Account:
        acc = by_name.get(name.strip().casefold())
        if acc is None:
            raise ImportSetupError(f"unknown account {name!r} ({what})")
        return acc

    out: dict[str | None, _Account] = {}
    fixed = find(request.account, "--account") if request.account else None
    keys = parsed.account_keys
    for key in keys:
        mapped = request.accounts.get(key)
        if mapped:
            out[key] = find(mapped, f"mapped from {key!r}")
        elif key.strip().casefold() in by_name:
            out[key] = by_name[key.strip().casefold()]
        elif fixed is not None and len(keys) == 1:
            out[key] = fixed
        else:
            line = next((r.line for r in parsed.rows if r.account == key), 0)
            raise ImportSetupError(
                f"{parsed.name}, line {line}: the file's account {key!r} is not a book account; "
                "name the target with --account (or map it)"
            )
    if any(r.account is None for r in parsed.rows):
        if fixed is None:
            raise ImportSetupError(
                f"{parsed.name}: which account do these rows go to? choose one (--account NAME)"
            )
        out[None] = fixed
    return out


def _category_paths(conn: Connection) -> dict[str, int]:
    rows = conn.exec_driver_sql(
        "SELECT c.id, c.name, p.name FROM categories c LEFT JOIN categories p ON p.id = c.parent_id"
    ).all()
    paths: dict[str, int] = {}
    leaf_count: dict[str, int] = defaultdict(int)
    for _i, name, parent in rows:
        if parent is not None:
            leaf_count[str(name).casefold()] += 1
    for i, name, parent in rows:
        full = str(name) if parent is None else f"{parent}{CATEGORY_SEPARATOR}{name}"
        paths[full.casefold()] = int(i)
    for i, name, parent in rows:
        key = str(name).casefold()
        if parent is not None and leaf_count[key] == 1:
            paths.setdefault(key, int(i))
    return paths


def _clean_path(path: str) -> str:
    parts = [" ".join(p.split()) for p in path.split(CATEGORY_SEPARATOR)]
    parts = [p for p in parts if p][:2]  # the book has two category levels
    return CATEGORY_SEPARATOR.join(parts)


def _load_rules(conn: Connection) -> CompiledRules:
    return compiled_from_conn(conn)


_AMOUNT = attrgetter("amount")
_ID = attrgetter("id")
_DATE = attrgetter("date")
_LINE = attrgetter("line")
_PAYEE = attrgetter("payee")
_MEMO = attrgetter("memo")
_CATEGORY = attrgetter("category")
_TAGS = attrgetter("tags")
_EXTERNAL_ID = attrgetter("external_id")
_TRANSFER_REF = attrgetter("transfer_ref")
_ACCOUNT_CURRENCY = attrgetter("account", "currency")
_ACCOUNT = attrgetter("account")
_CURRENCY = attrgetter("currency")


def _row_accounts(
    rows: Sequence[ParsedRow], targets: dict[str | None, _Account]
) -> tuple[list[_Account], list[str]]:
    """Each row's book account and currency, looked up once per distinct (account, currency)
    the file names (usually one)."""
    names, currencies = set(map(_ACCOUNT, rows)), set(map(_CURRENCY, rows))
    if len(names) == 1 and len(currencies) == 1:  # the usual file: no tuple per row
        ((name,), (currency,)) = names, currencies
        acc = targets[name]
        return [acc] * len(rows), [currency or acc.currency] * len(rows)
    keys = list(map(_ACCOUNT_CURRENCY, rows))
    found = {k: (targets[k[0]], k[1] or targets[k[0]].currency) for k in set(keys)}
    pairs = list(map(found.__getitem__, keys))
    return [a for a, _ in pairs], [c for _, c in pairs]


def _minor_units(
    name: str, rows: Sequence[ParsedRow], amounts: list[Decimal], cur_of: list[str]
) -> list[int]:
    """Exact minor units of each row's amount, converted once per distinct (amount, currency);
    the first bad row (in file order) aborts with its line."""
    currencies = set(cur_of)
    if len(currencies) == 1:
        # Parsers share one Decimal per distinct amount text, and a Decimal's hash is not
        # cheap: the rows' amounts are looked up by object identity (they outlive this call).
        (cur,) = currencies
        keys = list(map(id, amounts))
        distinct = dict(zip(keys, amounts, strict=True))
        try:
            minors = to_minor_many(list(distinct.values()), cur)
        except AmountFormatError:
            for r in rows:  # the first bad row in file order, for its line
                try:
                    to_minor(r.amount, cur)
                except AmountFormatError as exc:
                    raise ImportFileError(name, r.line, "amount", str(exc)) from None
            raise
        minor_of = dict(zip(distinct, minors, strict=True))
        return list(map(minor_of.__getitem__, keys))
    tables: dict[str, dict[Decimal, int]] = {}
    bad: dict[tuple[Decimal, str], str] = {}
    for cur in currencies:
        table = tables[cur] = {}
        wanted = (
            set(amounts)
            if len(currencies) == 1
            else {a for a, c in zip(amounts, cur_of, strict=True) if c == cur}
        )
        for a in wanted:
            try:
                table[a] = to_minor(a, cur)
            except AmountFormatError as exc:
                bad[(a, cur)] = str(exc)
    if bad:
        for r, a, cur in zip(rows, amounts, cur_of, strict=True):
            if (a, cur) in bad:
                raise ImportFileError(name, r.line, "amount", bad[(a, cur)])
    if len(tables) == 1:
        return list(map(next(iter(tables.values())).__getitem__, amounts))
    return [tables[c][a] for a, c in zip(amounts, cur_of, strict=True)]


def _plan(
    conn: Connection,
    parsed: ParsedFile,
    request: ImportRequest,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ImportPlan:
    name = parsed.name
    accounts = _accounts(conn)
    targets = _resolve_accounts(parsed, request, accounts)
    for info in parsed.statements:
        acc = targets.get(info.account_key)
        if acc is not None and acc.currency != info.currency:
            raise ImportSetupError(
                f"{name}: the statement for {info.account_key} is in {info.currency}, "
                f"but account {acc.name!r} keeps {acc.currency}"
            )
    rows = parsed.rows
    total = len(rows)
    _tick(progress, cancel, "checking", 0, total)

    # The rows as columns (C-level passes); per-row Python work happens once, further down.
    amounts = list(map(_AMOUNT, rows))
    dates = list(map(_DATE, rows))
    ext_ids = list(map(_EXTERNAL_ID, rows))
    refs = list(map(_TRANSFER_REF, rows))
    acc_of, cur_of = _row_accounts(rows, targets)
    minors = _minor_units(name, rows, amounts, cur_of)
    if any(refs):
        _check_transfer_refs(name, rows, acc_of, minors)
    _tick(progress, cancel, "duplicates", 0, total)

    # Duplicates: two queries for all target accounts, never one per row.
    acc_ids = list(map(_ID, acc_of))
    skipped: list[Skipped] = []
    keep_idx: Sequence[int] = ()
    if rows:
        ids_json = json.dumps(sorted(set(acc_ids)))
        lo, hi = min(dates), max(dates)
        # Only what can match: fingerprints if some rows lack an id, ids if some have one.
        # The book's rows come through the driver's cursor (fetchall in C): a re-import reads
        # one row per line of the file.
        cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        need_fps = None in ext_ids
        need_ids = ext_ids.count(None) != total
        only = acc_ids[0] if len(set(acc_ids)) == 1 else None
        result = None
        if only is not None and not need_fps:
            known = set(
                map(
                    itemgetter(0),
                    cur.execute(
                        "SELECT external_id FROM entries WHERE account_id = ?"
                        " AND external_id IS NOT NULL",
                        (only,),
                    ).fetchall(),
                )
            )
            result = dedupe.plan_known_ids(known, ext_ids)
        if result is None:
            existing_fps = (
                [
                    dedupe.fingerprint(int(a), date.fromisoformat(d), int(m), str(p or ""))
                    for a, d, m, p in cur.execute(
                        "SELECT account_id, date, amount, payee FROM entries"
                        " WHERE kind != 'valuation' AND account_id IN"
                        " (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ?",
                        (ids_json, lo.isoformat(), hi.isoformat()),
                    ).fetchall()
                ]
                if need_fps
                else []
            )
            existing_ids = (
                {
                    (int(a), str(x))
                    for a, x in cur.execute(
                        "SELECT account_id, external_id FROM entries"
                        " WHERE external_id IS NOT NULL"
                        " AND account_id IN (SELECT value FROM json_each(?))",
                        (ids_json,),
                    ).fetchall()
                }
                if need_ids
                else set()
            )
            result = dedupe.plan_columns(
                acc_ids, dates, minors, list(map(_PAYEE, rows)), ext_ids, existing_ids, existing_fps
            )
        cur.close()
        keep_idx = result.keep
        if result.skipped:
            skipped = _skipped(rows, result.skipped)
    _tick(progress, cancel, "rules", 0, total)

    # In date order the new rows' ids and index entries are appended at the end of the
    # entries B-trees instead of scattered through them: several times faster to write.
    # Rows come in line order, so a stable sort by day number is the (date, line) order.
    # A bulk load (indexes dropped, rebuilt by one sort each) gains nothing from it: its
    # rows keep the file's order, and its columns need no reordering at all.
    lines = list(map(_LINE, rows))
    order: Sequence[int]
    if _bulk_load(conn, len(keep_idx)):
        order = keep_idx
    elif lines == sorted(lines):
        order = sorted(keep_idx, key=list(map(date.toordinal, dates)).__getitem__)
    else:
        days = list(map(date.toordinal, dates))
        order = sorted(keep_idx, key=lambda i: (days[i], lines[i]))

    # Categories named in the file: existing ones by path, missing ones created on write.
    paths = _category_paths(conn)
    compiled = _load_rules(conn) if request.apply_rules else None
    if compiled is not None and not len(compiled):
        compiled = None
    n = len(order)

    # Dedupe keeps indices in file order, so all of them unsorted is every row as it is.
    every_row_in_file_order = order is keep_idx and n == total

    def in_order(column: list[Any]) -> list[Any]:
        # The plan's own columns, never changed in place: shared as they are when possible.
        return column if every_row_in_file_order else list(map(column.__getitem__, order))

    # Fields are read from the rows in file order (the rows lie in memory in that order) and
    # only the columns are put in insert order: reading rows in date order misses the cache.
    file_payees = list(map(_PAYEE, rows))
    long_payees = bool(file_payees) and max(map(len, file_payees)) > 300
    payees = in_order(file_payees)
    memos = in_order(list(map(_MEMO, rows)))
    file_tags = list(map(_TAGS, rows))
    file_tags = in_order(file_tags) if any(file_tags) else [()] * n
    category_paths, category_ids, new_categories = _file_categories(rows, keep_idx, paths, order)
    if category_ids is None:
        category_ids = [None] * n
    no_hand = _HAND_SET[(False, False)]
    if any(category_paths) or any(file_tags):
        hands = [
            _HAND_SET[(bool(p), bool(t))] for p, t in zip(category_paths, file_tags, strict=True)
        ]
        user_fields = list(map(_HAND_SET_TEXT.__getitem__, hands))
    else:
        hands = [no_hand] * n
        user_fields = [_HAND_SET_TEXT[no_hand]] * n
    merchants = [""] * n
    tags = file_tags
    rules_applied = 0
    if compiled is not None:
        new_amounts = in_order(amounts)
        outs: list[Outcome | None] = []
        for start in range(0, n, CHUNK):
            if start:
                _tick(progress, cancel, "rules", start, n)
            stop = start + CHUNK
            outs += compiled.match_many(
                payees[start:stop], memos[start:stop], new_amounts[start:stop], hands[start:stop]
            )
        rules_applied = n - outs.count(None)
        if rules_applied:
            # Outcomes are shared per set of firing rules: each field is read once per
            # distinct outcome and mapped over the rows by object identity.
            # A file's own category or tags are hand-set: the rules' are None/() for those rows.
            keys = list(map(id, outs))
            distinct = dict(zip(keys, outs, strict=True))
            real = [o for o in distinct.values() if o is not None]
            if any(o.payee is not None for o in real):
                payees = [
                    p if o is None or o.payee is None else o.payee
                    for p, o in zip(payees, outs, strict=True)
                ]
            merchant_of = {
                k: "" if o is None or o.merchant is None else o.merchant
                for k, o in distinct.items()
            }
            merchants = list(map(merchant_of.__getitem__, keys))
            if any(o.category_id is not None for o in real):
                category_ids = [
                    c if o is None or o.category_id is None or p else o.category_id
                    for c, p, o in zip(category_ids, category_paths, outs, strict=True)
                ]
            if any(o.tags for o in real):
                tags_of = {k: () if o is None else o.tags for k, o in distinct.items()}
                if any(tags):
                    tags = [t or tags_of[k] for t, k in zip(tags, keys, strict=True)]
                else:
                    tags = list(map(tags_of.__getitem__, keys))
    if long_payees:
        payees = [p[:300] for p in payees]
    ext_col = in_order(ext_ids)
    if max(map(len, filter(None, ext_ids)), default=0) > 200:
        ext_col = [e[:200] if e else e for e in ext_col]
    one_account = acc_ids.count(acc_ids[0]) == total if total else True
    one_currency = cur_of.count(cur_of[0]) == total if total else True
    new = _NewRows(
        [acc_ids[0]] * n if one_account and n else in_order(acc_ids),
        in_order(dates),
        in_order(minors),
        [cur_of[0]] * n if one_currency and n else in_order(cur_of),
        payees,
        memos,
        category_ids,
        category_paths,
        merchants,
        tags,
        ext_col,
        user_fields,
        in_order(refs) if any(refs) else [None] * n,
        in_order(lines),
    )
    ref_col = new.transfer_ref

    # Transfer-id column: both sides imported now → linked; otherwise left as plain entries.
    by_ref: dict[str, list[int]] = defaultdict(list)
    if any(ref_col):
        for k, ref in enumerate(ref_col):
            if ref:
                by_ref[ref].append(k)
    pairs = [(a, b) for a, b in (tuple(v) for v in by_ref.values() if len(v) == 2)]
    _tick(progress, cancel, "transfers", 0, total)
    proposals = _propose(conn, new, pairs, {a.id: a.name for a in accounts})
    return ImportPlan(
        name,
        parsed.format,
        total,
        new,
        skipped,
        pairs,
        proposals,
        new_categories,
        {a.id: a.name for a in accounts},
        rules_applied,
        _foreign(new, accounts),
    )


def _file_categories(
    rows: Sequence[ParsedRow],
    keep_idx: Sequence[int],
    paths: dict[str, int],
    order: Sequence[int],
) -> tuple[list[str], list[int | None] | None, list[str]]:
    """The file's category of each new row (in insert order): its clean path, the book's id
    for it (None: created on write), and the paths to create (in file order).
    Each distinct category text is read once; no category column costs one pass."""
    raw = list(map(_CATEGORY, rows))
    if not any(raw):
        return [""] * len(order), None, []
    clean = {text: _clean_path(text) if text else "" for text in set(raw)}
    ids = {p: paths.get(p.casefold()) if p else None for p in set(clean.values())}
    missing = dict.fromkeys(
        p for p in map(clean.__getitem__, map(raw.__getitem__, keep_idx)) if p and ids[p] is None
    )
    ordered = [clean[raw[i]] for i in order]
    return ordered, list(map(ids.__getitem__, ordered)), list(missing)


def _foreign(new: _NewRows, accounts: list[_Account]) -> dict[tuple[str, str, str], int]:
    """Rows kept in another currency than their account (converted at each day's rate in
    balances), counted so the wizard and the CLI can say so; one C-level pass when none."""
    by_id = {a.id: a for a in accounts}
    book_currencies = {a.currency for a in accounts}
    if len(book_currencies) == 1 and set(new.currency) <= book_currencies:
        return {}
    counts = Counter(zip(new.account_id, new.currency, strict=True))
    return {
        (by_id[i].name, by_id[i].currency, cur): n
        for (i, cur), n in counts.items()
        if cur != by_id[i].currency
    }


# Fields the file itself sets count as set by hand (the user's old software had them).
_HAND_SET = {
    (cat, tags): frozenset(f for f, on in ((CATEGORY, cat), (TAGS, tags)) if on)
    for cat in (False, True)
    for tags in (False, True)
}
_HAND_SET_TEXT = {fs: join_user_fields(fs) for fs in _HAND_SET.values()}


def _check_transfer_refs(
    name: str, rows: Sequence[ParsedRow], acc_of: list[_Account], minors: list[int]
) -> None:
    groups: dict[str, list[tuple[ParsedRow, _Account, int]]] = defaultdict(list)
    for r, acc, minor in zip(rows, acc_of, minors, strict=True):
        if r.transfer_ref:
            groups[r.transfer_ref].append((r, acc, minor))
    for ref, sides in groups.items():
        last = sides[-1][0]
        if len(sides) != 2:
            raise ImportFileError(
                name,
                last.line,
                "transfer_id",
                f"transfer id {ref!r} appears {len(sides)} times (a transfer has two sides)",
            )
        (r1, a1, m1), (_r2, a2, m2) = sides
        if a1.id == a2.id:
            raise ImportFileError(
                name, last.line, "transfer_id", f"both sides of transfer {ref!r} are in one account"
            )
        if (m1 > 0) == (m2 > 0) or m1 == 0 or m2 == 0:
            raise ImportFileError(
                name,
                last.line,
                "transfer_id",
                f"transfer {ref!r} needs one outflow and one inflow (line {r1.line})",
            )


def _propose(
    conn: Connection,
    new: _NewRows,
    pairs: list[tuple[int, int]],
    names: dict[int, str],
) -> list[TransferProposal]:
    linked = {i for p in pairs for i in p}
    # A pair needs two accounts: rows of a one-account file can only pair with other
    # accounts' entries, so those alone are read, and none means nothing to propose.
    one_account = set(new.account_id)
    only = one_account.pop() if len(one_account) == 1 else None
    if only is not None and not _other_accounts_have_entries(conn, only):
        return []
    new_sides = [
        transfer_match.Side(-(n + 1), a, d, m, c)
        for n, (a, d, m, c) in enumerate(
            zip(new.account_id, new.date, new.minor, new.currency, strict=True)
        )
        if n not in linked and m != 0
    ]
    if not new_sides:
        return []
    lo = min(s.date for s in new_sides) - timedelta(days=transfer_match.MAX_DAYS)
    hi = max(s.date for s in new_sides) + timedelta(days=transfer_match.MAX_DAYS)
    wanted = {-s.amount_minor for s in new_sides}
    others = [
        transfer_match.Side(int(i), int(a), date.fromisoformat(d), int(m), str(c))
        for i, a, d, m, c in conn.exec_driver_sql(
            "SELECT id, account_id, date, amount, currency FROM entries"
            " WHERE kind = 'transaction' AND transfer_id IS NULL AND date BETWEEN ? AND ?"
            " AND account_id != ?",
            (lo.isoformat(), hi.isoformat(), -1 if only is None else only),
        )
        if int(m) in wanted
    ]
    found = transfer_match.propose(new_sides, others, _rejected_pairs(conn))
    return _proposals(found, names)


def _rejected_pairs(conn: Connection) -> set[tuple[int, int]]:
    rows = conn.exec_driver_sql("SELECT entry_a_id, entry_b_id FROM rejected_transfer_pairs")
    return {(int(a), int(b)) for a, b in rows}


def _proposals(
    found: list[transfer_match.Proposal], names: dict[int, str]
) -> list[TransferProposal]:
    """Matched pairs as proposals the user confirms or rejects (outflow side's amount)."""
    return [
        TransferProposal(
            p.outflow.entry_id,
            p.inflow.entry_id,
            names.get(p.outflow.account_id, "?"),
            names.get(p.inflow.account_id, "?"),
            p.outflow.date,
            Money.from_minor(-p.outflow.amount_minor, p.outflow.currency).amount,
            p.outflow.currency,
        )
        for p in found
    ]


def _other_accounts_have_entries(conn: Connection, account_id: int) -> bool:
    row = conn.exec_driver_sql(
        "SELECT 1 FROM accounts a WHERE a.id != ?"
        " AND EXISTS (SELECT 1 FROM entries e WHERE e.account_id = a.id) LIMIT 1",
        (account_id,),
    ).first()
    return row is not None


def plan_import(
    ledger: Ledger,
    request: ImportRequest,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPlan:
    """Everything ``run_import`` would do, without writing (the wizard's summary page)."""
    _tick(progress, cancel, "reading", 0, 0)
    with gate.no_gc():
        parsed = parse_file(request)
        with ledger.book.reading() as session:
            return _plan(session.connection(), parsed, request, progress, cancel)


# -- writing ------------------------------------------------------------------------------------


def run_import(
    ledger: Ledger,
    request: ImportRequest,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Import the whole file as one undo step, or nothing at all.

    The file is parsed and validated before the write begins; dedupe and rules run again
    inside the write transaction so a concurrent edit cannot slip a duplicate in between.
    """
    _tick(progress, cancel, "reading", 0, 0)
    with gate.no_gc():
        return _run(ledger, request, dry_run, progress, cancel)


def _run(
    ledger: Ledger,
    request: ImportRequest,
    dry_run: bool,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ImportReport:
    parsed = parse_file(request)
    if dry_run:
        with ledger.book.reading() as session:
            plan = _plan(session.connection(), parsed, request, progress, cancel)
        return _report(plan, dry_run=True)
    label = f"Import {parsed.name}"
    with gate.write(ledger, label) as w:
        plan = _plan(w.conn, parsed, request, progress, cancel)
        w.label = f"Import {plan.imported} entries from {parsed.name}"
        ids = _write(w, plan, request, progress, cancel)
        _tick(progress, cancel, "saving", plan.imported, plan.imported)
    report = _report(plan, dry_run=False)
    report.changes = w.changes
    report.new_entry_ids = ids
    first = ids.start
    report.proposals = [
        replace(
            p,
            outflow_id=first - p.outflow_id - 1 if p.outflow_id < 0 else p.outflow_id,
            inflow_id=first - p.inflow_id - 1 if p.inflow_id < 0 else p.inflow_id,
        )
        for p in plan.proposals
    ]
    return report


def _report(plan: ImportPlan, *, dry_run: bool) -> ImportReport:
    return ImportReport(
        plan.file,
        plan.format,
        plan.total,
        plan.imported,
        plan.duplicates,
        plan.skipped,
        len(plan.transfer_pairs),
        plan.proposals,
        plan.rules_applied,
        dry_run,
        foreign=dict(plan.foreign),
    )


def _get_or_create_categories(w: gate.Write, plan: ImportPlan) -> dict[str, int]:
    if not plan.new_categories:
        return {}
    paths = _category_paths(w.conn)
    sign: dict[str, int] = defaultdict(int)
    new = plan.new
    for path, cat, minor in zip(new.category_path, new.category_id, new.minor, strict=True):
        if path and cat is None:
            sign[path] += 1 if minor > 0 else -1
    out: dict[str, int] = {}
    for path in plan.new_categories:
        kind = "income" if sign[path] > 0 else "expense"
        parent_id: int | None = None
        parts = path.split(CATEGORY_SEPARATOR)
        for depth in range(len(parts)):
            sub = CATEGORY_SEPARATOR.join(parts[: depth + 1])
            found = paths.get(sub.casefold())
            if found is None:
                (found,) = w.new_ids("categories", 1)
                w.journal.insert(
                    "categories",
                    [(found, parts[depth][:200], kind, parent_id, "")],
                    ["id", "name", "kind", "parent_id", "color"],
                )
                paths[sub.casefold()] = found
                w.mark(ChangeKind.CATEGORIES)
            parent_id = found
        out[path] = paths[path.casefold()]
    return out


_ENTRY_COLS = [
    "id",
    "account_id",
    "kind",
    "date",
    "amount",
    "currency",
    "payee",
    "notes",
    "category_id",
    "merchant_id",
    "transfer_id",
    "external_id",
    "user_fields",
    "created_at",
    "updated_at",
]


def _write(
    w: gate.Write,
    plan: ImportPlan,
    request: ImportRequest,
    progress: Progress | None,
    cancel: Cancel | None,
) -> range:
    # A bigger page cache for this one transaction: 100k rows touch six indexes.
    old_cache = w.conn.exec_driver_sql("PRAGMA cache_size").scalar()
    w.conn.exec_driver_sql("PRAGMA cache_size = -65536")
    try:
        recreate = _drop_entry_indexes(w.conn, len(plan.new))
        ids = _write_rows(w, plan, request, progress, cancel)
        for sql in recreate:
            w.conn.exec_driver_sql(sql)
        return ids
    finally:
        w.conn.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache or -2000)}")


def _bulk_load(conn: Connection, new_rows: int) -> bool:
    """An import at least as big as the book (and not tiny) is written bulk-load style."""
    if new_rows < 1000:
        return False
    top = conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM entries").scalar()
    return int(top or 0) <= new_rows  # ids only grow: MAX(id) >= COUNT(*)


def _drop_entry_indexes(conn: Connection, new_rows: int) -> list[str]:
    """Bulk-load style for an import at least as big as the book: drop the entries (and
    entry_tags) indexes now and build them again after the insert (one sort per index
    instead of a B-tree insert per row and index, about half the cost). Returns the
    statements that rebuild them.

    All of it is inside the import's transaction: a failed or cancelled import rolls the
    drop back with the rows, and readers never see the table without its indexes.
    """
    if not _bulk_load(conn, new_rows):
        return []
    # entry_tags too: rules tag most rows of an import, and its tag index costs the same way.
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
        " AND tbl_name IN ('entries', 'entry_tags') AND sql IS NOT NULL ORDER BY name"
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [str(sql) for _name, sql in found]


def _write_rows(
    w: gate.Write,
    plan: ImportPlan,
    request: ImportRequest,
    progress: Progress | None,
    cancel: Cancel | None,
) -> range:
    new = plan.new
    count = len(new)
    categories = _get_or_create_categories(w, plan)
    merchant_names = set(new.merchant)
    merchant_names.discard("")
    merchants: dict[str, int | None] = {
        "": None,
        **get_or_create_named(w, "merchants", merchant_names, ChangeKind.MERCHANTS),
    }
    tag_sets = set(new.tags)
    tags = get_or_create_named(w, "tags", {t for ts in tag_sets for t in ts}, ChangeKind.TAGS)
    ids = w.new_ids("entries", count)
    transaction = EntryKind.TRANSACTION.value
    now = raw(w.now)
    kinds: Iterable[str] = repeat(transaction)
    transfer_ids: Iterable[int | None] = repeat(None)
    category_ids: Iterable[int | None] = new.category_id
    if categories:
        category_ids = [
            c if c is not None else categories.get(p)
            for c, p in zip(new.category_id, new.category_path, strict=True)
        ]
    if plan.transfer_pairs:
        t_ids = w.new_ids("transfers", len(plan.transfer_pairs))
        w.journal.insert("transfers", [(t, now) for t in t_ids], ["id", "created_at"])
        transfer_of: dict[int, int] = {}
        for t, (a, b) in zip(t_ids, plan.transfer_pairs, strict=True):
            transfer_of[a] = t
            transfer_of[b] = t
        transfer_ids = [transfer_of.get(n) for n in range(count)]
        kinds = [transaction if t is None else EntryKind.TRANSFER.value for t in transfer_ids]
        # A transfer is not income or expense: no category on either side.
        category_ids = [
            c if t is None else None for c, t in zip(category_ids, transfer_ids, strict=True)
        ]
    day_text = {d: d.isoformat() for d in set(new.date)}
    # Parameters straight from the columns (zip, no Python code per row), in chunks so the
    # progress bar moves and Cancel is honoured.
    params = zip(
        ids,
        new.account_id,
        kinds,
        map(day_text.__getitem__, new.date),
        new.minor,
        new.currency,
        new.payee,
        new.memo,
        category_ids,
        map(merchants.__getitem__, new.merchant),
        transfer_ids,
        new.external_id,
        new.user_fields,
        repeat(now),
        repeat(now),
    )
    for start in range(0, count, CHUNK):
        _tick(progress, cancel, "writing", start, count)
        chunk = ids[start : start + CHUNK]
        w.journal.insert("entries", list(islice(params, len(chunk))), _ENTRY_COLS, keys=chunk)
    if tag_sets != {()}:
        tag_ids = {ts: tuple(dict.fromkeys(tags[t] for t in ts)) for ts in tag_sets}
        tag_rows = [
            (eid, t) for eid, ts in zip(ids, new.tags, strict=True) if ts for t in tag_ids[ts]
        ]
        if tag_rows:
            # Tags of entries new in this write: the journal keeps the entries' id range.
            w.journal.insert_owned("entry_tags", tag_rows, ["entry_id", "tag_id"], "entry_id", ids)
    # In date order, each account's first row holds its earliest day.
    first_day: dict[int, date] = {}
    if count and new.account_id.count(new.account_id[0]) == count:
        first_day[new.account_id[0]] = min(new.date)
    else:
        for account_id, day in zip(new.account_id, new.date, strict=True):
            if account_id not in first_day or day < first_day[account_id]:
                first_day[account_id] = day
    (batch_id,) = w.new_ids("import_batches", 1)
    w.journal.insert(
        "import_batches",
        [
            (
                batch_id,
                plan.file[:500],
                plan.format.value,
                hashlib.sha256(request.data).hexdigest(),
                plan.imported,
                plan.duplicates,
                now,
            )
        ],
        ["id", "file_name", "format", "file_sha256", "imported", "duplicates", "created_at"],
    )
    for account_id, day in first_day.items():
        w.touch(account_id, day)
    if count:
        w.mark(ChangeKind.ENTRIES)
    return ids


# -- transfers ----------------------------------------------------------------------------------


def _pair_rows(conn: Connection, a: int, b: int) -> tuple[Any, Any]:
    rows = {
        int(r[0]): r
        for r in conn.exec_driver_sql(
            "SELECT id, account_id, date, amount, transfer_id, kind FROM entries"
            " WHERE id IN (?, ?)",
            (a, b),
        )
    }
    if a not in rows or b not in rows:
        raise DomainError(f"entries {a} and {b} do not both exist")
    return rows[a], rows[b]


def confirm_transfers(ledger: Ledger, pairs: Sequence[tuple[int, int]]) -> Changes:
    """Turn each confirmed pair of entries into one transfer (no longer income or expense)."""
    label = f"Link {len(pairs)} transfer{'s' if len(pairs) != 1 else ''}"
    with gate.write(ledger, label) as w:
        used: set[int] = set()
        for a, b in pairs:
            ra, rb = _pair_rows(w.conn, a, b)
            if a in used or b in used or a == b:
                raise DomainError(f"entry {a if a in used else b} is in two proposed pairs")
            used.update((a, b))
            for r in (ra, rb):
                if r[4] is not None or r[5] != EntryKind.TRANSACTION.value:
                    raise DomainError(f"entry {r[0]} is already a transfer or not a transaction")
            if ra[1] == rb[1]:
                raise DomainError(f"entries {a} and {b} are in the same account")
            if (int(ra[3]) > 0) == (int(rb[3]) > 0):
                raise DomainError(f"entries {a} and {b} do not move money in opposite directions")
            t = w.new_id("transfers")
            w.journal.insert("transfers", [(t, raw(w.now))], ["id", "created_at"])
            w.journal.update_keys(
                "entries",
                [a, b],
                {"kind": EntryKind.TRANSFER.value, "transfer_id": t, "category_id": None},
            )
            w.touch(int(ra[1]), date.fromisoformat(ra[2]))
            w.touch(int(rb[1]), date.fromisoformat(rb[2]))
        w.mark(ChangeKind.ENTRIES)
    return w.changes


def reject_transfers(ledger: Ledger, pairs: Sequence[tuple[int, int]]) -> Changes:
    """Remember that these pairs are not transfers, so they are never proposed again."""
    with gate.write(ledger, "Reject transfer match") as w:
        keys = sorted({transfer_match.pair_key(a, b) for a, b in pairs})
        for a, b in keys:
            _pair_rows(w.conn, a, b)
        existing = {
            (int(x), int(y))
            for x, y in w.conn.exec_driver_sql(
                "SELECT entry_a_id, entry_b_id FROM rejected_transfer_pairs"
            )
        }
        fresh = [(a, b, raw(w.now)) for a, b in keys if (a, b) not in existing]
        w.journal.insert(
            "rejected_transfer_pairs", fresh, ["entry_a_id", "entry_b_id", "created_at"]
        )
    return w.changes


def propose_transfers(ledger: Ledger, since: date | None = None) -> list[TransferProposal]:
    """Proposals among the book's unmatched transactions (for a "find transfers" action)."""
    with ledger.book.reading() as session:
        conn = session.connection()
        names = {a.id: a.name for a in _accounts(conn)}
        rows = [
            transfer_match.Side(int(i), int(a), date.fromisoformat(d), int(m), str(c))
            for i, a, d, m, c in conn.exec_driver_sql(
                "SELECT id, account_id, date, amount, currency FROM entries"
                " WHERE kind = 'transaction' AND transfer_id IS NULL AND date >= ?",
                ((since or date.min).isoformat(),),
            )
        ]
        rejected = _rejected_pairs(conn)
    found = transfer_match.propose(rows, [], rejected)
    return _proposals(found, names)


# -- presets ------------------------------------------------------------------------------------


def save_preset(ledger: Ledger, name: str, mapping: CsvMapping, options: CsvOptions) -> None:
    """Save (or replace) a named CSV mapping. Presets are configuration: no undo step."""
    clean = " ".join(name.split())
    if not clean:
        raise DomainError("a preset needs a name")
    payload = json.dumps({"mapping": mapping.to_dict(), "options": options.to_dict()})
    now = gate.utc_now()
    with ledger.book.writing() as session, session.begin():
        session.connection().exec_driver_sql(
            "INSERT INTO import_presets (name, format, settings, updated_at)"
            " VALUES (?, 'csv', ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET settings = excluded.settings,"
            " updated_at = excluded.updated_at",
            (clean, payload, raw(now)),
        )


def load_preset(ledger: Ledger, name: str) -> tuple[CsvMapping, CsvOptions]:
    with ledger.book.reading() as session:
        row = (
            session.connection()
            .exec_driver_sql(
                "SELECT settings FROM import_presets WHERE lower(name) = lower(?)", (name.strip(),)
            )
            .first()
        )
    if row is None:
        raise ImportSetupError(f"no import preset named {name!r}")
    data = json.loads(row[0])
    return CsvMapping.from_dict(data["mapping"]), CsvOptions.from_dict(data["options"])


def list_presets(ledger: Ledger) -> list[str]:
    with ledger.book.reading() as session:
        return [
            str(n)
            for (n,) in session.connection().exec_driver_sql(
                "SELECT name FROM import_presets ORDER BY lower(name)"
            )
        ]


def delete_preset(ledger: Ledger, name: str) -> None:
    with ledger.book.writing() as session, session.begin():
        deleted = (
            session.connection()
            .exec_driver_sql(
                "DELETE FROM import_presets WHERE lower(name) = lower(?)", (name.strip(),)
            )
            .rowcount
        )
    if not deleted:
        raise ImportSetupError(f"no import preset named {name!r}")
