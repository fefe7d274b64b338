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
from typing import Any

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


def read_header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """(header, prefix, ciphertext); raises BackupUnreadable for anything malformed."""
    if not data.startswith(MAGIC):
        raise BackupUnreadable("This file is not a certdesk backup.",
                               "Choose a file made with certdesk's backup command.")
    if len(data) < len(MAGIC) + 5:
        raise BackupUnreadable("The backup file is truncated.", "Copy the backup file again.")
    version = data[len(MAGIC)]
    if version != VERSION:
        raise BackupUnreadable(f"This backup uses format {version}, which this certdesk does "
                               "not know.", "Restore it with a newer certdesk.")
    (hlen,) = struct.unpack(">I", data[len(MAGIC) + 1:len(MAGIC) + 5])
    start = len(MAGIC) + 5
    if len(data) < start + hlen:
        raise BackupUnreadable("The backup file is truncated.", "Copy the backup file again.")
    try:
        header = json.loads(data[start:start + hlen])
        expected = int(header["ciphertext_length"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupUnreadable("The backup file's header is damaged.",
                               "Copy the backup file again.") from exc
    ciphertext = data[start + hlen:]
    if len(ciphertext) < expected:
        raise BackupUnreadable(
            f"The backup file is truncated ({len(ciphertext)} of {expected} bytes).",
            "Copy the backup file again.")
    return header, data[:start + hlen], ciphertext[:expected]


def unseal(data: bytes, passphrase: str) -> bytes:
    header, prefix, ciphertext = read_header(data)
    kdf = header.get("kdf", {})
    if kdf.get("name") != "scrypt" or header.get("cipher", {}).get("name") != "AES-256-GCM":
        raise BackupUnreadable("The backup uses an unknown encryption method.",
                               "Restore it with a newer certdesk.")
    try:
        salt = base64.b64decode(kdf["salt"])
        nonce = base64.b64decode(header["cipher"]["nonce"])
        key = _derive(passphrase, salt, int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupUnreadable("The backup file's header is damaged.",
                               "Copy the backup file again.") from exc
    try:
        body = AESGCM(key).decrypt(nonce, ciphertext, prefix)
    except InvalidTag:
        raise BackupUnreadable("The passphrase is wrong, or the backup file was changed.",
                               "Check the passphrase (it is case-sensitive).") from None
    return zlib.decompress(body)
