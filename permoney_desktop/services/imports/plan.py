"""Planning an import: the parsed rows checked against the book (accounts, duplicates,
categories, rules, transfers) into an ``ImportPlan``, without writing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from permoney_desktop.domain.imports import dedupe
from permoney_desktop.domain.imports.category_kinds import (
    UndecidedKindError,
    new_category_kinds,
    undecided_kinds,
)
from permoney_desktop.domain.imports.records import ParsedFile, ParsedRow
from permoney_desktop.domain.messages import Message, reason
from permoney_desktop.domain.rules import CompiledRules, Outcome
from permoney_desktop.services import gate
from permoney_desktop.services.imports import closing_check, corrections
from permoney_desktop.services.imports.columns import (
    AMOUNT_OF,
    DATE_OF,
    EXTERNAL_ID_OF,
    HAND_SET,
    HAND_SET_TEXT,
    ID_OF,
    LINE_OF,
    MEMO_OF,
    PAYEE_OF,
    TAGS_OF,
    TRANSFER_REF_OF,
    check_transfer_refs,
    file_categories,
    foreign_counts,
    minor_units,
    row_accounts,
    skipped_rows,
)
from permoney_desktop.services.imports.files import parse_file
from permoney_desktop.services.imports.openings import plan_openings
from permoney_desktop.services.imports.transfers import propose_for_plan
from permoney_desktop.services.imports.types import (
    CATEGORY_SEPARATOR,
    CHUNK,
    BookAccount,
    Cancel,
    ImportCancelledError,
    ImportPlan,
    ImportRequest,
    ImportSetupError,
    NewRows,
    Progress,
    Skipped,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.rules import compiled_from_conn
from permoney_desktop.store import category_queries, import_queries, named_queries
from permoney_desktop.store.types import SqlConnection

# An import of at least this many new rows, into a book with no more entries than that, is
# written bulk-load style (indexes dropped, then built again by one sort each).
BULK_LOAD_MIN_ROWS = 1000


def tick(
    progress: Progress | None, cancel: Cancel | None, stage: str, done: int, total: int
) -> None:
    if cancel is not None and cancel():
        raise ImportCancelledError(Message("import cancelled; nothing was written"))
    if progress is not None:
        progress(stage, done, total)


def book_accounts(conn: SqlConnection) -> list[BookAccount]:
    return [BookAccount(int(i), str(n), str(c)) for i, n, c in import_queries.accounts(conn)]


def resolve_accounts(
    parsed: ParsedFile, request: ImportRequest, accounts: list[BookAccount]
) -> dict[str | None, BookAccount]:
    by_name = {a.name.casefold(): a for a in accounts}

    def find(name: str, what: str) -> BookAccount:
        acc = by_name.get(name.strip().casefold())
        if acc is None:
            raise ImportSetupError(
                Message("unknown account {name!r} ({what})", name=name, what=what)
            )
        return acc

    out: dict[str | None, BookAccount] = {}
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
                Message(
                    "{file}, line {line}: the file's account {key!r} is not a book account; "
                    "name the target with --account (or map it)",
                    file=parsed.name,
                    line=line,
                    key=key,
                )
            )
    if any(r.account is None for r in parsed.rows):
        if fixed is None:
            raise ImportSetupError(
                Message(
                    "{file}: which account do these rows go to? choose one (--account NAME)",
                    file=parsed.name,
                )
            )
        out[None] = fixed
    return out


def category_ids_by_path(conn: SqlConnection) -> dict[str, int]:
    """Category ids by lower-case path ("parent:leaf", a top-level name, or a leaf name that
    only one parent has)."""
    rows = named_queries.category_rows(conn)
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


def bulk_load(conn: SqlConnection, new_rows: int) -> bool:
    """An import at least as big as the book (and not tiny) is written bulk-load style."""
    if new_rows < BULK_LOAD_MIN_ROWS:
        return False
    return import_queries.max_entry_id(conn) <= new_rows  # ids only grow: MAX(id) >= COUNT(*)


def _dedupe(
    conn: SqlConnection,
    rows: Sequence[ParsedRow],
    acc_ids: list[int],
    dates: list[date],
    minors: list[int],
    ext_ids: list[str | None],
) -> dedupe.DedupePlan:
    """Which rows are new, and why the others are not; the book is read only for what can
    match: fingerprints if some rows lack an id, ids if some have one."""
    need_fps = None in ext_ids
    need_ids = ext_ids.count(None) != len(ext_ids)
    only = acc_ids[0] if len(set(acc_ids)) == 1 else None
    if only is not None and not need_fps:
        result = dedupe.plan_known_ids(import_queries.external_ids(conn, only), ext_ids)
        if result is not None:
            return result
    existing_fps = (
        [
            dedupe.fingerprint(int(a), date.fromisoformat(d), int(m), str(p or ""))
            for a, d, m, p in import_queries.fingerprint_rows(conn, acc_ids, min(dates), max(dates))
        ]
        if need_fps
        else []
    )
    existing_ids = (
        {(int(a), str(x)) for a, x in import_queries.external_id_rows(conn, acc_ids)}
        if need_ids
        else set()
    )
    return dedupe.plan_columns(
        acc_ids, dates, minors, list(map(PAYEE_OF, rows)), ext_ids, existing_ids, existing_fps
    )


def _kept(
    conn: SqlConnection,
    rows: Sequence[ParsedRow],
    acc_ids: list[int],
    dates: list[date],
    minors: list[int],
    ext_ids: list[str | None],
) -> tuple[Sequence[int], list[Skipped]]:
    """The indices of the rows to import (in file order), and the rows skipped as duplicates."""
    if not rows:
        return (), []
    result = _dedupe(conn, rows, acc_ids, dates, minors, ext_ids)
    return result.keep, skipped_rows(rows, result.skipped) if result.skipped else []


def _constant_or(
    column: list[Any], n: int, in_order: Callable[[list[Any]], list[Any]]
) -> list[Any]:
    """``column`` in insert order: its one value ``n`` times when every row has the same (the
    usual file: one account, one currency), no reordering pass."""
    if column and column.count(column[0]) == len(column):
        return [column[0]] * n
    return in_order(column)


def _check_statements(parsed: ParsedFile, targets: dict[str | None, BookAccount]) -> None:
    """A statement (OFX/QFX) names its account's currency: another account's is refused."""
    for info in parsed.statements:
        acc = targets.get(info.account_key)
        if acc is not None and acc.currency != info.currency:
            raise ImportSetupError(
                Message(
                    "{file}: the statement for {key} is in {currency}, "
                    "but account {name!r} keeps {keeps}",
                    file=parsed.name,
                    key=info.account_key,
                    currency=info.currency,
                    name=acc.name,
                    keeps=acc.currency,
                )
            )


def _insert_order(
    conn: SqlConnection, keep_idx: Sequence[int], lines: list[int], dates: list[date]
) -> Sequence[int]:
    """The kept rows' indices in the order they are inserted.

    In date order the new rows' ids and index entries are appended at the end of the
    entries B-trees instead of scattered through them: several times faster to write.
    Rows come in line order, so a stable sort by day number is the (date, line) order.
    A bulk load (indexes dropped, rebuilt by one sort each) gains nothing from it: its
    rows keep the file's order (``keep_idx`` itself), and its columns need no reordering.
    """
    if bulk_load(conn, len(keep_idx)):
        return keep_idx
    if lines == sorted(lines):
        return sorted(keep_idx, key=list(map(date.toordinal, dates)).__getitem__)
    days = list(map(date.toordinal, dates))
    return sorted(keep_idx, key=lambda i: (days[i], lines[i]))


def _hand_set(
    category_paths: list[str], file_tags: list[tuple[str, ...]], n: int
) -> tuple[list[frozenset[str]], list[str]]:
    """Each row's fields set by hand (the file's own category and tags; rules leave those
    alone), as sets for the rules and as the stored ``user_fields`` text."""
    if any(category_paths) or any(file_tags):
        hands = [
            HAND_SET[(bool(p), bool(t))] for p, t in zip(category_paths, file_tags, strict=True)
        ]
        return hands, list(map(HAND_SET_TEXT.__getitem__, hands))
    no_hand = HAND_SET[(False, False)]
    return [no_hand] * n, [HAND_SET_TEXT[no_hand]] * n


class _Filled(NamedTuple):
    """The columns rules may fill in, in insert order (replaced whole, never changed in place:
    a column may be shared with the file's)."""

    payees: list[str]
    merchants: list[str]
    category_ids: list[int | None]
    tags: list[tuple[str, ...]]


def _match(
    compiled: CompiledRules,
    filled: _Filled,
    memos: list[str],
    amounts: list[Decimal],
    hands: list[frozenset[str]],
    progress: Progress | None,
    cancel: Cancel | None,
) -> list[Outcome | None]:
    """Each row's rule outcome (None: no rule fires), in chunks so Cancel is honoured."""
    n = len(hands)
    payees = filled.payees
    outs: list[Outcome | None] = []
    for start in range(0, n, CHUNK):
        if start:
            tick(progress, cancel, "rules", start, n)
        stop = start + CHUNK
        outs += compiled.match_many(
            payees[start:stop], memos[start:stop], amounts[start:stop], hands[start:stop]
        )
    return outs


def _apply_rules(
    compiled: CompiledRules,
    filled: _Filled,
    memos: list[str],
    amounts: list[Decimal],
    hands: list[frozenset[str]],
    category_paths: list[str],
    progress: Progress | None,
    cancel: Cancel | None,
) -> tuple[_Filled, int]:
    """The columns with the rules' outcomes filled in, and how many rows a rule fired on."""
    outs = _match(compiled, filled, memos, amounts, hands, progress, cancel)
    applied = len(outs) - outs.count(None)
    return (_fill_from_rules(filled, outs, category_paths) if applied else filled), applied


def _fill_from_rules(
    filled: _Filled, outs: list[Outcome | None], category_paths: list[str]
) -> _Filled:
    """The rules' outcomes written into the columns (returned as a new ``_Filled``).

    Outcomes are shared per set of firing rules: each field is read once per distinct
    outcome and mapped over the rows by object identity. A file's own category or tags are
    hand-set: the rules' are None/() for those rows.
    """
    payees, _merchants, category_ids, tags = filled
    keys = list(map(id, outs))
    distinct = dict(zip(keys, outs, strict=True))
    real = [o for o in distinct.values() if o is not None]
    if any(o.payee is not None for o in real):
        payees = [
            p if o is None or o.payee is None else o.payee
            for p, o in zip(payees, outs, strict=True)
        ]
    merchant_of = {
        k: "" if o is None or o.merchant is None else o.merchant for k, o in distinct.items()
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
    return _Filled(payees, merchants, category_ids, tags)


def _linked_pairs(refs: list[str | None]) -> list[tuple[int, int]]:
    """Rows the file links by a transfer id, both sides imported now (indices into the new
    rows); a side without its other half stays a plain entry."""
    by_ref: dict[str, list[int]] = defaultdict(list)
    if any(refs):
        for k, ref in enumerate(refs):
            if ref:
                by_ref[ref].append(k)
    return [(a, b) for a, b in (tuple(v) for v in by_ref.values() if len(v) == 2)]


def build_plan(
    conn: SqlConnection,
    parsed: ParsedFile,
    request: ImportRequest,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ImportPlan:
    name = parsed.name
    accounts = book_accounts(conn)
    targets = resolve_accounts(parsed, request, accounts)
    _check_statements(parsed, targets)
    rows = parsed.rows
    total = len(rows)
    tick(progress, cancel, "checking", 0, total)

    # The rows as columns (C-level passes); per-row Python work happens once, further down.
    amounts = list(map(AMOUNT_OF, rows))
    dates = list(map(DATE_OF, rows))
    ext_ids = list(map(EXTERNAL_ID_OF, rows))
    refs = list(map(TRANSFER_REF_OF, rows))
    acc_of, cur_of = row_accounts(rows, targets)
    minors = minor_units(name, rows, amounts, cur_of)
    if any(refs):
        check_transfer_refs(name, rows, acc_of, minors)
    tick(progress, cancel, "duplicates", 0, total)

    # Duplicates: two queries for all target accounts, never one per row.
    acc_ids = list(map(ID_OF, acc_of))
    keep_idx, skipped = _kept(conn, rows, acc_ids, dates, minors, ext_ids)
    tick(progress, cancel, "rules", 0, total)

    lines = list(map(LINE_OF, rows))
    order = _insert_order(conn, keep_idx, lines, dates)

    # Categories named in the file: existing ones by path, missing ones created on write.
    paths = category_ids_by_path(conn)
    n = len(order)

    # Dedupe keeps indices in file order, so all of them unsorted is every row as it is.
    every_row_in_file_order = order is keep_idx and n == total

    def in_order(column: list[Any]) -> list[Any]:
        # The plan's own columns, never changed in place: shared as they are when possible.
        return column if every_row_in_file_order else list(map(column.__getitem__, order))

    # Fields are read from the rows in file order (the rows lie in memory in that order) and
    # only the columns are put in insert order: reading rows in date order misses the cache.
    file_payees = list(map(PAYEE_OF, rows))
    long_payees = bool(file_payees) and max(map(len, file_payees)) > 300
    payees = in_order(file_payees)
    memos = in_order(list(map(MEMO_OF, rows)))
    file_tags = list(map(TAGS_OF, rows))
    file_tags = in_order(file_tags) if any(file_tags) else [()] * n
    category_paths, category_ids, new_categories = file_categories(rows, keep_idx, paths, order)
    if category_ids is None:
        category_ids = [None] * n
    hands, user_fields = _hand_set(category_paths, file_tags, n)
    filled = _Filled(payees, [""] * n, category_ids, file_tags)
    compiled = compiled_from_conn(conn) if request.apply_rules else None
    rules_applied = 0
    if compiled is not None and len(compiled):
        filled, rules_applied = _apply_rules(
            compiled, filled, memos, in_order(amounts), hands, category_paths, progress, cancel
        )
    payees, merchants, category_ids, tags = filled
    if long_payees:
        payees = [p[:300] for p in payees]
    ext_col = in_order(ext_ids)
    if max(map(len, filter(None, ext_ids)), default=0) > 200:
        ext_col = [e[:200] if e else e for e in ext_col]
    new = NewRows(
        _constant_or(acc_ids, n, in_order),
        in_order(dates),
        in_order(minors),
        _constant_or(cur_of, n, in_order),
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
    pairs = _linked_pairs(new.transfer_ref)
    tick(progress, cancel, "transfers", 0, total)
    proposals = propose_for_plan(conn, new, pairs, {a.id: a.name for a in accounts})
    return _with_undecided(
        conn,
        ImportPlan(
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
            foreign_counts(new, accounts),
            notes=list(parsed.warnings),
            openings=plan_openings(parsed, targets),
            targets={key: (acc.id, acc.name) for key, acc in targets.items()},
            chosen_kinds=dict(request.category_kinds),
        ),
    )


def require_balance_sign(conn: SqlConnection, parsed: ParsedFile, plan: ImportPlan) -> None:
    """``ImportSetupError`` while a debt's stated balance has a sign nobody decided."""
    if names := closing_check.undecided_signs(conn, parsed, plan.targets):
        raise ImportSetupError(closing_check.sign_question(parsed.name, names))


def _kind_inputs(
    conn: SqlConnection, plan: ImportPlan
) -> tuple[dict[str, str], list[tuple[str, int]]]:
    """The book's top-level kinds (by case-folded name) and the new rows' (path, minor) that
    name a category the import creates."""
    existing = {
        str(name).casefold(): str(kind)
        for _i, name, kind, parent, _pname, _color in category_queries.all_categories(conn)
        if parent is None
    }
    new = plan.new
    rows = [
        (path, minor)
        for path, cat, minor in zip(new.category_path, new.category_id, new.minor, strict=True)
        if path and cat is None
    ]
    return existing, rows


def category_kinds(conn: SqlConnection, plan: ImportPlan) -> dict[str, str]:
    """The kind of each category the import creates (``domain.imports.category_kinds``);
    ``ImportSetupError`` when a new top-level category's kind is a tie nobody chose."""
    if not plan.new_categories:
        return {}
    existing, rows = _kind_inputs(conn, plan)
    try:
        return new_category_kinds(plan.new_categories, rows, existing, plan.chosen_kinds)
    except UndecidedKindError as exc:
        raise ImportSetupError(reason(exc)) from None


def _with_undecided(conn: SqlConnection, plan: ImportPlan) -> ImportPlan:
    """``plan`` with the new top-level categories whose kind is still to be chosen."""
    if plan.new_categories:
        existing, rows = _kind_inputs(conn, plan)
        chosen = {k.strip().casefold() for k in plan.chosen_kinds}
        plan.undecided_kinds = [
            n
            for n in undecided_kinds(plan.new_categories, rows, existing)
            if n.casefold() not in chosen
        ]
    return plan


def plan_import(
    ledger: Ledger,
    request: ImportRequest,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPlan:
    """Everything ``run_import`` would do, without writing (the wizard's summary page)."""
    tick(progress, cancel, "reading", 0, 0)
    with gate.no_gc():
        parsed = parse_file(request)
        with ledger.book.reading() as session:
            conn = session.connection()
            plan = build_plan(conn, parsed, request, progress, cancel)
            plan.corrections = corrections.for_request(conn, parsed, plan.targets, request)
            removed = corrections.pending_removals(plan.corrections)
            plan.closing = closing_check.for_plan(conn, parsed, plan, removed)
            plan.undecided_balance_sign = closing_check.undecided_signs(conn, parsed, plan.targets)
            return plan
