"""The crash path: unexpected errors are logged with their traceback and shown with the
details and where the log is, on the GUI thread, whichever thread raised them.

A windowed app has no console on Windows, so nothing may end only on stderr: an exception
that escapes a slot, a worker thread or start-up goes through here.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.errors import describe, show_error

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashReporter", text)


class CrashReporter(QObject):
    """Installs sys.excepthook and threading.excepthook; shows one box per error."""

    crashed = Signal(object)  # BaseException, delivered on the GUI thread
    shown = Signal(object)  # QMessageBox

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.boxes: list[QMessageBox] = []
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashReporter:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _excepthook(self, kind: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, exc, tb)
            return
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        self.crashed.emit(exc)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        log.critical("unexpected error in thread %s",
                     args.thread.name if args.thread else "?",
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self.crashed.emit(args.exc_value)

    def _on_crashed(self, exc: BaseException) -> None:
        box = self.show(exc, parent=QApplication.activeWindow())
        if box is not None:
            self.shown.emit(box)

    def show(self, exc: BaseException, parent: QWidget | None = None) -> QMessageBox | None:
        """The standard error box, for a bug with the traceback and the log's location."""
        report = describe(exc)
        if not report.bug:
            return show_error(parent, exc)
        box = QMessageBox(QMessageBox.Icon.Critical, _tr("certdesk"), report.summary,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("crashBox")
        box.setAccessibleName(_tr("Unexpected error"))
        where = (_tr("The details are also in the log file {path}.").format(
            path=self.log_file) if self.log_file is not None else
            _tr("No log file could be written."))
        box.setInformativeText(_tr("This is a bug in certdesk. Please report it with the "
                                   "details below.") + " " + where)
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc,
                                                               exc.__traceback__)))
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 28em; }")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r, b=box: self.boxes.remove(b) if b in self.boxes
                             else None)
        self.boxes.append(box)
        box.open()
        return box


def show_startup_error(reporter: CrashReporter, exc: BaseException) -> int:
    """Start-up failed (e.g. a database from a newer certdesk): show why in the standard
    error box, wait until it is closed, and return the exit code."""
    if describe(exc).bug:
        log.critical("start-up failed", exc_info=exc)
    else:
        log.error("start-up failed: %s", exc)
    box = reporter.show(exc)
    if box is None:
        return 1
    # A loop of its own until the box is closed: no window exists, and quitting the whole
    # application's loop is not needed to get back here.
    loop = QEventLoop()
    box.finished.connect(lambda _r: loop.quit())
    loop.exec()
    return 1
