"""An account's stored daily levels as one text (``date,end,partial;…``): what a sync wrote,
and what a window compares its provisional rows with when the sync is confirmed.

Plain Python with no book access, so the window imports it before the write path (which
``materialize.confirmed_levels`` reads through) is loaded.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


def levels_text(days: Iterable[tuple[date, int, bool]]) -> str:
    """``confirmed_levels``' text for ``(day, end, partial)`` rows held in memory."""
    return ";".join(f"{d.isoformat()},{e},{1 if p else 0}" for d, e, p in days)


@dataclass(frozen=True, slots=True)
class Levels:
    """An account's stored levels as ``confirmed_levels``' text, from ``start`` on (None: all
    of them), known off the GUI thread (the sync that wrote them, a listener's read)."""

    start: date | None
    text: str

    def since(self, day: date | None) -> str | None:
        """``confirmed_levels(…, day)``, or None when this text does not reach back to ``day``."""
        if self.start is not None and (day is None or day < self.start):
            return None
        if day is None or not self.text:
            return self.text
        parts = self.text.split(";")
        # ISO dates at the start of each part sort as text: the first part on or after ``day``.
        at = bisect_left(parts, day.isoformat(), key=lambda part: part[:10])
        return ";".join(parts[at:])
