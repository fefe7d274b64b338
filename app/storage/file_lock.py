"""OS file locks (flock on POSIX, msvcrt on Windows): the kernel releases them when a process
dies, so a crashed holder never leaves a stale lock behind."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from app.errors import StorageError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


def try_lock(fd: int) -> bool:
    """Take the lock on an open file without waiting; False if another holder has it."""
    try:
        if sys.platform == "win32":  # pragma: no cover
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def exclusive(path: Path, timeout: float = 30.0) -> Iterator[None]:
    """Hold the lock on `path` (created if needed), waiting up to `timeout` seconds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        delay = 0.01
        while not try_lock(fd):
            if time.monotonic() >= deadline:
                raise StorageError(f"Another certdesk process holds {path.name} for too long.",
                                   "Wait for it to finish, or close the other certdesk.")
            time.sleep(delay)  # a short, bounded wait for another process's brief work
            delay = min(delay * 2, 0.25)
        try:
            yield
        finally:
            unlock(fd)
    finally:
        os.close(fd)
