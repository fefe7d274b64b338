"""Application settings, declared once with their defaults and descriptions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput
from app.storage.db import Database


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("default_key_type", "ec256", "Key type for new certificates and accounts."),
    Setting("default_account_id", None, "Account preselected for new certificates."),
    Setting("reminder_days", [30, 14, 7, 1], "Remind this many days before expiry."),
    Setting("reminder_percent", [33, 10], "Remind when this percentage of the lifetime is left."),
    Setting("auto_renew", True, "Renew certificates with automatic validation in the background."),
    Setting("start_at_login", False, "Start certdesk (in the tray) when you log in."),
    Setting("endpoint_check_hours", 24, "How often to check the endpoints that serve a "
            "certificate."),
    Setting("wizard_memory", {}, "What the new-certificate wizard used last time: form values "
            "per validation method and the method per name."),
    Setting("renewals_per_ca", 4, "How many renewals send requests to one CA at once (1-16);"
            " renewals waiting for the CA do not count, and at most 100 authorizations are"
            " open per CA. A CA that answers with a rate limit gets no more orders in that"
            " batch."),
)
_BY_KEY = {s.key: s for s in SETTINGS}


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        setting = self._declared(key)
        rows = self._db.query("SELECT value FROM settings WHERE key=?", (key,))
        return json.loads(rows[0]["value"]) if rows else setting.default

    def set(self, key: str, value: Any) -> None:
        self._declared(key)
        self._db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)",
                         (key, json.dumps(value)))

    def all(self) -> dict[str, Any]:
        return {s.key: self.get(s.key) for s in SETTINGS}

    @staticmethod
    def _declared(key: str) -> Setting:
        try:
            return _BY_KEY[key]
        except KeyError:
            raise InvalidInput(f"Unknown setting '{key}'.",
                               "Known settings: " + ", ".join(sorted(_BY_KEY))) from None
