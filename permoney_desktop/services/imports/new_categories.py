"""Creating an import's new categories inside its write: a path's missing parents first."""

from __future__ import annotations

from collections.abc import Mapping

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.services import gate
from permoney_desktop.services.imports.types import CATEGORY_SEPARATOR


def create_path(w: gate.Write, paths: dict[str, int], path: str, kind_of: Mapping[str, str]) -> int:
    """The id of ``path``, creating each missing level with its kind (``kind_of`` and
    ``paths`` are keyed by case-folded path; ``paths`` learns the new ones)."""
    parent_id: int | None = None
    parts = path.split(CATEGORY_SEPARATOR)
    for depth in range(len(parts)):
        sub = CATEGORY_SEPARATOR.join(parts[: depth + 1]).casefold()
        found = paths.get(sub)
        if found is None:
            found = w.new_id("categories")
            w.journal.insert(
                "categories",
                [(found, parts[depth][:200], kind_of[sub], parent_id, "")],
                ["id", "name", "kind", "parent_id", "color"],
            )
            paths[sub] = found
            w.mark(ChangeKind.CATEGORIES)
        parent_id = found
    return paths[path.casefold()]
