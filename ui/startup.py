"""Wires one running app together: store, services, runner, bridge, window, tray."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services.bootstrap import open_services
from app.services.monitoring import MonitoringService
from app.services.preferences import PreferencesService
from ui.bridge import CoreEventBridge
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance
from ui.tasks import TaskRunner
from ui.tray import Tray

log = logging.getLogger(__name__)


@dataclass
class Started:
    ctx: AppContext
    window: MainWindow
    tray: Tray | None
    instance: SingleInstance | None
    monitoring: MonitoringService | None = None

    def close(self) -> None:
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
    if background:
        monitoring.start()
    return Started(ctx, window, tray, instance, monitoring if background else None)


def _load_for_tray(window: MainWindow) -> None:
    if not window.isVisible():
        window.attention_view.refresh()


def _raise(window: MainWindow) -> None:
    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()
