"""A book the window's check at open found damaged: every later write command says so in one
line on stderr (exit 2) and writes nothing; reading commands still work and stay quiet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.services.integrity_open import OpenChecker
from permoney_desktop.services.ledger import Ledger
from tests.ui.test_damaged_book_window import _filled, damage


def test_write_commands_say_it_once_and_reads_work(
    tmp_path: Path, new_book: Callable[[Path], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = _filled(tmp_path / "household.permoney", new_book)
    damage(path)
    with Ledger.open(path) as ledger:
        assert OpenChecker(ledger).run().damaged  # what the window runs when it opens
    csv = tmp_path / "a.csv"
    csv.write_text("date,amount,payee\n2025-12-30,-1.00,Shop\n")
    writes = [
        ("tx", "add", "--account", "Wallet", "--date", "2025-12-30", "--amount", "-1"),
        ("import", str(csv), "--account", "Wallet"),
        ("accounts", "add", "Spare", "--type", "cash", "--currency", "USD"),
    ]
    for args in writes:
        capsys.readouterr()
        assert main(["--book", str(path), *args]) == 2, args
        out, err = capsys.readouterr()
        lines = err.strip().splitlines()
        assert len(lines) == 1, (args, err)
        assert "damaged" in lines[0] and "read-only" in lines[0] and "restore" in lines[0]
        assert "Traceback" not in err and out == ""
    capsys.readouterr()
    assert main(["--book", str(path), "accounts", "list"]) == 0
    out, err = capsys.readouterr()
    assert "Wallet" in out and err == ""
