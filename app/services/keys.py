"""Key types, as front ends offer them (account keys and certificate keys)."""

from __future__ import annotations

from app.crypto.key_types import DEFAULT_KEY_TYPE, KeyType

__all__ = ["DEFAULT_KEY_TYPE", "KeyType"]
