"""Endpoints (host:port) that should serve a managed certificate, with their last check."""

from __future__ import annotations

import datetime as dt
import ipaddress
import sqlite3
import uuid
from dataclasses import dataclass

from app.errors import InvalidInput, NotFound
from app.names import parse_identifier
from app.storage.db import Database
from app.storage.rows import from_iso, reads_row, req_iso, to_iso


@dataclass(frozen=True)
class Endpoint:
    id: str
    certificate_id: str
    host: str
    port: int
    server_name: str  # SNI to send; "" means the host (no SNI for an IP address)
    created_at: dt.datetime
    checked_at: dt.datetime | None
    status: str | None  # see endpoint_compare.STATUSES; None before the first check
    served_serial: str | None
    served_not_after: dt.datetime | None
    message: str | None

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def sni(self) -> str | None:
        name = self.server_name or self.host
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return name
        return None


def parse_address(text: str) -> tuple[str, int]:
    """'host', 'host:port', '[v6]:port' or a bare IPv6 address -> (host, port); 443 by default."""
    raw = text.strip()
    host, port = raw, 443
    if raw.startswith("["):
        end = raw.find("]")
        if end < 0:
            raise InvalidInput(f"'{text}' is not a valid address.", "Write [2001:db8::1]:443.")
        host, rest = raw[1:end], raw[end + 1:]
        if rest:
            if not rest.startswith(":"):
                raise InvalidInput(f"'{text}' is not a valid address.", "Write [::1]:443.")
            port = _port(rest[1:], text)
    elif raw.count(":") == 1:
        host, port_text = raw.split(":")
        port = _port(port_text, text)
    ident = parse_identifier(host) if host and not host.startswith("*") else None
    if ident is None:
        raise InvalidInput(f"'{text}' has no host.", "Write host:port, e.g. www.example.com:443.")
    return ident.value, port


def _port(value: str, text: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise InvalidInput(f"'{text}' has an invalid port.", "Use a port from 1 to 65535.")
    return int(value)


class EndpointRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, certificate_id: str, host: str, port: int, server_name: str = "", *,
            now: dt.datetime) -> Endpoint:
        endpoint_id = uuid.uuid4().hex[:12]
        try:
            self._db.execute("INSERT INTO monitored_endpoints(id, certificate_id, host, port,"
                             " server_name, created_at) VALUES(?,?,?,?,?,?)",
                             (endpoint_id, certificate_id, host, port, server_name, to_iso(now)))
        except Exception as exc:
            if isinstance(exc.__cause__, sqlite3.IntegrityError):
                raise InvalidInput(f"{host}:{port} is already checked for this certificate.",
                                   "See 'certdesk-cli endpoint list'.") from exc
            raise
        return self.get(endpoint_id)

    def get(self, endpoint_id: str) -> Endpoint:
        rows = self._db.query("SELECT * FROM monitored_endpoints WHERE id=?", (endpoint_id,))
        if not rows:
            rows = self._db.query("SELECT * FROM monitored_endpoints WHERE id LIKE ?",
                                  (endpoint_id + "%",))
            if len(rows) != 1:
                raise NotFound(f"No endpoint with id '{endpoint_id}'.",
                               "Run 'certdesk-cli endpoint list' to see them.")
        return self._from_row(rows[0])

    def list(self, certificate_id: str | None = None) -> list[Endpoint]:
        if certificate_id is None:
            rows = self._db.query("SELECT * FROM monitored_endpoints ORDER BY created_at, id")
        else:
            rows = self._db.query("SELECT * FROM monitored_endpoints WHERE certificate_id=?"
                                  " ORDER BY created_at, id", (certificate_id,))
        return [self._from_row(r) for r in rows]

    def remove(self, endpoint_id: str) -> Endpoint:
        endpoint = self.get(endpoint_id)
        self._db.execute("DELETE FROM monitored_endpoints WHERE id=?", (endpoint.id,))
        return endpoint

    def record(self, endpoint_id: str, *, now: dt.datetime, status: str, message: str,
               served_serial: str | None, served_not_after: dt.datetime | None) -> Endpoint:
        self._db.execute("UPDATE monitored_endpoints SET checked_at=?, status=?, message=?,"
                         " served_serial=?, served_not_after=? WHERE id=?",
                         (to_iso(now), status, message, served_serial,
                          to_iso(served_not_after), endpoint_id))
        return self.get(endpoint_id)

    @staticmethod
    @reads_row("endpoints")
    def _from_row(row: sqlite3.Row) -> Endpoint:
        return Endpoint(
            id=row["id"], certificate_id=row["certificate_id"], host=row["host"],
            port=int(row["port"]), server_name=row["server_name"] or "",
            created_at=req_iso(row["created_at"]), checked_at=from_iso(row["checked_at"]),
            status=row["status"], served_serial=row["served_serial"],
            served_not_after=from_iso(row["served_not_after"]), message=row["message"],
        )
