"""Per export target: the deployment preset that runs after its files are written, and the
endpoint that must serve the new certificate afterwards, with the last verdict (migration 5)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.storage.db import Database
from app.storage.rows import dumps, from_iso, loads, req_iso, to_iso


@dataclass(frozen=True)
class PresetRow:
    target_id: str
    preset: str
    options: dict[str, Any]
    updated_at: dt.datetime


@dataclass(frozen=True)
class VerificationRow:
    target_id: str
    certificate_id: str
    host: str
    port: int
    server_name: str  # SNI to send; "" means the host
    starttls: str  # "" (TLS from the start) | smtp | imap
    within_seconds: int
    checked_at: dt.datetime | None
    status: str | None  # ok | failed
    message: str | None


class DeploymentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- presets ------------------------------------------------------------------------------
    def set_preset(self, target_id: str, preset: str, options: dict[str, Any],
                   now: dt.datetime) -> PresetRow:
        self._db.execute("INSERT OR REPLACE INTO target_deployments(target_id, preset, options,"
                         " updated_at) VALUES(?,?,?,?)",
                         (target_id, preset, dumps(options), to_iso(now)))
        row = self.preset(target_id)
        assert row is not None
        return row

    def preset(self, target_id: str) -> PresetRow | None:
        rows = self._db.query("SELECT * FROM target_deployments WHERE target_id=?", (target_id,))
        if not rows:
            return None
        r = rows[0]
        return PresetRow(r["target_id"], r["preset"], loads(r["options"]) or {},
                         req_iso(r["updated_at"]))

    def clear_preset(self, target_id: str) -> None:
        self._db.execute("DELETE FROM target_deployments WHERE target_id=?", (target_id,))

    # -- verification -------------------------------------------------------------------------
    def set_verification(self, target_id: str, host: str, port: int, server_name: str,
                         starttls: str, within_seconds: int) -> VerificationRow:
        # The last verdict stays while the endpoint is the same; a changed one is unchecked.
        self._db.execute(
            "INSERT INTO target_verifications(target_id, host, port, server_name, starttls,"
            " within_seconds) VALUES(?,?,?,?,?,?) ON CONFLICT(target_id) DO UPDATE SET"
            " status=CASE WHEN " + _SAME + " THEN status END,"
            " message=CASE WHEN " + _SAME + " THEN message END,"
            " checked_at=CASE WHEN " + _SAME + " THEN checked_at END,"
            " host=excluded.host, port=excluded.port, server_name=excluded.server_name,"
            " starttls=excluded.starttls, within_seconds=excluded.within_seconds",
            (target_id, host, port, server_name, starttls, within_seconds))
        row = self.verification(target_id)
        assert row is not None
        return row

    def verification(self, target_id: str) -> VerificationRow | None:
        rows = self._db.query(_SELECT + " WHERE v.target_id=?", (target_id,))
        return self._verification(rows[0]) if rows else None

    def clear_verification(self, target_id: str) -> None:
        self._db.execute("DELETE FROM target_verifications WHERE target_id=?", (target_id,))

    def record_verification(self, target_id: str, status: str, message: str,
                            now: dt.datetime) -> None:
        self._db.execute("UPDATE target_verifications SET status=?, message=?, checked_at=?"
                         " WHERE target_id=?", (status, message, to_iso(now), target_id))

    @staticmethod
    def _verification(r: sqlite3.Row) -> VerificationRow:
        return VerificationRow(r["target_id"], r["certificate_id"], r["host"], int(r["port"]),
                               r["server_name"] or "", r["starttls"] or "",
                               int(r["within_seconds"]), from_iso(r["checked_at"]), r["status"],
                               r["message"])


_SAME = ("(host=excluded.host AND port=excluded.port AND server_name=excluded.server_name"
         " AND starttls=excluded.starttls)")
_SELECT = ("SELECT v.*, t.certificate_id FROM target_verifications v"
           " JOIN export_targets t ON t.id = v.target_id")
