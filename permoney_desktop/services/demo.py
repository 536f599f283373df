"""Demo data: a realistic, seeded household book, written with Core bulk inserts."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import CategoryKind, EntryKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.messages import Message
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedules_demo import schedule_rows
from permoney_desktop.store import demo_writes


class DemoError(RuntimeError):
    """The book is not empty, or the requested size is impossible."""


# name, kind, currency, opening level (minor units, owed for liabilities)
ACCOUNTS: list[tuple[str, AccountKind, str, int]] = [
    ("Everyday Checking", AccountKind.CHECKING, "USD", 2_500_00),
    ("High-Yield Savings", AccountKind.SAVINGS, "USD", 8_000_00),
    ("Wallet", AccountKind.CASH, "USD", 150_00),
    ("Visa Card", AccountKind.CREDIT_CARD, "USD", 0),
    ("Car Loan", AccountKind.LOAN, "USD", 18_000_00),
    ("Euro Account", AccountKind.CHECKING, "EUR", 1_200_00),
    ("Brokerage", AccountKind.INVESTMENT, "USD", 5_000_00),
]

INCOME: dict[str, list[str]] = {"Salary": [], "Interest": [], "Other income": []}
EXPENSES: dict[str, list[str]] = {
    "Housing": ["Rent", "Utilities", "Internet"],
    "Food": ["Groceries", "Restaurants", "Coffee"],
    "Transport": ["Fuel", "Public transit", "Car maintenance"],
    "Shopping": ["Clothing", "Electronics", "Home"],
    "Health": ["Pharmacy", "Doctor"],
    "Entertainment": ["Streaming", "Cinema", "Books"],
    "Travel": [],
    "Fees": [],
}

# child category -> (merchants, min, max amount in cents, weight, accounts it is paid from)
SPENDING: dict[str, tuple[list[str], int, int, int, tuple[str, ...]]] = {
    "Groceries": (
        ["FreshMart", "Green Grocer", "Costwise", "Corner Market"],
        8_00,
        160_00,
        30,
        ("Visa Card", "Everyday Checking", "Wallet"),
    ),
    "Restaurants": (
        ["Luigi's", "Pho Saigon", "The Burger Joint", "Sushi Go"],
        12_00,
        95_00,
        14,
        ("Visa Card", "Wallet"),
    ),
    "Coffee": (
        ["Bean There", "Daily Grind", "Cafe Aroma"],
        2_50,
        7_50,
        18,
        ("Wallet", "Visa Card"),
    ),
    "Fuel": (["Shell", "Chevron", "Gas & Go"], 25_00, 75_00, 8, ("Visa Card",)),
    "Public transit": (["City Metro"], 2_75, 40_00, 6, ("Wallet", "Everyday Checking")),
    "Car maintenance": (["QuickLube", "Tire Town"], 40_00, 600_00, 1, ("Visa Card",)),
    "Clothing": (["Threads", "Urban Outfit", "ShoeBox"], 15_00, 180_00, 4, ("Visa Card",)),
    "Electronics": (["TechHub", "ByteShop"], 20_00, 900_00, 2, ("Visa Card",)),
    "Home": (["HomeGoods", "Hardware Co"], 10_00, 250_00, 4, ("Visa Card", "Everyday Checking")),
    "Pharmacy": (["CarePharm", "MediPlus"], 5_00, 60_00, 3, ("Visa Card", "Wallet")),
    "Doctor": (["City Clinic"], 30_00, 250_00, 1, ("Everyday Checking",)),
    "Streaming": (["StreamFlix", "Tunely"], 9_99, 17_99, 2, ("Visa Card",)),
    "Cinema": (["Grand Cinema"], 11_00, 40_00, 2, ("Visa Card", "Wallet")),
    "Books": (["Page Turner"], 8_00, 45_00, 2, ("Visa Card",)),
    "Travel": (["SkyAir", "Hotel Central", "RailEuro"], 60_00, 900_00, 1, ("Visa Card",)),
}
EURO_SPENDING = [
    ("Groceries", "Marché Frais"),
    ("Restaurants", "Brasserie du Coin"),
    ("Coffee", "Café Lumière"),
    ("Public transit", "RATP"),
]
TAGS = ["vacation", "business", "reimbursable", "gift"]


@dataclass
class _Builder:
    rng: random.Random
    start: date
    end: date
    account_ids: dict[str, int]
    currencies: dict[str, str]
    category_ids: dict[str, int]
    merchant_ids: dict[str, int]
    tag_ids: dict[str, int]
    now: datetime
    entries: list[dict[str, Any]] = field(default_factory=list)
    transfers: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)

    def entry(
        self,
        account: str,
        day: date,
        amount: int,
        kind: EntryKind = EntryKind.TRANSACTION,
        payee: str = "",
        category: str | None = None,
        transfer_id: int | None = None,
        notes: str = "",
    ) -> int:
        entry_id = len(self.entries) + 1
        self.entries.append(
            {
                "id": entry_id,
                "account_id": self.account_ids[account],
                "kind": kind.value,
                "date": day,
                "amount": amount,
                "currency": self.currencies[account],
                "payee": payee,
                "notes": notes,
                "category_id": self.category_ids[category] if category else None,
                "merchant_id": self.merchant_ids.get(payee),
                "transfer_id": transfer_id,
                "external_id": None,
                "user_fields": "",
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        return entry_id

    def transfer(self, src: str, dest: str, day: date, amount: int, payee: str) -> None:
        transfer_id = len(self.transfers) + 1
        self.transfers.append({"id": transfer_id, "created_at": self.now})
        self.entry(src, day, -amount, EntryKind.TRANSFER, payee, transfer_id=transfer_id)
        self.entry(dest, day, amount, EntryKind.TRANSFER, payee, transfer_id=transfer_id)


def _months(start: date, end: date) -> Iterator[date]:
    day = start.replace(day=1)
    while day <= end:
        yield day
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _recurring(b: _Builder) -> None:
    """Fixed monthly life: rent, bills, loan payments, savings, interest, valuations."""
    rng = b.rng
    loan_owed = 18_000_00
    brokerage = 5_000_00
    for month in _months(b.start, b.end):

        def on(day: int, month: date = month) -> date | None:
            d = month.replace(day=min(day, 28))
            return d if b.start <= d <= b.end else None

        if d := on(1):
            b.entry("Everyday Checking", d, -1_650_00, payee="Oakwood Apartments", category="Rent")
        if d := on(5):
            b.entry(
                "Everyday Checking",
                d,
                -rng.randrange(60_00, 190_00),
                payee="City Power & Water",
                category="Utilities",
            )
        if d := on(7):
            b.entry("Everyday Checking", d, -59_99, payee="FiberNet", category="Internet")
        if (d := on(10)) and loan_owed > 0:
            pay = min(420_00, loan_owed)
            b.transfer("Everyday Checking", "Car Loan", d, pay, "Car loan payment")
            loan_owed -= pay
        if d := on(16):
            b.transfer("Everyday Checking", "High-Yield Savings", d, 500_00, "Monthly savings")
        if d := on(27):
            b.entry(
                "High-Yield Savings",
                d,
                rng.randrange(5_00, 40_00),
                payee="Savings interest",
                category="Interest",
            )
        if d := on(28):
            brokerage = brokerage + 300_00 + rng.randrange(-250_00, 400_00)
            b.entry(
                "Brokerage",
                d,
                brokerage,
                EntryKind.VALUATION,
                "Statement value",
                notes="Monthly statement",
            )


def _purchases(b: _Builder, count: int) -> None:
    rng = b.rng
    cats = list(SPENDING)
    weights = [SPENDING[c][3] for c in cats]
    span = (b.end - b.start).days + 1
    for _ in range(count):
        day = b.start + timedelta(days=rng.randrange(span))
        if rng.random() < 0.05:
            cat, merchant = EURO_SPENDING[rng.randrange(len(EURO_SPENDING))]
            b.entry("Euro Account", day, -rng.randrange(3_00, 80_00), payee=merchant, category=cat)
            continue
        cat = rng.choices(cats, weights)[0]
        merchants, low, high, _w, accounts = SPENDING[cat]
        merchant = merchants[rng.randrange(len(merchants))]
        account = accounts[rng.randrange(len(accounts))]
        amount = rng.randrange(low, high + 1)
        refund = rng.random() < 0.02 and account == "Visa Card"
        entry_id = b.entry(
            account,
            day,
            amount if refund else -amount,
            payee=merchant,
            category=cat,
            notes="Refund" if refund else "",
        )
        if rng.random() < 0.04:
            b.tags.append({"entry_id": entry_id, "tag_id": b.tag_ids[rng.choice(TAGS)]})


def _card_payments(b: _Builder) -> None:
    """On the 20th, pay off what the card's purchases and refunds came to the month before."""
    spent = _spent_by_month(b, "Visa Card")
    for month in sorted(spent):
        pay_day = (month.replace(day=28) + timedelta(days=4)).replace(day=20)
        if spent[month] > 0 and pay_day <= b.end:
            b.transfer("Everyday Checking", "Visa Card", pay_day, spent[month], "Visa card payment")


def _month_of(day: date) -> date:
    return day.replace(day=1)


def _spent_by_month(b: _Builder, account: str) -> dict[date, int]:
    """Net outflow of an account's own transactions per month (positive = money out)."""
    acc = b.account_ids[account]
    out: dict[date, int] = {}
    for e in b.entries:
        if e["account_id"] == acc and e["kind"] == EntryKind.TRANSACTION.value:
            month = _month_of(e["date"])
            out[month] = out.get(month, 0) - e["amount"]
    return out


def _cash_and_euro_income(b: _Builder) -> None:
    """Withdraw each month's cash on the 1st; the euro freelance pay covers euro spending."""
    cash = _spent_by_month(b, "Wallet")
    euro = _spent_by_month(b, "Euro Account")
    for month in _months(b.start, b.end):
        first = max(month, b.start)
        need = cash.get(month, 0)
        if need > 0:
            withdraw = -(-need // 20_00) * 20_00  # ATMs hand out twenties
            b.transfer("Everyday Checking", "Wallet", first, withdraw, "ATM withdrawal")
        pay_day = month.replace(day=3)
        if b.start <= pay_day <= b.end:
            pay = max(350_00, euro.get(month, 0) * 5 // 4)
            b.entry("Euro Account", pay_day, pay, payee="Freelance client", category="Other income")


def _salaries(b: _Builder) -> None:
    """Payroll on the 15th and 28th, set each year to cover that year's outgoings plus ~12%.

    A household's income and spending move together; sizing pay from the generated spending
    keeps every demo size believable (no runaway overdrafts at 1M entries).
    """
    checking = b.account_ids["Everyday Checking"]
    outflow: dict[int, int] = {}
    months: dict[int, int] = {}
    for month in _months(b.start, b.end):
        months[month.year] = months.get(month.year, 0) + 1
    for e in b.entries:
        if e["account_id"] == checking and e["amount"] < 0:
            outflow[e["date"].year] = outflow.get(e["date"].year, 0) - e["amount"]
    for month in _months(b.start, b.end):
        per_month = outflow.get(month.year, 0) // max(months[month.year], 1)
        paycheck = max(1_500_00, per_month * 112 // 200) // 100 * 100
        for day in (15, 28):
            d = month.replace(day=day)
            if b.start <= d <= b.end:
                b.entry(
                    "Everyday Checking",
                    d,
                    paycheck + b.rng.randrange(0, 40_00),
                    payee="Acme Corp Payroll",
                    category="Salary",
                )


def _sweep_to_savings(b: _Builder, opening: int) -> None:
    """On the 27th, move what the checking account holds above a $4,000 buffer to savings."""
    checking = b.account_ids["Everyday Checking"]
    flows = sorted((e["date"], e["amount"]) for e in b.entries if e["account_id"] == checking)
    balance, i = opening, 0
    for month in _months(b.start, b.end):
        sweep_day = month.replace(day=27)
        if not b.start <= sweep_day <= b.end:
            continue
        while i < len(flows) and flows[i][0] <= sweep_day:
            balance += flows[i][1]
            i += 1
        excess = (balance - 4_000_00) // 100_00 * 100_00
        if excess > 0:
            b.transfer(
                "Everyday Checking", "High-Yield Savings", sweep_day, excess, "Savings sweep"
            )
            balance -= excess


def _rates(start: date, end: date, rng: random.Random) -> list[dict[str, Any]]:
    """Weekly EUR→USD rates: a gentle random walk, exact decimals."""
    rows = []
    rate = Decimal("1.0850")
    day = start - timedelta(days=start.weekday())
    while day <= end:
        rows.append({"date": day, "from_currency": "EUR", "to_currency": "USD", "rate": rate})
        step = Decimal(rng.randrange(-80, 81)) / Decimal(10000)
        rate = min(max(rate + step, Decimal("0.9500")), Decimal("1.2500"))
        day += timedelta(days=7)
    return rows


def fill_demo(
    ledger: Ledger,
    *,
    transactions: int = 5000,
    years: int = 3,
    seed: int = 1,
    end: date | None = None,
) -> Changes:
    """Fill an empty book with about ``transactions`` entries over ``years`` years up to ``end``.

    The same seed and end date always give the same book. Refuses a book that has accounts.
    """
    if transactions < 1 or years < 1:
        raise DemoError(Message("--transactions and --years must be at least 1"))
    end = end or date.today()
    start = end.replace(year=end.year - years) + timedelta(days=1)
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        if demo_writes.has_accounts(conn):
            raise DemoError(
                Message("demo data goes into an empty book; this one already has accounts")
            )
        demo_writes.insert_rows(
            conn,
            "accounts",
            [
                {
                    "id": i,
                    "name": name,
                    "kind": kind.value,
                    "currency": cur,
                    "opening_balance": bal,
                    "opening_date": start,
                    "archived": False,
                    "notes": "",
                    "sort_order": i,
                    "data_version": 1,
                    "created_at": now,
                }
                for i, (name, kind, cur, bal) in enumerate(ACCOUNTS, 1)
            ],
        )
        cat_rows: list[dict[str, Any]] = []
        for kind, tree in ((CategoryKind.INCOME, INCOME), (CategoryKind.EXPENSE, EXPENSES)):
            for parent, children in tree.items():
                parent_id = len(cat_rows) + 1
                cat_rows.append(
                    {
                        "id": parent_id,
                        "name": parent,
                        "kind": kind.value,
                        "parent_id": None,
                        "color": "",
                    }
                )
                cat_rows += [
                    {
                        "id": len(cat_rows) + 1 + j,
                        "name": child,
                        "kind": kind.value,
                        "parent_id": parent_id,
                        "color": "",
                    }
                    for j, child in enumerate(children)
                ]
        demo_writes.insert_rows(conn, "categories", cat_rows)
        merchants = sorted(
            {m for v in SPENDING.values() for m in v[0]} | {m for _c, m in EURO_SPENDING}
        )
        demo_writes.insert_rows(
            conn, "merchants", [{"id": i, "name": m} for i, m in enumerate(merchants, 1)]
        )
        demo_writes.insert_rows(conn, "tags", [{"id": i, "name": t} for i, t in enumerate(TAGS, 1)])
        b = _Builder(
            rng,
            start,
            end,
            account_ids={name: i for i, (name, *_r) in enumerate(ACCOUNTS, 1)},
            currencies={name: cur for name, _k, cur, _b in ACCOUNTS},
            category_ids={r["name"]: r["id"] for r in cat_rows},
            merchant_ids={m: i for i, m in enumerate(merchants, 1)},
            tag_ids={t: i for i, t in enumerate(TAGS, 1)},
            now=now,
        )
        _recurring(b)
        # Reserved per month: card payment (2 entries), ATM withdrawal (2), euro pay (1),
        # two paychecks (2), savings sweep (2).
        reserved = 9 * len(list(_months(start, end)))
        needed = len(b.entries) + reserved
        if needed > transactions:
            span = "1 year" if years == 1 else f"{years} years"
            raise DemoError(
                Message(
                    "{span} of bills, pay and monthly transfers need {needed} entries, "
                    "{transactions} asked for: ask for at least {needed}, or fewer years",
                    span=span,
                    needed=needed,
                    transactions=transactions,
                )
            )
        _purchases(b, transactions - len(b.entries) - reserved)
        _card_payments(b)
        _cash_and_euro_income(b)
        _salaries(b)
        _sweep_to_savings(b, ACCOUNTS[0][3])
        b.entries.sort(key=lambda e: (e["date"], e["id"]))
        if b.transfers:
            demo_writes.insert_rows(conn, "transfers", b.transfers)
        demo_writes.widen_page_cache(conn)
        demo_writes.bulk_insert(conn, "entries", b.entries)
        if b.tags:
            demo_writes.insert_rows(conn, "entry_tags", b.tags)
        demo_writes.insert_rows(conn, "exchange_rates", _rates(start, end, rng))
        _budgets(conn, b, cat_rows, str(ledger.base_currency))
        demo_writes.insert_rows(
            conn, "schedules", schedule_rows(b.account_ids, b.category_ids, b.entries, end, now)
        )
        demo_writes.insert_rows(
            conn,
            "syncs",
            [
                {
                    "account_id": i,
                    "kind": "account",
                    "status": "pending",
                    "window_start": start,
                    "data_version": 1,
                    "created_at": now,
                    "attempts": 0,
                }
                for i in b.account_ids.values()
            ],
        )
        demo_writes.set_data_versions(conn, 1)
    dirty = {AccountId(i): start for i in b.account_ids.values()}
    kinds = frozenset(
        {
            ChangeKind.ACCOUNTS,
            ChangeKind.ENTRIES,
            ChangeKind.CATEGORIES,
            ChangeKind.TAGS,
            ChangeKind.MERCHANTS,
            ChangeKind.RATES,
            ChangeKind.BUDGETS,
            ChangeKind.GOALS,
            ChangeKind.SCHEDULES,
        }
    )
    return Changes(kinds, dirty, {a: 1 for a in dirty}, label="Demo data")


def _budgets(conn: Any, b: _Builder, cat_rows: list[dict[str, Any]], base: str) -> None:
    """The household's budgets, goals and overspending choice (``services.demo_budgets``)."""
    from permoney_desktop.services import demo_budgets as db

    # Its own seeded generator: the entries above stay what they were before budgets existed.
    rng = random.Random(b.rng.random())
    demo_writes.insert_rows(
        conn, "budgets", db.budget_rows(b.entries, cat_rows, b.start, b.end, base, rng)
    )
    goals, links = db.goal_rows(b.category_ids, b.account_ids, b.end, base, b.now)
    demo_writes.insert_rows(conn, "goals", goals)
    demo_writes.insert_rows(conn, "goal_accounts", links)
    demo_writes.insert_rows(conn, "settings", db.setting_rows(b.category_ids))
