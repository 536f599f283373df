"""Ledger: the facade over one open book that the CLI, the worker and the GUI all use."""

from __future__ import annotations

import json
import os
from typing import Any

from permoney_desktop.domain.currency import Currency, currency
from permoney_desktop.domain.messages import Message
from permoney_desktop.platform.paths import BookLocation, BookPaths, paths_for
from permoney_desktop.store.book import Book, BookError, open_book, open_ready_book

__all__ = ["BookError", "Ledger"]

DEFAULT_BASE_CURRENCY = "USD"


class Ledger:
    """One open book plus the paths of its derived stores.

    Service areas (accounts, entries, balances…) hang off this object; each opens a short
    session per call, so the facade is safe to share between the GUI thread and workers.
    """

    def __init__(self, book: Book, paths: BookPaths) -> None:
        self.book = book
        self.paths = paths
        # Why user writes are refused (a book its last check found damaged), or None; the
        # write gate reads it, ``integrity.check`` sets and clears it.
        self.writes_refused: str | None = None
        # Why writes are refused while a shared book's server cannot be reached, or None
        # (``services.server_health``: the window's probe sets and clears it).
        self.unreachable: str | None = None
        # True once a window watches the server (``ui.server_watch``): only then does a write
        # that found it gone keep refusing until the window's probe finds it back. A process
        # without one (``permoney worker``) tries the server again at its next write.
        self.server_watched = False
        self._author: str | None = None
        # Names this open ledger in a shared book's change notices (``services.live``), so
        # its windows skip what they applied themselves.
        self.origin = os.urandom(6).hex()  # (uuid4's first 12 hex digits: random too)

    @property
    def author(self) -> str:
        """Who this ledger's changes are recorded under, and whose steps undo takes: the
        server role of a shared book, the profile name on a file (``platform.profile``)."""
        if self._author is None:
            if self.book.url is not None:
                from permoney_desktop.store import authors
                from permoney_desktop.store.read_pool import EngineRows

                self._author = authors.server_role(EngineRows(self.book))
            else:
                from permoney_desktop.platform.profile import profile_name

                self._author = profile_name()
        return self._author

    @property
    def title(self) -> str:
        """What the window calls the book: a file's name without its suffix; a shared book's
        database and server, the same for every person (its local folder's name is not)."""
        if self.book.url is None:
            return self.paths.book.stem
        from permoney_desktop.store.server_auth import address

        at = address(self.book.url)
        return Message("{database} on {host}", database=at.database, host=at.host)

    @classmethod
    def open(
        cls, path: BookLocation | None = None, *, create: bool = False, key: bytes | None = None
    ) -> Ledger:
        """Open (or create) a book; ``key`` opens an encrypted one (see services.encryption).
        ``path`` may be a shared book's URL (``postgresql://USER@HOST/DB``)."""
        paths = paths_for(path)
        if paths.url is not None:
            from permoney_desktop.services import server_login

            # The URL's password (if any) is held in memory; only the stripped URL is kept.
            url = server_login.prepare(paths.url)
            paths = paths_for(url)
            paths.ensure_dirs()
            return cls(server_login.open_book(url, paths.book, create=create), paths)
        if create:
            paths.ensure_dirs()
        elif paths.book.exists():
            # Derived stores may have been cleared by the user; recreate their folders.
            paths.ensure_dirs()
        book = open_book(paths.book, create=create, key=key)
        return cls(book, paths)

    @classmethod
    def open_ready(cls, path: BookLocation | None = None) -> Ledger | None:
        """Open an existing plain book at the app's schema without importing SQLAlchemy (the
        window's fast start; see ``store.book.open_ready_book``); None when the book needs
        ``open`` (missing, encrypted, to be migrated…)."""
        paths = paths_for(path)
        if paths.url is not None:
            return None  # a shared book opens with ``open`` (a server to reach, SQLAlchemy)
        book = open_ready_book(paths.book)
        if book is None:
            return None
        paths.ensure_dirs()
        return cls(book, paths)

    def warm_up(self) -> None:
        """Build the book's engines now (imports SQLAlchemy); a no-op once built."""
        self.book.warm_up()

    def close(self) -> None:
        self.book.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def book_id(self) -> str:
        return self.book.book_id

    # -- settings ---------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        text = self.book.setting_text(key)
        return default if text is None else json.loads(text)

    def set_setting(self, key: str, value: Any) -> None:
        """Book settings are configuration, not financial data: no undo step, no Changes."""
        # Imported here: the query module loads SQLAlchemy, which a ready book's fast start
        # (``open_ready``) must not pay for before the window shows.
        from permoney_desktop.store import disk_space, settings_queries

        path = self.book.path
        with disk_space.reported(path), self.book.writing() as session, session.begin():
            settings_queries.put(session, key, json.dumps(value))

    @property
    def base_currency(self) -> Currency:
        return currency(self.setting("book.base_currency", DEFAULT_BASE_CURRENCY))

    def all_settings(self) -> dict[str, Any]:
        from permoney_desktop.store import settings_queries  # loads SQLAlchemy: see above

        with self.book.reading() as session:
            return {k: json.loads(v) for k, v in settings_queries.all_texts(session).items()}
