"""The check at open (``integrity_open``): damage recorded and the book read-only; a cancelled
check records nothing; the newest backup offered is the newest one that verifies."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from permoney_desktop.services import backups, integrity
from permoney_desktop.services.integrity_open import (
    OpenChecker,
    backup_candidates,
    newest_verified_backup,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.read_only import LAST_CHECK_SETTING, READ_ONLY
from tests.ui.test_damaged_book_window import _filled, damage


def test_damage_is_recorded_and_refuses_writes(
    tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    path = _filled(tmp_path / "b.permoney", new_book)
    damage(path)
    with Ledger.open(path) as ledger:
        found = OpenChecker(ledger).run()
        assert found.damaged and not found.cancelled
        assert ledger.writes_refused == READ_ONLY
        last = integrity.last_check(ledger)
        assert last is not None and last.quick and not last.ok


def test_a_cancelled_check_records_nothing(
    tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    path = _filled(tmp_path / "b.permoney", new_book)
    damage(path)
    with Ledger.open(path) as ledger:
        checker = OpenChecker(ledger)
        checker.cancel()  # the window closed before the check got its turn
        found = checker.run()
        assert found.cancelled and not found.damaged
        assert ledger.setting(LAST_CHECK_SETTING) is None and ledger.writes_refused is None


def test_the_newest_backup_that_verifies_is_offered(
    tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    path = _filled(tmp_path / "b.permoney", new_book)  # one verified manual backup
    with Ledger.open(path) as ledger:
        (good,) = backup_candidates(ledger)
        newer = backups.backup(ledger, reason="auto")
        assert newer.ok
        damage(Path(newer.path))  # the newest one no longer verifies
        kept = ledger.paths.backups_dir / f"{path.stem}-29991231T000000000000Z-damaged.permoney"
        shutil.copyfile(good, kept)  # a damaged book's own copy is never offered
        assert backup_candidates(ledger)[0] == Path(newer.path)
        assert newest_verified_backup(ledger) == good
