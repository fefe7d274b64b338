"""The activity log: newest first, double-click selects the certificate, Copy."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.support.certificates import add_certificate
from tests.ui.actions.conftest import open_window, reload
from tests.ui.conftest import MakeCtx

pytestmark = pytest.mark.gui


def test_newest_first_and_double_click_shows_the_certificate(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(services.store, not_before=now - dt.timedelta(days=1), days=90,
                           label="logged")
    add_certificate(services.store, not_before=now, days=90, label="other")
    services.store.events.add("certificate-issued", "first", certificate_id=cert.id)
    window = open_window(qtbot, make_ctx(services, inline=True))
    services.store.events.add("renewal_failed", "second", certificate_id=cert.id)
    reload(qtbot, window)
    view = window.activity_view
    window.tabs.setCurrentWidget(view)
    messages = [view.model.index(r, 3).data() for r in range(view.model.rowCount())]
    assert messages.index("second") < messages.index("first")
    view.table.selectRow(0)
    window.activity_actions.copy_action.trigger()
    assert "Renewal failed\tsecond" in QGuiApplication.clipboard().text()
    view.table.activated.emit(view.table.currentIndex())
    assert window.tabs.currentWidget() is window.splitter
    selected = window.selected_certificate()
    assert selected is not None and selected.id == cert.id
