"""A window-modal question with a named action button (never blocks the event loop)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Confirm", text)


def confirm(parent: QWidget, title: str, text: str, detail: str, action_text: str,
            on_yes: Callable[[], object], *, destructive: bool = True) -> QMessageBox:
    """Ask before doing something; `on_yes` runs only when the action button is clicked.

    Cancel is the default, so Enter never confirms something destructive by accident."""
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmBox")
    box.setInformativeText(detail)
    yes: QPushButton = box.addButton(action_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setAccessibleName(action_text.replace("&", ""))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if destructive else yes)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box


def accept_button(box: QMessageBox) -> QPushButton:
    """The action button of a confirm() box (for tests and keyboard users)."""
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole and \
                isinstance(button, QPushButton):
            return button
    raise LookupError("no action button")
