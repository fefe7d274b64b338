"""Turning a store into a portable snapshot (secrets decrypted) and back (re-encrypted).

Every table is copied generically, so tables added by later migrations are included without
changes here. Secrets are decrypted with this installation's master key and stored in the
snapshot in plaintext; the snapshot only ever exists in memory and inside a sealed backup.
On restore they are encrypted again under the new installation's master key. The
installation id (which names the keyring entry) and machine-local leftovers are not copied.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from typing import Any

from app.challenge_options import Dns01Exec
from app.clock import utcnow
from app.domain import ValidationPlan
from app.errors import InvalidInput, StorageError
from app.storage.command_confirmations import CommandConfirmations, CommandKind
from app.storage.store import Store
from app.storage.tables import (
    column_names,
    defer_foreign_keys,
    insert_row,
    row_count,
    secret_index,
    setting_keys,
    table_names,
    table_rows,
)

SNAPSHOT_FORMAT = 1
# Not copied: the secrets table (handled separately) and state that belongs to one machine.
SKIPPED_TABLES = {"secrets", "validation_leftovers", "commands_awaiting_confirmation"}
LOCAL_SETTINGS = {"install_id"}
# Tables whose rows may exist in a fresh home without making it "not empty".
IGNORED_FOR_EMPTINESS = {"settings", "events", "validation_leftovers"}


def _tables(store: Store) -> list[str]:
    return table_names(store.db)


def _encode(value: object) -> object:
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode()}
    return value


def _decode(value: object) -> object:
    if isinstance(value, dict) and set(value) == {"$b64"}:
        return base64.b64decode(value["$b64"])
    return value


def take_snapshot(store: Store, *, created_at: str) -> dict[str, Any]:
    tables: dict[str, list[dict[str, object]]] = {}
    for table in _tables(store):
        if table in SKIPPED_TABLES:
            continue
        rows = [{k: _encode(v) for k, v in row.items()}
                for row in table_rows(store.db, table)]
        if table == "settings":
            rows = [r for r in rows if r["key"] not in LOCAL_SETTINGS]
        tables[table] = rows
    secrets = []
    for row in secret_index(store.db):
        plaintext = store.secrets.get(row["id"])
        secrets.append({"id": row["id"], "purpose": row["purpose"],
                        "created_at": row["created_at"],
                        "value": base64.b64encode(plaintext).decode()})
    return {"format": SNAPSHOT_FORMAT, "schema_version": store.db.schema_version,
            "created_at": created_at, "tables": tables, "secrets": secrets}


def counts(snapshot: dict[str, Any]) -> dict[str, int]:
    out = {name: len(rows) for name, rows in snapshot["tables"].items()}
    out["secrets"] = len(snapshot["secrets"])
    return out


def what_is_there(store: Store) -> dict[str, int]:
    """Rows per table that make a home non-empty (for the refusal message)."""
    found: dict[str, int] = {}
    for table in _tables(store):
        if table in IGNORED_FOR_EMPTINESS:
            continue
        n = row_count(store.db, table)
        if n:
            found[table] = n
    extra = [key for key in setting_keys(store.db) if key not in LOCAL_SETTINGS]
    if extra:
        found["settings"] = len(extra)
    return found


def restore_snapshot(store: Store, snapshot: dict[str, Any]) -> None:
    if snapshot.get("format") != SNAPSHOT_FORMAT:
        raise InvalidInput("The backup's contents use an unknown format.",
                           "Restore it with a newer certdesk.")
    if int(snapshot["schema_version"]) > store.db.schema_version:
        raise InvalidInput(
            f"The backup was made by a newer certdesk (database schema "
            f"{snapshot['schema_version']}, this one has {store.db.schema_version}).",
            "Update certdesk, then restore again.")
    present = what_is_there(store)
    if present:
        listing = ", ".join(f"{n} {t}" for t, n in sorted(present.items()))
        raise InvalidInput(
            f"This certdesk home already holds data ({listing}); a backup is only restored "
            "into an empty home, so nothing is overwritten or mixed.",
            "Restore into a new, empty home (certdesk-cli --home NEW_FOLDER restore ...), or "
            "remove this home's data first.")
    existing = set(_tables(store))
    unknown = [t for t in snapshot["tables"] if t not in existing]
    if unknown:
        raise InvalidInput(f"The backup holds tables this certdesk does not know: "
                           f"{', '.join(unknown)}.", "Restore it with a newer certdesk.")
    store.secrets.check_available()  # install id and new master key, before the transaction
    try:
        with store.db.transaction() as conn:
            defer_foreign_keys(conn)
            for table, rows in snapshot["tables"].items():
                _insert_rows(conn, table, rows)
            for secret in snapshot["secrets"]:
                store.secrets.put(secret["purpose"], base64.b64decode(secret["value"]),
                                  secret_id=secret["id"])
            _hold_commands(conn, store, snapshot["tables"])
    except sqlite3.Error as exc:
        raise StorageError(f"Restoring the backup failed: {exc}. Nothing was restored.",
                           "Check free disk space and try again.") from exc


def _hold_commands(conn: sqlite3.Connection, store: Store,
                   tables: dict[str, list[dict[str, Any]]]) -> None:
    """Every command the backup brings (target commands, DNS exec hooks) waits for the user."""
    confirmations = CommandConfirmations(store.db)
    now = utcnow()
    for row in tables.get("export_targets", []):
        if row.get("command"):
            confirmations.mark(conn, CommandKind.TARGET, str(row["id"]), str(row["command"]),
                               now)
    for table in ("certificates", "orders"):
        for row in tables.get(table, []):
            for command in _exec_hooks(row.get("validation")):
                confirmations.mark(conn, CommandKind.DNS_EXEC, str(row["id"]), command, now)


def _exec_hooks(validation: object) -> list[str]:
    """The commands a stored validation plan runs (dns-01 exec hooks)."""
    try:
        data = json.loads(validation) if isinstance(validation, str) else None
        plan = ValidationPlan.from_json(data) if isinstance(data, dict) else None
    except (ValueError, KeyError, TypeError, AttributeError, InvalidInput):
        return []
    if plan is None:
        return []
    configs = [plan.default, *plan.per_name.values()]
    return [c.options.command for c in configs if isinstance(c.options, Dns01Exec)]


def _insert_rows(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = column_names(conn, table)
    for row in rows:
        values = {k: _decode(v) for k, v in row.items()}
        if table == "events":
            values.pop("id", None)  # fresh autoincrement ids after this home's own events
        if table == "settings" and values.get("key") in LOCAL_SETTINGS:
            continue
        missing = set(values) - columns
        if missing:
            raise InvalidInput(f"The backup's {table} rows have columns this certdesk does not "
                               f"know: {', '.join(sorted(missing))}.",
                               "Restore it with a newer certdesk.")
        insert_row(conn, table, values, replace=table == "settings")
