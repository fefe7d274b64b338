"""Pausing Python's cycle collector while thousands of acyclic objects are built at once."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """For reads that build thousands of plain (acyclic) objects at once: the cycle
    collector would otherwise run many times meanwhile, each full run walking the whole
    heap (in the app, every row and snapshot it holds). It is switched back on afterwards,
    also after an error, unless it was off before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
