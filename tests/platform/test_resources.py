"""Assets resolve to the checkout's resources folder when running from source."""

from __future__ import annotations

from permoney_desktop.platform.resources import resource_path, resources_dir


def test_resources_dir_is_the_top_level_folder() -> None:
    assert resources_dir().name in {"resources", "_resources"}
    assert resources_dir().is_dir()
    assert resource_path("icons").parent == resources_dir()
