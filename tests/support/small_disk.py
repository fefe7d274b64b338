"""A small filesystem for full-disk tests: a tmpfs, else a loop-mounted ext4 image.

Both need root (or CAP_SYS_ADMIN); where neither can be mounted the test is skipped. Only the
mount made here is unmounted afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*argv: str) -> bool:
    return subprocess.run(argv, capture_output=True, timeout=60).returncode == 0


@contextlib.contextmanager
def small_disk(where: Path, size_kb: int) -> Iterator[Path]:
    mount = shutil.which("mount")
    if os.name != "posix" or mount is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a small filesystem needs root to mount it")
    point = where / "disk"
    point.mkdir()
    mounted = _run(mount, "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs",
                   str(point))
    if not mounted and shutil.which("mkfs.ext4"):
        image = where / "disk.img"
        with open(image, "wb") as fh:
            fh.truncate(max(size_kb, 1024) * 1024)
        mounted = (_run("mkfs.ext4", "-q", "-F", str(image))
                   and _run(mount, "-o", "loop", str(image), str(point)))
    if not mounted:
        pytest.skip("neither a tmpfs nor a loop filesystem could be mounted here")
    try:
        yield point
    finally:
        _run("umount", "-l", str(point))


def fill(point: Path, leave: int = 0) -> Path:
    """Fill the filesystem until at most `leave` bytes are free; returns the filler file."""
    filler = point / "filler"
    with open(filler, "wb") as fh:
        chunk = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                free = shutil.disk_usage(point).free
                if free <= leave:
                    break
                fh.write(chunk[: max(1, min(len(chunk), free - leave))])
                fh.flush()
    return filler
