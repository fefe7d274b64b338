"""Start certdesk as on a desktop with a system tray, where the platform has none (offscreen).

`python -m benchmarks.tray_start --hidden --home DIR` runs certdesk's own `main()` with one
difference: Qt is told that a system tray is available, so a start with `--hidden` stays in
the tray (its window's lists are read only when it is first opened) instead of showing the
window, as it must where there is no tray. Everything else (the import order, the services,
the background renewals) is the app's. For measuring what an app waiting in the tray holds.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType

WIDGETS = "PySide6.QtWidgets"


def _always() -> bool:
    return True


class TrayAvailable(MetaPathFinder):
    """Patches PySide6.QtWidgets when the app first imports it (not earlier: the app
    imports its core before PySide6, and this keeps that order)."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != WIDGETS:
            return None
        spec = PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        loader = spec.loader
        execute = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            execute(module)
            module.QSystemTrayIcon.isSystemTrayAvailable = staticmethod(_always)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main(argv: list[str] | None = None) -> int:
    sys.meta_path.insert(0, TrayAvailable())
    from ui.main import main as certdesk_main

    return certdesk_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
