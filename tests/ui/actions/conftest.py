"""A main window over real services, loaded, for the row-action tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.snapshot import Snapshot
from ui.views.confirm import accept_button


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10000):
        window.refresh()
    return window


def reload(qtbot: QtBot, window: MainWindow,
           until: Callable[[Snapshot], bool] | None = None) -> None:
    """Reload the lists. With the inline runner the reload is shown when this returns. With
    the real runner a reload already running (one an action asked for) shows its lists first
    and this one follows it, so those lists may predate what the test wrote just before:
    give `until`, what the lists must show, to wait for that instead."""
    if until is None:
        with qtbot.waitSignal(window.snapshot_loaded, timeout=10000):
            window.refresh()
        return
    window.refresh()
    qtbot.waitUntil(lambda: window.snapshot is not None and until(window.snapshot),
                    timeout=10000)


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
