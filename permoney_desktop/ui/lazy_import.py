"""Service modules imported on first use, so the first window never waits for SQLAlchemy.

``metrics = lazy_module("permoney_desktop.services.metrics")`` behaves like the module for
attribute access; the import runs at the first attribute read (usually after the window is up,
when the app has imported it on a background thread already). Type checkers see the real
module through an ``if TYPE_CHECKING`` import beside it.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """A stand-in for a module, imported by the first attribute read (thread-safe: Python's
    import lock makes a second thread wait for an import under way)."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<lazy module {self._name!r} ({state})>"


def lazy_module(name: str) -> Any:
    return LazyModule(name)
