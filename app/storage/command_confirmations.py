"""Commands that came back with a restored backup and wait for the user's confirmation.

A backup holds export-target commands and DNS exec hooks, which run with the user's rights at
the next renewal. Whoever can hand the user a backup file (and its passphrase) could otherwise
plant a command; so restoring marks each one here, and nothing runs a marked command until
the user has seen and confirmed it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from app.storage.db import Database
from app.storage.rows import reads_row, req_iso, to_iso


class CommandKind(StrEnum):
    TARGET = "target"  # owner: the export target's id
    DNS_EXEC = "dns-exec"  # owner: the certificate (or order) whose plan names the hook


@dataclass(frozen=True)
class AwaitingCommand:
    kind: CommandKind
    owner_id: str
    command: str
    restored_at: dt.datetime

    @property
    def key(self) -> str:
        """A short handle for `confirm` (kind and owner)."""
        return f"{self.kind.value}:{self.owner_id}"


class CommandConfirmations:
    def __init__(self, db: Database) -> None:
        self._db = db

    def mark(self, conn: sqlite3.Connection, kind: CommandKind, owner_id: str, command: str,
             at: dt.datetime) -> None:
        """Within the restore's transaction: `command` waits for confirmation."""
        conn.execute("INSERT OR IGNORE INTO commands_awaiting_confirmation"
                     "(kind, owner_id, command, restored_at) VALUES(?,?,?,?)",
                     (kind.value, owner_id, command, to_iso(at)))

    def is_awaiting(self, kind: CommandKind, command: str, owner_id: str | None = None) -> bool:
        if owner_id is None:
            rows = self._db.query("SELECT 1 FROM commands_awaiting_confirmation WHERE kind=? "
                                  "AND command=? LIMIT 1", (kind.value, command))
        else:
            rows = self._db.query("SELECT 1 FROM commands_awaiting_confirmation WHERE kind=? "
                                  "AND owner_id=? AND command=? LIMIT 1",
                                  (kind.value, owner_id, command))
        return bool(rows)

    def all(self) -> list[AwaitingCommand]:
        rows = self._db.query("SELECT * FROM commands_awaiting_confirmation "
                              "ORDER BY restored_at, kind, owner_id")
        return [self._from_row(r) for r in rows]

    def confirm(self, kind: CommandKind, owner_id: str) -> int:
        """Confirm the commands of one target or certificate; returns how many."""
        with self._db.transaction() as conn:
            cursor = conn.execute("DELETE FROM commands_awaiting_confirmation WHERE kind=? AND "
                                  "owner_id=?", (kind.value, owner_id))
            return int(cursor.rowcount)

    def confirm_all(self) -> int:
        with self._db.transaction() as conn:
            return int(conn.execute("DELETE FROM commands_awaiting_confirmation").rowcount)

    @staticmethod
    @reads_row("commands awaiting confirmation")
    def _from_row(row: sqlite3.Row) -> AwaitingCommand:
        return AwaitingCommand(CommandKind(row["kind"]), row["owner_id"], row["command"],
                               req_iso(row["restored_at"]))
