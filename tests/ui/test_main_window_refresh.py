"""A core event about one certificate refreshes that row only: no whole-inventory reload."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import ui.main_window
import ui.snapshot
from app.events import OrderFailed
from app.services.container import Services
from benchmarks.seed import seed
from tests.ui.conftest import MakeCtx
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry for each whole snapshot the main window reads."""
    counted: list[int] = []
    real = ui.snapshot.load_snapshot  # what ui.main_window calls

    def counting(svc: Services) -> object:
        counted.append(1)
        return real(svc)

    monkeypatch.setattr(ui.main_window, "load_snapshot", counting)
    return counted


def test_an_event_refreshes_only_the_rows_it_names(qtbot: QtBot, home: Path,
                                                   services: Services, make_ctx: MakeCtx,
                                                   loads: list[int]) -> None:
    seed(home, 6, 2)
    window = MainWindow(make_ctx(services))
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: len(window.inventory.model.rows) == 6, timeout=10_000)
    first, second = window.inventory.model.rows[:2]
    resets: list[bool] = []
    window.inventory.model.modelReset.connect(lambda: resets.append(True))
    reloads = len(loads)

    services.store.certificates.update(first.id, label="renamed by a renewal")
    services.hooks.emit(OrderFailed(order_id="o1", certificate_id=first.id, error="x"))
    qtbot.waitUntil(lambda: any(r.label == "renamed by a renewal"
                                for r in window.inventory.model.rows), timeout=10_000)
    assert window.snapshot is not None
    assert window.snapshot.certificates[first.id].label == "renamed by a renewal"

    services.store.certificates.remove(second.id)
    services.hooks.emit(OrderFailed(order_id="o2", certificate_id=second.id, error="x"))
    qtbot.waitUntil(lambda: all(r.id != second.id for r in window.inventory.model.rows),
                    timeout=10_000)
    assert second.id not in window.snapshot.certificates
    assert len(loads) == reloads  # no whole snapshot was read again
    assert resets == [True]  # only the removal reset the model (rows shift)


def test_a_hidden_window_reads_the_inventory_when_first_shown(
        qtbot: QtBot, home: Path, services: Services, make_ctx: MakeCtx,
        loads: list[int]) -> None:
    seed(home, 3, 1)
    window = MainWindow(make_ctx(services, inline=True))
    qtbot.addWidget(window)
    window.refresh_when_shown()  # started in the tray
    services.hooks.emit(OrderFailed(order_id="o1", certificate_id="", error="x"))
    qtbot.wait(400)  # the coalescing timer of that event has run
    assert not loads and window.snapshot is None
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10_000):
        window.show()
    assert loads == [1] and len(window.inventory.model.rows) == 3


def test_a_change_seen_while_core_events_come_is_read_once_the_app_is_quiet(
        qtbot: QtBot, home: Path, services: Services, make_ctx: MakeCtx,
        monkeypatch: pytest.MonkeyPatch, loads: list[int]) -> None:
    # The change counter also moves for this app's own writes (which come with core events
    # that refresh their rows): no whole reload per poll while they come.
    seed(home, 3, 1)
    monkeypatch.setattr(ui.main_window, "QUIET_S", 0.5)
    window = MainWindow(make_ctx(services, inline=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.inventory.model.rows) == 3, timeout=10_000)
    before = len(loads)
    cert_id = window.inventory.model.rows[0].id
    with qtbot.waitSignal(window.ctx.bridge.event_received, timeout=5000):
        services.hooks.emit(OrderFailed(order_id="o1", certificate_id=cert_id, error="x"))
    window._on_change_polled(True)  # what the poll reports just after
    qtbot.wait(400)  # longer than the reload timer
    assert len(loads) == before
    qtbot.wait(300)  # quiet now
    window._on_change_polled(False)  # the next poll: the change kept is read now
    qtbot.waitUntil(lambda: len(loads) == before + 1, timeout=5000)


def test_closing_to_the_tray_lets_the_lists_go_and_showing_reads_them_again(
        qtbot: QtBot, home: Path, services: Services, make_ctx: MakeCtx,
        loads: list[int]) -> None:
    seed(home, 4, 1)
    window = MainWindow(make_ctx(services, inline=True))
    qtbot.addWidget(window)
    window.keep_running_in_tray = True
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10_000):
        window.show()
        window.refresh_when_shown()
    window.inventory.table.selectRow(0)
    assert window.selected_certificate() is not None
    window.close()  # back to the tray: the app keeps running
    assert not window.isVisible()
    assert window.snapshot is None and window.inventory.model.rows == ()
    assert window.selected_certificate() is None and not window.renew_action.isEnabled()
    window.refresh()  # e.g. a change read while in the tray: not held either
    qtbot.wait(200)
    assert window.snapshot is None and window.inventory.model.rows == ()
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10_000):
        window.show()
    assert len(window.inventory.model.rows) == 4 and window.snapshot is not None
    assert loads == [1, 1, 1]
