"""Category paths as shown and as typed: one spelling shown ("Food:Groceries"), both read.

A path is a parent and a child joined by a colon. The app and the CLI show it without spaces,
as the README states; typed text may have any spacing around the colon ("Food: Groceries",
"Food : Groceries").
"""

from __future__ import annotations

import re

SEPARATOR = ":"
SHOWN_SEPARATOR = ":"
_AROUND = re.compile(r"[ \t]*:[ \t]*")


def split_path(text: str) -> tuple[str, ...]:
    """The names in a typed path, spaces tidied: "Food :Groceries" -> ("Food", "Groceries")."""
    return tuple(" ".join(part.split()) for part in text.split(SEPARATOR) if part.strip())


def join_path(parts: tuple[str, ...] | list[str]) -> str:
    """The shown spelling: ("Food", "Groceries") -> "Food:Groceries"."""
    return SHOWN_SEPARATOR.join(parts)


def shown_path(text: str) -> str:
    """Any spelling of a path in the shown one."""
    return join_path(split_path(text))


def path_key(text: str) -> str:
    """What two spellings of one path share (case and spacing ignored)."""
    return shown_path(text).lower()


def tidy_typing(text: str, cursor: int) -> tuple[str, int]:
    """Text being typed with its colons spelled as shown, and where the cursor goes: typing
    "Food: Gro" reads "Food:Gro", so it completes to "Food:Groceries"."""
    tidy = _AROUND.sub(SHOWN_SEPARATOR, text)
    return tidy, len(_AROUND.sub(SHOWN_SEPARATOR, text[:cursor]))
