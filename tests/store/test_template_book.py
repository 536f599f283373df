"""The tests' template book: each copy is a whole, separate book at the schema head."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import migrate


def test_each_copy_of_the_template_is_its_own_book_at_the_head(
    new_book: Callable[[Path], Path], migrated_template: Path, tmp_path: Path
) -> None:
    first, second = new_book(tmp_path / "a.permoney"), new_book(tmp_path / "b.permoney")
    assert migrate.current_revision(first) == migrate.head_revision()
    with Ledger.open(first) as a, Ledger.open(second) as b:
        assert a.book_id != b.book_id  # ids are made when a copy is first opened
        accounts.create_account(a, "Checking", "checking", "USD")
        assert [x.name for x in accounts.list_accounts(a)] == ["Checking"]
        assert accounts.list_accounts(b) == []
    # Nothing reached the template: the next copy starts empty again.
    with Ledger.open(new_book(tmp_path / "c.permoney")) as c:
        assert accounts.list_accounts(c) == []
    assert not Path(f"{migrated_template}-wal").exists()
