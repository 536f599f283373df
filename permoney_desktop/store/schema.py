"""The book's tables as typed SQLAlchemy 2 models (Alembic's target metadata).

Storage conventions:

* Money is integer minor units (``MinorUnits``) of the row's currency column.
* *Levels* (opening balances, valuation amounts, materialized balances) are stored as the user
  sees them: liabilities as the positive amount owed.
* *Flows* (transaction and transfer amounts) carry the entry sign of ``domain/accounts.py``:
  positive = money in or debt paid down, negative = money out or debt grown.
* ORM classes end in ``Row`` so they are never confused with domain values.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from permoney_desktop.store.types import ExactDecimal, Flag, MinorUnits

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    opening_balance: Mapped[int] = mapped_column(MinorUnits, default=0)
    opening_date: Mapped[date | None] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Flag, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Bumped by every write that touches the account; a sync computed for an older version
    # is not the final word and is run again.
    data_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CategoryRow(Base):
    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="RESTRICT"))
    color: Mapped[str] = mapped_column(String(9), default="")


class MerchantRow(Base):
    __tablename__ = "merchants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class TransferRow(Base):
    """Links the two entries of a transfer; deleting it deletes both sides."""

    __tablename__ = "transfers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class EntryRow(Base):
    """One register line: a transaction, a valuation (balance anchor) or a transfer side.

    For a valuation, ``amount`` is the level (as the user sees it) in the account's currency.
    """

    __tablename__ = "entries"
    __table_args__ = (
        # Covers the materializer's per-day sums (amount, kind, currency) so a full rebuild
        # reads the index alone instead of a million random row lookups (5x faster at 1M).
        Index("ix_entries_account_date", "account_id", "date", "id", "amount", "kind", "currency"),
        Index("ix_entries_date", "date"),
        # Covers the dashboard's grouped flow sums (an index-only scan, 3x faster than the table).
        Index(
            "ix_entries_flows", "kind", "date", "category_id", "merchant_id", "currency", "amount"
        ),
        # Partial indexes: most rows have no external id, transfer, category or merchant, and
        # a row left out of an index costs nothing to insert (each index entry is ~5% of a
        # bulk insert). Every lookup on these columns compares them with a value, which
        # implies IS NOT NULL, so SQLite still uses these indexes (foreign-key actions too).
        # Unique: a bank's id names one entry per account, so two people importing the same
        # file at once can never both insert a row (the second's import sees a duplicate).
        Index(
            "ix_entries_account_external",
            "account_id",
            "external_id",
            unique=True,
            sqlite_where=text("external_id IS NOT NULL"),
            postgresql_where=text("external_id IS NOT NULL"),
        ),
        Index(
            "ix_entries_category_id", "category_id", sqlite_where=text("category_id IS NOT NULL")
        ),
        Index(
            "ix_entries_merchant_id", "merchant_id", sqlite_where=text("merchant_id IS NOT NULL")
        ),
        Index(
            "ix_entries_transfer_id", "transfer_id", sqlite_where=text("transfer_id IS NOT NULL")
        ),
        CheckConstraint("kind IN ('transaction', 'valuation', 'transfer')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))
    date: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(MinorUnits)
    currency: Mapped[str] = mapped_column(String(3))
    payee: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL")
    )
    merchant_id: Mapped[int | None] = mapped_column(ForeignKey("merchants.id", ondelete="SET NULL"))
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("transfers.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(200))
    # Comma-separated names of fields the user set by hand; rules never overwrite them.
    user_fields: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # 'uncleared', 'cleared' (the bank shows it) or 'reconciled' (checked against a finished
    # statement; locked). Written only by services.reconcile and imports; new rows take the
    # default, so the write paths that build full row tuples need not name it.
    status: Mapped[str] = mapped_column(String(10), server_default=text("'uncleared'"))
    # Raised by every journaled update of the row (``store.journal``): an edit saved against
    # an older version is refused instead of overwriting someone else's change. New rows
    # take the default, like ``status``.
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))


class EntryTagRow(Base):
    __tablename__ = "entry_tags"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ExchangeRateRow(Base):
    """Units of ``to_currency`` for one unit of ``from_currency`` on ``date``."""

    __tablename__ = "exchange_rates"
    __table_args__ = (UniqueConstraint("from_currency", "to_currency", "date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[date] = mapped_column(Date)
    from_currency: Mapped[str] = mapped_column(String(3))
    to_currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)


class BalanceRow(Base):
    """A materialized day of one account, in its currency; written only by the materializer.

    ``start``/``end``/``adjustment`` are levels as the user sees them (owed for liabilities);
    ``inflows`` and ``outflows`` are the day's positive and negative flows as positive numbers.
    """

    __tablename__ = "balances"
    __table_args__ = (
        UniqueConstraint("account_id", "date"),
        # Covers the dashboard's level reads (a year of days, weekly samples over the whole
        # history) so they never visit the table: half the read time of a metrics refresh.
        Index("ix_balances_levels", "account_id", "date", "end", "partial"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    start: Mapped[int] = mapped_column(MinorUnits)
    inflows: Mapped[int] = mapped_column(MinorUnits)
    outflows: Mapped[int] = mapped_column(MinorUnits)
    adjustment: Mapped[int] = mapped_column(MinorUnits)
    end: Mapped[int] = mapped_column(MinorUnits)
    # True when a flow that day (or before) needed an exchange rate that is missing.
    partial: Mapped[bool] = mapped_column(Flag, default=False)


class SyncRow(Base):
    """One materialization run (or request) for an account, or for the whole book."""

    __tablename__ = "syncs"
    __table_args__ = (
        Index("ix_syncs_status", "status"),
        Index("ix_syncs_account_created", "account_id", "created_at"),
        CheckConstraint("status IN ('pending', 'syncing', 'completed', 'failed')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="account")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    window_start: Mapped[date | None] = mapped_column(Date)
    data_version: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    # Which consumer recomputes the account now, and when it last said so (its lease):
    # see store.sync_queries.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)


class BudgetRow(Base):
    """A monthly budget for one expense category (``month`` is the first day of the month)."""

    __tablename__ = "budgets"
    __table_args__ = (UniqueConstraint("category_id", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"))
    month: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(MinorUnits)
    currency: Mapped[str] = mapped_column(String(3))


class GoalRow(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    target_amount: Mapped[int] = mapped_column(MinorUnits)
    currency: Mapped[str] = mapped_column(String(3))
    target_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # A sinking fund saves in a budget category (its envelope's available); without one the
    # goal is a balance target of its linked accounts (goal_accounts).
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"))


class GoalAccountRow(Base):
    __tablename__ = "goal_accounts"

    goal_id: Mapped[int] = mapped_column(
        ForeignKey("goals.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )


class SettingRow(Base):
    """Book-level settings as JSON text (base currency, book id, undo depth…)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UndoStepRow(Base):
    """One undoable write: its label and the row images needed to undo and redo it."""

    __tablename__ = "undo_steps"
    __table_args__ = (Index("ix_undo_steps_undone", "undone", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    undone: Mapped[bool] = mapped_column(Flag, default=False)
    # JSON: {"before": {...table: [rows]}, "after": {...}} — see services.undo.
    payload: Mapped[str] = mapped_column(Text)
    # Who made the change: the PostgreSQL role of a shared book, the profile name on a file
    # ('' for steps made before authors were kept: anyone may undo those).
    author: Mapped[str] = mapped_column(String(100), server_default=text("''"))


class RuleRow(Base):
    """An auto-categorization rule: every condition must match; actions fill fields.

    ``conditions`` is JSON: ``[{"field": "payee", "op": "contains", "value": "..."}, ...]``
    (see ``domain.rules``). Rules run in ``position`` order; the first that sets a field wins.
    """

    __tablename__ = "rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    enabled: Mapped[bool] = mapped_column(Flag, default=True)
    conditions: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL")
    )
    merchant: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[str] = mapped_column(String(500), default="")
    rename_payee: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ImportPresetRow(Base):
    """A saved CSV mapping and reading options, reused by name (JSON in ``settings``)."""

    __tablename__ = "import_presets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    format: Mapped[str] = mapped_column(String(10))
    settings: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ImportBatchRow(Base):
    """One completed import: which file, and how many rows it brought in or skipped."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(10))
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported: Mapped[int] = mapped_column(Integer)
    duplicates: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RejectedTransferPairRow(Base):
    """Two entries the user said are not a transfer; the matcher never proposes them again.

    ``entry_a_id`` is the smaller id of the pair.
    """

    __tablename__ = "rejected_transfer_pairs"

    entry_a_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    entry_b_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)


class EntrySplitRow(Base):
    """One line of a split entry: its lines sum exactly to the entry's amount (minor units of
    the entry's currency; see ``domain.splits``).

    A line has a category, or a transfer account: then ``counter_entry_id`` is the counterpart
    entry the same write keeps in that account (opposite amount, the entry's day). Neither is a
    foreign key: the write gate checks them (``services.split_checks``), so a deleted account or
    counterpart is refused or resolved with a clear message instead of a constraint error.
    """

    __tablename__ = "entry_splits"
    __table_args__ = (
        Index("ix_entry_splits_entry_id", "entry_id", "position"),
        Index(
            "ix_entry_splits_counter_entry_id",
            "counter_entry_id",
            sqlite_where=text("counter_entry_id IS NOT NULL"),
        ),
        Index(
            "ix_entry_splits_category_id",
            "category_id",
            sqlite_where=text("category_id IS NOT NULL"),
        ),
        Index("ix_entry_splits_date", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(MinorUnits)
    # Always the entry's currency (checked by the gate); kept here so the line's amount reads
    # and exports like every other money column, next to its currency.
    currency: Mapped[str] = mapped_column(String(3))
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL")
    )
    transfer_account_id: Mapped[int | None] = mapped_column(Integer)
    counter_entry_id: Mapped[int | None] = mapped_column(Integer)
    memo: Mapped[str] = mapped_column(String(300), default="")
    # Comma-separated tag names, as rules store theirs.
    tags: Mapped[str] = mapped_column(String(500), default="")
    # The entry's own day, merchant, category and sign, kept on its lines by the write gate
    # (services.split_checks) so the metrics' line flows read this table alone: joining every
    # line back to its entry cost half a flow scan of the whole book.
    date: Mapped[date] = mapped_column(Date)
    merchant_id: Mapped[int | None] = mapped_column(Integer)
    entry_category_id: Mapped[int | None] = mapped_column(Integer)
    entry_positive: Mapped[bool] = mapped_column(Flag)


class LoanRow(Base):
    """The terms of a loan account: what was borrowed, at which yearly rate (percent, exact
    text), over how many monthly payments from ``first_payment``; ``payment`` is the agreed
    monthly payment (the annuity when the lender gave none)."""

    __tablename__ = "loans"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    principal: Mapped[int] = mapped_column(MinorUnits)
    currency: Mapped[str] = mapped_column(String(3))  # the account's
    # Percent per year as exact decimal text ("4.5"); 0 is a valid rate, unlike a currency
    # rate's ExactDecimal, which the book import requires to be positive.
    annual_rate: Mapped[str] = mapped_column(String(40))
    term_months: Mapped[int] = mapped_column(Integer)
    payment: Mapped[int] = mapped_column(MinorUnits)
    first_payment: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The expense a payment's interest line goes to (scheduled payments need one; migration
    # 0010). Last, so the columns keep their order in a book upgraded in place.
    interest_category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL")
    )


class ScheduleRow(Base):
    """A scheduled transaction: a template entry plus its recurrence (``domain/recurrence.py``).

    ``amount`` is signed like an entry's for a transaction; for a transfer (``to_account_id``
    set) it is the positive amount leaving ``account_id``. ``tags`` are names, comma-separated,
    resolved when an occurrence is posted. ``mode``: 'post' (posted when due) or 'remind'.
    """

    __tablename__ = "schedules"
    __table_args__ = (
        CheckConstraint("mode IN ('post', 'remind')", name="mode"),
        CheckConstraint("frequency IN ('day', 'week', 'month', 'year')", name="frequency"),
        CheckConstraint("weekend IN ('none', 'before', 'after')", name="weekend"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    to_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    amount: Mapped[int] = mapped_column(MinorUnits)
    currency: Mapped[str] = mapped_column(String(3))
    payee: Mapped[str] = mapped_column(String(300), default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL")
    )
    tags: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(String(5))
    interval: Mapped[int] = mapped_column(Integer, default=1)
    day: Mapped[int | None] = mapped_column(Integer)
    weekday: Mapped[int | None] = mapped_column(Integer)
    nth: Mapped[int | None] = mapped_column(Integer)
    weekend: Mapped[str] = mapped_column(String(6), default="none")
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    count: Mapped[int | None] = mapped_column(Integer)
    # Occurrences due before this day are history from before the rule was last changed:
    # never pending, never posted (None: from ``start``).
    active_from: Mapped[date | None] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(6), default="post")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SchedulePostingRow(Base):
    """One handled occurrence of a schedule: posted (``entry_id``, until that entry is deleted)
    or skipped. The unique key is what makes posting exactly-once across processes and crashes:
    the entry and this row are written in the same transaction."""

    __tablename__ = "schedule_postings"
    __table_args__ = (
        UniqueConstraint("schedule_id", "occurrence"),
        CheckConstraint("status IN ('posted', 'skipped')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("schedules.id", ondelete="CASCADE"))
    occurrence: Mapped[date] = mapped_column(Date)  # the nominal date (before a weekend shift)
    status: Mapped[str] = mapped_column(String(7))
    entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ScheduleMarkRow(Base):
    """How far the catch-up has run for a schedule (due dates up to ``through`` were handled).

    Kept apart from ``schedules`` and outside the undo journal on purpose: undoing a catch-up
    removes its entries and postings but not this mark, so the undone occurrences show as
    overdue reminders instead of being posted again by the next run.
    """

    __tablename__ = "schedule_marks"

    schedule_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    through: Mapped[date] = mapped_column(Date)


class RecurringRejectionRow(Base):
    """A recurring-payment proposal the user rejected: never proposed again."""

    __tablename__ = "recurring_rejections"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    payee_key: Mapped[str] = mapped_column(String(300), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReconciliationRow(Base):
    """One statement reconciliation of an account: open (at most one per account) or finished.

    ``statement_balance`` is a level as the user sees it (owed, for liabilities).
    """

    __tablename__ = "reconciliations"
    __table_args__ = (
        Index("ix_reconciliations_account", "account_id", "id"),
        CheckConstraint("state IN ('open', 'finished', 'undone')", name="state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    statement_date: Mapped[date] = mapped_column(Date)
    statement_balance: Mapped[int] = mapped_column(MinorUnits)
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[str] = mapped_column(String(10), default="open")
    # The named adjustment entry a finish created, if the difference was not zero.
    adjustment_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id", ondelete="SET NULL"))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReconciledEntryRow(Base):
    """Which entries a finished reconciliation reconciled."""

    __tablename__ = "reconciled_entries"

    reconciliation_id: Mapped[int] = mapped_column(
        ForeignKey("reconciliations.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ReconciledEditRow(Base):
    """A forced change of a reconciled entry's amount, date or account (or its deletion): the
    account's reconciliation history keeps what changed, so a statement that no longer agrees
    can be explained. No foreign key to the entry: the record outlives a deleted entry."""

    __tablename__ = "reconciled_edits"
    __table_args__ = (Index("ix_reconciled_edits_account", "account_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(Integer)
    change: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SplitFlowDayRow(Base):
    """The metrics' split-line corrections, pre-summed per (day, category, merchant, currency):
    what turns the entry-level flow sums into line-level ones (``store.split_queries.
    correction_sql``). Derived data: the write gate recomputes the months a write's split lines
    touched (``services.split_flows``), so the metrics read this small table instead of every
    line. No foreign keys: rows of a deleted category or merchant go with the recompute."""

    __tablename__ = "split_flow_days"
    __table_args__ = (
        Index("ix_split_flow_days_date", "date"),
        Index("ix_split_flow_days_currency", "currency", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[date] = mapped_column(Date)
    category_id: Mapped[int | None] = mapped_column(Integer)
    merchant_id: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[int] = mapped_column(MinorUnits)
    inflow: Mapped[int] = mapped_column(MinorUnits)


class SplitFlowMonthRow(Base):
    """The same corrections summed per month (``date`` is the month's first day): the whole-book
    flow read takes base-currency flows per month."""

    __tablename__ = "split_flow_months"
    __table_args__ = (Index("ix_split_flow_months_date", "date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[date] = mapped_column(Date)
    category_id: Mapped[int | None] = mapped_column(Integer)
    merchant_id: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[int] = mapped_column(MinorUnits)
    inflow: Mapped[int] = mapped_column(MinorUnits)


class IdFloorRow(Base):
    """Per table, the highest id a deleted row had (``store.id_floors``): new ids start above
    it, so an undone row's id is never given to someone else's new row. Bookkeeping, not user
    data: outside the undo journal (an undo never lowers a floor)."""

    __tablename__ = "id_floors"

    table_name: Mapped[str] = mapped_column(String(100), primary_key=True)
    floor: Mapped[int] = mapped_column(Integer)
