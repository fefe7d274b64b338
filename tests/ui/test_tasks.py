from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from app.errors import Cancelled, InvalidInput
from app.progress import ProgressEvent
from ui.tasks import InlineTaskRunner, Lane, TaskControl, TaskRunner

pytestmark = pytest.mark.gui


def test_results_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[str, bool]] = []
    worker_threads: list[int] = []

    def work(c: TaskControl) -> int:
        worker_threads.append(threading.get_ident())
        c.progress(ProgressEvent("step", "working"))
        return 42

    gui = QThread.currentThread()
    results: list[int] = []
    task = runner.run(work, on_success=results.append,
                      on_progress=lambda ev: seen.append((ev.step,
                                                          QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert results == [42]
    assert seen == [("step", True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    runner.shutdown()


def test_failure_and_cancel(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []

    def fail(_c: TaskControl) -> None:
        raise InvalidInput("bad", "fix it")

    task = runner.run(fail, on_success=lambda _r: None, on_failure=failures.append,
                      lane=Lane.STORE)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert isinstance(failures[0], InvalidInput)

    def wait_for_cancel(c: TaskControl) -> None:
        c.cancel.sleep(30)

    task = runner.run(wait_for_cancel, on_success=lambda _r: None, on_failure=failures.append)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert isinstance(failures[-1], Cancelled)
    assert runner.active == 0
    runner.shutdown()


def test_callbacks_dropped_when_owner_is_gone(qtbot: QtBot) -> None:
    runner = TaskRunner()
    owner = QObject()
    started = threading.Event()
    release = threading.Event()
    called: list[object] = []

    def work(_c: TaskControl) -> int:
        started.set()
        release.wait(5)
        return 1

    task = runner.run(work, on_success=called.append, owner=owner)
    started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert called == []
    runner.shutdown()


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_inline_runner_runs_at_once() -> None:
    runner = InlineTaskRunner()
    out: list[int] = []
    errors: list[BaseException] = []
    runner.run(lambda _c: 5, on_success=out.append, name="five")
    runner.run(lambda _c: 1 // 0, on_success=out.append, on_failure=errors.append)
    assert out == [5] and isinstance(errors[0], ZeroDivisionError)
    assert runner.ran[0] == "five"


def test_a_late_request_after_shutdown_is_dropped_quietly(qtbot: QtBot) -> None:
    # A window may outlive its context (a coalesced refresh timer firing after the app
    # closed): the request must neither raise in the event loop nor leave a task behind.
    runner = TaskRunner()
    runner.shutdown()
    ran: list[str] = []
    task = runner.run(lambda _c: ran.append("ran"), on_success=lambda _r: ran.append("ok"),
                      on_failure=lambda _e: ran.append("failed"))
    qtbot.wait(50)
    assert task.done and task.cancel_token.cancelled
    assert ran == [] and runner.active == 0
