"""The change watcher sees commits made through another connection (another process)."""

from __future__ import annotations

from pathlib import Path

from app.services.changes import ChangeWatcher
from app.storage.store import Store


def test_changes_from_another_connection_are_seen(home: Path, store: Store) -> None:
    watcher = ChangeWatcher(store)
    try:
        assert watcher.changed() is False  # the first call only takes the baseline
        assert watcher.changed() is False
        other = Store.open(home)  # what certdesk-cli would open
        try:
            other.events.add("test-change", "written by another process")
        finally:
            other.close()
        assert watcher.changed() is True
        assert watcher.changed() is False  # once
    finally:
        watcher.close()
