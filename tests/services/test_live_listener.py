"""A shared book's listener thread may be stopped from its own callback (the window it
reported to is gone): it ends cleanly instead of failing to join itself."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from permoney_desktop.services import live
from tests.servers import services


def test_a_listener_stopped_from_its_own_callback_ends_without_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    errors: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    port = services().free_port()  # nothing listens there: the connection is refused at once
    reasons: list[str] = []

    def lost(reason: str) -> None:
        reasons.append(reason)
        listener.stop(timeout=0)

    listener = live.Listener(f"postgresql://nobody@127.0.0.1:{port}/book", "me", print, lost)
    listener.start()
    thread: Any = listener._thread
    thread.join(30)
    assert not thread.is_alive()
    assert len(reasons) == 1
    assert errors == []
