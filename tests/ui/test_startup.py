"""build_app: the window's lists load at once, or, started in the tray, when first shown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.container import Services
from benchmarks.seed import seed
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.startup import Started, build_app
from ui.tray import Tray

pytestmark = pytest.mark.gui


def start(qapp: QApplication, home: Path, *, hidden: bool) -> Started:
    started = build_app(qapp, home=home, ca_bundle=None, instance=None, hidden=hidden)
    started.window.keep_running_in_tray = False
    return started


def record_warm_ups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    threads: list[str] = []
    monkeypatch.setattr(Services, "warm_up",
                        lambda self: threads.append(threading.current_thread().name))
    return threads


def test_a_shown_app_reads_its_lists_at_once_then_builds_its_services_on_a_worker(
        qtbot: QtBot, qapp: QApplication, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(home, 3, 1)
    warm_ups = record_warm_ups(monkeypatch)
    started = start(qapp, home, hidden=False)
    try:
        with qtbot.waitSignal(started.window.snapshot_loaded, timeout=10_000):
            started.window.show()
        qtbot.waitUntil(lambda: bool(warm_ups), timeout=10_000)
        assert threading.main_thread().name not in warm_ups
        started.window.refresh()
        with qtbot.waitSignal(started.window.snapshot_loaded, timeout=10_000):
            pass
        assert len(warm_ups) == 1  # once, not after every reload
    finally:
        started.close()
        started.window.close()


def test_an_app_in_the_tray_reads_the_attention_list_and_the_rest_when_shown(
        qtbot: QtBot, qapp: QApplication, home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seed(home, 3, 1)

    def with_tray(ctx: AppContext, window: MainWindow) -> Tray:
        return Tray(ctx, window)  # as where the platform has a tray

    monkeypatch.setattr(Tray, "create", with_tray)
    warm_ups = record_warm_ups(monkeypatch)
    started = start(qapp, home, hidden=True)
    window = started.window
    try:
        with qtbot.waitSignal(window.attention_view.items_loaded, timeout=10_000):
            pass
        assert window.snapshot is None and not window.inventory.model.rows
        assert not warm_ups  # in the tray, services are built only when used
        with qtbot.waitSignal(window.snapshot_loaded, timeout=10_000):
            window.show()
        assert len(window.inventory.model.rows) == 3
    finally:
        started.close()
        window.close()


def test_background_renewals_start_after_the_first_read(qtbot: QtBot, qapp: QApplication,
                                                        home: Path) -> None:
    seed(home, 3, 1)
    started = build_app(qapp, home=home, ca_bundle=None, instance=None, background=True)
    started.window.keep_running_in_tray = False
    monitoring = started.monitoring
    assert monitoring is not None
    try:
        assert not monitoring.running  # not beside the first read of the lists
        with qtbot.waitSignal(started.window.snapshot_loaded, timeout=10_000):
            started.window.show()
        assert monitoring.running
    finally:
        started.close()
        started.window.close()
    assert not monitoring.running
