"""``--force`` for the reconciled lock's split and opening-balance paths: ``tx delete`` and
``tx split`` of a split whose transfer line is reconciled, ``tx edit --date`` of that split, and
``accounts edit --opening-balance`` under reconciled statements; each refusal exits 2 naming the
option, and a forced change shows in ``reconcile list``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli


def _reconciled_split(cli: Cli, book: Path) -> tuple[str, int]:
    cli(book, "accounts", "add", "Savings", "--type", "savings", "--currency", "USD")
    cli(book, "categories", "add", "Food", "--kind", "expense")
    entry = cli(
        book, "tx", "add", "--account", "Cash", "--date", "2026-01-05", "--amount", "-50",
        "--split", "Food=-30", "--split", "[Savings]=-20",
    )  # fmt: skip
    listed = json.loads(cli(book, "tx", "list", "--account", "Savings", "--format", "json"))
    (counter,) = [r["id"] for r in listed]
    cli(book, "reconcile", "start", "--account", "Savings", "--date", "2026-01-31",
        "--balance", "20")  # fmt: skip
    cli(book, "reconcile", "clear", str(counter))
    cli(book, "reconcile", "finish")
    return entry, int(counter)


def test_split_paths_need_force_and_are_listed(cli: Cli, book: Path) -> None:
    entry, counter = _reconciled_split(cli, book)
    err = cli(book, "tx", "split", entry, "--split", "Food=-25", "--split", "[Savings]=-25",
              code=2)  # fmt: skip
    assert "--force" in err and f"entry {counter}" in err and "Traceback" not in err
    err = cli(book, "tx", "edit", entry, "--date", "2026-01-06", code=2)
    assert "--force" in err
    err = cli(book, "tx", "delete", entry, code=2)
    assert "--force" in err
    # Re-splitting only the category lines keeps the reconciled line: no --force.
    cli(book, "categories", "add", "Home", "--kind", "expense")
    cli(book, "tx", "split", entry, "--split", "Food=-10", "--split", "Home=-20",
        "--split", "[Savings]=-20")  # fmt: skip
    cli(book, "tx", "edit", entry, "--date", "2026-01-06", "--force")
    history = cli(book, "reconcile", "list", "--account", "Savings")
    assert f"entry {counter}: date 2026-01-05 → 2026-01-06" in history
    cli(book, "tx", "delete", entry, "--force")
    history = cli(book, "reconcile", "list", "--account", "Savings")
    assert f"entry {counter}: deleted" in history


def test_opening_balance_under_a_reconciled_statement_needs_force(cli: Cli, book: Path) -> None:
    entry = cli(book, "tx", "add", "--account", "Cash", "--date", "2026-01-05", "--amount", "-5")
    cli(book, "reconcile", "start", "--account", "Cash", "--date", "2026-01-31",
        "--balance", "-5")  # fmt: skip
    cli(book, "reconcile", "clear", entry)
    cli(book, "reconcile", "finish")
    err = cli(book, "accounts", "edit", "Cash", "--opening-balance", "10", code=2)
    assert "--force" in err and "opening balance" in err
    cli(book, "accounts", "edit", "Cash", "--opening-balance", "10", "--force")
    assert "account: opening balance" in cli(book, "reconcile", "list", "--account", "Cash")
