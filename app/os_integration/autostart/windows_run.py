"""Windows: a value in HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from typing import Protocol

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
VALUE_NAME = "certdesk"


class RunKeyStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WinregRunKey:  # pragma: no cover - needs Windows
    """The real registry (HKEY_CURRENT_USER, no admin rights needed)."""

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise OSError("The Windows registry is only available on Windows.")

    def get(self, name: str) -> str | None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    value, _ = winreg.QueryValueEx(key, name)
                    return str(value)
            except FileNotFoundError:
                return None
        return None

    def set(self, name: str, value: str) -> None:
        if sys.platform == "win32":
            import winreg

            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                    winreg.KEY_SET_VALUE) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                    winreg.KEY_SET_VALUE) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass


def run_value(argv: Sequence[str]) -> str:
    return subprocess.list2cmdline(list(argv))


class WindowsRunAutostart:
    mechanism = "Windows Run key"

    def __init__(self, store: RunKeyStore, argv: Sequence[str]) -> None:
        self.store = store
        self.argv = tuple(argv)

    def enable(self) -> None:
        self.store.set(VALUE_NAME, run_value(self.argv))

    def disable(self) -> None:
        self.store.delete(VALUE_NAME)

    def is_enabled(self) -> bool:
        return bool(self.store.get(VALUE_NAME))

    def describe(self) -> str:
        return f"HKCU\\{RUN_KEY}\\{VALUE_NAME} = {run_value(self.argv)}"
