"""Backup headers are untrusted until authenticated: costs capped, every malformed one a clear
error, never a crash."""

from __future__ import annotations

import json
import struct

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.backup.sealed import MAGIC, VERSION, BackupUnreadable, read_header, seal, unseal

PASSPHRASE = "correct horse battery"


def _sealed() -> bytes:
    return seal(b'{"payload": 1}', PASSPHRASE, created_at="2026-01-01T00:00:00Z", n=2**10)


def _with_header(sealed: bytes, header: object, *, raw: bytes | None = None) -> bytes:
    _, _prefix, ciphertext = read_header(sealed)
    body = raw if raw is not None else json.dumps(header).encode()
    return MAGIC + bytes([VERSION]) + struct.pack(">I", len(body)) + body + ciphertext


def _header(sealed: bytes) -> dict[str, object]:
    start = len(MAGIC) + 5
    (hlen,) = struct.unpack(">I", sealed[len(MAGIC) + 1:start])
    parsed: dict[str, object] = json.loads(sealed[start:start + hlen])
    return parsed


@pytest.mark.timeout(60)  # p=40 took 13.5 s before the caps; n=2**30 needs 1 TiB of memory
@pytest.mark.parametrize(("n", "r", "p"), [(2**10, 8, 40), (2**30, 8, 1), (2**10, 2**20, 1),
                                           (1025, 8, 1), (0, 8, 1), (2**10, 0, 1),
                                           (2**10, 8, -1), (2**62, 2**62, 2**62)])
def test_key_derivation_costs_are_capped_before_use(n: int, r: int, p: int) -> None:
    sealed = _sealed()
    header = _header(sealed)
    header["kdf"] = {**header["kdf"], "n": n, "r": r, "p": p}  # type: ignore[dict-item]
    with pytest.raises(BackupUnreadable, match=r"costs|damaged"):
        unseal(_with_header(sealed, header), PASSPHRASE)


MALFORMED = [
    b"[]", b"1", b"null", b'"text"', b"{}", b'{"kdf": []}', b"[" * 3000, b"\xff\xfe",
    b'{"kdf": {"name": "scrypt", "n": 1e999, "r": 8, "p": 1}}',
    b'{"kdf": {"name": "scrypt", "n": 1024, "r": 8, "p": 1, "salt": 5},'
    b' "cipher": {"name": "AES-256-GCM", "nonce": "AAAA"}, "ciphertext_length": 30}',
    b'{"kdf": {"name": "scrypt", "n": 1024, "r": 8, "p": 1, "salt": "!!!"},'
    b' "cipher": {"name": "AES-256-GCM", "nonce": "AAAA"}, "ciphertext_length": 30}',
    b'{"kdf": {"name": "scrypt", "n": true, "r": 8, "p": 1, "salt": "AAAA"},'
    b' "cipher": {"name": "AES-256-GCM", "nonce": "AAAA"}, "ciphertext_length": 30}',
]


@pytest.mark.parametrize("raw", MALFORMED)
def test_malformed_headers_are_a_clear_error(raw: bytes) -> None:
    with pytest.raises(BackupUnreadable) as info:
        unseal(_with_header(_sealed(), None, raw=raw), PASSPHRASE)
    assert info.value.hint


def test_an_oversized_header_is_refused_before_it_is_read() -> None:
    data = MAGIC + bytes([VERSION]) + struct.pack(">I", 2**31) + b"{}"
    with pytest.raises(BackupUnreadable, match="damaged"):
        read_header(data)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_change_to_a_header_is_refused_cleanly(data: st.DataObject) -> None:
    sealed = _sealed()
    header = _header(sealed)
    path = data.draw(st.sampled_from([("kdf", "n"), ("kdf", "r"), ("kdf", "p"),
                                      ("kdf", "salt"), ("kdf", "name"), ("cipher", "nonce"),
                                      ("cipher",), ("kdf",), ("ciphertext_length",)]))
    value = data.draw(JSON)
    target = header
    for key in path[:-1]:
        target = target[key]  # type: ignore[assignment]
    assume(target[path[-1]] != value)
    target[path[-1]] = value
    with pytest.raises(BackupUnreadable):
        unseal(_with_header(sealed, header), PASSPHRASE)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_after_the_magic_are_refused_cleanly(tail: bytes) -> None:
    with pytest.raises(BackupUnreadable):
        unseal(MAGIC + tail, PASSPHRASE)
