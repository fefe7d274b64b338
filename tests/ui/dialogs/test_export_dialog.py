"""The export dialog re-checks on every field and says what is missing."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.ui.conftest import MakeCtx
from ui.dialogs.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def test_pfx_export_enables_once_the_password_is_typed(qtbot: QtBot, services: Services,
                                                       make_ctx: MakeCtx) -> None:
    cert = SimpleNamespace(id="c1", label="www.example.com")
    dialog = ExportDialog(make_ctx(services, inline=True), cert, fmt="pfx")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.info.password == "required"
    assert not dialog.export_button.isEnabled()
    assert "where to save" in dialog.status.text()
    dialog.path.setText("/tmp/site.pfx")
    assert not dialog.export_button.isEnabled()
    assert "password" in dialog.status.text()
    dialog.password.setText("s3cret")  # no need to touch the path again
    assert dialog.export_button.isEnabled() and dialog.status.text() == ""
    dialog.password.clear()
    assert not dialog.export_button.isEnabled()
