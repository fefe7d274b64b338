"""release_memory: drops the source lines linecache keeps and, on glibc, trims malloc."""

from __future__ import annotations

import linecache

from ui.memory import release_memory


def test_release_memory_drops_cached_source_lines() -> None:
    assert linecache.getlines(__file__)
    assert __file__ in linecache.cache
    release_memory()
    release_memory()  # again: the C function is looked up once
    assert __file__ not in linecache.cache
    assert linecache.getlines(__file__)  # still readable for a traceback
