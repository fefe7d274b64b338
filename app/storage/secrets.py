"""Secrets: one random master key in the OS keyring; everything else AES-GCM-encrypted in the store.

Windows Credential Manager holds at most 2560 bytes per credential, too little for an RSA PEM
key, so the keyring holds only a 32-byte master key (44 base64 characters) per certdesk home.
Account keys, certificate keys, EAB HMAC keys and DNS API credentials are encrypted with it
(AES-256-GCM, the secret's id and purpose as associated data) and stored in the database.
Nothing secret is ever written in plaintext or logged.
"""

from __future__ import annotations

import base64
import logging
import os
import threading
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.clock import utcnow
from app.errors import SecretStoreError
from app.storage.db import Database
from app.storage.file_lock import exclusive

log = logging.getLogger(__name__)

KEYRING_SERVICE = "certdesk"

_NO_KEYRING_HINT = (
    "certdesk keeps keys only in the operating system's credential store. "
    "On Windows that is Credential Manager, on macOS the login Keychain; on Linux start a "
    "Secret Service provider (GNOME Keyring or KWallet) and unlock it, then try again."
)


class SecretStore:
    """Encrypts secrets into the database under a master key held in the OS keyring."""

    def __init__(self, db: Database, *, service: str = KEYRING_SERVICE) -> None:
        self._db = db
        self._service = service
        self._key: bytes | None = None
        self._lock = threading.Lock()  # one master key, even when first used by two threads

    # -- the master key --------------------------------------------------------------------
    @property
    def _username(self) -> str:
        rows = self._db.query("SELECT value FROM settings WHERE key='install_id'")
        if rows:
            return f"master-key/{rows[0]['value']}"
        install_id = uuid.uuid4().hex
        self._db.execute(
            "INSERT OR IGNORE INTO settings(key, value) VALUES('install_id', ?)", (install_id,)
        )
        rows = self._db.query("SELECT value FROM settings WHERE key='install_id'")
        return f"master-key/{rows[0]['value']}"

    def _backend_name(self) -> str:
        import keyring  # loaded when the master key is first needed, not with the store

        try:
            return type(keyring.get_keyring()).__name__
        except Exception:  # pragma: no cover - keyring's own discovery failed
            return "unknown"

    def _master_key(self) -> bytes:
        if self._key is not None:
            return self._key
        # Threads of this process, then other processes on the same home (a fresh install
        # started twice at once must not create two master keys).
        with self._lock, exclusive(self._db.path.parent / "locks" / "master-key.lock"):
            if self._key is None:
                self._key = self._load_or_create_master_key()
            return self._key

    def _load_or_create_master_key(self) -> bytes:
        import keyring  # its backends are discovered here, on first use
        import keyring.errors

        username = self._username
        try:
            stored = keyring.get_password(self._service, username)
        except keyring.errors.KeyringLocked as exc:
            raise SecretStoreError(
                "The system keyring is locked.", "Unlock it and try again.", detail=str(exc)
            ) from exc
        except keyring.errors.NoKeyringError as exc:
            raise SecretStoreError(
                "No usable system keyring was found.", _NO_KEYRING_HINT, detail=str(exc)
            ) from exc
        except Exception as exc:
            raise SecretStoreError(
                f"The system keyring ({self._backend_name()}) could not be read: {exc}.",
                "Check that the credential store is running and unlocked.",
            ) from exc
        if stored:
            try:
                key = base64.b64decode(stored, validate=True)
            except ValueError:
                key = b""
            if len(key) != 32:
                raise SecretStoreError(
                    "certdesk's master key in the system keyring is damaged.",
                    "Restore it from a backup, or remove the certdesk entry from the keyring "
                    "and re-create accounts.",
                )
            return key
        if self._db.query("SELECT 1 FROM secrets LIMIT 1"):
            raise SecretStoreError(
                "certdesk's master key is missing from the system keyring, so the keys in this "
                "store cannot be decrypted.",
                "If you moved to another machine or user, restore an encrypted backup; otherwise "
                "re-create the accounts and certificates.",
            )
        key = AESGCM.generate_key(bit_length=256)
        try:
            keyring.set_password(self._service, username, base64.b64encode(key).decode("ascii"))
        except keyring.errors.KeyringLocked as exc:
            raise SecretStoreError(
                "The system keyring is locked.", "Unlock it and try again.", detail=str(exc)
            ) from exc
        except keyring.errors.NoKeyringError as exc:
            raise SecretStoreError(
                "No usable system keyring was found.", _NO_KEYRING_HINT, detail=str(exc)
            ) from exc
        except Exception as exc:
            raise SecretStoreError(
                f"The system keyring ({self._backend_name()}) refused to store certdesk's master "
                f"key: {exc}.",
                "Check that the credential store is running, unlocked and not full.",
            ) from exc
        log.info("Created a new master key in the %s keyring", self._backend_name())
        return key

    def check_available(self) -> None:
        """Raise SecretStoreError unless the keyring works (creates the master key if needed)."""
        self._master_key()

    # -- secrets ----------------------------------------------------------------------------
    def put(self, purpose: str, plaintext: bytes, secret_id: str | None = None) -> str:
        """Encrypt and store a secret; returns its id (a new one unless `secret_id` is given)."""
        key = self._master_key()
        sid = secret_id or uuid.uuid4().hex
        nonce = os.urandom(12)
        ciphertext = AESGCM(key).encrypt(nonce, plaintext, f"{sid}:{purpose}".encode())
        self._db.execute(
            "INSERT OR REPLACE INTO secrets(id, purpose, nonce, ciphertext, created_at) "
            "VALUES(?, ?, ?, ?, ?)",
            (sid, purpose, nonce, ciphertext, utcnow().isoformat()),
        )
        return sid

    def get(self, secret_id: str) -> bytes:
        rows = self._db.query(
            "SELECT purpose, nonce, ciphertext FROM secrets WHERE id=?", (secret_id,)
        )
        if not rows:
            raise missing_secret()
        row = rows[0]
        try:
            return AESGCM(self._master_key()).decrypt(
                row["nonce"], row["ciphertext"], f"{secret_id}:{row['purpose']}".encode()
            )
        except InvalidTag as exc:
            raise SecretStoreError(
                "A stored key could not be decrypted with the master key in the system keyring.",
                "The keyring entry belongs to another installation; restore a backup made "
                "with certdesk's backup command.",
            ) from exc

    def delete(self, secret_id: str) -> None:
        self._db.execute("DELETE FROM secrets WHERE id=?", (secret_id,))

    def exists(self, secret_id: str) -> bool:
        return bool(self._db.query("SELECT 1 FROM secrets WHERE id=?", (secret_id,)))


def missing_secret() -> SecretStoreError:
    """What reading a secret that is not in the store fails with (also said by callers that
    see it is missing before reading it)."""
    return SecretStoreError("A key that certdesk needs is missing from its store.",
                            "Restore from a backup, or re-create the account or certificate.")
