"""The key types certdesk offers, as plain values: front ends list and parse them without
loading the cryptography library (app.crypto.keys generates and reads the keys)."""

from __future__ import annotations

import enum

from app.errors import InvalidInput


class KeyType(enum.StrEnum):
    EC256 = "ec256"
    EC384 = "ec384"
    RSA2048 = "rsa2048"
    RSA3072 = "rsa3072"
    RSA4096 = "rsa4096"

    @property
    def label(self) -> str:
        return {
            KeyType.EC256: "ECDSA P-256 (recommended)",
            KeyType.EC384: "ECDSA P-384",
            KeyType.RSA2048: "RSA 2048",
            KeyType.RSA3072: "RSA 3072",
            KeyType.RSA4096: "RSA 4096",
        }[self]

    @classmethod
    def parse(cls, text: str) -> KeyType:
        try:
            return cls(text.lower().replace("-", "").replace("_", ""))
        except ValueError:
            choices = ", ".join(k.value for k in cls)
            raise InvalidInput(f"Unknown key type '{text}'.", f"Use one of: {choices}.") from None


DEFAULT_KEY_TYPE = KeyType.EC256
