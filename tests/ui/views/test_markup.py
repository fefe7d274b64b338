"""Rich-text labels show apostrophes and quotes as themselves, never as &#x27;."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.support.certificates import add_certificate
from tests.ui.conftest import MakeCtx
from ui.dialogs.revoke_dialog import RevokeDialog
from ui.views.markup import escape

pytestmark = pytest.mark.gui


def test_escape_keeps_quotes_and_escapes_markup() -> None:
    assert escape("Bob's <b>\"site\"</b> & co") == "Bob's &lt;b&gt;\"site\"&lt;/b&gt; &amp; co"


def test_a_label_with_an_apostrophe_reads_right(qtbot: QtBot, services: Services,
                                                make_ctx: MakeCtx) -> None:
    cert = add_certificate(services.store, not_before=dt.datetime.now(dt.UTC), days=90,
                           label="Bob's shop")
    dialog = RevokeDialog(make_ctx(services, inline=True), cert)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Bob's shop" in t for t in texts) and not any("&#x27;" in t for t in texts)
