"""Help → Keyboard shortcuts: every shortcut of the main window and the common keys of its
tables, dialogs and the new-certificate wizard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def general_keys() -> list[tuple[str, str]]:
    """Keys that belong to no menu action."""
    native = QKeySequence.SequenceFormat.NativeText

    def key(seq: QKeySequence.StandardKey | str) -> str:
        return QKeySequence(seq).toString(native)

    return [
        (key(QKeySequence.StandardKey.Find), _tr("Search the current table")),
        (_tr("Enter"), _tr("Open the selected row (like a double-click)")),
        (key(QKeySequence.StandardKey.Delete),
         _tr("Remove the selected certificate or account, cancel the selected order")),
        (_tr("Menu key or Shift+F10"), _tr("All actions for the selected row")),
        (key("Alt+N") + ", " + key("Alt+B"), _tr("Wizard: Next, Back")),
        (_tr("Alt+underlined letter"), _tr("Go to that field, button or tab")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        rows: list[tuple[str, str]] = []
        for action in actions:
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in action.shortcuts() if not s.isEmpty())
            if keys:
                rows.append((keys, action.text().replace("&&", "\0").replace("&", "")
                             .replace("\0", "&").rstrip("…")))
        rows += general_keys()
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(_tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([_tr("Keys"), _tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.rows = rows
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)
