"""The errors reading and writing certificate files can raise, each with a hint for people."""

from __future__ import annotations

from app.errors import InvalidInput, UserFacingError


class UnreadableData(InvalidInput):
    """The bytes are not a certificate, key or container certdesk understands (or are damaged)."""


class PasswordRequired(InvalidInput):
    """The file is encrypted and no password was given: the front end should ask for one."""


class WrongPassword(InvalidInput):
    """The password does not open the file."""


class KeyMismatch(InvalidInput):
    """The private key belongs to none of the certificates."""


class AmbiguousCertificates(InvalidInput):
    """The file holds several unrelated end-entity certificates."""


class DuplicateCertificate(InvalidInput):
    """The certificate is already in the inventory."""

    def __init__(self, message: str, hint: str = "", *, existing_id: str) -> None:
        super().__init__(message, hint)
        self.existing_id = existing_id


class ExportRefused(InvalidInput):
    """An export cannot be produced as asked (missing key, missing password, file exists)."""


class WriteFailed(UserFacingError):
    """An export file could not be written (no permission, disk full, not a folder, ...)."""
