"""Export target rows (migration 4): where a certificate is deployed after each renewal."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypedDict, Unpack

from app.clock import utcnow
from app.errors import NotFound
from app.storage.db import Database
from app.storage.rows import dumps, from_iso, loads, reads_row, req_iso, to_iso


@dataclass(frozen=True)
class ExportTarget:
    id: str
    certificate_id: str
    folder: str
    formats: tuple[str, ...]  # ExportFormat values
    basename: str  # file name stem for single-file formats ("example.com" -> example.com.pfx)
    friendly_name: str | None
    password_secret_id: str | None  # the PFX/key password, encrypted in the secret store
    command: str | None  # run after the files are written (shell command line)
    command_timeout: int
    enabled: bool
    last_run_at: dt.datetime | None
    last_status: str | None  # ok | failed
    last_message: str | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def has_password(self) -> bool:
        return self.password_secret_id is not None


class TargetChanges(TypedDict, total=False):
    """The columns of an export target that update() may change."""

    folder: str
    formats: Sequence[str]
    basename: str
    friendly_name: str | None
    password_secret_id: str | None
    command: str | None
    command_timeout: int
    enabled: bool
    last_run_at: dt.datetime | None
    last_status: str | None
    last_message: str | None


class TargetRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, target: ExportTarget) -> None:
        self._db.execute(
            "INSERT INTO export_targets(id, certificate_id, folder, formats, basename,"
            " friendly_name, password_secret_id, command, command_timeout, enabled, last_run_at,"
            " last_status, last_message, created_at, updated_at)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (target.id, target.certificate_id, target.folder, dumps(list(target.formats)),
             target.basename, target.friendly_name, target.password_secret_id, target.command,
             target.command_timeout, int(target.enabled), to_iso(target.last_run_at),
             target.last_status, target.last_message, to_iso(target.created_at),
             to_iso(target.updated_at)))

    def update(self, target_id: str, **fields: Unpack[TargetChanges]) -> ExportTarget:
        values: dict[str, object] = dict(fields)
        if "formats" in fields:
            values["formats"] = dumps(list(fields["formats"]))
        if "enabled" in fields:
            values["enabled"] = int(fields["enabled"])
        if "last_run_at" in fields:
            values["last_run_at"] = to_iso(fields["last_run_at"])
        values["updated_at"] = to_iso(utcnow())
        assignments = ", ".join(f"{k}=:{k}" for k in values)
        self._db.execute(f"UPDATE export_targets SET {assignments} WHERE id=:id",
                         {**values, "id": target_id})
        return self.get(target_id)

    def get(self, target_id: str) -> ExportTarget:
        rows = self._db.query("SELECT * FROM export_targets WHERE id=?", (target_id,))
        if not rows:
            rows = self._db.query("SELECT * FROM export_targets WHERE id LIKE ?",
                                  (target_id + "%",))
            if len(rows) != 1:
                raise NotFound(f"No export target with id '{target_id}'.",
                               "Run 'certdesk-cli target list' to see the targets.")
        return self._from_row(rows[0])

    def for_certificate(self, certificate_id: str) -> list[ExportTarget]:
        return [self._from_row(r) for r in self._db.query(
            "SELECT * FROM export_targets WHERE certificate_id=? ORDER BY created_at",
            (certificate_id,))]

    def all(self) -> list[ExportTarget]:
        return [self._from_row(r) for r in self._db.query(
            "SELECT * FROM export_targets ORDER BY created_at")]

    def remove(self, target_id: str) -> None:
        self._db.execute("DELETE FROM export_targets WHERE id=?", (target_id,))

    @staticmethod
    @reads_row("export targets")
    def _from_row(row: sqlite3.Row) -> ExportTarget:
        return ExportTarget(
            id=row["id"], certificate_id=row["certificate_id"], folder=row["folder"],
            formats=tuple(loads(row["formats"]) or ()), basename=row["basename"],
            friendly_name=row["friendly_name"], password_secret_id=row["password_secret_id"],
            command=row["command"], command_timeout=int(row["command_timeout"]),
            enabled=bool(row["enabled"]), last_run_at=from_iso(row["last_run_at"]),
            last_status=row["last_status"], last_message=row["last_message"],
            created_at=req_iso(row["created_at"]), updated_at=req_iso(row["updated_at"]))
