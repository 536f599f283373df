"""Locating shipped assets (icons, desktop files) in a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The top-level ``resources/`` folder, wherever this copy of the app was installed from."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    packaged = Path(str(resources.files("permoney_desktop"))) / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one asset, e.g. ``resource_path("icons", "permoney.svg")``."""
    return resources_dir().joinpath(*parts)
