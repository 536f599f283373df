"""CLI errors and the mapping from known exceptions to one-line messages."""

from __future__ import annotations

from pathlib import Path

EXIT_USAGE = 2


class CliError(Exception):
    """A user-facing failure: printed as one line, no traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def disk_full_error(exc: BaseException) -> str | None:
    """ "not enough disk space on …" for any write that hit a full disk, else None."""
    from permoney_desktop.store import disk_space

    if not disk_space.is_disk_full(exc):
        return None
    if isinstance(exc, disk_space.DiskFullError):
        return str(exc)
    where = getattr(exc, "filename", None)
    return disk_space.full_message(None if where is None else Path(where))


def friendly_error(exc: BaseException) -> str | None:
    """A one-line message for errors a user can cause, or None for real bugs."""
    from permoney_desktop.domain.errors import DomainError
    from permoney_desktop.store import disk_space
    from permoney_desktop.store.book import BookError

    if isinstance(exc, BookError | DomainError | disk_space.DiskFullError):
        return str(exc)
    special = _server_unreachable(exc) or _damage_message(exc)
    if special is not None:
        return special
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename}"
    if isinstance(exc, FileNotFoundError):
        return f"no such file: {exc.filename}"
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return None


def _server_unreachable(exc: BaseException) -> str | None:
    """A shared book's server gone mid-command: one line, the driver's words scrubbed."""
    if not any(c.__name__ in ("DBAPIError", "OperationalError") for c in type(exc).__mro__):
        return None
    from permoney_desktop.store import server_auth

    if not server_auth.is_unreachable(exc):
        return None
    return server_auth.unreachable_message(None, exc)


def _damage_message(exc: BaseException) -> str | None:
    if not _is_damage(exc):
        return None
    # Not the driver's message: it can quote the damaged row's text.
    return (
        "the book file is damaged: some of it cannot be read; run permoney check, then "
        "restore the newest verified backup (permoney restore FILE)"
    )


def _is_damage(exc: BaseException) -> bool:
    """A database error saying the file is damaged (only looked at once one was raised)."""
    if not any(c.__name__ == "DatabaseError" for c in type(exc).__mro__):
        return False
    from permoney_desktop.services.integrity import is_damage

    return is_damage(exc)
