"""``permoney check``: prove the book's numbers are intact, and rebuild what can be rebuilt.

Checks, each read in one snapshot of the book:

* SQLite's own ``integrity_check`` (or ``quick_check``) and ``foreign_key_check``; on a
  shared book PostgreSQL's (``store.server_checks``);
* values: every kind, currency, date, amount, rule and setting a later command reads is one
  the domain accepts (``integrity_values``); balances are compared only when they all are;
* transfers: two entries each, on two accounts, same day, one out and one in (and summing to
  zero in one currency); ``transfer`` entries and transfer links agree;
* materialized balances: every stored day of every account equals a fresh recomputation by the
  materializer's own computation (accounts with a pending sync are reported, not compared);
* syncs: at most one pending request per account; runs left 'syncing' are reported;
* the undo journal: every step decodes, names known tables, history is linear (the redo stack
  sits above the undo stack), and the top undo and redo steps match the current rows.

A page SQLite cannot read is a finding ("damaged file"), never a traceback; ``repair``
rebuilds nothing from a damaged book or one with bad values, and says to restore a backup.

Findings name tables, ids and dates only, never amounts, payees or notes. ``repair`` rebuilds
the derived data (balances, sync requests, the metrics cache) and drops an undo journal that
can no longer be applied; damage to the user's own data is reported, with the way out.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import integrity_values, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.read_only import (
    DAMAGE_CHECKS,
    DAMAGED,
    LAST_CHECK_SETTING,
    READ_ONLY,
)
from permoney_desktop.store import integrity_checks as q
from permoney_desktop.store import server_checks
from permoney_desktop.store.dialect import is_postgres
from permoney_desktop.store.table_info import primary_key, table_columns, table_names
from permoney_desktop.store.types import SqlConnection

log = logging.getLogger(__name__)

# Enough to show what is wrong without flooding a terminal on a badly damaged book.
MAX_PER_CHECK = 20


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    check: str
    severity: Severity
    message: str


@dataclass(frozen=True)
class CheckReport:
    """The outcome of one check run (recorded for the health panel)."""

    checked_at: str
    duration_ms: int
    findings: tuple[Finding, ...]
    accounts_compared: int = 0
    balance_rows_compared: int = 0
    repaired: tuple[str, ...] = ()
    quick: bool = False

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    def as_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["findings"] = [asdict(f) for f in self.findings]
        record["repaired"] = list(self.repaired)
        record["ok"] = self.ok
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> CheckReport:
        return cls(
            checked_at=record["checked_at"],
            duration_ms=int(record["duration_ms"]),
            findings=tuple(
                Finding(f["check"], Severity(f["severity"]), f["message"])
                for f in record.get("findings", ())
            ),
            accounts_compared=int(record.get("accounts_compared", 0)),
            balance_rows_compared=int(record.get("balance_rows_compared", 0)),
            repaired=tuple(record.get("repaired", ())),
            quick=bool(record.get("quick", False)),
        )


@dataclass
class _Collector:
    findings: list[Finding] = field(default_factory=list)
    accounts: int = 0
    rows: int = 0

    def add(self, check: str, messages: Iterable[str], severity: Severity = Severity.ERROR) -> None:
        items = list(messages)
        for message in items[:MAX_PER_CHECK]:
            self.findings.append(Finding(check, severity, message))
        if len(items) > MAX_PER_CHECK:
            self.findings.append(
                Finding(check, severity, f"… and {len(items) - MAX_PER_CHECK} more")
            )


def _server(conn: SqlConnection, out: _Collector, quick: bool) -> None:
    """A shared book: PostgreSQL's own checks in place of SQLite's (``store.server_checks``)."""
    problems, notes = server_checks.consistency_lines(conn, quick=quick)
    out.add("database", problems)
    out.add("database", notes, Severity.WARNING)
    out.add(
        "foreign keys",
        (
            f"{table} row {key} refers to a missing {parent} row"
            for table, key, parent in server_checks.foreign_key_violations(conn)
        ),
    )


def _sqlite(conn: SqlConnection, out: _Collector, quick: bool) -> None:
    if is_postgres(conn):
        _server(conn, out, quick)
        return
    rows = q.sqlite_check(conn, quick=quick)
    if rows != ["ok"]:
        out.add("sqlite", rows)
    out.add(
        "foreign keys",
        (
            f"{table} row {rowid} refers to a missing {parent} row"
            for table, rowid, parent in q.foreign_key_violations(conn)
        ),
    )


def _transfers(conn: SqlConnection, out: _Collector) -> None:
    messages = [
        f"transfer {t} has {n} entries instead of 2"
        for t, n in q.transfers_with_wrong_side_count(conn)
    ]
    messages += [f"transfer {t}: {problem}" for t, problem in q.transfer_side_problems(conn)]
    messages += [
        f"entry {e} is a transfer side without a transfer" for e in q.unlinked_transfer_sides(conn)
    ]
    messages += [
        f"entry {e} is linked to transfer {t} but is not a transfer side"
        for e, t in q.linked_non_transfers(conn)
    ]
    out.add("transfers", messages)


def _syncs(conn: SqlConnection, out: _Collector) -> set[int]:
    """Report sync bookkeeping problems; returns accounts whose balances may lag."""
    out.add(
        "syncs",
        (
            f"account {a} has {n} pending sync requests (one expected)"
            for a, n in q.accounts_with_several_pending(conn)
        ),
    )
    syncing = q.accounts_syncing(conn)
    out.add(
        "syncs",
        (f"account {a}: a sync is running or was interrupted" for a in syncing),
        Severity.WARNING,
    )
    return q.accounts_awaiting_sync(conn)


BalanceRow = q.BalanceRow


def recompute_rows(conn: SqlConnection, account_id: int) -> list[BalanceRow]:
    """A full recomputation of one account's days with the materializer's own computation."""
    # The materializer's _compute reads its inputs on this connection and writes nothing.
    computed = materialize._compute(conn, AccountId(account_id), None)
    return [tuple(r) for r in computed.rows]  # type: ignore[misc]


def stored_rows(conn: SqlConnection, account_id: int) -> list[BalanceRow]:
    return q.stored_balance_rows(conn, account_id)


def _first_difference(stored: list[BalanceRow], fresh: list[BalanceRow]) -> str:
    for mine, theirs in zip(stored, fresh, strict=False):
        if mine != theirs:
            day = min(mine[0], theirs[0])
            return f"first differs on {day}"
    if len(stored) > len(fresh):
        return f"{len(stored) - len(fresh)} stale day(s) from {stored[len(fresh)][0]}"
    return f"{len(fresh) - len(stored)} day(s) missing from {fresh[len(stored)][0]}"


def _balances(conn: SqlConnection, out: _Collector, lagging: set[int]) -> None:
    accounts = q.account_ids(conn)
    messages: list[str] = []
    for account in accounts:
        if account in lagging:
            continue
        stored = stored_rows(conn, account)
        fresh = recompute_rows(conn, account)
        out.accounts += 1
        out.rows += len(stored)
        if stored != fresh:
            messages.append(
                f"account {account}: materialized balances differ from a fresh recomputation "
                f"({_first_difference(stored, fresh)})"
            )
    out.add("balances", messages)
    if lagging:
        out.add(
            "balances",
            [f"{len(lagging)} account(s) await a sync; their balances were not compared"],
            Severity.WARNING,
        )


def _op_problems(step: int, ops: Any) -> list[str]:
    """Structural problems of one step's ops."""
    tables = table_names()
    problems: list[str] = []
    if not isinstance(ops, list):
        return [f"undo step {step}: its operations are not a list"]
    for op in ops:
        if not isinstance(op, dict) or op.get("op") not in ("ins", "del", "upd"):
            problems.append(f"undo step {step}: an operation of unknown kind")
            continue
        table = str(op.get("table"))
        if table not in tables:
            problems.append(f"undo step {step}: an operation on unknown table {table!r}")
            continue
        if op["op"] != "ins":
            known = set(table_columns(table))
            cols = op.get("cols")
            if not isinstance(cols, list) or not set(cols) <= known:
                problems.append(f"undo step {step}: row images of {table} have unknown columns")
    return problems


def _expand_keys(op: dict[str, Any]) -> list[Any]:
    if "ranges" in op:
        return [i for first, last in op["ranges"] for i in range(first, last + 1)]
    return list(op.get("keys", ()))


def _state_problems(
    conn: SqlConnection, step: int, ops: list[dict[str, Any]], what: str
) -> list[str]:
    """The last applied step's inserted rows must exist and its deleted rows must not."""
    live: dict[tuple[str, str], set[str]] = {}
    problems: list[str] = []
    # Replay the step's effect on key presence, in order (a step may insert then delete).
    for op in ops:
        table = op["table"]
        pk = primary_key(table)
        if op["op"] == "ins":
            for key in _expand_keys(op):
                live[(table, json.dumps(key))] = {"present"}
        elif op["op"] == "del":
            cols = op["cols"]
            idx = [cols.index(c) for c in pk]
            for row in op["rows"]:
                key = row[idx[0]] if len(idx) == 1 else [row[i] for i in idx]
                live[(table, json.dumps(key))] = {"absent"}
    checked = list(live.items())[:10_000]
    by_table: dict[str, list[Any]] = {}
    for (table, key_text), _state in checked:
        by_table.setdefault(table, []).append(json.loads(key_text))
    present = {
        (table, json.dumps(key)): there
        for table, keys in by_table.items()
        for key, there in zip(keys, q.existing_keys(conn, table, keys), strict=True)
    }
    for (table, key_text), state in checked:
        exists = present[(table, key_text)]
        if exists != ("present" in state):
            problems.append(
                f"undo step {step} ({what}): {table} row {json.loads(key_text)} is "
                + ("missing" if "present" in state else "still there")
            )
    return problems


def _nonlinear(steps: list[tuple[int, bool, str, str]]) -> list[str]:
    """Each person's history must be linear: undo is per person (``services.undo``), so one
    person's undone step may lie below another's done one, never below their own. Steps made
    before authors were kept ('') are everyone's."""
    messages: list[str] = []
    for who in sorted({a for _, _, a, _ in steps if a} or {""}):
        mine = [(int(s), u) for s, u, a, _ in steps if a in (who, "")]
        highest_done = max((s for s, u in mine if not u), default=None)
        lowest_undone = min((s for s, u in mine if u), default=None)
        if highest_done is not None and lowest_undone is not None and lowest_undone < highest_done:
            messages.append(
                f"undo history is not linear: step {lowest_undone} is undone below step "
                f"{highest_done}" + (f" of the same person ({who})" if who else "")
            )
    return messages


def _undo_journal(conn: SqlConnection, out: _Collector) -> None:
    steps = q.undo_step_rows(conn)
    messages = _nonlinear(steps)
    # The state checks: the newest done step (every step after it is undone, so its rows are
    # as it left them) and the oldest undone step above it (whose undo was the last to touch
    # its rows; an undone step below a done one, someone else's, may have had its rows
    # changed since by that person's later steps).
    highest_done = max((int(s) for s, u, _, _ in steps if not u), default=None)
    lowest_undone = min(
        (int(s) for s, u, _, _ in steps if u and (highest_done is None or s > highest_done)),
        default=None,
    )
    decoded: dict[int, list[dict[str, Any]]] = {}
    for step_id, _undone, _author, payload in steps:
        step = int(step_id)
        try:
            data = json.loads(payload)
            ops = data["ops"]
            kinds = [ChangeKind(k) for k in data.get("kinds", ())]
            dirty = {int(a): str(d) for a, d in data.get("dirty", {}).items()}
            del kinds, dirty
        except (ValueError, KeyError, TypeError, AttributeError):
            messages.append(f"undo step {step} cannot be decoded")
            continue
        found = _op_problems(step, ops)
        messages += found
        if not found:
            decoded[step] = ops
    for top, what in ((highest_done, "next undo"), (lowest_undone, "next redo")):
        if top is not None and top in decoded:
            messages += _state_problems(conn, top, decoded[top], what)
    out.add("undo journal", messages)


VALUES_FIRST = "balances were not compared: they need the values reported above"
DAMAGE_ADVICE = (
    "the book file is damaged: some of it cannot be read; restore the newest verified backup "
    "(permoney restore FILE)"
)


def is_damage(exc: BaseException) -> bool:
    """True for a database error that says the book file itself is damaged."""
    return q.is_damage(exc)


def _guarded(out: _Collector, section: Callable[[], object]) -> bool:
    """Run one check; a page SQLite cannot read becomes a finding instead of a traceback
    (its message is not shown: it can quote the damaged row's text). False when it failed."""
    try:
        section()
    except Exception as exc:
        if not q.is_damage(exc):
            raise
        if not any(f.check == DAMAGED for f in out.findings):
            out.add(DAMAGED, [DAMAGE_ADVICE])
        return False
    return True


def _values(conn: SqlConnection, out: _Collector) -> None:
    out.add("values", integrity_values.value_problems(conn))


def damage_findings(conn: SqlConnection) -> tuple[Finding, ...]:
    """The cheap part of ``check --quick``, for the window's check at open: SQLite's quick check
    and one read of every stored value (a record SQLite cannot decode is a damaged file, one
    the domain refuses a ``values`` finding). No balances are recomputed."""
    out = _Collector()
    if _guarded(out, lambda: _sqlite(conn, out, True)):
        _guarded(out, lambda: _values(conn, out))
    return tuple(out.findings)


def check(ledger: Ledger, *, quick: bool = False, record: bool = True) -> CheckReport:
    """Run every check in one read snapshot; records the report unless ``record`` is False."""
    started = time.perf_counter()
    out = _Collector()
    lagging: set[int] = set()
    conn: Any = None  # the snapshot's connection, set in ``in_snapshot``

    def syncs() -> None:
        lagging.update(_syncs(conn, out))

    def sections() -> None:
        _guarded(out, lambda: _sqlite(conn, out, quick))
        values_read = _guarded(out, lambda: _values(conn, out))
        _guarded(out, lambda: _transfers(conn, out))
        _guarded(out, syncs)
        if values_read and not any(f.check == "values" for f in out.findings):
            _guarded(out, lambda: _balances(conn, out, lagging))
        else:  # recomputing needs those values; it would stop at the first bad one
            out.add("balances", [VALUES_FIRST], Severity.WARNING)
        _guarded(out, lambda: _undo_journal(conn, out))

    def in_snapshot() -> None:
        nonlocal conn
        with ledger.book.read_engine.connect() as conn, conn.begin():
            sections()

    # SQLite can refuse even to end the read snapshot on a damaged file: a finding too.
    _guarded(out, in_snapshot)
    report = CheckReport(
        checked_at=datetime.now(UTC).isoformat(timespec="seconds"),
        duration_ms=round((time.perf_counter() - started) * 1000),
        findings=tuple(out.findings),
        accounts_compared=out.accounts,
        balance_rows_compared=out.rows,
        quick=quick,
    )
    if record:
        _record(ledger, report)
        ledger.writes_refused = READ_ONLY if _damaged(report) else None
    log.info(
        "book check: %d error(s), %d warning(s) in %d ms",
        len(report.errors),
        len(report.findings) - len(report.errors),
        report.duration_ms,
    )
    return report


def _damaged(report: CheckReport) -> bool:
    return any(f.check in DAMAGE_CHECKS for f in report.errors)


def last_check(ledger: Ledger) -> CheckReport | None:
    """The last recorded check (for the health panel)."""
    record = ledger.setting(LAST_CHECK_SETTING)
    return None if not record else CheckReport.from_record(record)


def _clear_undo(ledger: Ledger) -> None:
    with ledger.book.write_engine.connect() as conn, conn.begin():
        q.drop_undo_history(conn)


def repair(ledger: Ledger, *, clear_cache: Callable[[Ledger], object] | None = None) -> CheckReport:
    """Rebuild the derived data, then check again; the report lists what was rebuilt.

    A damaged file is not rebuilt from: its rows cannot all be read, so balances computed
    from them would be wrong. The report then says to restore a backup, and nothing changes.
    """
    before = check(ledger, record=False)
    refused = _not_repairable(before)
    if refused:
        ledger_report = replace(before, repaired=(refused,))
        _record(ledger, ledger_report)
        if _damaged(before):
            ledger.writes_refused = READ_ONLY
        return ledger_report
    done: list[str] = []
    reset = materialize.recover_interrupted(ledger)
    if reset:
        done.append(f"reset {reset} interrupted sync(s)")
    outcomes = materialize.sync_all(ledger, full=True)
    failed = [o for o in outcomes if o.status == "failed"]
    done.append(f"rebuilt the balances of {len(outcomes) - len(failed)} account(s)")
    if any(f.check == "undo journal" for f in before.errors):
        _clear_undo(ledger)
        done.append("cleared an undo history that could no longer be applied")
    if clear_cache is not None:
        clear_cache(ledger)
        done.append("cleared the metrics cache")
    after = check(ledger, record=False)
    report = CheckReport(
        checked_at=after.checked_at,
        duration_ms=after.duration_ms,
        findings=after.findings,
        accounts_compared=after.accounts_compared,
        balance_rows_compared=after.balance_rows_compared,
        repaired=tuple(done),
    )
    _record(ledger, report)
    return report


def _not_repairable(report: CheckReport) -> str:
    """Why derived data cannot be rebuilt from this book ("" when it can)."""
    checks = {f.check for f in report.errors}
    if _damaged(report):
        return "nothing: the file itself is damaged; restore a backup"
    if "values" in checks:
        return "nothing: the balances need the values above; restore a backup"
    return ""


def record(ledger: Ledger, report: CheckReport) -> None:
    """Record a report made elsewhere (the window's check at open, ``integrity_open``) and set
    the book's write refusal from it, as ``check`` does."""
    _record(ledger, report)
    ledger.writes_refused = READ_ONLY if _damaged(report) else None


def _record(ledger: Ledger, report: CheckReport) -> None:
    try:
        ledger.set_setting(LAST_CHECK_SETTING, report.as_record())
    except Exception as exc:  # a damaged file may refuse the write too; the report stands
        if not q.is_damage(exc):
            raise
