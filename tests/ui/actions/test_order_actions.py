"""Pending orders: Resume opens the order in the wizard, Cancel gives it up after asking."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from app.challenge_options import Dns01Manual
from app.domain import ChallengeConfig, ValidationPlan
from app.services.certificates import IssueRequest
from app.services.container import Services
from tests.support.acme_env import new_account
from tests.support.pebble import Pebble
from tests.ui.actions.conftest import accept_confirm, open_window, reload
from tests.ui.conftest import MakeCtx

pytestmark = [pytest.mark.gui, pytest.mark.pebble]


def test_resume_and_cancel_buttons(qtbot: QtBot, pebble: Pebble, pebble_services: Services,
                                   make_ctx: MakeCtx) -> None:
    account = new_account(pebble_services, pebble)
    order = pebble_services.certificates.prepare(IssueRequest(
        account.id, names=["pending.example.com"],
        validation=ValidationPlan(ChallengeConfig(Dns01Manual()))))
    window = open_window(qtbot, make_ctx(pebble_services, inline=True))
    actions = window.order_actions
    view = window.orders_view
    window.tabs.setCurrentWidget(view)
    buttons = view.findChildren(QToolButton)
    shown = {b.defaultAction() for b in buttons}
    assert {actions.resume_action, actions.cancel_action} <= shown
    assert "DNS records" in actions.resume_action.toolTip()
    assert "gives it up" in actions.hint.text() and actions.hint.isVisibleTo(window)
    assert not actions.cancel_action.isEnabled()
    view.table.selectRow(0)
    assert actions.cancel_action.isEnabled()

    with qtbot.waitSignal(actions.resume_requested) as resumed:
        actions.resume_action.trigger()
    assert resumed.args is not None and resumed.args[0].id == order.id

    actions.cancel_action.trigger()
    assert "cannot be resumed" in accept_confirm(qtbot)
    reload(qtbot, window)
    assert pebble_services.certificates.orders(unfinished_only=True) == []
    assert view.model.rowCount() == 0
