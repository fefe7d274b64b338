"""The composition root: builds the store, the services, the task runner and the windows.

`certdesk` starts the app; `certdesk --self-test [--home DIR] [--report FILE]` opens the main
window and each view and dialog (offscreen-capable), checks that every bundled piece is there,
prints the report (and writes it to FILE) and exits 0 only if all passed (packaging, CI).
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import argparse  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

from app import __version__  # noqa: E402

log = logging.getLogger("certdesk.ui")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="certdesk", description="certdesk desktop app")
    parser.add_argument("--home", help="data folder (default: CERTDESK_HOME or the platform's "
                                       "data directory)")
    parser.add_argument("--ca-bundle", default=os.environ.get("CERTDESK_CA_BUNDLE"),
                        help="extra CA certificates (PEM) to trust for ACME servers' TLS")
    parser.add_argument("--self-test", action="store_true",
                        help="open every view, check every bundled piece, print the report "
                             "and timings; the exit code is the verdict")
    parser.add_argument("--report", type=Path, metavar="FILE",
                        help="with --self-test: also write the report to FILE")
    parser.add_argument("--version", action="version", version=f"certdesk {__version__}")
    parser.add_argument("--hidden", "--tray", dest="hidden", action="store_true",
                        help="start in the tray (used by start at login)")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    from app.os_integration.launch import HEADLESS_CLI_FLAG

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [HEADLESS_CLI_FLAG]:  # scheduled renewal of an installed build: no Qt
        from app.cli.main import main as cli_main

        return cli_main(argv[1:])
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    # The Qt-free core first: once PySide6 is imported, its import hook reads the source of
    # every module imported after it (to look for its feature switches), which costs time
    # and keeps each file's lines in memory.
    from app.log_files import install_log_file
    from app.services.bootstrap import resolve_home

    from PySide6.QtCore import QSettings  # isort: skip
    from PySide6.QtWidgets import QApplication  # isort: skip

    home = resolve_home(args.home)

    log_file = install_log_file(home, "certdesk.log",
                                level=logging.DEBUG if args.verbose else logging.INFO)
    QApplication.setOrganizationName("certdesk")
    QApplication.setApplicationName("certdesk")
    QApplication.setApplicationDisplayName("certdesk")
    QApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "ui"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from ui.crash import CrashReporter, show_startup_error

    # From here on, no error ends only on stderr (a windowed app has none on Windows).
    reporter = CrashReporter(log_file, app).install()
    from ui.translations import install as install_translations

    translators = install_translations(app)  # noqa: F841  (kept installed while running)

    from ui.single_instance import SingleInstance

    instance = None
    if not args.self_test:
        instance = SingleInstance(str(home))
        if not instance.listen():  # lock first, then listen: only one instance can win
            instance.notify_running()
            print("certdesk is already running; brought it to the front.", file=sys.stderr)
            return 0
    t_imports = time.perf_counter() - _T0
    from ui.startup import build_app

    try:
        started = build_app(app, home=home, ca_bundle=args.ca_bundle, instance=instance,
                            background=not args.self_test, hidden=args.hidden)
    except Exception as exc:  # e.g. a database from a newer certdesk, a locked keyring
        code = show_startup_error(reporter, exc)
        reporter.uninstall()
        return code
    if args.self_test:
        from ui.self_test import run_self_test

        verdict = run_self_test(app, started, t0=_T0, t_imports=t_imports, report=args.report)
        reporter.uninstall()
        return verdict
    if not args.hidden or started.tray is None:
        started.window.show()
    code = app.exec()
    started.close()
    reporter.uninstall()
    return code


if __name__ == "__main__":
    sys.exit(main())

