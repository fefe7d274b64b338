"""Endpoints dialog: add host:port, check against a local TLS server on a worker, warnings,
invalid addresses in place, remove."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.support.certificates import LocalCA, add_certificate, add_version
from tests.support.tls_server import SwappableTlsServer
from tests.ui.conftest import MakeCtx
from ui.dialogs.endpoints_dialog import EndpointsDialog

pytestmark = pytest.mark.gui

NAMES = ("www.example.test", "example.test")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SwappableTlsServer]:
    s = SwappableTlsServer(tmp_path)
    yield s
    s.close()


def test_add_check_warn_and_remove(qtbot: QtBot, services: Services, make_ctx: MakeCtx,
                                   server: SwappableTlsServer) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    ca = LocalCA()
    cert = add_certificate(services.store, not_before=now - dt.timedelta(days=30), days=90,
                           names=NAMES, ca=ca)
    _version, current, key = add_version(services.store, cert.id, not_before=now, days=90,
                                         names=NAMES, ca=ca)
    server.serve(current, key)
    dialog = EndpointsDialog(make_ctx(services), services.store.certificates.get(cert.id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "No endpoints yet" in dialog.status.text(), timeout=5000)
    assert "www.example.test" in dialog.windowTitle()
    assert not dialog.add_button.isEnabled() and not dialog.check_button.isEnabled()

    dialog.address.setText("127.0.0.1:99999")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=5000)
    assert "invalid port" in dialog.error.text()
    assert dialog.model.rowCount() == 0

    dialog.address.setText(f"127.0.0.1:{server.port}")
    dialog.sni.setText("www.example.test")
    with qtbot.waitSignal(dialog.checked, timeout=15000):  # a new endpoint is checked at once
        dialog.add_button.click()
    assert dialog.model.rowCount() == 1
    assert dialog.error.isHidden() and dialog.address.text() == ""
    assert dialog.model.index(0, 2).data() == "OK", dialog.model.index(0, 4).data()
    assert dialog.warnings.isHidden()
    assert "all endpoints serve the current certificate" in dialog.status.text()

    other, other_key = ca.issue(("other.test",), now, now + dt.timedelta(days=90))
    server.serve(other, other_key)
    with qtbot.waitSignal(dialog.checked, timeout=15000):
        dialog.check_now()
    assert dialog.model.index(0, 2).data() == "Wrong certificate"
    assert not dialog.warnings.isHidden()
    assert "1 of 1 endpoints need attention" in dialog.warnings.text()
    assert f"127.0.0.1:{server.port}" in dialog.warnings.text()
    assert "1 need attention" in dialog.status.text()
    assert "endpoint" in [i.kind for i in services.monitoring.attention()]

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.endpoints_loaded, timeout=5000):
        dialog.remove_button.click()
    assert dialog.model.rowCount() == 0
    assert services.monitoring.list_endpoints(cert.id) == []
