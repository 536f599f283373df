"""A window started on a shared book that cannot be opened says why in a message box too (a
desktop start has no terminal); a book file, or an offscreen run, only prints the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from permoney_desktop import app
from permoney_desktop.store.book import BookError


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.text()) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # as on a desktop (the box itself is stubbed)
    return seen


def test_a_shared_book_that_cannot_be_opened_is_said_in_a_window(shown: list[str]) -> None:
    error = BookError("cannot reach the server of the shared book postgresql://a@nas/db")
    app._say_in_a_window("postgresql://a@nas/db", error)
    assert shown == ["Cannot reach the server of the shared book postgresql://a@nas/db."]


def test_a_book_file_only_prints(shown: list[str], tmp_path: Path) -> None:
    app._say_in_a_window(tmp_path / "b.permoney", BookError("not a book"))
    assert shown == []


def test_offscreen_only_prints(shown: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    app._say_in_a_window("postgresql://a@nas/db", BookError("down"))
    assert shown == []
