"""The store: the database, its repositories and the secret store, opened from a home folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.paths import database_path, resolve_home
from app.storage.accounts import AccountRepository
from app.storage.certificates import CertificateRepository
from app.storage.db import Database
from app.storage.events import EventLog
from app.storage.orders import OrderRepository
from app.storage.secrets import SecretStore
from app.storage.settings import SettingsRepository


@dataclass
class Store:
    home: Path
    db: Database
    secrets: SecretStore
    accounts: AccountRepository
    certificates: CertificateRepository
    orders: OrderRepository
    events: EventLog
    settings: SettingsRepository

    @classmethod
    def open(cls, home: str | Path | None = None) -> Store:
        path = resolve_home(home)
        db = Database(database_path(path))
        return cls(
            home=path,
            db=db,
            secrets=SecretStore(db),
            accounts=AccountRepository(db),
            certificates=CertificateRepository(db),
            orders=OrderRepository(db),
            events=EventLog(db),
            settings=SettingsRepository(db),
        )

    def close(self) -> None:
        self.db.close()
