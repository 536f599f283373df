"""Writing an import: the plan made again inside one gated write, then its rows inserted as
one undo step (bulk-load style when the import is at least as big as the book)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from itertools import islice, repeat

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.messages import Message
from permoney_desktop.services import gate
from permoney_desktop.services.imports import closing_check, corrections, splits
from permoney_desktop.services.imports.files import parse_file
from permoney_desktop.services.imports.new_categories import create_path
from permoney_desktop.services.imports.openings import apply_openings
from permoney_desktop.services.imports.plan import (
    build_plan,
    bulk_load,
    category_ids_by_path,
    category_kinds,
    require_balance_sign,
    tick,
)
from permoney_desktop.services.imports.types import (
    CHUNK,
    Cancel,
    ImportPlan,
    ImportReport,
    ImportRequest,
    NewRows,
    Progress,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.named_rows import get_or_create_named
from permoney_desktop.services.undo import raw
from permoney_desktop.services.write_conflicts import DuplicateExternalIdError
from permoney_desktop.store import import_queries
from permoney_desktop.store.types import SqlConnection


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
    tick(progress, cancel, "reading", 0, 0)
    with gate.no_gc():
        try:
            return _run(ledger, request, dry_run, progress, cancel)
        except DuplicateExternalIdError:
            # Another import inserted some of the same bank rows first (the unique
            # (account, external id) refused ours, and nothing of ours was kept): plan again,
            # where they are duplicates like any row already in the book.
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
            plan = build_plan(session.connection(), parsed, request, progress, cancel)
            require_balance_sign(session.connection(), parsed, plan)
            kinds = category_kinds(session.connection(), plan)
            conn = session.connection()
            plan.notes.extend(apply_openings(conn, plan.openings, None))
            fixes = corrections.for_request(conn, parsed, plan.targets, request)
            removed = corrections.pending_removals(fixes)
            closing = closing_check.for_plan(conn, parsed, plan, removed)
        report = _report(plan, kinds, dry_run=True)
        report.closing = closing
        report.corrections = fixes
        return report
    label = Message("Import {file}", file=parsed.name)
    with gate.write(ledger, label) as w:
        plan = build_plan(w.conn, parsed, request, progress, cancel)
        require_balance_sign(w.conn, parsed, plan)
        fixes = corrections.for_request(w.conn, parsed, plan.targets, request)
        w.label = _label(plan.imported, parsed.name, sum(f.applied for f in fixes))
        kinds = category_kinds(w.conn, plan)
        ids = _write(w, plan, kinds, request, progress, cancel)
        plan.notes.extend(splits.write_splits(w, parsed, plan, ids))
        corrections.apply_corrections(w, fixes)
        plan.notes.extend(apply_openings(w.conn, plan.openings, w))
        closing = closing_check.after_write(w.conn, parsed, plan)
        tick(progress, cancel, "saving", plan.imported, plan.imported)
    report = _report(plan, kinds, dry_run=False)
    report.closing = closing
    report.corrections = fixes
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


def _label(imported: int, name: str, corrected: int) -> str:
    """The undo step's name: the entries imported, and the corrections applied with them."""
    if not corrected:
        return Message("Import {count} entries from {file}", count=imported, file=name)
    if corrected == 1:
        return Message(
            "Import {count} entries from {file} (1 correction)", count=imported, file=name
        )
    return Message(
        "Import {count} entries from {file} ({corrections} corrections)",
        count=imported,
        file=name,
        corrections=corrected,
    )


def _report(plan: ImportPlan, kinds: dict[str, str], *, dry_run: bool) -> ImportReport:
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
        notes=list(plan.notes),
        new_categories=kinds,
    )


def _get_or_create_categories(
    w: gate.Write, plan: ImportPlan, kinds: dict[str, str]
) -> dict[str, int]:
    if not plan.new_categories:
        return {}
    paths = category_ids_by_path(w.conn)
    kind_of = {p.casefold(): k for p, k in kinds.items()}
    out: dict[str, int] = {}
    for path in plan.new_categories:
        out[path] = create_path(w, paths, path, kind_of)
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
    "status",  # imported entries arrive cleared: the bank's file vouches for them
]


def _write(
    w: gate.Write,
    plan: ImportPlan,
    kinds: dict[str, str],
    request: ImportRequest,
    progress: Progress | None,
    cancel: Cancel | None,
) -> range:
    # A bigger page cache (64 MiB) for this one transaction: 100k rows touch six indexes.
    with import_queries.page_cache(w.conn, -65536):
        recreate = _drop_entry_indexes(w.conn, len(plan.new))
        ids = _write_rows(w, plan, kinds, request, progress, cancel)
        import_queries.create_indexes(w.conn, recreate)
        return ids


def _drop_entry_indexes(conn: SqlConnection, new_rows: int) -> list[str]:
    """Bulk-load style for an import at least as big as the book: drop the entries (and
    entry_tags) indexes now and build them again after the insert (one sort per index
    instead of a B-tree insert per row and index, about half the cost). Returns the
    statements that rebuild them.

    All of it is inside the import's transaction: a failed or cancelled import rolls the
    drop back with the rows, and readers never see the table without its indexes.
    """
    if not bulk_load(conn, new_rows):
        return []
    # entry_tags too: rules tag most rows of an import, and its tag index costs the same way.
    return import_queries.drop_entry_indexes(conn)


def _write_rows(
    w: gate.Write,
    plan: ImportPlan,
    category_kinds: dict[str, str],
    request: ImportRequest,
    progress: Progress | None,
    cancel: Cancel | None,
) -> range:
    new = plan.new
    count = len(new)
    categories = _get_or_create_categories(w, plan, category_kinds)
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
        repeat("cleared"),
    )
    for start in range(0, count, CHUNK):
        tick(progress, cancel, "writing", start, count)
        chunk = ids[start : start + CHUNK]
        w.journal.insert("entries", list(islice(params, len(chunk))), _ENTRY_COLS, keys=chunk)
    if tag_sets != {()}:
        _link_tags(w, ids, new.tags, tag_sets, tags)
    first_day = _first_days(new)
    _record_batch(w, plan, request, now)
    for account_id, day in first_day.items():
        w.touch(account_id, day)
    if count:
        w.mark(ChangeKind.ENTRIES)
    return ids


def _link_tags(
    w: gate.Write,
    ids: range,
    row_tags: list[tuple[str, ...]],
    tag_sets: set[tuple[str, ...]],
    tags: dict[str, int],
) -> None:
    """The new entries' tags, one id tuple per distinct set of tag names."""
    tag_ids = {ts: tuple(dict.fromkeys(tags[t] for t in ts)) for ts in tag_sets}
    tag_rows = [(eid, t) for eid, ts in zip(ids, row_tags, strict=True) if ts for t in tag_ids[ts]]
    if tag_rows:
        # Tags of entries new in this write: the journal keeps the entries' id range.
        w.journal.insert_owned("entry_tags", tag_rows, ["entry_id", "tag_id"], "entry_id", ids)


def _first_days(new: NewRows) -> dict[int, date]:
    """Each account's earliest new day (one ``min`` when the file has one account)."""
    count = len(new)
    first_day: dict[int, date] = {}
    if count and new.account_id.count(new.account_id[0]) == count:
        first_day[new.account_id[0]] = min(new.date)
    else:
        for account_id, day in zip(new.account_id, new.date, strict=True):
            if account_id not in first_day or day < first_day[account_id]:
                first_day[account_id] = day
    return first_day


def _record_batch(w: gate.Write, plan: ImportPlan, request: ImportRequest, now: str) -> None:
    """The import's own record: which file (by name and hash), how many rows, when."""
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
