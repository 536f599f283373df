"""``permoney --self-test`` passes on a working installation and leaves no trace behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_prints_ok_and_touches_no_user_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "PERMONEY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK (")
    assert "sync confirmed" in result.stdout and "window" in result.stdout
    assert not home.exists() or not any(home.rglob("*.permoney"))
