"""The backup file format: a passphrase-sealed, versioned container.

    magic     16 bytes  b"CERTDESK-BACKUP\\n"
    version    1 byte   1
    hlen       4 bytes  big-endian length of the header
    header    hlen      JSON: kdf (scrypt, n, r, p, salt), cipher (AES-256-GCM, nonce),
                        ciphertext_length, created_at
    ciphertext          AES-256-GCM(zlib(payload)); associated data = everything before it

scrypt (n=2**17, r=8, p=1: 128 MiB, about half a second) makes guessing passphrases costly;
GCM makes any change to header or body fail to open rather than restore something altered.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import InvalidInput

MAGIC = b"CERTDESK-BACKUP\n"
VERSION = 1
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8
T = TypeVar("T")


class BackupUnreadable(InvalidInput):
    """Not a backup, a newer format, truncated, or the wrong passphrase."""


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def seal(payload: bytes, passphrase: str, *, created_at: str, n: int = SCRYPT_N) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(f"The backup passphrase must have at least {MIN_PASSPHRASE} "
                           "characters.", "Choose a longer passphrase and keep it safe: "
                           "without it the backup cannot be restored.")
    salt, nonce = os.urandom(16), os.urandom(12)
    body = zlib.compress(payload, 6)
    ciphertext_length = len(body) + 16
    header = json.dumps({
        "kdf": {"name": "scrypt", "n": n, "r": SCRYPT_R, "p": SCRYPT_P,
                "salt": base64.b64encode(salt).decode()},
        "cipher": {"name": "AES-256-GCM", "nonce": base64.b64encode(nonce).decode()},
        "compression": "zlib", "ciphertext_length": ciphertext_length,
        "created_at": created_at,
    }, sort_keys=True).encode()
    prefix = MAGIC + bytes([VERSION]) + struct.pack(">I", len(header)) + header
    key = _derive(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    return prefix + AESGCM(key).encrypt(nonce, body, prefix)


# Limits on what the header may ask for. It is only authenticated after the key is derived, so
# its scrypt parameters are attacker-chosen until then: without caps, p=40 takes a minute and a
# large n exhausts memory. certdesk writes n=2**17, r=8, p=1.
MAX_HEADER = 4096
MIN_N, MAX_N = 2**10, 2**18
MAX_R, MAX_P = 16, 2
_DAMAGED = "The backup file's header is damaged."
_COPY_AGAIN = "Copy the backup file again."


@dataclass(frozen=True)
class BackupHeader:
    n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    ciphertext_length: int
    created_at: str


def read_header(data: bytes) -> tuple[BackupHeader, bytes, bytes]:
    """(header, prefix, ciphertext); raises BackupUnreadable for anything malformed."""
    if not data.startswith(MAGIC):
        raise BackupUnreadable("This file is not a certdesk backup.",
                               "Choose a file made with certdesk's backup command.")
    if len(data) < len(MAGIC) + 5:
        raise BackupUnreadable("The backup file is truncated.", _COPY_AGAIN)
    version = data[len(MAGIC)]
    if version != VERSION:
        raise BackupUnreadable(f"This backup uses format {version}, which this certdesk does "
                               "not know.", "Restore it with a newer certdesk.")
    (hlen,) = struct.unpack(">I", data[len(MAGIC) + 1:len(MAGIC) + 5])
    if hlen > MAX_HEADER:
        raise BackupUnreadable(f"{_DAMAGED} (it declares {hlen} bytes).", _COPY_AGAIN)
    start = len(MAGIC) + 5
    if len(data) < start + hlen:
        raise BackupUnreadable("The backup file is truncated.", _COPY_AGAIN)
    header = _parse_header(data[start:start + hlen])
    ciphertext = data[start + hlen:]
    if len(ciphertext) < header.ciphertext_length:
        raise BackupUnreadable(
            f"The backup file is truncated ({len(ciphertext)} of {header.ciphertext_length} "
            "bytes).", _COPY_AGAIN)
    return header, data[:start + hlen], ciphertext[:header.ciphertext_length]


def _parse_header(raw: bytes) -> BackupHeader:
    try:
        fields = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise BackupUnreadable(_DAMAGED, _COPY_AGAIN) from exc
    kdf = _field(fields, "kdf", dict)
    cipher = _field(fields, "cipher", dict)
    if kdf.get("name") != "scrypt" or cipher.get("name") != "AES-256-GCM":
        raise BackupUnreadable("The backup uses an unknown encryption method.",
                               "Restore it with a newer certdesk.")
    n, r, p = _field(kdf, "n", int), _field(kdf, "r", int), _field(kdf, "p", int)
    if not (MIN_N <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        raise BackupUnreadable(
            f"The backup asks for key-derivation costs certdesk does not accept (scrypt n={n}, "
            f"r={r}, p={p}).", "The file was not made by certdesk, or was altered.")
    salt = _base64(_field(kdf, "salt", str))
    nonce = _base64(_field(cipher, "nonce", str))
    length = _field(fields, "ciphertext_length", int)
    if not 16 <= len(salt) <= 64 or len(nonce) != 12 or length < 16:
        raise BackupUnreadable(_DAMAGED, _COPY_AGAIN)
    created_at = fields.get("created_at", "")
    return BackupHeader(n, r, p, salt, nonce, length,
                        created_at if isinstance(created_at, str) else "")


def _field(container: Any, name: str, kind: type[T]) -> T:
    value = container.get(name) if isinstance(container, dict) else None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise BackupUnreadable(_DAMAGED, _COPY_AGAIN)
    return value


def _base64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise BackupUnreadable(_DAMAGED, _COPY_AGAIN) from exc


def unseal(data: bytes, passphrase: str) -> bytes:
    header, prefix, ciphertext = read_header(data)
    key = _derive(passphrase, header.salt, header.n, header.r, header.p)
    try:
        body = AESGCM(key).decrypt(header.nonce, ciphertext, prefix)
    except InvalidTag:
        raise BackupUnreadable("The passphrase is wrong, or the backup file was changed.",
                               "Check the passphrase (it is case-sensitive).") from None
    try:
        return zlib.decompress(body)
    except zlib.error as exc:  # authenticated, so written damaged: not by certdesk
        raise BackupUnreadable("The backup's contents are damaged.",
                               "Use another copy of the backup.") from exc
