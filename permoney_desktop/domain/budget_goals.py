"""Goals: a target amount by a date, saved in a budget category (sinking fund) or in accounts
(balance target); progress and the monthly amount still needed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize


def months_left(today: date, target: date) -> int:
    """Months to save in, this one included (at least one: a goal due this month or past
    needs everything now)."""
    return max(1, (target.year - today.year) * 12 + target.month - today.month + 1)


def monthly_needed(target: int, current: int, target_date: date | None, today: date) -> int | None:
    """What must still go in each month to reach ``target`` by ``target_date`` (rounded up to a
    whole minor unit); None without a date."""
    if target_date is None:
        return None
    remaining = max(target - current, 0)
    months = months_left(today, target_date)
    return -(-remaining // months)


@dataclass(frozen=True)
class GoalStatus:
    id: int
    name: str
    currency: str
    target: int
    current: int
    target_date: date | None
    category_id: int | None
    account_ids: tuple[int, ...]
    needed_per_month: int | None
    partial: bool = False

    @property
    def progress(self) -> Decimal:
        """Saved / target as a fraction with 4 places (0 to 1, more when exceeded)."""
        if self.target <= 0:
            return Decimal(1)
        ratio = MONEY_CONTEXT.divide(Decimal(max(self.current, 0)), Decimal(self.target))
        return quantize(ratio, 4)

    @property
    def remaining(self) -> int:
        return max(self.target - self.current, 0)

    @property
    def reached(self) -> bool:
        return self.current >= self.target
