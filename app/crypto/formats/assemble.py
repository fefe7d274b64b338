"""From a heap of certificates and keys to one leaf, its ordered chain and its matching key."""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from app.crypto.formats.describe import describe_public_key, display_name
from app.crypto.formats.errors import AmbiguousCertificates, KeyMismatch, UnreadableData
from app.crypto.formats.material import CertificateMaterial, spki
from app.crypto.formats.parse import ParsedItems, parse_items


def read_material(data: bytes | str, *, password: bytes | str | None = None,
                  key_data: bytes | str | None = None,
                  key_password: bytes | str | None = None) -> CertificateMaterial:
    """Parse `data` (and an optional separate key file) into CertificateMaterial."""
    items = parse_items(data, password)
    keys = list(items.keys)
    notes = list(items.notes)
    if key_data is not None:
        key_items = parse_items(key_data, key_password if key_password is not None else password)
        if not key_items.keys:
            raise UnreadableData("The key file holds no private key.",
                                 "Choose the file with -----BEGIN PRIVATE KEY-----.")
        keys.extend(key_items.keys)
    return assemble(items, keys, notes)


def assemble(items: ParsedItems, keys: list[PrivateKeyTypes] | None = None,
             notes: list[str] | None = None) -> CertificateMaterial:
    keys = list(items.keys) if keys is None else keys
    notes = list(items.notes) if notes is None else notes
    certs = _unique(items.certificates)
    if not certs:
        raise UnreadableData(
            "The file holds a private key but no certificate.",
            "Choose the certificate file, and give this file as its key (--key).")
    key, leaf = _match_key(certs, keys)
    if leaf is None:
        leaf = _pick_leaf(certs)
    chain, unused = _build_chain(leaf, [c for c in certs if c is not leaf])
    if unused:
        notes.append(f"{len(unused)} certificate(s) not part of this chain were ignored: "
                     + ", ".join(display_name(c) for c in unused) + ".")
    if len(keys) > 1:
        notes.append(f"{len(keys) - 1} private key(s) not matching the certificate were ignored.")
    return CertificateMaterial(leaf, tuple(chain), key, items.friendly_name, items.format,
                               tuple(notes))


def _unique(certs: tuple[x509.Certificate, ...]) -> list[x509.Certificate]:
    seen: set[bytes] = set()
    out = []
    for cert in certs:
        fp = cert.fingerprint(hashes.SHA256())
        if fp not in seen:
            seen.add(fp)
            out.append(cert)
    return out


def _match_key(certs: list[x509.Certificate], keys: list[PrivateKeyTypes]
               ) -> tuple[PrivateKeyTypes | None, x509.Certificate | None]:
    if not keys:
        return None, None
    for key in keys:
        public = spki(key)
        matching = [c for c in certs if spki(c) == public]
        if matching:
            matching.sort(key=lambda c: (_is_ca(c), -c.not_valid_after_utc.timestamp()))
            return key, matching[0]
    leaves = ", ".join(f"{display_name(c)} ({describe_public_key(c.public_key())})"
                       for c in certs[:3])
    key_desc = ", ".join(describe_public_key(k.public_key()) for k in keys)
    raise KeyMismatch(
        f"The private key ({key_desc}) does not belong to the certificate: {leaves}.",
        "Choose the key that was generated with this certificate's request.")


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _pick_leaf(certs: list[x509.Certificate]) -> x509.Certificate:
    """The certificate that issued none of the others; end-entity certificates preferred."""
    issuers = {c.issuer for c in certs if c.issuer != c.subject}
    bottom = [c for c in certs if c.subject not in issuers or c.issuer == c.subject]
    bottom = [c for c in bottom if not any(o is not c and o.issuer == c.subject and
                                           o.issuer != o.subject for o in certs)] or bottom
    end_entities = [c for c in bottom if not _is_ca(c)]
    if len(end_entities) > 1:
        names = ", ".join(display_name(c) for c in end_entities[:5])
        raise AmbiguousCertificates(
            f"The file holds {len(end_entities)} separate certificates ({names}).",
            "Import them one at a time, each with its own key.")
    if end_entities:
        return end_entities[0]
    return bottom[0] if bottom else certs[0]


def _build_chain(leaf: x509.Certificate, others: list[x509.Certificate]
                 ) -> tuple[list[x509.Certificate], list[x509.Certificate]]:
    chain: list[x509.Certificate] = []
    remaining = list(others)
    current = leaf
    while current.issuer != current.subject:
        candidates = [c for c in remaining if c.subject == current.issuer]
        if not candidates:
            break
        verified = [c for c in candidates if _signed_by(current, c)]
        parent = (verified or candidates)[0]
        chain.append(parent)
        remaining.remove(parent)
        current = parent
    return chain, remaining


def _signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
        return True
    except Exception:
        return False
