"""One way to make a toolbar or menu action: icon, text, the same tip in the tooltip and the
status bar, and its slot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ui.theme import icon


def make_action(parent: QObject, text: str, icon_name: str, tip: str,
                slot: Callable[[], object]) -> QAction:
    action = QAction(icon(icon_name), text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action
