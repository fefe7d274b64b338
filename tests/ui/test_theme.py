"""Tray icons per state: light and dark variants, and a template image on macOS."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ui import theme

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("state", ["ok", "warning", "error"])
def test_tray_icon_variants_exist_per_state(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                            state: str) -> None:
    monkeypatch.setattr(theme, "is_dark", lambda: False)
    light = theme.tray_icon(state, platform="win32")
    monkeypatch.setattr(theme, "is_dark", lambda: True)
    dark = theme.tray_icon(state, platform="linux")
    template = theme.tray_icon(state, platform="darwin")
    images = [i.pixmap(22, 22).toImage() for i in (light, dark, template)]
    assert not any(i.isNull() for i in images)
    assert len({bytes(i.constBits()) for i in images}) == 3  # three different drawings
    assert template.isMask() and not light.isMask()


def test_template_images_are_black_and_transparent_only(qtbot: QtBot) -> None:
    for state in ("ok", "warning", "error"):
        image = theme.tray_icon(state, platform="darwin").pixmap(44, 44).toImage()
        colours = [image.pixelColor(x, y) for x in range(44) for y in range(44)]
        assert all(c.red() == c.green() == c.blue() == 0 for c in colours if c.alpha() > 0)
