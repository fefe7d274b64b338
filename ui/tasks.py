"""Runs core calls off the GUI thread; results, progress and failures come back by signal.

Anki-style: one single-worker executor for everything that writes the store (serialised) and
a parallel one for network and crypto work. Callbacks run on the GUI thread and are dropped
when the widget that asked is gone. `InlineTaskRunner` runs everything at once, for tests.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.cancel import CancelToken
from app.errors import Cancelled
from app.progress import ProgressEvent, ProgressSink, null_progress
from ui.dispatch import GuiDispatcher

log = logging.getLogger(__name__)

T = TypeVar("T")


class Lane(enum.Enum):
    STORE = "store"  # writes the store: one at a time
    NETWORK = "network"  # ACME, DNS, crypto: in parallel


@dataclass(frozen=True)
class TaskControl:
    """What a task function receives: its cancel token and a progress sink."""

    cancel: CancelToken
    progress: ProgressSink


class Task(QObject, Generic[T]):
    """A running task. Signals are delivered on the GUI thread."""

    progressed = Signal(object)  # ProgressEvent
    succeeded = Signal(object)
    failed = Signal(object)  # BaseException
    finished = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.cancel_token = CancelToken()
        self.done = False

    def cancel(self) -> None:
        self.cancel_token.cancel()


SuccessFn = Callable[[Any], object]
FailureFn = Callable[[BaseException], object]
ProgressFn = Callable[[ProgressEvent], object]


class Runner(Protocol):
    def run(self, fn: Callable[[TaskControl], T], *, on_success: Callable[[T], object],
            on_failure: FailureFn | None = ..., on_progress: ProgressFn | None = ...,
            lane: Lane = ..., owner: QObject | None = ..., name: str = ...) -> Task[T]: ...

    def shutdown(self) -> None: ...


def _connect(task: Task[Any], owner: QObject | None, on_success: SuccessFn,
             on_failure: FailureFn, on_progress: ProgressFn | None) -> None:
    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def success(value: object) -> None:
        if alive():
            on_success(value)

    def failure(exc: object) -> None:
        if alive():
            assert isinstance(exc, BaseException)
            on_failure(exc)

    def progress(event: object) -> None:
        if alive() and on_progress is not None:
            assert isinstance(event, ProgressEvent)
            on_progress(event)

    task.succeeded.connect(success)
    task.failed.connect(failure)
    task.progressed.connect(progress)


def _log_failure(exc: BaseException) -> None:
    log.error("background task failed", exc_info=exc)


class TaskRunner(QObject):
    """The real runner: thread pools; results handed to the GUI thread by a dispatcher."""

    def __init__(self, *, network_workers: int = 4, parent: QObject | None = None,
                 dispatcher: GuiDispatcher | None = None) -> None:
        super().__init__(parent)
        self._own_dispatcher = dispatcher is None
        self.dispatcher = dispatcher or GuiDispatcher(self)
        self.dispatcher.add_busy(lambda: bool(self._active))
        self._store = ThreadPoolExecutor(1, thread_name_prefix="certdesk-store")
        self._network = ThreadPoolExecutor(network_workers, thread_name_prefix="certdesk-net")
        self._active: set[Task[Any]] = set()
        self._closed = False

    @property
    def active(self) -> int:
        return len(self._active)

    def run(self, fn: Callable[[TaskControl], T], *, on_success: Callable[[T], object],
            on_failure: FailureFn | None = None, on_progress: ProgressFn | None = None,
            lane: Lane = Lane.NETWORK, owner: QObject | None = None,
            name: str = "") -> Task[T]:
        task: Task[T] = Task(name or getattr(fn, "__name__", "task"))
        if self._closed:
            # The app is closing (or a window outlived its context, e.g. a queued refresh):
            # nothing runs and no callback is called, like a task cancelled before it began.
            log.debug("task %s not started: the task runner is shut down", task.name)
            task.cancel()
            task.done = True
            return task
        _connect(task, owner, on_success, on_failure or _log_failure, on_progress)
        task.finished.connect(lambda: self._on_task_finished(task))
        self._active.add(task)
        post = self.dispatcher.post
        sink: ProgressSink = ((lambda ev: post(lambda: task.progressed.emit(ev)))
                              if on_progress else null_progress)
        control = TaskControl(task.cancel_token, sink)
        pool = self._store if lane is Lane.STORE else self._network
        self.dispatcher.wake()
        future: Future[T] = pool.submit(fn, control)
        future.add_done_callback(lambda f: post(lambda: self._deliver(task, f)))
        return task

    @staticmethod
    def _deliver(task: Task[Any], future: Future[Any]) -> None:
        # On the GUI thread (through the dispatcher): plain, direct signal emission.
        if not shiboken6.isValid(task):
            return
        if future.cancelled():
            task.failed.emit(Cancelled("Cancelled"))
        elif (exc := future.exception()) is not None:
            task.failed.emit(exc)
        else:
            task.succeeded.emit(future.result())
        task.finished.emit()

    def _on_task_finished(self, task: Task[Any]) -> None:
        task.done = True
        self._active.discard(task)

    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()

    def shutdown(self, wait: bool = False) -> None:
        self._closed = True
        self.cancel_all()
        if self._own_dispatcher:
            self.dispatcher.stop()
        self._store.shutdown(wait=wait, cancel_futures=True)
        self._network.shutdown(wait=wait, cancel_futures=True)


class InlineTaskRunner(QObject):
    """Runs tasks immediately on the calling thread (Picard's FakeThreadPool), for tests."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ran: list[str] = []

    def run(self, fn: Callable[[TaskControl], T], *, on_success: Callable[[T], object],
            on_failure: FailureFn | None = None, on_progress: ProgressFn | None = None,
            lane: Lane = Lane.NETWORK, owner: QObject | None = None,
            name: str = "") -> Task[T]:
        task: Task[T] = Task(name or getattr(fn, "__name__", "task"))
        self.ran.append(task.name)
        _connect(task, owner, on_success, on_failure or _log_failure, on_progress)
        control = TaskControl(task.cancel_token, lambda ev: task.progressed.emit(ev))
        try:
            result = fn(control)
        except Exception as exc:
            task.failed.emit(exc)
        else:
            task.succeeded.emit(result)
        task.done = True
        task.finished.emit()
        return task

    def shutdown(self, wait: bool = False) -> None:
        return None
