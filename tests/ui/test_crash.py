"""The crash path: unexpected errors and start-up failures reach the user with details."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.crash import CrashReporter

pytestmark = pytest.mark.gui


@pytest.fixture
def reporter(qapp: QApplication, tmp_path: Path) -> Iterator[CrashReporter]:
    crash = CrashReporter(tmp_path / "logs" / "certdesk.log").install()
    yield crash
    crash.uninstall()
    for box in list(crash.boxes):
        box.close()


def test_an_unexpected_error_in_a_thread_is_shown_with_the_log(qtbot: QtBot,
                                                               reporter: CrashReporter) -> None:
    def boom() -> None:
        raise ZeroDivisionError("division by zero in a worker")

    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        thread = threading.Thread(target=boom, name="worker")
        thread.start()
        thread.join()
    box: QMessageBox = shown.args[0]
    assert "ZeroDivisionError" in box.text()
    assert str(reporter.log_file) in box.informativeText()
    assert "division by zero in a worker" in box.detailedText()
    assert "Traceback" in box.detailedText()


def test_an_error_escaping_the_event_loop_is_shown(qtbot: QtBot,
                                                   reporter: CrashReporter) -> None:
    try:
        raise KeyError("missing")
    except KeyError:
        with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
            sys.excepthook(*sys.exc_info())  # what Python calls for an escaped exception
    assert "KeyError" in shown.args[0].text()


def test_a_database_from_a_newer_version_shows_the_error_dialog(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    from ui.main import main

    home = tmp_path / "newer"
    home.mkdir()
    with sqlite3.connect(home / "certdesk.sqlite3") as conn:
        conn.execute("PRAGMA user_version=999")
    seen: list[tuple[str, str]] = []

    def close_the_box() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, close_the_box)
            return
        seen.append((boxes[0].text(), boxes[0].informativeText()))
        boxes[0].accept()

    QTimer.singleShot(0, close_the_box)
    root = logging.getLogger()
    handlers = list(root.handlers)
    hook = sys.excepthook
    try:
        assert main(["--home", str(home)]) == 1
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
    assert sys.excepthook is hook  # the GUI's hook is gone with the GUI
    [(text, hint)] = seen
    assert "newer certdesk" in text and hint
    assert "newer certdesk" in (home / "logs" / "certdesk.log").read_text()


def test_an_error_in_a_task_callback_is_shown(qtbot: QtBot, reporter: CrashReporter) -> None:
    from ui.tasks import TaskRunner

    runner = TaskRunner()

    def broken(_value: object) -> None:
        raise RuntimeError("a bug in a callback")

    try:
        with qtbot.waitSignal(reporter.shown, timeout=10000) as shown:
            runner.run(lambda _c: 42, on_success=broken, name="broken callback")
        assert "a bug in a callback" in shown.args[0].detailedText()
    finally:
        runner.shutdown()
