"""Reference data: exchange rates, categories and tags (names and rates; no entry moves)."""

from __future__ import annotations

from datetime import date

from permoney_desktop.services import categories as category_service
from permoney_desktop.services import rates as rate_service
from permoney_desktop.services import tags as tag_service
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.writes import Writer


def add_rate(writer: Writer, day: date, base: str, quote: str, rate: str) -> Applied | None:
    return writer.write(lambda: rate_service.add_rate(writer.ledger, day, base, quote, rate))


def create_category(
    writer: Writer, name: str, kind: str | None = None, *, parent_id: int | None = None
) -> int | None:
    done = writer.write_value(
        lambda: category_service.create_category(writer.ledger, name, kind, parent_id=parent_id)
    )
    return None if done is None else int(done[0])


def create_category_path(writer: Writer, path: str, kind: str | None) -> int | None:
    """A typed ``Parent:Child`` with its missing parts: one write, one undo step."""
    done = writer.write_value(lambda: category_service.create_path(writer.ledger, path, kind))
    return None if done is None else int(done[0])


def rename_category(writer: Writer, category_id: int, name: str) -> Applied | None:
    return writer.write(lambda: category_service.rename_category(writer.ledger, category_id, name))


def delete_category(writer: Writer, category_id: int) -> Applied | None:
    return writer.write(lambda: category_service.delete_category(writer.ledger, category_id))


def create_tag(writer: Writer, name: str) -> int | None:
    done = writer.write_value(lambda: tag_service.create_tag(writer.ledger, name))
    return None if done is None else int(done[0])


def rename_tag(writer: Writer, tag_id: int, name: str) -> Applied | None:
    return writer.write(lambda: tag_service.rename_tag(writer.ledger, tag_id, name))


def delete_tag(writer: Writer, tag_id: int) -> Applied | None:
    return writer.write(lambda: tag_service.delete_tag(writer.ledger, tag_id))
