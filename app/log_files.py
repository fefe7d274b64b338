"""Rotating log files in <home>/logs for both faces (certdesk-cli.log, certdesk.log).

A windowed app has no console on Windows: what is not in the file is lost. Installing twice
(tests, a second main() call) replaces the earlier handler instead of piling them up.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import log_dir

MAX_BYTES = 2_000_000
BACKUPS = 3
_TAG = "certdesk_log_file"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files readable by their owner only (0600), also after each rotation: a log names
    certificates, hosts and accounts, which other users of the machine need not read."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOINHERIT", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        if sys.platform != "win32":
            with contextlib.suppress(OSError):  # a file an older version created 0644
                os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


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
        handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
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
