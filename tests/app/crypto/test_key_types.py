"""The key types as plain values: the same type where keys are made, and importable without
the cryptography library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.crypto import key_types, keys
from app.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[3]


def test_keys_offers_the_same_key_types() -> None:
    assert keys.KeyType is key_types.KeyType
    assert keys.DEFAULT_KEY_TYPE is key_types.KeyType.EC256


def test_parse_and_labels_are_unchanged() -> None:
    assert key_types.KeyType.parse("RSA-2048") is key_types.KeyType.RSA2048
    assert key_types.KeyType.EC256.label == "ECDSA P-256 (recommended)"
    with pytest.raises(InvalidInput, match="Unknown key type 'dsa'"):
        key_types.KeyType.parse("dsa")


def test_importing_the_key_types_loads_no_cryptography() -> None:
    code = ("import sys; import app.crypto.key_types, app.services.keys\n"
            "print(any(m.startswith('cryptography') for m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
