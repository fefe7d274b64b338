"""`certdesk --self-test [--report FILE]`: the smoke test every packaged build must pass.

It opens the main window and every view and dialog, loads every icon, and runs the core's
checks (every CLI command, the DNS providers, the offline DNS data, the CA bundle, the keyring
backend). The exit code is the verdict; the report goes to stdout and, because a windowed
Windows app has no stdout, to the file given with `--report`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from app.resources import icon_names, icon_path
from app.self_check import Check, run_core_checks, write_report

if TYPE_CHECKING:
    from ui.startup import Started

#: Icons the app cannot do without (the window, the tray states).
REQUIRED_ICONS = ("certdesk", "tray-ok", "tray-warning", "tray-error")


def check_icons(names: list[str] | None = None) -> Check:
    """Every shipped icon renders (a missing SVG image plugin makes them all blank)."""
    names = icon_names() if names is None else names
    missing = [n for n in REQUIRED_ICONS if n not in names]
    blank = [n for n in names if not icon_path(n).is_file()
             or QIcon(str(icon_path(n))).pixmap(32, 32).isNull()]
    if missing or blank or not names:
        detail = "; ".join(filter(None, [
            "missing: " + ", ".join(missing) if missing else "",
            "do not load: " + ", ".join(blank) if blank else "",
            "no icons found" if not names else ""]))
        return Check("icons", False, detail)
    return Check("icons", True, f"{len(names)} icons load")


def all_checks() -> list[Check]:
    return [*run_core_checks(), check_icons()]


def report_text(checks: list[Check], timings: dict[str, float], window_ok: bool) -> str:
    lines = [c.line() for c in checks]
    lines.append("check window: " + ("ok - main window, views and dialogs opened" if window_ok
                                     else "FAILED - see the error above"))
    lines += [f"{key}: {timings[key] * 1000:.0f} ms"
              for key in ("imports", "first_window", "views", "checks", "total")
              if key in timings]
    passed = window_ok and all(c.ok for c in checks)
    lines.append("self-test: " + ("ok" if passed else "FAILED"))
    return "\n".join(lines) + "\n"


def run_self_test(app: QApplication, started: Started, *, t0: float, t_imports: float,
                  report: Path | None = None, timeout_s: float = 60.0) -> int:
    window = started.window
    timings: dict[str, float] = {"imports": t_imports}
    result = {"window_ok": False}
    errors: list[str] = []

    def shown_and_loaded(_snap: object) -> None:
        if "first_window" in timings:
            return
        timings["first_window"] = time.perf_counter() - t0
        QTimer.singleShot(0, open_views)

    def open_views() -> None:
        try:
            start = time.perf_counter()
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                app.processEvents()
            window.tabs.setCurrentIndex(0)
            from ui.dialogs.account_dialog import AccountDialog
            from ui.dialogs.settings_dialog import SettingsDialog
            from ui.wizard.new_certificate import NewCertificateWizard

            snapshot = window.snapshot
            accounts = snapshot.accounts if snapshot else ()
            dialogs: list[QDialog] = [
                AccountDialog(started.ctx, window, initial="custom"),
                SettingsDialog(started.ctx, window),
                NewCertificateWizard(started.ctx, accounts, window),
            ]
            for dialog in dialogs:
                dialog.show()
                app.processEvents()
                dialog.reject()
            timings["views"] = time.perf_counter() - start
            result["window_ok"] = True
        except Exception as exc:  # reported, then the self-test fails
            errors.append(f"self-test failed: {type(exc).__name__}: {exc}")
        finally:
            app.quit()

    window.snapshot_loaded.connect(shown_and_loaded)
    window.show()
    QTimer.singleShot(int(timeout_s * 1000), app.quit)
    app.exec()
    started.close()
    start = time.perf_counter()
    checks = all_checks()
    timings["checks"] = time.perf_counter() - start
    timings["total"] = time.perf_counter() - t0
    text = "".join(f"{e}\n" for e in errors) + report_text(checks, timings, result["window_ok"])
    passed = text.rstrip().endswith("self-test: ok")
    if report is not None:
        write_report(report, text)
    if sys.stdout is not None:  # a windowed Windows app has none
        sys.stdout.write(text)
        sys.stdout.flush()
    if not passed and sys.stderr is not None:
        print("self-test: FAILED", file=sys.stderr)
    return 0 if passed else 1
