"""Encrypted backup and restore of a whole certdesk home (see app.backup).

The backup holds accounts with their keys, certificates with their keys and history,
settings (except the installation id), DNS credentials, export targets (with their
passwords) and the activity log, sealed with a passphrase. Restore only goes into an empty
home; secrets are re-encrypted under that home's own keyring master key, so a backup moves
between machines and users.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from app.backup.sealed import seal, unseal
from app.backup.snapshot import counts, restore_snapshot, take_snapshot
from app.clock import Clock, SystemClock
from app.crypto.formats.errors import ExportRefused
from app.errors import InvalidInput, NotFound, StorageError
from app.os_integration import file_acl
from app.services.inventory import read_input_file
from app.storage.atomic import atomic_write
from app.storage.command_confirmations import AwaitingCommand, CommandConfirmations, CommandKind
from app.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupSummary:
    path: str
    created_at: str
    accounts: int
    certificates: int
    versions: int
    targets: int
    secrets: int

    @classmethod
    def of(cls, path: str, snapshot: dict[str, object]) -> BackupSummary:
        n = counts(snapshot)
        return cls(path, str(snapshot["created_at"]), n.get("accounts", 0),
                   n.get("certificates", 0), n.get("certificate_versions", 0),
                   n.get("export_targets", 0), n.get("secrets", 0))


class BackupService:
    def __init__(self, store: Store, *, clock: Clock | None = None) -> None:
        self._store = store
        self._clock = clock or SystemClock()

    def backup(self, out: str | os.PathLike[str], passphrase: str, *,
               force: bool = False) -> BackupSummary:
        target = Path(out).expanduser()
        if target.exists() and not force:
            raise ExportRefused(f"Not overwriting the existing file {target}.",
                                "Choose another name, or allow overwriting (--force).")
        created_at = self._clock.now().isoformat()
        snapshot = take_snapshot(self._store, created_at=created_at)
        data = seal(json.dumps(snapshot).encode("utf-8"), passphrase, created_at=created_at)
        try:
            atomic_write(target, data, private=True, restrict=file_acl.restrict_to_owner)
        except OSError as exc:  # nothing is left behind: atomic_write removes its temp file
            raise ExportRefused(f"Could not write the backup {target}: "
                                f"{exc.strerror or exc}.",
                                "Free some disk space, or choose another location.") from exc
        summary = BackupSummary.of(str(target), snapshot)
        try:
            self._store.events.add("backup-created",
                                   f"Encrypted backup written to {target} ({summary.accounts} "
                                   f"accounts, {summary.certificates} certificates)")
        except StorageError as exc:  # the backup itself is complete
            log.warning("Backup not recorded in the activity log: %s", exc.message)
        return summary

    # -- commands a restore brought back ------------------------------------------------------
    def awaiting_commands(self) -> list[AwaitingCommand]:
        """Target commands and DNS hooks from a restored backup that wait for confirmation."""
        return CommandConfirmations(self._store.db).all()

    def confirm_command(self, key: str) -> int:
        """Confirm the commands of one target or certificate ("target:ID", "dns-exec:ID")."""
        kind_text, _, owner = key.partition(":")
        try:
            kind = CommandKind(kind_text)
        except ValueError:
            kind = None
        if kind is None or not owner:
            raise InvalidInput(f"'{key[:80]}' does not name a restored command.",
                               "Use a KEY from the list of restored commands.")
        confirmed = CommandConfirmations(self._store.db).confirm(kind, owner)
        if not confirmed:
            raise NotFound(f"No restored command waits under '{key[:80]}'.",
                           "List them to see what waits.")
        self._store.events.add("commands-confirmed",
                               f"{confirmed} restored command(s) of {key} confirmed")
        return confirmed

    def confirm_all_commands(self) -> int:
        confirmed = CommandConfirmations(self._store.db).confirm_all()
        if confirmed:
            self._store.events.add("commands-confirmed",
                                   f"{confirmed} restored command(s) confirmed")
        return confirmed

    def restore(self, path: str | os.PathLike[str], passphrase: str) -> BackupSummary:
        data = read_input_file(path, "backup file")
        snapshot = json.loads(unseal(data, passphrase))
        restore_snapshot(self._store, snapshot)
        summary = BackupSummary.of(str(path), snapshot)
        self._store.events.add("backup-restored",
                               f"Restored the backup of {summary.created_at} from {path} "
                               f"({summary.accounts} accounts, {summary.certificates} "
                               "certificates)")
        return summary
