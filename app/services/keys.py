"""Key types, as front ends offer them (account keys and certificate keys)."""

from __future__ import annotations

from app.crypto.keys import KeyType

__all__ = ["KeyType"]
