"""Account rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TypedDict, Unpack

from app.clock import utcnow
from app.domain import Account
from app.errors import NotFound
from app.storage.db import Database
from app.storage.rows import dumps, loads, reads_row, req_iso, to_iso


class AccountChanges(TypedDict, total=False):
    """The columns of an account that update() may change."""

    name: str
    uri: str | None
    status: str
    contacts: Sequence[str]
    key_type: str
    key_secret_id: str
    ca_bundle: str | None
    tos_url: str | None


class AccountRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, account: Account) -> None:
        self._db.execute(
            "INSERT INTO accounts(id, name, directory_url, preset, uri, status, contacts, key_type,"
            " key_secret_id, eab_kid, tos_url, ca_bundle, created_at, updated_at)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                account.id, account.name, account.directory_url, account.preset, account.uri,
                account.status, dumps(list(account.contacts)), account.key_type,
                account.key_secret_id, account.eab_kid, account.tos_url, account.ca_bundle,
                to_iso(account.created_at), to_iso(account.updated_at),
            ),
        )

    def update(self, account_id: str, **fields: Unpack[AccountChanges]) -> Account:
        if not fields:
            return self.get(account_id)
        values: dict[str, object] = dict(fields)
        if "contacts" in fields:
            values["contacts"] = dumps(list(fields["contacts"]))
        values["updated_at"] = to_iso(utcnow())
        assignments = ", ".join(f"{k}=:{k}" for k in values)
        self._db.execute(f"UPDATE accounts SET {assignments} WHERE id=:id",
                         {**values, "id": account_id})
        return self.get(account_id)

    def get(self, account_id: str) -> Account:
        rows = self._db.query("SELECT * FROM accounts WHERE id=?", (account_id,))
        if not rows:
            rows = self._db.query("SELECT * FROM accounts WHERE id LIKE ?", (account_id + "%",))
            if len(rows) != 1:
                raise NotFound(f"No account with id '{account_id}'.",
                               "Run 'certdesk-cli account list' to see the accounts.")
        return self._from_row(rows[0])

    def all(self) -> list[Account]:
        return [self._from_row(r) for r in self._db.query(
            "SELECT * FROM accounts ORDER BY created_at")]

    def remove(self, account_id: str) -> None:
        self._db.execute("DELETE FROM accounts WHERE id=?", (account_id,))

    @staticmethod
    @reads_row("accounts")
    def _from_row(row: sqlite3.Row) -> Account:
        return Account(
            id=row["id"], name=row["name"], directory_url=row["directory_url"],
            preset=row["preset"], uri=row["uri"], status=row["status"],
            contacts=tuple(loads(row["contacts"]) or ()), key_type=row["key_type"],
            key_secret_id=row["key_secret_id"], eab_kid=row["eab_kid"], tos_url=row["tos_url"],
            ca_bundle=row["ca_bundle"], created_at=req_iso(row["created_at"]),
            updated_at=req_iso(row["updated_at"]),
        )
