"""Live updates of a shared book: what a commit tells every other open window, and the
listener thread that hears it.

The write gate sends one notice per committed write (``write_notice``), the materializer one
per finished sync (``synced_notice``), both in their own transaction (``store.notify``). A
notice holds only ids, data versions, dates and kinds of change — never money or text — and
the origin (one random token per open ledger), so a window skips its own writes, which it
applied already. ``Listener`` runs on a thread of its own, decodes each notice into a
``Notice`` and hands it to a callback (the GUI marshals it to its thread); when the connection
is lost it reconnects with a growing pause and reports ``reconnected`` so the window reads
everything afresh (notices sent meanwhile are gone).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.store import notify

log = logging.getLogger(__name__)

POLL_S = 0.5  # how often the thread looks at its stop flag
CHECK_EVERY = 10  # polls between round trips that find a quietly dead connection
FIRST_PAUSE_S = 0.5
MAX_PAUSE_S = 10.0


@dataclass(frozen=True, slots=True)
class Notice:
    """One decoded notice. ``changes``: another client's write (its kinds, per account the
    earliest dirty day and the data version after it); ``synced``: accounts whose stored
    balances a worker (anywhere) confirmed at a version; ``everything``: read all afresh."""

    origin: str
    changes: Changes = field(default_factory=Changes)
    synced: tuple[tuple[AccountId, int], ...] = ()
    everything: bool = False
    # Per synced account, the first day the sync may have rewritten (None: every day); an
    # account missing here (a notice from an older version) is read from the window's own day.
    synced_from: tuple[tuple[AccountId, date | None], ...] = ()


def write_notice(origin: str, changes: Changes) -> str:
    """The notice of a committed write (small: no money, no text)."""
    text = json.dumps(
        {
            "o": origin,
            "k": sorted(k.value for k in changes.kinds),
            "d": {str(a): d.isoformat() for a, d in changes.dirty_from.items()},
            "v": {str(a): v for a, v in changes.versions.items()},
        },
        separators=(",", ":"),
    )
    if len(text) > notify.MAX_PAYLOAD:  # a write across hundreds of accounts
        return json.dumps({"o": origin, "all": 1}, separators=(",", ":"))
    return text


def synced_notice(origin: str, account_id: int, version: int, window: date | None) -> str:
    """The notice of a finished sync: the version its stored rows reflect, and the first day
    it may have rewritten (null: every day), from which a window reads them to compare."""
    return json.dumps(
        {
            "o": origin,
            "s": {str(account_id): version},
            "w": {str(account_id): None if window is None else window.isoformat()},
        },
        separators=(",", ":"),
    )


def decode(payload: str) -> Notice | None:
    """The notice, or None for one this version does not understand (ignored)."""
    try:
        raw = json.loads(payload)
        origin = str(raw["o"])
        if raw.get("all"):
            return Notice(origin, everything=True)
        if "s" in raw:
            synced = tuple((AccountId(int(a)), int(v)) for a, v in raw["s"].items())
            windows = tuple(
                (AccountId(int(a)), None if w is None else date.fromisoformat(w))
                for a, w in raw.get("w", {}).items()
            )
            return Notice(origin, synced=synced, synced_from=windows)
        kinds = frozenset(ChangeKind(k) for k in raw["k"])
        dirty = {AccountId(int(a)): date.fromisoformat(d) for a, d in raw["d"].items()}
        versions = {AccountId(int(a)): int(v) for a, v in raw["v"].items()}
        return Notice(origin, Changes(kinds, dirty, versions))
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("ignored a book notice this version cannot read")
        return None


class Listener:
    """LISTENs on a shared book from a thread of its own (``start``/``stop``).

    ``on_notice`` is called on that thread for every notice of another origin;
    ``on_lost(reason)`` when the connection is lost, ``on_back()`` once it is listening again
    (then every notice sent in between is lost: the receiver reads everything afresh).
    """

    def __init__(
        self,
        url: str,
        origin: str,
        on_notice: Callable[[Notice], None],
        on_lost: Callable[[str], None] = lambda _reason: None,
        on_back: Callable[[], None] = lambda: None,
    ) -> None:
        self.url = url
        self.origin = origin
        self.on_notice = on_notice
        self.on_lost = on_lost
        self.on_back = on_back
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set while a connection listens (tests wait on it)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="permoney-live", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening; waits up to ``timeout`` for the thread unless called from it (a
        callback whose window is gone stops its own listener: it ends after the callback)."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _run(self) -> None:
        pause = FIRST_PAUSE_S
        lost = False
        while not self._stop.is_set():
            try:
                listening = notify.Listening(self.url)
            except Exception as exc:
                if not lost:
                    lost = True
                    self.on_lost(_reason(exc))
                self._stop.wait(pause)
                pause = min(pause * 2, MAX_PAUSE_S)
                continue
            pause = FIRST_PAUSE_S
            if lost:
                lost = False
                self.on_back()
            try:
                self._listen(listening)
            except Exception as exc:
                if not notify.is_lost_connection(exc):
                    log.exception("the live-update listener failed")
                lost = True
                self.listening.clear()
                self.on_lost(_reason(exc))
            finally:
                self.listening.clear()
                _close_quietly(listening)

    def _listen(self, listening: notify.Listening) -> None:
        self.listening.set()
        polls = 0
        while not self._stop.is_set():
            for payload in listening.notices(POLL_S):
                notice = decode(payload)
                if notice is not None and notice.origin != self.origin:
                    self.on_notice(notice)
                if self._stop.is_set():
                    return
            polls += 1
            if polls % CHECK_EVERY == 0:
                listening.check()


def _reason(exc: BaseException) -> str:
    """A line for the banner: the first line of the driver's message, without the URL."""
    text = str(getattr(exc, "orig", exc)).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _close_quietly(listening: notify.Listening) -> None:
    try:
        listening.close()
    except Exception:  # the connection is gone already
        log.debug("closing a lost listening connection", exc_info=True)
