"""Notification channels, their rules, the sent log (dedup), the digest queue and the record
of notifications that could not be delivered (migration 5). All their SQL lives here."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput, NotFound
from app.storage.db import Database
from app.storage.rows import dumps, from_iso, loads, req_iso, to_iso


@dataclass(frozen=True)
class ChannelRow:
    name: str
    kind: str  # email | webhook
    format: str  # email | generic | slack | teams | ntfy
    config: dict[str, Any]  # non-secret settings (host, port, sender, ...)
    secret_id: str | None  # the SMTP password, or the whole webhook URL
    digest: bool  # send once a day instead of at once
    events: tuple[str, ...]  # the events routed to this channel
    last_digest_at: dt.datetime | None
    created_at: dt.datetime


@dataclass(frozen=True)
class DigestEntry:
    id: int
    channel_name: str
    event: str
    certificate_id: str | None
    subject: str
    body: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DeliveryFailure:
    id: int
    channel_name: str
    event: str
    certificate_id: str | None
    subject: str
    error: str
    at: dt.datetime


class NotificationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- channels ---------------------------------------------------------------------------
    def add_channel(self, row: ChannelRow) -> None:
        with self._db.transaction() as conn:
            if conn.execute("SELECT 1 FROM notification_channels WHERE name=?",
                            (row.name,)).fetchone():
                raise InvalidInput(f"A notification channel named '{row.name}' exists already.",
                                   "Choose another name, or remove the old channel first.")
            conn.execute(
                "INSERT INTO notification_channels(name, kind, format, config, secret_id,"
                " digest, last_digest_at, created_at) VALUES(?,?,?,?,?,?,?,?)",
                (row.name, row.kind, row.format, dumps(row.config), row.secret_id,
                 int(row.digest), to_iso(row.last_digest_at), to_iso(row.created_at)))
            conn.executemany(
                "INSERT INTO notification_rules(channel_name, event) VALUES(?,?)",
                [(row.name, e) for e in row.events])

    def set_rules(self, name: str, events: tuple[str, ...], digest: bool) -> ChannelRow:
        self.channel(name)
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM notification_rules WHERE channel_name=?", (name,))
            conn.executemany("INSERT INTO notification_rules(channel_name, event) VALUES(?,?)",
                             [(name, e) for e in events])
            conn.execute("UPDATE notification_channels SET digest=? WHERE name=?",
                         (int(digest), name))
        return self.channel(name)

    def channel(self, name: str) -> ChannelRow:
        rows = self._db.query("SELECT * FROM notification_channels WHERE name=?", (name,))
        if not rows:
            raise NotFound(f"No notification channel named '{name}'.",
                           "Run 'certdesk-cli notify list' to see the channels.")
        return self._channel(rows[0])

    def channels(self) -> list[ChannelRow]:
        return [self._channel(r) for r in
                self._db.query("SELECT * FROM notification_channels ORDER BY name")]

    def channels_for(self, event: str) -> list[ChannelRow]:
        return [self._channel(r) for r in self._db.query(
            "SELECT c.* FROM notification_channels c JOIN notification_rules r"
            " ON r.channel_name = c.name WHERE r.event=? ORDER BY c.name", (event,))]

    def remove_channel(self, name: str, now: dt.datetime) -> ChannelRow:
        row = self.channel(name)
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM notification_channels WHERE name=?", (name,))
            conn.execute("UPDATE notification_failures SET resolved_at=? WHERE channel_name=?"
                         " AND resolved_at IS NULL", (to_iso(now), name))
        return row

    def _channel(self, row: sqlite3.Row) -> ChannelRow:
        events = tuple(r["event"] for r in self._db.query(
            "SELECT event FROM notification_rules WHERE channel_name=? ORDER BY event",
            (row["name"],)))
        return ChannelRow(name=row["name"], kind=row["kind"], format=row["format"],
                          config=loads(row["config"]) or {}, secret_id=row["secret_id"],
                          digest=bool(row["digest"]), events=events,
                          last_digest_at=from_iso(row["last_digest_at"]),
                          created_at=req_iso(row["created_at"]))

    # -- what was sent (no repeats per event and certificate version) -------------------------
    def claim(self, channel_name: str, dedup_key: str, now: dt.datetime) -> bool:
        """Record that `dedup_key` goes to the channel; False if it went there before."""
        with self._db.transaction() as conn:
            cur = conn.execute("INSERT OR IGNORE INTO notifications_sent(channel_name, dedup_key,"
                               " sent_at) VALUES(?,?,?)", (channel_name, dedup_key, to_iso(now)))
            return cur.rowcount == 1

    def unclaim(self, channel_name: str, dedup_key: str) -> None:
        """Forget a claim whose delivery failed, so the next occurrence is sent again."""
        self._db.execute("DELETE FROM notifications_sent WHERE channel_name=? AND dedup_key=?",
                         (channel_name, dedup_key))

    # -- the digest ---------------------------------------------------------------------------
    def queue(self, channel_name: str, event: str, certificate_id: str | None, subject: str,
              body: str, now: dt.datetime) -> None:
        self._db.execute("INSERT INTO notification_digest(channel_name, event, certificate_id,"
                         " subject, body, created_at) VALUES(?,?,?,?,?,?)",
                         (channel_name, event, certificate_id, subject, body, to_iso(now)))

    def queued(self, channel_name: str) -> list[DigestEntry]:
        return [DigestEntry(r["id"], r["channel_name"], r["event"], r["certificate_id"],
                            r["subject"], r["body"], req_iso(r["created_at"]))
                for r in self._db.query("SELECT * FROM notification_digest WHERE"
                                        " channel_name=? ORDER BY id", (channel_name,))]

    def digest_sent(self, channel_name: str, entry_ids: list[int], now: dt.datetime) -> None:
        with self._db.transaction() as conn:
            conn.executemany("DELETE FROM notification_digest WHERE id=?",
                             [(i,) for i in entry_ids])
            conn.execute("UPDATE notification_channels SET last_digest_at=? WHERE name=?",
                         (to_iso(now), channel_name))

    # -- failures to notify -------------------------------------------------------------------
    def add_failure(self, channel_name: str, event: str, certificate_id: str | None,
                    subject: str, error: str, now: dt.datetime) -> None:
        self._db.execute("INSERT INTO notification_failures(channel_name, event, certificate_id,"
                         " subject, error, at) VALUES(?,?,?,?,?,?)",
                         (channel_name, event, certificate_id, subject, error, to_iso(now)))

    def resolve_failures(self, channel_name: str, now: dt.datetime) -> None:
        self._db.execute("UPDATE notification_failures SET resolved_at=? WHERE channel_name=?"
                         " AND resolved_at IS NULL", (to_iso(now), channel_name))

    def open_failures(self) -> list[DeliveryFailure]:
        return [DeliveryFailure(r["id"], r["channel_name"], r["event"], r["certificate_id"],
                                r["subject"], r["error"], req_iso(r["at"]))
                for r in self._db.query("SELECT * FROM notification_failures WHERE"
                                        " resolved_at IS NULL ORDER BY id")]
