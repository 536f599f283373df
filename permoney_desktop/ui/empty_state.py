"""The page an empty book shows: how to get data in, not a blank table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from permoney_desktop.ui.i18n import tr


class EmptyState(QWidget):
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("empty-state")
        title = QLabel(tr("Your book is empty"))
        title.setObjectName("empty-title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        body = QLabel(
            tr(
                "Bring in your history from a bank export, or look around with a demo household "
                "first: it opens in a demo book of its own, and this book stays yours."
            )
        )
        body.setObjectName("empty-body")
        body.setWordWrap(True)
        # A wrapped label centred in a layout gets squeezed to its shortest line and clipped;
        # a fixed width and the height for that width keep every line visible.
        body.setFixedWidth(460)
        body.setMinimumHeight(body.heightForWidth(460))
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.demo_button = QPushButton(tr("Try demo data"))
        self.demo_button.setAccessibleName(tr("Try demo data"))
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button = QPushButton(tr("Import a bank file…"))
        self.import_button.setAccessibleName(tr("Import a bank file"))
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(tr("File import is not available in this version yet."))
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        for w in (title, body):
            layout.addWidget(w, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch()
