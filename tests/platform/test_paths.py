"""Storage isolation: each book has its own queue and cache; folders are owner-only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from permoney_desktop.platform.paths import default_book_path, paths_for
from permoney_desktop.services.ledger import Ledger


def test_two_books_never_share_derived_stores(tmp_path: Path) -> None:
    a = paths_for(tmp_path / "a" / "book.permoney")
    b = paths_for(tmp_path / "b" / "book.permoney")
    assert a.queue != b.queue and a.cache_dir != b.cache_dir and a.backups_dir != b.backups_dir
    assert a.queue.parent != a.book.parent or a.queue.name != a.book.name
    assert a.cache_dir != a.queue.parent


def test_env_selects_the_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERMONEY_BOOK", str(tmp_path / "env.permoney"))
    assert default_book_path() == tmp_path / "env.permoney"
    assert paths_for().book == tmp_path / "env.permoney"


def test_default_book_lives_under_permoney_home(permoney_home: Path) -> None:
    assert default_book_path().is_relative_to(permoney_home)
    p = paths_for()
    assert p.queue.is_relative_to(permoney_home) and p.cache_dir.is_relative_to(permoney_home)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_created_folders_are_owner_only(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "x" / "b.permoney", create=True) as ledger:
        for folder in (
            ledger.paths.book.parent,
            ledger.paths.queue.parent,
            ledger.paths.cache_dir,
            ledger.paths.backups_dir,
        ):
            assert folder.is_dir()
            assert folder.stat().st_mode & 0o777 == 0o700, folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "shared"  # like /tmp or a user's Documents: theirs, not ours
    shared.mkdir()
    shared.chmod(0o1777)
    with Ledger.open(shared / "b.permoney", create=True) as ledger:
        assert ledger.paths.book.exists()
    assert shared.stat().st_mode & 0o7777 == 0o1777
