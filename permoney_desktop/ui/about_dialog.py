"""The About dialog: version, and where this book, its queue, cache and backups live."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.identity import APP_NAME, VERSION
from permoney_desktop.platform.paths import BookPaths
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr


class AboutDialog(QDialog):
    def __init__(self, paths: BookPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About {app}").format(app=APP_NAME))
        self.setAccessibleName(tr("About {app}").format(app=APP_NAME))
        logo = QLabel()
        logo.setPixmap(theme.icon("permoney").pixmap(64, 64))
        title = QLabel(f"<b>{APP_NAME}</b> {VERSION}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        blurb = QLabel(
            tr(
                "Local-first personal finance: your book is one file on this computer, every edit "
                "shows its balances at once, and a background worker keeps them exact."
            )
        )
        blurb.setWordWrap(True)
        versions = QLabel(  # product names and versions: the same in every language
            " · ".join(
                (
                    f"Python {platform.python_version()}",
                    "Qt for Python " + pyside_version,
                    f"{platform.system()} {platform.machine()}",
                )
            )
        )
        versions.setObjectName("about-versions")
        head = QHBoxLayout()
        head.addWidget(logo, alignment=Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        text.addWidget(versions)
        head.addLayout(text, 1)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.locations: dict[str, Path] = {
            "Book": paths.book,
            "Worker queue": paths.queue,
            "Metrics cache": paths.cache_dir,
            "Backups": paths.backups_dir,
        }
        for name, path in self.locations.items():
            form.addRow(f"{name}:", self._path_row(name, path))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _path_row(self, name: str, path: Path) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(str(path))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(tr("{name} location").format(name=name))
        label.setFont(theme.money_font(scale=0.9))
        label.setWordWrap(True)
        copy = QPushButton(tr("Copy"))
        copy.setAccessibleName(tr("Copy the {name} location").format(name=name.lower()))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
        show = QPushButton(tr("Show"))
        show.setAccessibleName(tr("Show the {name} folder").format(name=name.lower()))
        folder = path if path.is_dir() else path.parent
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        show.setEnabled(folder.exists())
        layout.addWidget(label, 1)
        layout.addWidget(copy)
        layout.addWidget(show)
        return row
