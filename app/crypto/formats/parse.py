"""Reading certificates and keys from PEM, DER, PKCS#12 (PFX) and PKCS#7 (P7B) bytes.

`parse_items` accepts whatever a user drops or pastes: a file's bytes, PEM text with CRLF line
ends or indentation, base64 without PEM armour. It returns every certificate and key found;
`app.crypto.formats.assemble` then works out which is the leaf, the chain and the key.
Damaged, truncated or encrypted input raises an error that says which of these it is.
"""

from __future__ import annotations

import base64
import binascii
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12

from app.crypto.eager import read_every_field
from app.crypto.formats.errors import PasswordRequired, UnreadableData, WrongPassword
from app.crypto.passwords import check_password

# One pass over BEGIN/END lines (labels are short), never a back-reference: hostile input
# (thousands of unterminated BEGIN lines, distinct labels) costs time linear in its size.
_PEM_MARKER = re.compile(rb"-----(BEGIN|END) ([A-Z0-9 ]{1,64})-----")
_MAX_PEM_BLOCKS = 1000
_KEY_LABELS = {b"PRIVATE KEY", b"RSA PRIVATE KEY", b"EC PRIVATE KEY", b"ENCRYPTED PRIVATE KEY"}
_BASE64_TEXT = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
T = TypeVar("T")


@dataclass(frozen=True)
class ParsedItems:
    """Everything found in one input, in file order."""

    format: str  # pem | der | pfx | p7b
    certificates: tuple[x509.Certificate, ...]
    keys: tuple[PrivateKeyTypes, ...]
    friendly_name: str | None = None
    notes: tuple[str, ...] = ()


def parse_items(data: bytes | str, password: bytes | str | None = None) -> ParsedItems:
    """Every certificate and private key in `data` (any supported format)."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    check_password(password)
    pw = password.encode("utf-8") if isinstance(password, str) else password
    if not raw.strip():
        raise UnreadableData("The file is empty.", "Choose a certificate file or paste PEM text.")
    if b"-----BEGIN" in raw:
        return _parse_pem(raw, pw)
    stripped = raw.strip()
    if _BASE64_TEXT.match(stripped) and not _looks_like_der(raw):
        try:
            decoded = base64.b64decode(b"".join(stripped.split()), validate=True)
        except binascii.Error:
            decoded = b""
        if decoded:
            return _parse_der(decoded, pw)
    return _parse_der(raw, pw)


# -- PEM ---------------------------------------------------------------------------------------
def _parse_pem(raw: bytes, password: bytes | None) -> ParsedItems:
    text = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    blocks = _pem_blocks(text)
    certs: list[x509.Certificate] = []
    keys: list[PrivateKeyTypes] = []
    notes: list[str] = []
    for index, (label, raw_body) in enumerate(blocks, start=1):
        body = _clean_body(raw_body)
        pem = b"-----BEGIN " + label + b"-----\n" + body + b"\n-----END " + label + b"-----\n"
        name = label.decode()
        if label == b"CERTIFICATE":
            certs.append(_load(partial(_pem_certificate, pem), f"PEM block {index} (CERTIFICATE)"))
        elif label in _KEY_LABELS:
            keys.append(_load_pem_key(pem, password, index))
        elif label == b"PKCS7":
            certs.extend(_load(partial(_pem_pkcs7, pem), f"PEM block {index} (PKCS7)"))
        elif label in {b"CERTIFICATE REQUEST", b"NEW CERTIFICATE REQUEST"}:
            notes.append(f"PEM block {index} is a certificate request (CSR) and was skipped.")
        else:
            notes.append(f"PEM block {index} ({name}) is not a certificate or key; skipped.")
    if not certs and not keys:
        hint = ("This is a certificate request (CSR): import the certificate the CA issued for it."
                if any("CSR" in n for n in notes) else
                "Choose a file with -----BEGIN CERTIFICATE----- or a private key.")
        raise UnreadableData("No certificate or private key was found in the PEM text.", hint)
    return ParsedItems("pem", tuple(certs), tuple(keys), notes=tuple(notes))


def _pem_blocks(text: bytes) -> list[tuple[bytes, bytes]]:
    """(label, body) of every BEGIN...END pair, in order; an unterminated block is an error."""
    blocks: list[tuple[bytes, bytes]] = []
    open_label: bytes | None = None
    body_start = 0
    for marker in _PEM_MARKER.finditer(text):
        kind, label = marker.group(1), marker.group(2)
        if kind == b"BEGIN":
            if open_label is not None:
                break  # a BEGIN inside an open block: the open one is cut off
            open_label, body_start = label, marker.end()
        elif open_label == label:
            blocks.append((label, text[body_start:marker.start()]))
            open_label = None
            if len(blocks) > _MAX_PEM_BLOCKS:
                raise UnreadableData(
                    f"The PEM text holds more than {_MAX_PEM_BLOCKS} blocks.",
                    "Split the file: import one certificate (with its chain and key) at a time.")
        elif open_label is not None:
            break  # END of another label: the open block is cut off
    if open_label is not None:
        shown = open_label.decode("ascii")
        raise UnreadableData(
            f"The PEM text is cut off: a '{shown}' block has no END line.",
            "Copy the whole text, from -----BEGIN to -----END, or re-download the file.")
    return blocks


def _clean_body(body: bytes) -> bytes:
    """Strip indentation and blank lines; keep legacy 'Proc-Type:' headers for old RSA keys."""
    lines = [line.strip() for line in body.split(b"\n")]
    headers = [line for line in lines if b":" in line]
    payload = [line for line in lines if line and b":" not in line]
    joined = b"".join(payload)
    wrapped = b"\n".join(joined[i:i + 64] for i in range(0, len(joined), 64))
    if headers:
        return b"\n".join(headers) + b"\n\n" + wrapped
    return wrapped


def _load_pem_key(pem: bytes, password: bytes | None, index: int) -> PrivateKeyTypes:
    what = f"PEM block {index} (private key)"
    try:
        return serialization.load_pem_private_key(pem, password=password)
    except TypeError as exc:
        if password is None:
            raise PasswordRequired("The private key is encrypted.",
                                   "Enter the key's passphrase.") from exc
        return _load_pem_key(pem, None, index)  # a password was given for a plain key
    except ValueError as exc:
        if password is not None and (b"ENCRYPTED" in pem):
            raise WrongPassword("The passphrase does not decrypt the private key.",
                                "Check the passphrase and try again.", detail=str(exc)) from exc
        raise UnreadableData(f"{what} is damaged and could not be read.",
                             "Re-export the key from its source.", detail=str(exc)) from exc
    except Exception as exc:  # unsupported algorithms raise UnsupportedAlgorithm
        raise UnreadableData(f"{what} uses an unsupported algorithm.",
                             "Use an RSA, EC or Ed25519 key.", detail=str(exc)) from exc


def _pem_certificate(pem: bytes) -> x509.Certificate:
    return read_every_field(x509.load_pem_x509_certificate(pem))


def _pem_pkcs7(pem: bytes) -> list[x509.Certificate]:
    return [read_every_field(c) for c in pkcs7.load_pem_pkcs7_certificates(pem)]


def _der_pkcs7(der: bytes) -> list[x509.Certificate]:
    return [read_every_field(c) for c in pkcs7.load_der_pkcs7_certificates(der)]


def _load(fn: Callable[[], T], what: str) -> T:
    try:
        with warnings.catch_warnings():
            # OpenSSL writes PKCS#7 certificate sets unsorted (BER); cryptography warns.
            warnings.simplefilter("ignore", UserWarning)
            return fn()
    except Exception as exc:
        raise UnreadableData(f"{what} is damaged and could not be read.",
                             "Re-download or re-export the file.", detail=str(exc)) from exc


# -- DER / binary ------------------------------------------------------------------------------
def _der_length(data: bytes) -> int | None:
    """The total length the outer DER TLV declares, or None if the header is not DER."""
    if len(data) < 2 or data[0] != 0x30:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return None
    return 2 + count + int.from_bytes(data[2:2 + count], "big")


def _looks_like_der(data: bytes) -> bool:
    return _der_length(data) is not None


def _looks_like_pfx(data: bytes) -> bool:
    """PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData ... }."""
    length = _der_length(data)
    if length is None:
        return False
    header = 2 + (data[1] & 0x7F if data[1] >= 0x80 else 0)
    return data[header:header + 3] == b"\x02\x01\x03"


def _parse_der(raw: bytes, password: bytes | None) -> ParsedItems:
    declared = _der_length(raw)
    if declared is None:
        raise UnreadableData(
            "The file is not a certificate, key, PFX or P7B file certdesk can read.",
            "Supported: PEM (.pem/.crt/.cer/.key), DER (.der/.cer), PKCS#12 (.pfx/.p12) and "
            "PKCS#7 (.p7b).")
    if declared > len(raw):
        raise UnreadableData(
            f"The file is truncated: it declares {declared} bytes but has only {len(raw)}.",
            "Copy or download the file again.")
    data = raw[:declared]
    if _looks_like_pfx(data):
        return _parse_pfx(data, password)
    try:
        cert = x509.load_der_x509_certificate(data)
    except ValueError:
        pass
    else:
        return ParsedItems("der", (_load(partial(read_every_field, cert), "The certificate"),), ())
    try:
        return ParsedItems("p7b", tuple(_load(partial(_der_pkcs7, data), "PKCS#7")), ())
    except UnreadableData:
        pass
    try:
        return ParsedItems("der", (), (serialization.load_der_private_key(data, password),))
    except TypeError as exc:
        if password is None:
            raise PasswordRequired("The private key is encrypted.",
                                   "Enter the key's passphrase.") from exc
        return _parse_der(data, None)  # a password was given for a plain key
    except ValueError as exc:
        if password is not None and _is_encrypted_pkcs8(data):
            raise WrongPassword("The passphrase does not decrypt the private key.",
                                "Check the passphrase and try again.") from exc
    except Exception as exc:
        raise UnreadableData("The private key uses an unsupported algorithm.",
                             "Use an RSA, EC or Ed25519 key.", detail=str(exc)) from exc
    raise UnreadableData(
        "The file is damaged, or is not a certificate, key, PFX or P7B file.",
        "Re-download or re-export the file.")


def _is_encrypted_pkcs8(data: bytes) -> bool:
    # EncryptedPrivateKeyInfo opens with a PBES1/PBES2 AlgorithmIdentifier (1.2.840.113549.1.5.x)
    return b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05" in data[:40]


def _parse_pfx(data: bytes, password: bytes | None) -> ParsedItems:
    attempts = [password] if password is not None else [None, b""]
    last: Exception | None = None
    for pw in attempts:
        try:
            bundle = pkcs12.load_pkcs12(data, pw)
        except ValueError as exc:
            last = exc
            continue
        certs: list[x509.Certificate] = []
        friendly: str | None = None
        if bundle.cert is not None:
            certs.append(bundle.cert.certificate)
            if bundle.cert.friendly_name:
                friendly = bundle.cert.friendly_name.decode("utf-8", "replace")
        certs.extend(c.certificate for c in bundle.additional_certs)
        for cert in certs:
            _load(partial(read_every_field, cert), "A certificate in the PFX file")
        keys = (bundle.key,) if bundle.key is not None else ()
        if not certs and not keys:
            raise UnreadableData("The PFX file holds no certificate and no key.",
                                 "Export it again from its source with the certificate included.")
        return ParsedItems("pfx", tuple(certs), keys, friendly_name=friendly)
    if password is None:
        raise PasswordRequired("The PFX file is protected by a password.",
                               "Enter the password it was exported with.") from last
    raise WrongPassword(
        "The PFX password is wrong (or the file is damaged).",
        "Check the password; if it is right, export the PFX again from its source.",
        detail=str(last)) from last
