"""Rendering CertificateMaterial into the formats admins need, as named in-memory files.

Nothing here touches the disk: `render` returns ExportFile values; app.crypto.formats.write
puts them on disk (atomically, owner-only for anything holding a key, never overwriting
without `force`).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12

# The formats and their texts live in app.crypto.formats.catalog (no cryptography); offered
# here too.
from app.crypto.formats.catalog import FORMATS as FORMATS
from app.crypto.formats.catalog import ExportFormat as ExportFormat
from app.crypto.formats.catalog import FormatInfo as FormatInfo
from app.crypto.formats.errors import ExportRefused
from app.crypto.formats.material import CertificateMaterial, key_pem
from app.crypto.passwords import check_password

# PBKDF2 rounds for the modern PFX (also the MAC's iteration count).
PFX_MODERN_ROUNDS = 100_000
# OpenSSL's and Windows' traditional count; the legacy format's strength is 3DES anyway.
PFX_COMPAT_ROUNDS = 2048


_PFX_KEY_TYPES = (rsa.RSAPrivateKey, dsa.DSAPrivateKey, ec.EllipticCurvePrivateKey,
                  ed25519.Ed25519PrivateKey, ed448.Ed448PrivateKey)


@dataclass(frozen=True)
class ExportFile:
    name: str  # file name (no folders)
    data: bytes
    private: bool  # holds a private key: owner-only permissions


def render(material: CertificateMaterial, fmt: ExportFormat | str, *,
           password: bytes | str | None = None, friendly_name: str | None = None,
           basename: str = "certificate") -> tuple[ExportFile, ...]:
    fmt = ExportFormat.parse(fmt) if isinstance(fmt, str) else fmt
    info = FORMATS[fmt]
    check_password(password)
    pw = password.encode("utf-8") if isinstance(password, str) else password
    if info.needs_key and material.key is None:
        raise ExportRefused(f"The {info.label} format needs the private key, and certdesk does "
                            "not have this certificate's key.",
                            "Choose PEM, DER or P7B, or import the certificate with its key.")
    if info.password == "required" and not pw:
        raise ExportRefused(f"A {info.label} file needs a password.",
                            "Enter a password (the importing system will ask for it).")
    name = basename + info.suffix
    if fmt is ExportFormat.PEM:
        files = [ExportFile("cert.pem", material.cert_pem.encode(), False),
                 ExportFile("chain.pem", material.chain_pem.encode(), False),
                 ExportFile("fullchain.pem", material.fullchain_pem.encode(), False)]
        if material.key is not None:
            files.append(ExportFile("privkey.pem", key_pem(material.key), True))
        return tuple(files)
    if fmt is ExportFormat.PEM_BUNDLE:
        data = material.fullchain_pem.encode()
        if material.key is not None:
            data += key_pem(material.key)
        return (ExportFile(name, data, material.key is not None),)
    if fmt is ExportFormat.DER:
        return (ExportFile(name, material.leaf.public_bytes(serialization.Encoding.DER), False),)
    if fmt is ExportFormat.P7B:
        data = pkcs7.serialize_certificates([material.leaf, *material.chain],
                                            serialization.Encoding.DER)
        return (ExportFile(name, data, False),)
    assert material.key is not None
    if fmt is ExportFormat.KEY:
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(pw) if pw else serialization.NoEncryption())
        data = material.key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8, encryption)
        return (ExportFile(name, data, True),)
    assert pw is not None
    return (ExportFile(name, pfx_bytes(material, pw, compat=fmt is ExportFormat.PFX_COMPAT,
                                       friendly_name=friendly_name), True),)


def pfx_bytes(material: CertificateMaterial, password: bytes, *, compat: bool,
              friendly_name: str | None = None) -> bytes:
    builder = serialization.PrivateFormat.PKCS12.encryption_builder()
    if compat:
        builder = (builder.kdf_rounds(PFX_COMPAT_ROUNDS)
                   .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
                   .hmac_hash(hashes.SHA1()))
    else:
        builder = (builder.kdf_rounds(PFX_MODERN_ROUNDS)
                   .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
                   .hmac_hash(hashes.SHA256()))
    name = (friendly_name or material.friendly_name or "").encode("utf-8") or None
    key = material.key
    if key is not None and not isinstance(key, _PFX_KEY_TYPES):
        raise ExportRefused(f"A {type(key).__name__} key cannot be stored in a PFX file.",
                            "Export PEM files instead.")
    return pkcs12.serialize_key_and_certificates(
        name, key, material.leaf, list(material.chain) or None, builder.build(password))
