"""Tells an open window that the data changed behind its back (certdesk-cli, the scheduled
renewal, a second certdesk), so it can reload without View > Refresh.

Polled off the GUI thread; one SQLite pragma per poll, no file-system watcher to port.
"""

from __future__ import annotations

from app.storage.change_counter import ChangeCounter
from app.storage.store import Store


class ChangeWatcher:
    def __init__(self, store: Store) -> None:
        self._counter = ChangeCounter(store.db.path)
        self._last: int | None = None

    @property
    def primed(self) -> bool:
        """Whether the baseline is taken (changes from now on are seen)."""
        return self._last is not None

    def changed(self) -> bool:
        """True when anything was committed since the previous call (False the first time)."""
        value = self._counter.value()
        changed = self._last is not None and value != self._last
        self._last = value
        return changed

    def close(self) -> None:
        self._counter.close()
