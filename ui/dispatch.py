"""Hands work from any thread to the GUI thread without touching Qt on the worker.

Workers only put Python callables into a queue; a timer on the GUI thread runs them. Emitting
Qt signals from Python worker threads corrupts memory in current PySide6 releases (see
PYSIDE-3124), so nothing in ui/ does that. The timer polls fast while work is in flight and
slowly when idle, so an idle tray app barely wakes up.

The app has one dispatcher (made by the event bridge); the task runner and each window's
question channel post through it. Whoever posts a callable that touches a QObject checks that
the object still exists when it runs, since the dispatcher outlives windows.
"""

from __future__ import annotations

import queue
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

FAST_MS = 10
IDLE_MS = 200
LINGER_S = 2.0


class GuiDispatcher(QObject):
    def __init__(self, parent: QObject | None = None,
                 busy: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._inbox: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()
        self._busy: list[Callable[[], bool]] = [busy] if busy is not None else []
        self._fast_until = 0.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(IDLE_MS)

    def add_busy(self, busy: Callable[[], bool]) -> None:
        """Poll fast while `busy()` is true (e.g. while tasks are in flight)."""
        self._busy.append(busy)

    def post(self, fn: Callable[[], object]) -> None:
        """Run `fn` on the GUI thread soon. Safe from any thread."""
        self._inbox.put(fn)

    def wake(self) -> None:
        """GUI thread: work was just started, poll fast for a while."""
        self._fast_until = time.monotonic() + LINGER_S
        if self._timer.interval() != FAST_MS:
            self._timer.setInterval(FAST_MS)

    def drain(self) -> int:
        """Run everything queued now (GUI thread); returns how many ran."""
        ran = 0
        while True:
            try:
                fn = self._inbox.get_nowait()
            except queue.Empty:
                return ran
            ran += 1
            try:
                fn()
            except Exception:
                # A bug in a callback: to the exception hook, which logs it and (in the app)
                # shows it with the log's location, like any other unexpected error.
                sys.excepthook(*sys.exc_info())

    def _on_timer_timeout(self) -> None:
        if self.drain():
            self._fast_until = time.monotonic() + LINGER_S
        fast = time.monotonic() < self._fast_until or any(busy() for busy in self._busy)
        interval = FAST_MS if fast else IDLE_MS
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)

    def stop(self) -> None:
        self._timer.stop()
