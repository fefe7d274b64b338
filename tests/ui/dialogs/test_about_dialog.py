"""Help → About: version, licence and the bundled components' licences."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app import __version__
from app.services.about import about_info
from app.services.container import Services
from ui.dialogs.about_dialog import AboutDialog

pytestmark = pytest.mark.gui


def test_about_lists_version_licence_and_components(qtbot: QtBot, services: Services,
                                                    make_ctx: Any) -> None:
    dialog = AboutDialog(make_ctx(services, inline=True))
    qtbot.addWidget(dialog)
    assert f"certdesk {__version__}" in dialog.heading.text()
    assert "MIT" in dialog.heading.text()
    listed = dialog.components.toPlainText()
    for name, licence in (("PySide6_Essentials", "LGPL-3.0"), ("certifi", "MPL-2.0"),
                          ("cryptography", "Apache-2.0")):
        start = listed.index(name)
        assert licence in listed[start:start + 120]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.notices.toPlainText()
    assert "Mozilla Public License" in dialog.notices.toPlainText()


def test_frozen_build_shows_the_bundled_notices(tmp_path: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    (tmp_path / "THIRD-PARTY-NOTICES.txt").write_text("the bundled notices\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    info = about_info()
    assert info.notices == "the bundled notices\n" and info.components == ()
