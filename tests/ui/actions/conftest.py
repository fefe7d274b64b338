"""A main window over real services, loaded, for the row-action tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.views.confirm import accept_button


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10000):
        window.refresh()
    return window


def reload(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10000):
        window.refresh()


def confirm_box(qtbot: QtBot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "confirmBox"
                    and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[-1]


def accept_confirm(qtbot: QtBot) -> str:
    """Click the action button of the open confirmation; returns its informative text."""
    box = confirm_box(qtbot)
    text = box.text() + "\n" + box.informativeText()
    accept_button(box).click()
    return text
