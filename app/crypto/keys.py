"""Private keys: generation, (de)serialisation, JWS algorithms."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

# The plain key types live in app.crypto.key_types (no cryptography); offered here too.
from app.crypto.key_types import DEFAULT_KEY_TYPE as DEFAULT_KEY_TYPE
from app.crypto.key_types import KeyType as KeyType
from app.errors import InvalidInput

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def generate_key(key_type: KeyType) -> PrivateKey:
    if key_type is KeyType.EC256:
        return ec.generate_private_key(ec.SECP256R1())
    if key_type is KeyType.EC384:
        return ec.generate_private_key(ec.SECP384R1())
    bits = {KeyType.RSA2048: 2048, KeyType.RSA3072: 3072, KeyType.RSA4096: 4096}[key_type]
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def key_type_of(key: PrivateKeyTypes) -> KeyType:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if isinstance(key.curve, ec.SECP256R1):
            return KeyType.EC256
        if isinstance(key.curve, ec.SECP384R1):
            return KeyType.EC384
        raise InvalidInput(f"Unsupported curve {key.curve.name}.", "Use P-256 or P-384.")
    if isinstance(key, rsa.RSAPrivateKey):
        mapping = {2048: KeyType.RSA2048, 3072: KeyType.RSA3072, 4096: KeyType.RSA4096}
        if key.key_size in mapping:
            return mapping[key.key_size]
        raise InvalidInput(
            f"Unsupported RSA key size {key.key_size}.", "Use RSA 2048, 3072 or 4096."
        )
    raise InvalidInput("Unsupported key algorithm.", "Use an EC (P-256/P-384) or RSA key.")


def key_to_pem(key: PrivateKeyTypes) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def key_from_pem(data: bytes, password: bytes | None = None) -> PrivateKey:
    try:
        key = serialization.load_pem_private_key(data, password=password)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(
            "The private key could not be read.",
            "Check that the file is a PEM private key and the passphrase is right.",
            detail=str(exc),
        ) from exc
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise InvalidInput("Unsupported key algorithm.", "Use an EC (P-256/P-384) or RSA key.")
    return key


def public_key_bytes(key: PrivateKeyTypes) -> bytes:
    """DER SubjectPublicKeyInfo, for comparing keys."""
    return key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def describe_key(key: PrivateKeyTypes) -> str:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return f"EC {key.curve.name}"
    if isinstance(key, rsa.RSAPrivateKey):
        return f"RSA {key.key_size}"
    return type(key).__name__
