"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def _process_umask() -> int:
    # Read once, at import: os.umask(0) briefly changes the whole process's umask, so a file
    # another thread creates meanwhile (the SQLite WAL, a log) would be world-writable.
    umask = os.umask(0o077)
    os.umask(umask)
    return umask


_UMASK = _process_umask() if sys.platform != "win32" else 0


def atomic_write(path: str | os.PathLike[str], data: bytes, *, private: bool = False,
                 restrict: Callable[[Path], None] | None = None) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename.

    `private` makes the file owner-only (0600 on POSIX; on Windows the file inherits its
    folder's ACL). `restrict` is called with the temporary file while it is still empty (e.g.
    app.os_integration.file_acl.restrict_to_owner, which sets the Windows ACL), so the data
    is never readable with looser access, under either name.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:  # closed on every path, also when restrict fails
            if private and sys.platform != "win32":
                os.fchmod(fh.fileno(), 0o600)
            if restrict is not None:
                restrict(Path(tmp))
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if not private and sys.platform != "win32":
            os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
