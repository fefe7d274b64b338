"""Rotating log files in <home>/logs for both faces (certdesk-cli.log, certdesk.log).

A windowed app has no console on Windows: what is not in the file is lost. Installing twice
(tests, a second main() call) replaces the earlier handler instead of piling them up.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import log_dir

MAX_BYTES = 2_000_000
BACKUPS = 3
_TAG = "certdesk_log_file"


def install_log_file(home: Path, file_name: str, *, level: int = logging.INFO) -> Path | None:
    """Send the root logger's records at `level` and above to <home>/logs/<file_name>.

    Returns the file's path, or None when the folder cannot be written (the app still runs).
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _TAG, None) == file_name]:
        root.removeHandler(old)
        old.close()
    try:
        path = log_dir(home) / file_name
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, _TAG, file_name)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger("acme").setLevel(max(logging.INFO, level))  # DEBUG dumps requests
    return path
