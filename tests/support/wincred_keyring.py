"""A keyring backend that behaves like Windows Credential Manager, for tests.

It persists to a JSON file (so CLI subprocesses share it) named by CERTDESK_TEST_KEYRING, and
enforces Credential Manager's limit: a credential blob of at most 2560 bytes, the password
encoded as UTF-16-LE. Like the real backend it then raises a raw OS error, not a keyring
error. CERTDESK_TEST_KEYRING_LOCKED=1 makes it behave like a locked keyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 * 512


class WinCredLikeKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ.get("CERTDESK_TEST_KEYRING", "test-keyring.json"))

    def _load(self) -> dict[str, str]:
        path = self._path()
        if not path.exists():
            return {}
        return dict(json.loads(path.read_text()))

    def _save(self, data: dict[str, str]) -> None:
        path = self._path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)

    def _check_locked(self) -> None:
        if os.environ.get("CERTDESK_TEST_KEYRING_LOCKED") == "1":
            raise KeyringLocked("The keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check_locked()
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check_locked()
        if len(password.encode("utf-16-le")) > CRED_MAX_CREDENTIAL_BLOB_SIZE:
            # What pywin32's CredWrite raises (pywintypes.error is not a keyring error).
            raise OSError(1783, "CredWrite", "The stub received bad data.")
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        self._check_locked()
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("Password not found")
        self._save(data)
