"""Wires one running app together: store, services, runner, bridge, window, tray."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.events import CoreEvent, MonitoringPassFinished
from app.services.bootstrap import open_services
from app.services.monitoring import MonitoringService
from app.services.preferences import PreferencesService
from ui.bridge import CoreEventBridge
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.memory import release_memory
from ui.single_instance import SingleInstance
from ui.tasks import TaskRunner
from ui.tray import Tray

log = logging.getLogger(__name__)

#: Longest wait for the first read before the background renewals start anyway.
FIRST_LOAD_WAIT_MS = 10_000
#: How long the user pauses, after the first lists are shown, before the services are built.
WARM_UP_IDLE_MS = 3_000


@dataclass
class Started:
    ctx: AppContext
    window: MainWindow
    tray: Tray | None
    instance: SingleInstance | None
    monitoring: MonitoringService | None = None
    cancel_start: Callable[[], None] | None = None  # of the background renewals

    def close(self) -> None:
        if self.cancel_start is not None:
            self.cancel_start()
        if self.monitoring is not None:
            self.monitoring.stop()
        if self.tray is not None:
            self.tray.hide()
        self.ctx.tasks.shutdown()
        self.ctx.bridge.close()
        self.ctx.services.close()


def build_app(app: QApplication, *, home: Path, ca_bundle: str | None,
              instance: SingleInstance | None, background: bool = False,
              hidden: bool = False) -> Started:
    """`background` starts the renewal/reminder loop (the real app; not self-tests);
    `hidden`: started in the tray, the window is shown later (if there is a tray)."""
    services = open_services(home, ca_bundle=ca_bundle)
    bridge = CoreEventBridge(services.hooks, app)
    tasks = TaskRunner(parent=app, dispatcher=bridge.dispatcher)  # one way to the GUI thread
    ctx = AppContext(services=services, preferences=PreferencesService(services.store),
                     tasks=tasks, bridge=bridge)
    window = MainWindow(ctx)
    monitoring = services.monitoring
    tray = Tray.create(ctx, window)
    if tray is not None:
        window.keep_running_in_tray = True
        window.quit_requested.connect(app.quit)
    else:
        app.setQuitOnLastWindowClosed(True)
    if instance is not None:
        instance.listen()
        instance.activated.connect(lambda: _raise(window))
    app.styleHints().colorSchemeChanged.connect(lambda _s: window.refresh_when_shown())
    if hidden and tray is not None:
        # The lists load when the window is first shown; until then the app reads only what
        # the tray shows (the attention list; otherwise each reload of the lists brings it).
        window.refresh_when_shown()
        QTimer.singleShot(0, lambda: _load_for_tray(window))
    else:
        window.refresh()  # on a worker while the window is built and shown
    tasks.run(lambda _c: services.certificates.cleanup_leftovers(),
              on_success=lambda n: log.info("cleaned %s leftovers", n),
              on_failure=lambda exc: log.warning("leftover cleanup failed: %s", exc),
              name="cleanup leftovers")
    bridge.event_received.connect(_on_core_event_received)
    cancel_start = _start_after_first_load(window, monitoring) if background else None
    _warm_up_once_shown(window, ctx)
    return Started(ctx, window, tray, instance, monitoring if background else None,
                   cancel_start)


def _start_after_first_load(window: MainWindow,
                            monitoring: MonitoringService) -> Callable[[], None]:
    """The background renewals start once the first lists are shown (or the tray's list is
    read), not beside that first read: both read every certificate, and together they made
    the first window wait and the memory peak. Returns what cancels a start still to come."""
    done = [False]

    def start(*_args: object) -> None:
        if not done[0]:
            done[0] = True
            monitoring.start()

    def cancel() -> None:
        done[0] = True

    window.snapshot_loaded.connect(start)
    window.attention_view.items_loaded.connect(start)
    QTimer.singleShot(FIRST_LOAD_WAIT_MS, start)  # a first read that fails delays it no more
    return cancel


def _warm_up_once_shown(window: MainWindow, ctx: AppContext) -> None:
    """Once the window has shown its lists and the user has paused for WARM_UP_IDLE_MS,
    every service is built on a worker, so the first export, backup or settings dialog does
    not import a module on the GUI thread. Not beside the first clicks (the imports hold the
    interpreter: a selection took up to 115 ms instead of 32 ms at 10,000 certificates), and
    not while the app only sits in the tray, where memory matters more."""
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.setInterval(WARM_UP_IDLE_MS)

    def first_load(*_args: object) -> None:
        window.snapshot_loaded.disconnect(first_load)
        timer.start()

    def user_busy(*_args: object) -> None:
        if timer.isActive():
            timer.start()  # from now

    def warm_up() -> None:
        ctx.tasks.run(lambda _c: ctx.services.warm_up(), on_success=lambda _v: None,
                      name="warm up services")

    timer.timeout.connect(warm_up)
    window.snapshot_loaded.connect(first_load)
    window.inventory.search.textChanged.connect(user_busy)
    window.inventory.row_selected.connect(user_busy)
    window.inventory.table.horizontalHeader().sectionClicked.connect(user_busy)


def _on_core_event_received(event: CoreEvent) -> None:
    if isinstance(event, MonitoringPassFinished):  # renewals, reminders and checks done
        release_memory()


def _load_for_tray(window: MainWindow) -> None:
    if not window.isVisible():
        window.attention_view.refresh()


def _raise(window: MainWindow) -> None:
    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()
