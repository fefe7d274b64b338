"""Linux (and other XDG desktops): ~/.config/autostart/certdesk.desktop."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.storage.atomic import atomic_write

FILE_NAME = "certdesk.desktop"
_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def exec_quote(arg: str) -> str:
    """Quote one Exec argument (Desktop Entry spec, "The Exec key")."""
    escaped = arg.replace("%", "%%")
    if not any(c in _RESERVED for c in escaped) and escaped:
        return escaped
    for ch in ("\\", '"', "`", "$"):
        escaped = escaped.replace(ch, "\\" + ch)
    # the value is also a desktop-file "string", where a backslash is written twice
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry(argv: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=certdesk\n"
        "Comment=Watch certificate expiry and renew in the background\n"
        f"Exec={' '.join(exec_quote(a) for a in argv)}\n"
        "Icon=certdesk\n"
        "Terminal=false\n"
        "Categories=Utility;Security;\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class XdgAutostart:
    mechanism = "XDG autostart entry"

    def __init__(self, config_home: Path, argv: Sequence[str]) -> None:
        self.path = config_home / "autostart" / FILE_NAME
        self.argv = tuple(argv)

    def enable(self) -> None:
        atomic_write(self.path, desktop_entry(self.argv).encode())

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            lines = self.path.read_text("utf-8").splitlines()
        except OSError:
            return False
        off = {"hidden=true", "x-gnome-autostart-enabled=false"}
        return not any(line.strip().lower().replace(" ", "") in off for line in lines)

    def describe(self) -> str:
        return f"{self.path}\n{desktop_entry(self.argv)}"
