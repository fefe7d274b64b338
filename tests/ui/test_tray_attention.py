"""The tray's icon and menu come from the attention list: never red over an empty menu."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from app.services.monitoring import AttentionItem, HealthState
from tests.ui.conftest import MakeCtx
from ui.main_window import MainWindow
from ui.tray import Tray

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def item(label: str, kind: str, severity: HealthState) -> AttentionItem:
    return AttentionItem(f"id-{label}", label, kind, severity, f"{label}: something", "Fix it.",
                         NOW)


def test_state_and_menu_say_the_same(qtbot: QtBot, services: Services,
                                     make_ctx: MakeCtx) -> None:
    window = MainWindow(make_ctx(services, inline=True))
    qtbot.addWidget(window)
    tray = Tray(window.ctx, window)
    attention = window.attention_view
    attention.set_items([item("shop.example.com", "order_failed", HealthState.CRITICAL),
                         item("vpn.example.net", "manual_action", HealthState.EXPIRING)])
    assert tray.state == "error"
    texts = [a.text() for a in tray.item_actions]
    assert texts == ["shop.example.com — Order failed", "vpn.example.net — Needs you"]
    assert tray.renew_action.isEnabled()
    attention.set_items([item("vpn.example.net", "manual_action", HealthState.EXPIRING)])
    assert tray.state == "warning" and len(tray.item_actions) == 1
    assert not tray.renew_action.isEnabled()  # renewing would not help: it waits for you
    attention.set_items([])
    assert tray.state == "ok" and tray.item_actions == []
    # Opening an item shows it in the window.
    attention.set_items([item("shop.example.com", "order_failed", HealthState.CRITICAL)])
    window.hide()
    tray.item_actions[0].trigger()
    assert window.isVisible()


def test_many_items_end_with_more(qtbot: QtBot, services: Services,
                                  make_ctx: MakeCtx) -> None:
    window = MainWindow(make_ctx(services, inline=True))
    qtbot.addWidget(window)
    tray = Tray(window.ctx, window)
    window.attention_view.set_items([item(f"n{i}.example", "expiring", HealthState.EXPIRING)
                                     for i in range(11)])
    assert tray.item_actions[-1].text() == "3 more…"
    tray.item_actions[-1].trigger()
    assert window.tabs.currentWidget() is window.attention_view
