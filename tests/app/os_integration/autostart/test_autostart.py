from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from app.os_integration.autostart.launch_agent import login_plist
from app.os_integration.autostart.service import AutostartService, autostart_for
from app.os_integration.autostart.windows_run import RUN_KEY, WindowsRunAutostart, run_value
from app.os_integration.autostart.xdg import desktop_entry, exec_quote
from app.storage.store import Store

ARGV = ("/opt/py thon/python", "-m", "ui.main", "--tray")


def test_xdg_enable_disable_on_this_machine(tmp_path: Path, store: Store,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    backend = autostart_for("linux", user_home=tmp_path, argv=ARGV)
    service = AutostartService(backend, store.settings)
    path = tmp_path / ".config" / "autostart" / "certdesk.desktop"
    assert not service.is_enabled()
    service.enable()
    assert service.is_enabled() and store.settings.get("start_at_login") is True
    assert path.read_text() == desktop_entry(ARGV)
    # the user (or the desktop's settings panel) may switch it off in the file
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true",
                                             "X-GNOME-Autostart-enabled=false"))
    assert not service.is_enabled()
    service.disable()
    assert not path.exists() and store.settings.get("start_at_login") is False
    service.disable()  # idempotent


def test_desktop_entry_exact() -> None:
    assert desktop_entry(ARGV) == (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=certdesk\n"
        "Comment=Watch certificate expiry and renew in the background\n"
        'Exec="/opt/py thon/python" -m ui.main --tray\n'
        "Icon=certdesk\n"
        "Terminal=false\n"
        "Categories=Utility;Security;\n"
        "X-GNOME-Autostart-enabled=true\n")
    assert exec_quote("100%") == "100%%"
    assert exec_quote('a"b') == '"a\\\\"b"'
    assert exec_quote("$x") == '"\\\\$x"'


def test_macos_login_agent(tmp_path: Path) -> None:
    backend = autostart_for("darwin", user_home=tmp_path, argv=ARGV)
    assert not backend.is_enabled()
    backend.enable()
    path = tmp_path / "Library" / "LaunchAgents" / "org.certdesk.app.plist"
    assert plistlib.loads(path.read_bytes()) == {
        "Label": "org.certdesk.app", "ProgramArguments": list(ARGV), "RunAtLoad": True,
        "KeepAlive": False, "ProcessType": "Interactive", "LimitLoadToSessionType": "Aqua"}
    assert path.read_bytes() == login_plist(ARGV)
    assert backend.is_enabled()
    backend.disable()
    assert not backend.is_enabled()


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_run_key() -> None:
    key = FakeRunKey()
    argv = (r"C:\Program Files\certdesk\pythonw.exe", "-m", "ui.main", "--tray")
    backend = autostart_for("win32", run_key=key, argv=argv)
    assert isinstance(backend, WindowsRunAutostart)
    backend.enable()
    assert key.values == {
        "certdesk": '"C:\\Program Files\\certdesk\\pythonw.exe" -m ui.main --tray'}
    assert backend.is_enabled()
    assert RUN_KEY in backend.describe()
    backend.disable()
    assert not backend.is_enabled()
    assert run_value(("a b", 'c"d')) == '"a b" c\\"d'
