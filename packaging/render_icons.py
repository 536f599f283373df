#!/usr/bin/env python3
"""Render the app icon SVG to the PNG sizes desktops want and a Windows .ico.

    python packaging/render_icons.py OUT_DIR

writes ``OUT_DIR/hicolor/<N>x<N>/apps/permoney.png`` for N in 16…256 and
``OUT_DIR/permoney.ico``. Uses the app's own Qt, offscreen; generated at build time so no
binary renders are kept in the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "permoney.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/permoney.svg is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "permoney.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
        if size == 256:
            ico = out / "permoney.ico"
            if not image.save(str(ico), "ICO"):
                raise SystemExit(f"could not write {ico}")
            written.append(ico)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: render_icons.py OUT_DIR")
    for path in render(Path(sys.argv[1])):
        print(path)
