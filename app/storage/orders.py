"""Order rows: every step of an ACME order is written before the next one is taken."""

from __future__ import annotations

import sqlite3
from typing import TypedDict, Unpack

from app.clock import utcnow
from app.domain import ORDER_FINAL_STATES, OrderRecord, OrderState, ValidationPlan
from app.errors import NotFound
from app.storage.db import Database
from app.storage.rows import dumps, loads, plan_from_text, reads_row, req_iso, to_iso


class OrderChanges(TypedDict, total=False):
    """The columns of an order that update() may change."""

    state: OrderState
    order_url: str | None
    finalize_url: str | None
    cert_url: str | None
    error: str | None
    attempts: int
    key_secret_id: str | None
    csr_pem: str | None
    replaces: str | None
    validation: ValidationPlan


_FINAL_STATES: tuple[str, ...] = tuple(sorted(str(s) for s in ORDER_FINAL_STATES))
_FINAL_PLACEHOLDERS = ",".join("?" * len(_FINAL_STATES))


class OrderRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, order: OrderRecord) -> None:
        self._db.execute(
            "INSERT INTO orders(id, certificate_id, account_id, kind, state, identifiers,"
            " order_url, finalize_url, cert_url, key_secret_id, csr_pem, validation, profile,"
            " replaces, preferred_chain, error, attempts, created_at, updated_at)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (order.id, order.certificate_id, order.account_id, order.kind, order.state,
             dumps(list(order.identifiers)), order.order_url, order.finalize_url,
             order.cert_url, order.key_secret_id, order.csr_pem,
             dumps(order.validation.to_json()), order.profile, order.replaces,
             order.preferred_chain, order.error, order.attempts, to_iso(order.created_at),
             to_iso(order.updated_at)))

    def update(self, order_id: str, **fields: Unpack[OrderChanges]) -> OrderRecord:
        values: dict[str, object] = dict(fields)
        if "validation" in fields:
            values["validation"] = dumps(fields["validation"].to_json())
        values["updated_at"] = to_iso(utcnow())
        assignments = ", ".join(f"{k}=:{k}" for k in values)
        self._db.execute(f"UPDATE orders SET {assignments} WHERE id=:id",
                         {**values, "id": order_id})
        return self.get(order_id)

    def get(self, order_id: str) -> OrderRecord:
        rows = self._db.query("SELECT * FROM orders WHERE id=?", (order_id,))
        if not rows:
            rows = self._db.query("SELECT * FROM orders WHERE id LIKE ?", (order_id + "%",))
            if len(rows) != 1:
                raise NotFound(f"No order with id '{order_id}'.",
                               "Run 'certdesk-cli orders' to see the orders.")
        return self._from_row(rows[0])

    def all(self, *, unfinished_only: bool = False) -> list[OrderRecord]:
        if unfinished_only:
            return self.unfinished()
        rows = self._db.query("SELECT * FROM orders ORDER BY created_at")
        return [self._from_row(r) for r in rows]

    def unfinished(self) -> list[OrderRecord]:
        """Orders not completed, failed or cancelled (read through the state index)."""
        rows = self._db.query(
            f"SELECT * FROM orders WHERE state NOT IN ({_FINAL_PLACEHOLDERS})"
            " ORDER BY created_at", _FINAL_STATES)
        return [self._from_row(r) for r in rows]

    def for_certificate(self, certificate_id: str, *, unfinished_only: bool = False,
                        limit: int | None = None) -> list[OrderRecord]:
        """One certificate's orders, oldest first (the newest `limit` if given)."""
        sql = "SELECT * FROM orders WHERE certificate_id=?"
        params: tuple[object, ...] = (certificate_id,)
        if unfinished_only:
            sql += f" AND state NOT IN ({_FINAL_PLACEHOLDERS})"
            params += _FINAL_STATES
        if limit is not None:
            sql = f"SELECT * FROM ({sql} ORDER BY created_at DESC LIMIT ?)"
            params += (limit,)
        rows = self._db.query(sql + " ORDER BY created_at", params)
        return [self._from_row(r) for r in rows]

    def latest_per_certificate(self, states: tuple[OrderState, ...]) -> list[OrderRecord]:
        """Each certificate's newest order that was not cancelled, where it is in `states`."""
        marks = ",".join("?" * len(states))
        # Per certificate, its newest order through the certificate index, and only those
        # rows read whole (not every order with its CSR).
        rows = self._db.query(
            "SELECT o.* FROM (SELECT DISTINCT certificate_id FROM orders) AS c"
            " JOIN orders o ON o.rowid = (SELECT rowid FROM orders"
            " WHERE certificate_id = c.certificate_id AND state != 'cancelled'"
            " ORDER BY created_at DESC, rowid DESC LIMIT 1)"
            f" WHERE o.state IN ({marks}) ORDER BY o.created_at",
            tuple(str(s) for s in states))
        return [self._from_row(r) for r in rows]

    def unfinished_for(self, certificate_id: str) -> list[OrderRecord]:
        return self.for_certificate(certificate_id, unfinished_only=True)

    @staticmethod
    @reads_row("orders")
    def _from_row(row: sqlite3.Row) -> OrderRecord:
        return OrderRecord(
            id=row["id"], certificate_id=row["certificate_id"], account_id=row["account_id"],
            kind=row["kind"], state=OrderState(row["state"]),
            identifiers=tuple(loads(row["identifiers"])),
            order_url=row["order_url"], finalize_url=row["finalize_url"],
            cert_url=row["cert_url"], key_secret_id=row["key_secret_id"],
            csr_pem=row["csr_pem"],
            validation=plan_from_text(row["validation"]),
            profile=row["profile"], replaces=row["replaces"],
            preferred_chain=row["preferred_chain"], error=row["error"],
            attempts=row["attempts"], created_at=req_iso(row["created_at"]),
            updated_at=req_iso(row["updated_at"]),
        )


