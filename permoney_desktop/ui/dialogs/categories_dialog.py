"""Categories (two levels) and tags: add, rename, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.category_paths import shown_path
from permoney_desktop.services import categories, tags
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.operations import reference
from permoney_desktop.ui.writes import Writer


class CategoriesDialog(QDialog):
    def __init__(self, ledger: Ledger, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger, self.writer = ledger, writer
        self.setWindowTitle(tr("Categories and tags"))
        self.setAccessibleName(tr("Categories and tags"))
        self.cats = QListWidget()
        self.cats.setAccessibleName(tr("Categories"))
        self.tag_list = QListWidget()
        self.tag_list.setAccessibleName(tr("Tags"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        writer.error.connect(self.message.setText)
        cat_buttons = QHBoxLayout()
        for text, slot in (
            (tr("Add…"), self.add_category),
            (tr("Add child…"), self.add_child),
            (tr("Rename…"), self.rename_category),
            (tr("Delete"), self.delete_category),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            cat_buttons.addWidget(b)
        tag_buttons = QHBoxLayout()
        for text, slot in (
            (tr("Add…"), self.add_tag),
            (tr("Rename…"), self.rename_tag),
            (tr("Delete"), self.delete_tag),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            tag_buttons.addWidget(b)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(tr("Categories")))
        left.addWidget(self.cats)
        left.addLayout(cat_buttons)
        right.addWidget(QLabel(tr("Tags")))
        right.addWidget(self.tag_list)
        right.addLayout(tag_buttons)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        self.cats.clear()
        for c in categories.list_categories(self.ledger):
            item = QListWidgetItem(f"{shown_path(c.full_name)}  ({c.kind})")
            item.setData(256, int(c.id))
            item.setData(257, c.parent_id is None)
            self.cats.addItem(item)
        self.tag_list.clear()
        for t in tags.list_tags(self.ledger):
            item = QListWidgetItem(f"{t.name}  ({t.uses})")
            item.setData(256, int(t.id))
            item.setData(258, t.name)
            self.tag_list.addItem(item)

    def _run(self, fn: Callable[[], object]) -> None:
        if fn() is not None:
            self.message.clear()
            self.reload()

    def _current(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return None if item is None else int(item.data(256))

    def add_category(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New category"), tr("Name"))
        if not ok or not name.strip():
            return
        kind, ok = QInputDialog.getItem(
            self, tr("New category"), tr("Kind"), ["expense", "income"], 0
        )
        if ok:
            self._run(lambda: reference.create_category(self.writer, name, kind))

    def add_child(self) -> None:
        parent = self._current(self.cats)
        if parent is None:
            self.message.setText(tr("Select the parent category first."))
            return
        name, ok = QInputDialog.getText(self, tr("New child category"), tr("Name"))
        if ok and name.strip():
            self._run(lambda: reference.create_category(self.writer, name, parent_id=parent))

    def rename_category(self) -> None:
        cid = self._current(self.cats)
        if cid is None:
            return
        name, ok = QInputDialog.getText(self, tr("Rename category"), tr("New name"))
        if ok and name.strip():
            self._run(lambda: reference.rename_category(self.writer, cid, name))

    def delete_category(self) -> None:
        cid = self._current(self.cats)
        if cid is None:
            return
        self._run(lambda: reference.delete_category(self.writer, cid))

    def add_tag(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New tag"), tr("Name"))
        if ok and name.strip():
            self._run(lambda: reference.create_tag(self.writer, name))

    def rename_tag(self) -> None:
        tid = self._current(self.tag_list)
        if tid is None:
            return
        name, ok = QInputDialog.getText(self, tr("Rename tag"), tr("New name"))
        if ok and name.strip():
            self._run(lambda: reference.rename_tag(self.writer, tid, name))

    def delete_tag(self) -> None:
        tid = self._current(self.tag_list)
        if tid is not None:
            self._run(lambda: reference.delete_tag(self.writer, tid))
