"""The core's error tree.

Everything the core raises on purpose derives from CertdeskError. A UserFacingError carries a
message that is safe to show (what happened) and a hint (what to do next); front ends show
both. Cancelled is silent. Anything else is a bug: logged with its traceback, shown in a
details box.
"""

from __future__ import annotations

import re


class CertdeskError(Exception):
    """Base of all errors the core raises deliberately."""


class Cancelled(CertdeskError):
    """The user (or shutdown) cancelled the operation. Not an error to report."""


class UserFacingError(CertdeskError):
    """An error whose message and hint can be shown to the user as they are."""

    def __init__(self, message: str, hint: str = "", *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class InvalidInput(UserFacingError):
    """Input rejected before anything was contacted (names, key types, files)."""


class NotFound(UserFacingError):
    """A referenced account, certificate or order does not exist in the store."""


class SecretStoreError(UserFacingError):
    """The OS keyring is missing, locked or refused a secret."""


class StorageError(UserFacingError):
    """The local database could not be read or written."""


class AcmeError(UserFacingError):
    """The CA answered with a problem, or could not be reached."""

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        detail: str = "",
        problem_type: str = "",
        retry_after_seconds: float | None = None,
        url: str = "",
    ) -> None:
        super().__init__(message, hint, detail=detail)
        self.problem_type = problem_type
        self.retry_after_seconds = retry_after_seconds
        self.url = url


class ValidationFailed(UserFacingError):
    """Domain validation failed locally (pre-check) or at the CA."""


class CertificateCheckFailed(UserFacingError):
    """What the CA returned does not match the order (parse, key, names, chain)."""


_ERRNO = re.compile(r"^\[(?:Errno|WinError) -?\d+\]\s*")


def os_reason(exc: BaseException) -> str:
    """An operating-system error in words ("Connection refused", "Permission denied"), without
    the "[Errno 111]" prefix that means nothing to the reader."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc) or type(exc).__name__
    return _ERRNO.sub("", text)
