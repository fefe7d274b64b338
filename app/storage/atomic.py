"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _process_umask() -> int:
    # Read once, at import: os.umask(0) briefly changes the whole process's umask, so a file
    # another thread creates meanwhile (the SQLite WAL, a log) would be world-writable.
    umask = os.umask(0o077)
    os.umask(umask)
    return umask


_UMASK = _process_umask() if os.name == "posix" else 0


def atomic_write(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename.

    `private` makes the file owner-only (0600 on POSIX; on Windows the file inherits the
    user's profile ACL, and app.os_integration.file_acl tightens it where available).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        if private and os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if not private and os.name == "posix":
            os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":
        with contextlib.suppress(OSError):
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
