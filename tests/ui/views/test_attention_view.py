"""The Attention tab over real services: expiring and expired certificates, worst first;
refreshed by monitoring events; double-click opens the certificate or resumes the order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

import ui.views.attention_view
from app.challenge_options import Dns01Manual
from app.domain import ChallengeConfig, OrderRecord, OrderState, ValidationPlan
from app.events import MonitoringChanged
from app.services.container import Services
from app.services.preferences import PreferencesService
from tests.support.certificates import add_certificate
from tests.ui.conftest import MakeCtx
from ui.bridge import CoreEventBridge
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.table import RowRole
from ui.views.attention_view import AttentionView

pytestmark = pytest.mark.gui

DAY = dt.timedelta(days=1)
T = TypeVar("T")


def _window(qtbot: QtBot, ctx: object) -> MainWindow:
    window = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.attention_view.attention_loaded, timeout=10000):
        window.refresh()
    return window


def _row_index(window: MainWindow, kind: str) -> QModelIndex:
    proxy = window.attention_view.table.model
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(RowRole).item.kind == kind:
            return proxy.index(r, 0)
    raise AssertionError(f"no {kind} row")


def test_expiring_and_expired_appear_worst_first(qtbot: QtBot, services: Services,
                                                 make_ctx: MakeCtx) -> None:
    now = dt.datetime.now(dt.UTC)
    soon = add_certificate(services.store, not_before=now - 85 * DAY, days=90,
                           names=("soon.example.test",), options=Dns01Manual())
    add_certificate(services.store, not_before=now - 95 * DAY, days=90,
                    names=("gone.example.test",), options=Dns01Manual())
    add_certificate(services.store, not_before=now - 1 * DAY, days=90,
                    names=("fine.example.test",), options=Dns01Manual())
    window = _window(qtbot, make_ctx(services))
    view = window.attention_view
    proxy = view.table.model
    rows = [proxy.index(r, 0).data(RowRole).item for r in range(proxy.rowCount())]
    assert [(i.label, i.kind) for i in rows] == [("gone.example.test", "expired"),
                                                 ("soon.example.test", "expiring")]
    assert view.table.stack.currentWidget() is view.table.table
    index = window.tabs.indexOf(view)
    assert window.tabs.tabText(index) == "Atte&ntion (2)"
    assert "expires in" in proxy.index(1, 4).data()
    assert view.updated.text().startswith("Updated at")
    # Offscreen shows no notifications: the view says this list is where to look.
    assert not view.notifications
    assert "no notifications" in view.banner.text()

    window.tabs.setCurrentWidget(view)
    view.table.table.selectRow(1)
    assert view.open_button.isEnabled()
    view.table.table.activated.emit(_row_index(window, "expiring"))
    assert window.tabs.currentWidget() is window.splitter
    selected = window.selected_certificate()
    assert selected is not None and selected.id == soon.id
    assert window.endpoints_action.isEnabled()


def test_empty_then_refreshed_by_a_monitoring_event(qtbot: QtBot, services: Services,
                                                    make_ctx: MakeCtx) -> None:
    window = _window(qtbot, make_ctx(services))
    view = window.attention_view
    assert view.table.stack.currentWidget() is view.table.empty
    assert "no notifications" in view.table.empty.text.text()
    assert window.tabs.tabText(window.tabs.indexOf(view)) == "Atte&ntion"
    now = dt.datetime.now(dt.UTC)
    add_certificate(services.store, not_before=now - 100 * DAY, days=90, options=Dns01Manual())
    with qtbot.waitSignal(view.attention_loaded, timeout=10000) as blocker:
        services.hooks.emit(MonitoringChanged())
    assert blocker.args == [1, 0]
    assert view.model.rowCount() == 1
    assert view.table.stack.currentWidget() is view.table.table


def test_manual_step_resumes_the_parked_order(qtbot: QtBot, services: Services,
                                              make_ctx: MakeCtx,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(services.store, not_before=now - 80 * DAY, days=90,
                           options=Dns01Manual())
    other = add_certificate(services.store, not_before=now - 80 * DAY, days=90,
                            names=("other.example.test",), options=Dns01Manual())
    order = OrderRecord(
        id="o1", certificate_id=cert.id, account_id="a1", kind="renew",
        state=OrderState.AWAITING_USER,
        identifiers=cert.identifiers, order_url=None, finalize_url=None, cert_url=None,
        key_secret_id=None, csr_pem=None,
        validation=ValidationPlan(ChallengeConfig(Dns01Manual())),
        profile=None, replaces=None, preferred_chain=None, error=None, attempts=0,
        created_at=now, updated_at=now)
    services.store.orders.add(order)
    window = _window(qtbot, make_ctx(services))
    resumed: list[OrderRecord] = []
    monkeypatch.setattr(window, "_on_orders_row_activated", resumed.append)
    renewed: list[str] = []
    monkeypatch.setattr(window, "_on_renew_triggered",
                        lambda: renewed.append(getattr(window.selected_certificate(), "id", "")))
    window.attention_view.manual_action_requested.emit(cert.id)
    assert [o.id for o in resumed] == ["o1"]
    # Without a parked order it opens the certificate and its renewal window (which shows
    # the DNS records to create).
    window.attention_view.manual_action_requested.emit(other.id)
    assert len(resumed) == 1
    selected = window.selected_certificate()
    assert selected is not None and selected.id == other.id
    assert renewed == [other.id]


def test_a_reload_shows_the_list_worst_first_again(qtbot: QtBot, services: Services,
                                                  make_ctx: MakeCtx) -> None:
    now = dt.datetime.now(dt.UTC)
    add_certificate(services.store, not_before=now - 85 * DAY, days=90,
                    names=("a-soon.example.test",), options=Dns01Manual())
    add_certificate(services.store, not_before=now - 95 * DAY, days=90,
                    names=("z-gone.example.test",), options=Dns01Manual())
    window = _window(qtbot, make_ctx(services))
    view = window.attention_view
    model = view.table.model
    view.table.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by certificate
    assert model.index(0, 0).data(RowRole).item.label == "a-soon.example.test"
    with qtbot.waitSignal(view.attention_loaded, timeout=10000):
        view.refresh()
    assert [model.index(r, 0).data(RowRole).item.kind for r in range(model.rowCount())] == \
        ["expired", "expiring"]
    assert view.table.table.horizontalHeader().sortIndicatorSection() == 0


def test_working_in_the_inventory_puts_a_coming_scan_off_for_a_while(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, make_ctx(services))
    view = window.attention_view
    timer = view._timer
    view.schedule_refresh()
    qtbot.wait(150)
    left = timer.remainingTime()
    window.inventory.search.setText("x")  # typing a filter
    assert timer.isActive() and timer.remainingTime() > left
    monkeypatch.setattr(ui.views.attention_view, "POSTPONE_MAX_S", 0.0)  # waited long enough
    qtbot.wait(100)
    left = timer.remainingTime()
    window.inventory.search.setText("xy")
    assert timer.remainingTime() <= left
    with qtbot.waitSignal(view.attention_loaded, timeout=5000):
        pass


class _HeldRunner:
    """Runs each task when the test says so, in the order the test chooses."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[], object], Callable[[object], object]]] = []

    def run(self, fn: Callable[[Any], T], *, on_success: Callable[[T], object],
            **_kwargs: object) -> None:
        self.held.append((lambda: fn(None), on_success))  # type: ignore[arg-type]

    def finish(self, index: int) -> None:
        fn, on_success = self.held.pop(index)
        on_success(fn())

    def shutdown(self) -> None:
        return None


def test_a_scan_asked_for_while_one_runs_runs_once_after_it(qtbot: QtBot,
                                                            services: Services) -> None:
    now = dt.datetime.now(dt.UTC)
    add_certificate(services.store, not_before=now - 95 * DAY, days=90,
                    names=("gone.example.test",), options=Dns01Manual())
    runner = _HeldRunner()
    bridge = CoreEventBridge(services.hooks)
    ctx = AppContext(services=services, preferences=PreferencesService(services.store),
                     tasks=runner, bridge=bridge)  # type: ignore[arg-type]
    view = AttentionView(ctx)
    qtbot.addWidget(view)
    try:
        view.refresh()
        view.refresh()
        view.refresh()
        assert len(runner.held) == 1  # one scan at a time
        runner.finish(0)
        assert len(runner.held) == 1  # and one more for the asks meanwhile
        assert view.model.rowCount() == 1
        runner.finish(0)
        assert not runner.held
    finally:
        bridge.close()
