"""Application settings for the settings dialog: declared keys, values, where data lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import database_path, log_dir
from app.storage.settings import SETTINGS
from app.storage.store import Store


@dataclass(frozen=True)
class SettingValue:
    key: str
    value: Any
    default: Any
    description: str


@dataclass(frozen=True)
class DataLocations:
    home: Path
    database: Path
    logs: Path


class PreferencesService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> list[SettingValue]:
        return [SettingValue(s.key, self._store.settings.get(s.key), s.default, s.description)
                for s in SETTINGS]

    def get(self, key: str) -> Any:
        return self._store.settings.get(key)

    def set(self, key: str, value: Any) -> None:
        self._store.settings.set(key, value)

    def update(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            self._store.settings.set(key, value)

    def locations(self) -> DataLocations:
        home = self._store.home
        return DataLocations(home, database_path(home), log_dir(home))
