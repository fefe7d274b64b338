"""An inter-process lock per certificate, so the app and a scheduled CLI run never renew the
same certificate at the same time.

Design: one lock file per certificate under <home>/locks, locked with the operating system's
advisory file lock (flock on Linux and macOS, msvcrt.locking on Windows). The kernel drops such
a lock when the holding process exits or crashes, so a stale lock cannot exist: no PID files
(PIDs are reused, and a PID says nothing across containers or hosts) and no SQLite leases
(which expire while a long manual-DNS renewal still runs, or need a heartbeat thread). The lock
file is never deleted (deleting a flock'ed file lets two processes lock two different inodes);
a side file <id>.owner says who holds it, for messages only.

The lock is re-entrant within a thread (the scheduler and the renew code may both take it) and
exclusive between threads and processes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.cancel import NEVER_CANCELLED, CancelToken
from app.errors import UserFacingError
from app.storage.file_lock import try_lock as _try_lock
from app.storage.file_lock import unlock as _unlock


class CertificateBusy(UserFacingError):
    """Another process (or thread) is working on this certificate right now."""


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    purpose: str
    since: str


_held = threading.local()


def lock_dir(home: Path) -> Path:
    path = Path(home) / "locks"
    path.mkdir(parents=True, exist_ok=True)
    return path


def lock_path(home: Path, certificate_id: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", certificate_id)
    return lock_dir(home) / f"certificate-{safe}.lock"


def read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.with_suffix(".owner").read_text("utf-8"))
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["purpose"]),
                          str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def holder_of(home: Path, certificate_id: str) -> LockHolder | None:
    """Who holds the lock right now (None when it is free). Never blocks."""
    path = lock_path(home, certificate_id)
    if getattr(_held, "counts", {}).get(str(path)):
        return read_holder(path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return read_holder(path) or LockHolder(0, "", "", "")
    finally:
        os.close(fd)


@contextlib.contextmanager
def certificate_lock(home: Path, certificate_id: str, timeout: float = 0.0, *,
                     purpose: str = "renew",
                     cancel: CancelToken = NEVER_CANCELLED) -> Iterator[None]:
    """Hold the certificate's lock; wait up to `timeout` seconds, then raise CertificateBusy."""
    path = lock_path(home, certificate_id)
    counts: dict[str, int] = getattr(_held, "counts", None) or {}
    _held.counts = counts
    key = str(path)
    if counts.get(key):
        counts[key] += 1
        try:
            yield
        finally:
            counts[key] -= 1
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + max(0.0, timeout)
        delay = 0.02
        while not _try_lock(fd):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                holder = read_holder(path)
                who = (f" (process {holder.pid} on {holder.host}, {holder.purpose} since "
                       f"{holder.since})" if holder else "")
                raise CertificateBusy(
                    f"Certificate {certificate_id} is being worked on by another certdesk "
                    f"process{who}.",
                    "Wait for it to finish and try again.")
            cancel.sleep(min(delay, remaining))
            delay = min(delay * 2, 1.0)
        owner = path.with_suffix(".owner")
        owner.write_text(json.dumps({
            "pid": os.getpid(), "host": socket.gethostname(), "purpose": purpose,
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}), "utf-8")
        counts[key] = 1
        try:
            yield
        finally:
            counts.pop(key, None)
            with contextlib.suppress(OSError):
                owner.unlink()
            _unlock(fd)
    finally:
        os.close(fd)
