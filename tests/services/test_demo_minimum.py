"""The demo's minimum number of entries is the one it reports, and that many are enough."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from permoney_desktop.services.demo import DemoError, fill_demo
from permoney_desktop.services.ledger import Ledger

END = date(2024, 6, 30)


def test_too_few_entries_reports_the_minimum_it_checks(
    tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    with (
        Ledger.open(new_book(tmp_path / "a.permoney")) as ledger,
        pytest.raises(DemoError) as caught,
    ):
        fill_demo(ledger, transactions=200, years=1, seed=1, end=END)
    message = str(caught.value)
    found = re.search(r"need (\d+) entries, 200 asked for: ask for at least (\d+)", message)
    assert found is not None, message
    assert found.group(1) == found.group(2)
    assert message.startswith("1 year of")
    needed = int(found.group(1))
    assert needed > 200
    with Ledger.open(new_book(tmp_path / "b.permoney")) as ledger:
        fill_demo(ledger, transactions=needed, years=1, seed=1, end=END)  # enough, as it said
    with Ledger.open(new_book(tmp_path / "c.permoney")) as ledger, pytest.raises(DemoError):
        fill_demo(ledger, transactions=needed - 1, years=1, seed=1, end=END)
