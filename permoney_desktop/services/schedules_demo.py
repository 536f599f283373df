"""The demo household's schedules: rent, the payroll and the power bill, carrying on from the
day after the generated history (so they never repeat an entry the demo already holds)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

CHECKING = "Everyday Checking"


def _last_amount(entries: Sequence[Mapping[str, Any]], account_id: int, payee: str) -> int | None:
    for e in reversed(entries):
        if e["account_id"] == account_id and e["payee"] == payee:
            return int(e["amount"])
    return None


def schedule_rows(
    account_ids: Mapping[str, int],
    category_ids: Mapping[str, int],
    entries: Sequence[Mapping[str, Any]],
    end: date,
    now: datetime,
) -> list[dict[str, Any]]:
    """Rows of the ``schedules`` table (deterministic: the same history gives the same rows).

    ``entries`` are the demo's entry rows in date order; the payroll and power amounts are
    their latest ones.
    """
    checking = account_ids[CHECKING]
    start = end + timedelta(days=1)
    pay = _last_amount(entries, checking, "Acme Corp Payroll") or 2_500_00
    power = _last_amount(entries, checking, "City Power & Water") or -120_00
    plans = [
        ("Rent", -1_650_00, "Oakwood Apartments", "Rent", 1, "post", "none"),
        ("Payroll (15th)", pay, "Acme Corp Payroll", "Salary", 15, "post", "before"),
        ("Payroll (28th)", pay, "Acme Corp Payroll", "Salary", 28, "post", "before"),
        ("Power", power, "City Power & Water", "Utilities", 5, "remind", "after"),
    ]
    rows = []
    for sid, (name, amount, payee, category, day, mode, weekend) in enumerate(plans, 1):
        rows.append(
            {
                "id": sid,
                "name": name,
                "account_id": checking,
                "to_account_id": None,
                "amount": amount,
                "currency": "USD",
                "payee": payee,
                "category_id": category_ids.get(category),
                "tags": "",
                "notes": "",
                "frequency": "month",
                "interval": 1,
                "day": day,
                "weekday": None,
                "nth": None,
                "weekend": weekend,
                "start": start,
                "end": None,
                "count": None,
                "active_from": None,
                "mode": mode,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows
