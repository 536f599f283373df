"""How the UI words a moment the book recorded and a file's size (backups, checks, health)."""

from __future__ import annotations

from datetime import UTC, datetime

from permoney_desktop.ui.i18n import tr


def recorded_moment(iso: str) -> datetime | None:
    """A moment the book recorded (UTC, with or without its offset); None if unreadable."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def when(iso: str, now: datetime | None = None) -> str:
    """A recorded UTC moment as local time: 'today 14:02', 'yesterday 09:10' or a date."""
    moment = recorded_moment(iso)
    if moment is None:
        return iso
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return tr("today {time}").format(time=clock)
    if (today - local.date()).days == 1:
        return tr("yesterday {time}").format(time=clock)
    return f"{local.date().isoformat()} {clock}"


def size_text(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"
