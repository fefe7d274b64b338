"""Give memory back after big one-off work: a whole inventory read, the attention scan, a
pass of the background renewals.

- PySide6's import hook reads the source of every module imported after it (to look for its
  feature switches) through `inspect`, and `linecache` keeps each line: some 10 MB once the
  renewal code has been loaded on first use. Only tracebacks read those lines, and they read
  the file again when it is not cached.
- On Linux (glibc), `malloc_trim(0)` hands the free pages of every malloc arena back to the
  system; the worker threads' arenas otherwise keep what a big read freed.
"""

from __future__ import annotations

import ctypes
import linecache
import sys
from collections.abc import Callable

_trim: list[Callable[[int], int] | None] = []  # glibc's malloc_trim, looked up once


def release_memory() -> None:
    linecache.clearcache()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _malloc_trim() -> Callable[[int], int] | None:
    if not _trim:
        _trim.append(_find_malloc_trim())
    return _trim[0]


def _find_malloc_trim() -> Callable[[int], int] | None:
    if sys.platform != "linux":
        return None
    try:  # the C library the process already runs on
        function: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (e.g. musl has no malloc_trim)
        return None
    return function
