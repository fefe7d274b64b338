"""`certdesk --self-test`: open the main window and every view and dialog, print timings."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

if TYPE_CHECKING:
    from ui.startup import Started


def run_self_test(app: QApplication, started: Started, *, t0: float, t_imports: float,
                  timeout_s: float = 60.0) -> int:
    window = started.window
    timings: dict[str, float] = {"imports": t_imports}
    result = {"code": 1}

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
            result["code"] = 0
        except Exception as exc:  # report, then fail the self-test
            print(f"self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            raise
        finally:
            app.quit()

    window.snapshot_loaded.connect(shown_and_loaded)
    window.show()
    QTimer.singleShot(int(timeout_s * 1000), app.quit)
    app.exec()
    started.close()
    timings["total"] = time.perf_counter() - t0
    for key in ("imports", "first_window", "views", "total"):
        if key in timings:
            print(f"{key}: {timings[key] * 1000:.0f} ms")
    if result["code"] != 0:
        print("self-test: FAILED", file=sys.stderr)
    else:
        print("self-test: ok")
    return result["code"]
