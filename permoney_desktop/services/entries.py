"""Entries: add, edit, delete (single and bulk), duplicate, the bulk import path, and reads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import Currency, currency, exponent
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import (
    UNSET,
    NewEntry,
    NewTransfer,
    NotFoundError,
    to_minor,
)
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId, EntryId, MerchantId, TransferId
from permoney_desktop.domain.limits import FIRST_DATE, LAST_DATE, MAX_MINOR, check_date
from permoney_desktop.domain.messages import Message, reason
from permoney_desktop.domain.money import Money
from permoney_desktop.services import gate, reconcile_lock, row_versions, split_lock
from permoney_desktop.services.accounts import load_account
from permoney_desktop.services.categories import load_category
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.merchants import check_merchant
from permoney_desktop.services.tags import resolve_tags
from permoney_desktop.store import entry_queries, split_queries
from permoney_desktop.store.journal import raw
from permoney_desktop.store.types import SqlConnection

if TYPE_CHECKING:  # (made on first use: see domain.entry_views)
    from permoney_desktop.domain.entry_views import EntryFilter, EntryPage, EntryPatch, EntryView

# An entries row image's columns (schema order) and their positions; tests/services check them.
COLUMNS = entry_queries.COLUMNS
ID, ACCOUNT, KIND, DATE, AMOUNT, CURRENCY, PAYEE, NOTES = range(8)
CATEGORY, MERCHANT, TRANSFER, EXTERNAL, USER_FIELDS, CREATED, UPDATED = range(8, 15)


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def label_for(verb: str, n: int, noun: str = "entry", nouns: str = "entries") -> str:
    """Undo labels: "Delete entry", "Delete 3 entries" (only these verbs and nouns are
    marked for translation; any other combination stays English in the window)."""
    known = _LABELS.get((verb, noun, nouns))
    if known is not None:
        return known[0] if n == 1 else Message(known[1], count=n)
    return f"{verb} {noun}" if n == 1 else f"{verb} {n} {nouns}"


_LABELS = {
    ("Edit", "entry", "entries"): (Message("Edit entry"), Message("Edit {count} entries")),
    ("Delete", "entry", "entries"): (Message("Delete entry"), Message("Delete {count} entries")),
}


def _fields_text(fields: Iterable[str]) -> str:
    return ",".join(sorted(set(fields)))


@dataclass
class _Accounts:
    """Account currencies looked up once per write."""

    conn: SqlConnection
    currencies: dict[int, Currency] = field(default_factory=dict)

    def currency(self, account_id: int) -> Currency:
        cur = self.currencies.get(account_id)
        if cur is None:
            cur = load_account(self.conn, account_id).currency
            self.currencies[account_id] = cur
        return cur


@dataclass
class _Refs:
    """Category and merchant ids checked once per write."""

    conn: SqlConnection
    categories: set[int] = field(default_factory=set)
    merchants: set[int] = field(default_factory=set)

    def category(self, category_id: int | None) -> None:
        if category_id is not None and category_id not in self.categories:
            load_category(self.conn, category_id)
            self.categories.add(category_id)

    def merchant(self, merchant_id: int | None) -> None:
        if merchant_id is not None and merchant_id not in self.merchants:
            check_merchant(self.conn, merchant_id)
            self.merchants.add(merchant_id)


def _entry_row(
    w: gate.Write,
    entry_id: int,
    new: NewEntry,
    accounts: _Accounts,
    refs: _Refs,
    user_fields: str,
    transfer_id: int | None = None,
) -> tuple[Any, ...]:
    account_cur = accounts.currency(new.account_id)
    cur = account_cur if new.currency is None else currency(new.currency)
    if new.kind is EntryKind.VALUATION and cur != account_cur:
        raise DomainError(
            Message(
                "a valuation is in its account's currency ({account_cur}), not {cur}",
                account_cur=account_cur,
                cur=cur,
            )
        )
    what = "balance" if new.kind is EntryKind.VALUATION else "amount"
    check_date(new.date)
    minor = to_minor(new.amount, cur, what)
    refs.category(new.category_id)
    refs.merchant(new.merchant_id)
    stamp = w.stamp
    return (
        entry_id,
        new.account_id,
        new.kind.value,
        new.date.isoformat(),
        minor,
        cur,
        new.payee.strip(),
        new.notes,
        new.category_id,
        new.merchant_id,
        transfer_id,
        new.external_id,
        user_fields,
        stamp,
        stamp,
    )


def _hand_fields(new: NewEntry) -> set[str]:
    fields = {"account", "date", "amount"} | set(new.user_fields)
    fields |= {
        name
        for name, present in (
            ("payee", new.payee),
            ("notes", new.notes),
            ("category", new.category_id is not None),
            ("merchant", new.merchant_id is not None),
            ("tags", new.tags),
            ("currency", new.currency is not None),
        )
        if present
    }
    return fields


def _insert(w: gate.Write, rows: list[tuple[Any, ...]], tags: list[tuple[int, int]]) -> None:
    w.journal.insert("entries", rows, COLUMNS)
    w.journal.insert("entry_tags", tags, ["entry_id", "tag_id"])
    for r in rows:
        w.touch(r[ACCOUNT], date.fromisoformat(r[DATE]))
    w.mark(ChangeKind.ENTRIES)


# The payees of a transfer made without one ("Transfer to Savings" / "Transfer from
# Checking"). They are data, stored in the one language they were written in: English from
# the CLI and the worker; a window passes its own language's wording (``payee_words``), so a
# German window never writes English into its book.
TRANSFER_TO = Message("Transfer to {account}")
TRANSFER_FROM = Message("Transfer from {account}")
PayeeWords = tuple[str, str]  # templates with an {account} field: (to, from)


def transfer_payees(names: tuple[str, str], words: PayeeWords | None = None) -> tuple[str, str]:
    """The two sides' payees for a transfer between accounts ``names`` (from, to)."""
    to, back = words or (TRANSFER_TO, TRANSFER_FROM)
    try:
        return to.format(account=names[1]), back.format(account=names[0])
    except (KeyError, IndexError, ValueError):  # a wording without its {account}: English
        return TRANSFER_TO.format(account=names[1]), TRANSFER_FROM.format(account=names[0])


def _transfer_rows(
    w: gate.Write,
    t: NewTransfer,
    ids: Sequence[int],
    transfer_id: int,
    accounts: _Accounts,
    refs: _Refs,
    user_fields: str,
    names: tuple[str, str] | None = None,
    payee_words: PayeeWords | None = None,
) -> list[tuple[Any, ...]]:
    if t.from_account == t.to_account:
        raise DomainError(Message("a transfer needs two different accounts"))
    src_cur = accounts.currency(t.from_account)
    dest_cur = accounts.currency(t.to_account)
    if t.amount <= 0:
        raise DomainError(
            Message("a transfer amount must be positive, got {amount}", amount=t.amount)
        )
    if src_cur != dest_cur and t.to_amount is None:
        raise DomainError(
            Message(
                "a transfer from {src_cur} to {dest_cur} needs the amount received as well",
                src_cur=src_cur,
                dest_cur=dest_cur,
            )
        )
    to_amount = t.amount if t.to_amount is None else t.to_amount
    if to_amount <= 0:
        raise DomainError(
            Message("the amount received must be positive, got {to_amount}", to_amount=to_amount)
        )
    src_payee = t.payee
    dest_payee = t.payee
    if not t.payee and names is not None:
        src_payee, dest_payee = transfer_payees(names, payee_words)
    src = NewEntry(
        account_id=t.from_account,
        date=t.date,
        amount=-t.amount,
        kind=EntryKind.TRANSFER,
        payee=src_payee,
        notes=t.notes,
        external_id=t.external_id,
    )
    dest = NewEntry(
        account_id=t.to_account,
        date=t.date,
        amount=to_amount,
        kind=EntryKind.TRANSFER,
        payee=dest_payee,
        notes=t.notes,
        external_id=t.external_id,
    )
    return [
        _entry_row(w, ids[0], src, accounts, refs, user_fields, transfer_id),
        _entry_row(w, ids[1], dest, accounts, refs, user_fields, transfer_id),
    ]


def account_names(conn: SqlConnection, *ids: int) -> tuple[str, ...]:
    return tuple(load_account(conn, i).name for i in ids)


# -- writes ---------------------------------------------------------------------------------


def add_entry(
    ledger: Ledger, new: NewEntry, *, by_hand: bool = True, label: str | None = None
) -> tuple[EntryId, Changes]:
    """Add one transaction or valuation; returns its id. Transfers: ``transfers.add_transfer``."""
    if new.kind is EntryKind.TRANSFER:
        raise DomainError(Message("a transfer has two sides; add it with add_transfer"))
    made = Message("Add valuation") if new.kind is EntryKind.VALUATION else Message("Add entry")
    with gate.write(ledger, label or made) as w:
        entry_id = insert_entry(w, new, by_hand=by_hand)
    return EntryId(entry_id), w.changes


def insert_entry(w: gate.Write, new: NewEntry, *, by_hand: bool = True) -> int:
    """Add one transaction or valuation inside a write that does more (a split entry with its
    lines is one undo step); returns its id."""
    entry_id = w.new_id("entries")
    fields = _fields_text(_hand_fields(new) if by_hand else new.user_fields)
    row = _entry_row(w, entry_id, new, _Accounts(w.conn), _Refs(w.conn), fields)
    tag_ids = resolve_tags(w, new.tags)
    _insert(w, [row], [(entry_id, t) for t in tag_ids])
    return entry_id


_KIND_TEXT = {k: k.value for k in EntryKind}


def _bulk_row(
    w: gate.Write,
    entry_id: int,
    new: NewEntry,
    accounts: _Accounts,
    refs: _Refs,
    exps: dict[str, int],
) -> tuple[Any, ...]:
    """``_entry_row`` for the common import row, with the per-row checks made cheap."""
    if new.kind is EntryKind.TRANSFER:
        raise DomainError(Message("transfers are given as NewTransfer rows"))
    if (new.currency is not None and new.kind is EntryKind.VALUATION) or not isinstance(
        new.amount, Decimal
    ):
        return _entry_row(w, entry_id, new, accounts, refs, _fields_text(new.user_fields))
    known = accounts.currencies.get(new.account_id) if new.currency is None else None
    if known is not None:
        cur = known  # the common row: its account's currency, already looked up
    elif new.currency is None:
        cur = accounts.currency(new.account_id)
    else:
        cur = currency(new.currency)
    exp = exps.get(cur)
    if exp is None:
        exp = exps[cur] = exponent(cur)
    try:
        scaled = new.amount.scaleb(exp)
        minor = int(scaled)
        exact = scaled == minor and -MAX_MINOR < minor < MAX_MINOR
    except (ValueError, OverflowError, ArithmeticError):
        exact = False
    if not exact:
        minor = to_minor(new.amount, cur)  # raises the clear message
    if not FIRST_DATE <= new.date <= LAST_DATE:
        check_date(new.date)  # raises the clear message
    if new.category_id is not None:
        refs.category(new.category_id)
    if new.merchant_id is not None:
        refs.merchant(new.merchant_id)
    return (
        entry_id,
        new.account_id,
        _KIND_TEXT[new.kind],
        new.date.isoformat(),
        minor,
        cur,
        new.payee.strip(),
        new.notes,
        new.category_id,
        new.merchant_id,
        None,
        new.external_id,
        _fields_text(new.user_fields) if new.user_fields else "",
        w.stamp,
        w.stamp,
    )


def add_many(
    ledger: Ledger, rows: Sequence[NewEntry | NewTransfer], *, label: str
) -> tuple[list[EntryId], Changes]:
    """The bulk path for imports: all rows in one transaction and one undo step.

    Returns the new entry ids in row order (a transfer contributes its two sides, from-side
    first). ``user_fields`` of each row are stored as given (an import sets nothing by hand).
    Any bad row rejects the whole batch with an error naming the row (1-based).
    """
    with gate.no_gc(), gate.write(ledger, label) as w:
        count = sum(2 if isinstance(r, NewTransfer) else 1 for r in rows)
        # Rows are numbered by position first; real ids follow (account, date) order below.
        ids = iter(range(count))
        n_transfers = sum(1 for r in rows if isinstance(r, NewTransfer))
        transfer_ids = iter(w.new_ids("transfers", n_transfers))
        accounts = _Accounts(w.conn)
        refs = _Refs(w.conn)
        names = sorted({t for r in rows if isinstance(r, NewEntry) for t in r.tags})
        tag_of = dict(zip(names, resolve_tags(w, names), strict=True))
        entry_rows: list[tuple[Any, ...]] = []
        # (account, day number) as one int per row: the sort below compares ints, not tuples.
        keys: list[int] = []
        tag_rows: list[tuple[int, int]] = []
        transfers: list[tuple[int, str]] = []
        stamp = w.stamp
        exps: dict[str, int] = {}
        for n, r in enumerate(rows, 1):
            try:
                if isinstance(r, NewTransfer):
                    tid = next(transfer_ids)
                    transfers.append((tid, stamp))
                    pair = [next(ids), next(ids)]
                    entry_rows += _transfer_rows(w, r, pair, tid, accounts, refs, "")
                    ordinal = r.date.toordinal()
                    keys += [(r.from_account << 32) | ordinal, (r.to_account << 32) | ordinal]
                else:
                    entry_id = next(ids)
                    entry_rows.append(_bulk_row(w, entry_id, r, accounts, refs, exps))
                    keys.append((r.account_id << 32) | r.date.toordinal())
                    if r.tags:
                        tag_rows += [(entry_id, tag_of[t]) for t in dict.fromkeys(r.tags)]
            except DomainError as exc:
                raise type(exc)(Message("row {row}: {error}", row=n, error=reason(exc))) from None
        # Ids in (account, date) order: the table and the (account, date) index then grow
        # at their ends instead of splitting pages all over (a third less insert time).
        order = sorted(range(count), key=keys.__getitem__)
        base = w.new_ids("entries", count).start
        new_id = [0] * count
        for rank, pos in enumerate(order, base):
            new_id[pos] = rank
        ordered = [(rank, *entry_rows[pos][1:]) for rank, pos in enumerate(order, base)]
        w.journal.insert("transfers", transfers, ["id", "created_at"])
        w.journal.insert("entries", ordered, COLUMNS)
        w.journal.insert(
            "entry_tags",
            sorted({(new_id[pos], tag) for pos, tag in tag_rows}),
            ["entry_id", "tag_id"],
        )
        # Rows are in (account, date) order: walking them backwards, each account's last
        # write is its earliest date.
        first: dict[int, str] = dict(map(itemgetter(ACCOUNT, DATE), reversed(ordered)))
        for acc, day in first.items():
            w.touch(acc, date.fromisoformat(day))
        if entry_rows:
            w.mark(ChangeKind.ENTRIES)
    return [EntryId(i) for i in new_id], w.changes


def _load_rows(conn: SqlConnection, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    found = entry_queries.rows_by_id(conn, ids)
    missing = [i for i in ids if int(i) not in found]
    if missing:
        raise NotFoundError(Message("no entry with id {missing}", missing=missing[0]))
    return found


def _partner(conn: SqlConnection, row: tuple[Any, ...]) -> tuple[Any, ...]:
    if row[TRANSFER] is None:  # the counterpart of a split entry's transfer line
        owner = split_queries.counterpart_owners(conn, [row[ID]]).get(row[ID], "?")
        raise DomainError(
            Message(
                "entry {row} is a transfer line of split entry {owner}; change it "
                "through that split (permoney tx split {owner})",
                row=row[ID],
                owner=owner,
            )
        )
    other = entry_queries.partner(conn, row[TRANSFER], row[ID])
    if other is None:
        raise DomainError(Message("transfer {row} has lost its other side", row=row[TRANSFER]))
    return other


def _merge_fields(text: str, extra: Iterable[str]) -> str:
    return _fields_text([f for f in text.split(",") if f] + list(extra))


def edit_entry(
    ledger: Ledger,
    entry_id: int,
    patch: EntryPatch,
    *,
    by_hand: bool = True,
    force: bool = False,
    version: int | None = None,
) -> Changes:
    """Change an entry's fields. On a transfer side, the date applies to both sides and a
    same-currency amount is mirrored on the other side; moving to another account dirties
    both accounts. ``version``: the row version the edit was made against; another person's
    change since then refuses it (``row_versions.StaleEntryError``, with the fresh values)."""
    with gate.write(ledger, Message("Edit entry")) as w:
        row_versions.require(
            w.conn, entry_id, version, lambda: next(iter(views(w.conn, [entry_id])), None)
        )
        _edit(w, entry_id, patch, by_hand, force)
    return w.changes


def edit_entries(
    ledger: Ledger,
    entry_ids: Sequence[int],
    patch: EntryPatch,
    *,
    by_hand: bool = True,
    label: str | None = None,
    force: bool = False,
) -> Changes:
    """The same change on many entries (e.g. set a category), as one undo step."""
    wanted = list(dict.fromkeys(int(i) for i in entry_ids))
    if not wanted:
        raise DomainError(Message("no entries to edit"))
    with gate.write(ledger, label or label_for("Edit", len(wanted))) as w:
        _load_rows(w.conn, wanted)  # every id must exist before anything changes
        for entry_id in wanted:
            _edit(w, entry_id, patch, by_hand, force)
    return w.changes


def _edit(w: gate.Write, entry_id: int, patch: EntryPatch, by_hand: bool, force: bool) -> None:
    row = _load_rows(w.conn, [entry_id])[entry_id]
    kind = EntryKind(row[KIND])
    accounts = _Accounts(w.conn)
    refs = _Refs(w.conn)
    values: dict[str, Any] = {}
    account_id = row[ACCOUNT] if patch.account_id is None else int(patch.account_id)
    account_cur = accounts.currency(account_id)
    cur = currency(row[CURRENCY]) if patch.currency is None else currency(patch.currency)
    if kind is EntryKind.VALUATION and patch.account_id is not None and patch.currency is None:
        cur = account_cur
    if kind is EntryKind.VALUATION and cur != account_cur:
        raise DomainError(
            Message(
                "a valuation is in its account's currency ({account_cur}), not {cur}",
                account_cur=account_cur,
                cur=cur,
            )
        )
    partner = _partner(w.conn, row) if kind is EntryKind.TRANSFER else None
    if patch.account_id is not None:
        if partner is not None and account_id == partner[ACCOUNT]:
            raise DomainError(Message("both sides of a transfer cannot be in the same account"))
        values["account_id"] = account_id
    if cur != row[CURRENCY]:
        values["currency"] = cur
    if patch.date is not None:
        values["date"] = check_date(patch.date)
    if patch.amount is not None:
        what = "balance" if kind is EntryKind.VALUATION else "amount"
        values["amount"] = to_minor(patch.amount, cur, what)
    elif "currency" in values:
        values["amount"] = to_minor(Money.from_minor(row[AMOUNT], row[CURRENCY]).amount, cur)
    if patch.payee is not None:
        values["payee"] = patch.payee.strip()
    if patch.notes is not None:
        values["notes"] = patch.notes
    if patch.category_id is not UNSET:
        refs.category(patch.category_id)
        values["category_id"] = patch.category_id
    if patch.merchant_id is not UNSET:
        refs.merchant(patch.merchant_id)
        values["merchant_id"] = patch.merchant_id
    if by_hand:
        values["user_fields"] = _merge_fields(row[USER_FIELDS], patch.fields())
    values["updated_at"] = w.now
    # A reconciled entry's amount, date and account change only when forced.
    reconcile_lock.guard_edit(w, row, values, force=force)
    if "date" in values:  # a split entry's transfer counterparts move with it
        split_lock.guard_date(w, entry_id, row[DATE], values["date"], force=force)
    w.journal.update_keys("entries", [entry_id], values)
    w.touch(row[ACCOUNT], date.fromisoformat(row[DATE]))
    w.touch(account_id, patch.date or date.fromisoformat(row[DATE]))
    if partner is not None:
        mirror: dict[str, Any] = {}
        if patch.date is not None:
            mirror["date"] = patch.date
        if "amount" in values and partner[CURRENCY] == cur:
            mirror["amount"] = -values["amount"]
        if mirror:
            mirror["updated_at"] = w.now
            reconcile_lock.guard_edit(w, partner, mirror, force=force)
            w.journal.update_keys("entries", [partner[ID]], mirror)
            w.touch(partner[ACCOUNT], date.fromisoformat(partner[DATE]))
            w.touch(partner[ACCOUNT], patch.date or date.fromisoformat(partner[DATE]))
    if patch.tags is not None:
        entry_queries.delete_tags(w.journal, entry_id)
        tag_ids = resolve_tags(w, patch.tags)
        w.journal.insert("entry_tags", [(entry_id, t) for t in tag_ids])
    w.mark(ChangeKind.ENTRIES)


def delete_entries(
    ledger: Ledger, entry_ids: Sequence[int], *, label: str | None = None, force: bool = False
) -> Changes:
    """Delete entries in one step; deleting one side of a transfer deletes the whole transfer."""
    wanted = list(dict.fromkeys(int(i) for i in entry_ids))
    if not wanted:
        raise DomainError(Message("no entries to delete"))
    with gate.write(ledger, label or label_for("Delete", len(wanted))) as w:
        _delete(w, wanted, force)
    return w.changes


def _delete(w: gate.Write, wanted: list[int], force: bool = False) -> None:
    found = _load_rows(w.conn, wanted)
    sides = [_partner(w.conn, r) for r in found.values() if r[TRANSFER] is not None]
    reconcile_lock.guard_delete(w, [*found.values(), *sides], force=force)
    split_lock.guard_counterparts_gone(w, wanted, force=force)  # split entries' transfer lines
    transfer_ids = sorted({r[TRANSFER] for r in found.values() if r[TRANSFER] is not None})
    deleted = entry_queries.delete_with_transfers(w.journal, wanted, transfer_ids)
    first: dict[int, str] = {}
    for r in deleted:
        if r[ACCOUNT] not in first or r[DATE] < first[r[ACCOUNT]]:
            first[r[ACCOUNT]] = r[DATE]
    for acc, day in first.items():
        w.touch(acc, date.fromisoformat(day))
    w.mark(ChangeKind.ENTRIES)


def delete_entry(ledger: Ledger, entry_id: int) -> Changes:
    return delete_entries(ledger, [entry_id])


def duplicate_entry(
    ledger: Ledger, entry_id: int, *, day: date | None = None
) -> tuple[EntryId, Changes]:
    """A copy of an entry (both sides for a transfer), on ``day`` or the same date."""
    if day is not None:
        check_date(day)
    with gate.write(ledger, Message("Duplicate entry")) as w:
        row = _load_rows(w.conn, [entry_id])[entry_id]
        originals = [row]
        transfer_id = None
        if row[TRANSFER] is not None:
            originals.append(_partner(w.conn, row))
            transfer_id = w.new_id("transfers")
            w.journal.insert("transfers", [(transfer_id, raw(w.now))], ["id", "created_at"])
        new_ids = w.new_ids("entries", len(originals))
        copies = []
        tags: list[tuple[int, int]] = []
        for new_id, orig in zip(new_ids, originals, strict=True):
            copy = list(orig)
            copy[ID] = new_id
            copy[TRANSFER] = transfer_id
            copy[EXTERNAL] = None
            copy[CREATED] = copy[UPDATED] = raw(w.now)
            if day is not None:
                copy[DATE] = day.isoformat()
            copies.append(tuple(copy))
            tags += [(new_id, t) for t in entry_queries.tag_ids(w.conn, orig[ID])]
        _insert(w, copies, tags)
    return EntryId(new_ids[0]), w.changes


# -- reads ----------------------------------------------------------------------------------


def _view(r: Any, tags: dict[int, list[str]], view: type[EntryView]) -> EntryView:
    category = "" if r[10] is None else (r[10] if r[11] is None else f"{r[11]}:{r[10]}")
    return view(
        id=EntryId(int(r[0])),
        account_id=AccountId(int(r[1])),
        account_name=str(r[2]),
        kind=EntryKind(r[3]),
        date=date.fromisoformat(r[4]),
        amount=Money.from_minor(int(r[5]), r[6]),
        payee=str(r[7]),
        notes=str(r[8]),
        category_id=None if r[9] is None else CategoryId(int(r[9])),
        category=category,
        merchant_id=None if r[12] is None else MerchantId(int(r[12])),
        merchant="" if r[13] is None else str(r[13]),
        tags=tuple(sorted(tags.get(int(r[0]), []), key=str.lower)),
        transfer_id=None if r[14] is None else TransferId(int(r[14])),
        external_id=r[15],
        user_fields=frozenset(f for f in str(r[16]).split(",") if f),
        version=int(r[17]),
    )


def views(conn: SqlConnection, ids: Sequence[int]) -> list[EntryView]:
    """Entries by id, in the order given (unknown ids are skipped)."""
    from permoney_desktop.domain.entry_views import EntryView

    rows = entry_queries.view_rows(conn, ids)
    tags = entry_queries.tags_of(conn, [int(r[0]) for r in rows])
    by_id = {int(r[0]): _view(r, tags, EntryView) for r in rows}
    return [by_id[int(i)] for i in ids if int(i) in by_id]


def get_entry(ledger: Ledger, entry_id: int) -> EntryView:
    with ledger.book.read_connection() as conn:
        found = views(conn, [entry_id])
    if not found:
        raise NotFoundError(Message("no entry with id {entry_id}", entry_id=entry_id))
    return found[0]


def count_entries(ledger: Ledger, f: EntryFilter | None = None) -> int:
    from permoney_desktop.domain.entry_views import EntryFilter

    with ledger.book.read_connection() as conn:
        return entry_queries.count(conn, f or EntryFilter())


def list_entries(
    ledger: Ledger,
    f: EntryFilter | None = None,
    *,
    limit: int = 200,
    offset: int = 0,
    after: tuple[date, int] | None = None,
    newest_first: bool = True,
    with_total: bool = True,
) -> EntryPage:
    """A page of entries ordered by (date, id), newest first by default.

    Page with ``after`` (the previous page's ``next_after``: keyset, cheap at any depth) or with
    ``offset``. ``total`` counts every match of the filter (0 when ``with_total`` is False).
    """
    from permoney_desktop.domain.entry_views import EntryFilter, EntryPage, EntryView

    f = f or EntryFilter()
    with ledger.book.read_connection() as conn:
        rows = entry_queries.page(
            conn, f, limit=limit, offset=offset, after=after, newest_first=newest_first
        )
        tags = entry_queries.tags_of(conn, [int(r[0]) for r in rows])
        total = entry_queries.count(conn, f) if with_total else 0
    page = tuple(_view(r, tags, EntryView) for r in rows)
    cursor = (page[-1].date, page[-1].id) if len(page) == limit and page else None
    return EntryPage(page, total, cursor)
