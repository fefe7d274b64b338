"""Colours and icons that follow the platform's light or dark theme."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from app.resources import icon_path
from ui.models.certificate_rows import Expiry


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        scheme = app.styleHints().colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        window = app.palette().color(QPalette.ColorRole.Window)
        return window.lightness() < 128
    return False


_LIGHT = {Expiry.EXPIRED: "#c62828", Expiry.URGENT: "#d84315", Expiry.SOON: "#b7791f",
          Expiry.OK: "#2e7d32", Expiry.NONE: "#757575"}
_DARK = {Expiry.EXPIRED: "#ef5350", Expiry.URGENT: "#ff8a65", Expiry.SOON: "#ffd54f",
         Expiry.OK: "#81c784", Expiry.NONE: "#9e9e9e"}


def expiry_color(state: Expiry) -> QColor:
    return QColor((_DARK if is_dark() else _LIGHT)[state])


def icon(name: str) -> QIcon:
    """An SVG icon from the `ui.icons` package (sharp at any DPI), or an empty icon if
    missing."""
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()


def tray_icon(state: str, *, platform: str | None = None) -> QIcon:
    """The tray icon of a state (ok, warning, error): on macOS a template image the menu bar
    tints itself, elsewhere the variant that stands out on a light or dark panel."""
    if (platform or sys.platform) == "darwin":
        template = icon(f"tray-{state}-template")
        template.setIsMask(True)
        return template
    return icon(f"tray-{state}-dark" if is_dark() else f"tray-{state}")
