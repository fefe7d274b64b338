"""The certificate inventory: import certificates from files, inspect them, export them.

Imported certificates become managed certificates (source "imported") with one version, so
expiry tracking and reminders treat them like issued ones; attaching an account and a
validation plan prepares them for renewal through ACME. Everything returns frozen
dataclasses; failures are UserFacingError subclasses (see app.crypto.formats.errors).
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from app.clock import Clock, SystemClock
from app.crypto.formats.assemble import read_material
from app.crypto.formats.describe import describe_certificate, display_name
from app.crypto.formats.errors import DuplicateCertificate, UnreadableData
from app.crypto.formats.export import FORMATS, ExportFormat, FormatInfo, render
from app.crypto.formats.inspect import Inspection, inspect_material, load_roots
from app.crypto.formats.material import CertificateMaterial, key_pem
from app.crypto.formats.write import WrittenFile, write_files
from app.crypto.keys import KeyType
from app.domain import CertificateState, CertificateVersion, ManagedCertificate, ValidationPlan
from app.errors import InvalidInput, NotFound, SecretStoreError, StorageError
from app.storage.store import Store

log = logging.getLogger(__name__)
KEY_PURPOSE = "certificate-key"  # as app.services.certificates stores issued keys
# Formats that never hold the key: exported without the master key.
PUBLIC_ONLY = frozenset({ExportFormat.DER, ExportFormat.P7B})


@dataclass(frozen=True)
class ImportPreview:
    """What an import would store; the import dialog shows it before the user confirms."""

    inspection: Inspection
    duplicate_of: str | None  # id of the managed certificate that already holds it
    label: str
    identifiers: tuple[str, ...]


@dataclass(frozen=True)
class StoredInspection:
    certificate: ManagedCertificate
    version: CertificateVersion
    inspection: Inspection
    has_key: bool


@dataclass(frozen=True)
class ExportResult:
    certificate_id: str
    version_id: str
    format: ExportFormat
    files: tuple[WrittenFile, ...]


@dataclass(frozen=True)
class RenewalReadiness:
    ready: bool
    missing: tuple[str, ...]  # sentences: what to add before ACME can renew it


def read_input_file(path: str | os.PathLike[str], what: str = "file") -> bytes:
    """A file's bytes, with errors people understand."""
    p = Path(path).expanduser()
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"The {what} {p} does not exist.", "Check the path.") from None
    except IsADirectoryError:
        raise InvalidInput(f"The {what} {p} is a folder.", "Choose a file.") from None
    except OSError as exc:
        raise InvalidInput(f"The {what} {p} could not be read: {exc.strerror}.",
                           "Check the file's permissions.") from exc


class InventoryService:
    def __init__(self, store: Store, *, clock: Clock | None = None) -> None:
        self._store = store
        self._clock = clock or SystemClock()

    # -- reading and inspecting ----------------------------------------------------------------
    @staticmethod
    def read(data: bytes | str, *, password: bytes | str | None = None,
             key_data: bytes | str | None = None,
             key_password: bytes | str | None = None) -> CertificateMaterial:
        return read_material(data, password=password, key_data=key_data,
                             key_password=key_password)

    def inspect(self, data: bytes | str, *, password: bytes | str | None = None,
                key_data: bytes | str | None = None, roots_pem: bytes | str | None = None
                ) -> Inspection:
        material = self.read(data, password=password, key_data=key_data)
        return inspect_material(material, at=self._clock.now(), roots=self._roots(roots_pem))

    def inspect_stored(self, cert_id: str, version_id: str | None = None, *,
                       roots_pem: bytes | str | None = None) -> StoredInspection:
        cert, version = self._version(cert_id, version_id)
        try:
            material = self.material(cert.id, version.id)
        except SecretStoreError:  # no master key here: the public parts can still be shown
            material = self.material(cert.id, version.id, with_key=False)
        return StoredInspection(cert, version, inspect_material(
            material, at=self._clock.now(), roots=self._roots(roots_pem)),
            version.key_secret_id is not None)

    def preview(self, data: bytes | str, *, password: bytes | str | None = None,
                key_data: bytes | str | None = None,
                key_password: bytes | str | None = None) -> ImportPreview:
        material = self.read(data, password=password, key_data=key_data,
                             key_password=key_password)
        return self._preview(material)

    # -- importing ---------------------------------------------------------------------------
    def import_certificate(self, data: bytes | str, *, password: bytes | str | None = None,
                           key_data: bytes | str | None = None,
                           key_password: bytes | str | None = None, label: str | None = None,
                           allow_duplicate: bool = False) -> ManagedCertificate:
        """Parse, check and store; nothing is stored unless everything could be read."""
        material = self.read(data, password=password, key_data=key_data,
                             key_password=key_password)
        return self.import_material(material, label=label, allow_duplicate=allow_duplicate)

    def import_file(self, path: str | os.PathLike[str], *,
                    key_path: str | os.PathLike[str] | None = None,
                    password: bytes | str | None = None, key_password: bytes | str | None = None,
                    label: str | None = None, allow_duplicate: bool = False
                    ) -> ManagedCertificate:
        data = read_input_file(path, "certificate file")
        key_data = read_input_file(key_path, "key file") if key_path else None
        return self.import_certificate(data, password=password, key_data=key_data,
                                       key_password=key_password, label=label,
                                       allow_duplicate=allow_duplicate)

    def import_material(self, material: CertificateMaterial, *, label: str | None = None,
                        allow_duplicate: bool = False) -> ManagedCertificate:
        preview = self._preview(material)
        if preview.duplicate_of and not allow_duplicate:
            existing = self._store.certificates.get(preview.duplicate_of)
            raise DuplicateCertificate(
                f"This certificate is already in the inventory as '{existing.label}' "
                f"({existing.id}).", "Open that entry instead of importing it again.",
                existing_id=existing.id)
        if material.key is not None:
            self._store.secrets.check_available()  # create the master key outside the write
        now = self._clock.now()
        info = preview.inspection.leaf
        cert_id = uuid.uuid4().hex[:12]
        key_type = _key_type_value(material)
        managed = ManagedCertificate(
            id=cert_id, label=label or preview.label, account_id=None,
            identifiers=preview.identifiers, key_type=key_type, key_policy="new",
            validation=ValidationPlan.from_json({}), profile=None, preferred_chain=None,
            auto_renew=False, status=CertificateState.IMPORTED, source="imported",
            current_version_id=None,
            ari_window_start=None, ari_window_end=None, ari_explanation_url=None,
            ari_checked_at=None, renew_at=None, created_at=now, updated_at=now)
        with self._store.db.transaction():
            self._store.certificates.add(managed)
            secret_id = None
            if material.key is not None:
                secret_id = self._store.secrets.put(KEY_PURPOSE, key_pem(material.key),
                                                    secret_id=f"cert-key-{uuid.uuid4().hex}")
            version = CertificateVersion(
                id=uuid.uuid4().hex[:12], certificate_id=cert_id, serial=info.serial,
                subject=info.subject, issuer=info.issuer, names=preview.identifiers,
                not_before=info.not_before, not_after=info.not_after,
                cert_pem=material.cert_pem, chain_pem=material.chain_pem,
                key_secret_id=secret_id, key_type=key_type, ari_cert_id=info.ari_cert_id,
                order_id=None, replaced_by=None, revoked_at=None, revocation_reason=None,
                created_at=now)
            self._store.certificates.add_version(version)
            self._store.events.add(
                "certificate-imported",
                f"Imported {managed.label} (serial {info.serial}, valid until "
                f"{info.not_after:%Y-%m-%d} UTC, {'with' if secret_id else 'without'} key, "
                f"from {material.source_format})", certificate_id=cert_id)
        return self._store.certificates.get(cert_id)

    # -- exporting -----------------------------------------------------------------------------
    @staticmethod
    def formats() -> tuple[FormatInfo, ...]:
        """The export formats with the labels and explanations a dialog shows."""
        return tuple(FORMATS.values())

    def material(self, cert_id: str, version_id: str | None = None, *,
                 with_key: bool = True) -> CertificateMaterial:
        """The stored certificate, chain and (with_key, if held) private key. Without the key
        the master key is not needed."""
        cert, version = self._version(cert_id, version_id)
        key = (self._store.secrets.get(version.key_secret_id)
               if with_key and version.key_secret_id else None)
        try:
            return CertificateMaterial.from_pem(version.cert_pem, version.chain_pem, key,
                                                friendly_name=cert.label)
        except ValueError as exc:
            raise UnreadableData(f"The stored certificate {cert.label} could not be read.",
                                 "Restore the store from a backup.", detail=str(exc)) from exc

    def export(self, cert_id: str, fmt: ExportFormat | str, out: str | os.PathLike[str], *,
               password: bytes | str | None = None, friendly_name: str | None = None,
               force: bool = False, version_id: str | None = None) -> ExportResult:
        fmt = ExportFormat.parse(fmt) if isinstance(fmt, str) else fmt
        cert, version = self._version(cert_id, version_id)
        material = self.material(cert.id, version.id, with_key=fmt not in PUBLIC_ONLY)
        files = render(material, fmt, password=password,
                       friendly_name=friendly_name or cert.label,
                       basename=safe_basename(cert.label))
        written = write_files(fmt, files, out, force=force)
        try:
            self._store.events.add(
                "certificate-exported",
                f"Exported {cert.label} as {fmt.value} to "
                + ", ".join(str(w.path) for w in written), certificate_id=cert.id)
        except StorageError as exc:
            # The export is a read: a read-only or full database must not turn files that were
            # written completely into a failure after the fact.
            log.warning("Export of %s not recorded in the activity log: %s", cert.label,
                        exc.message)
        return ExportResult(cert.id, version.id, fmt, written)

    # -- renewal through ACME -------------------------------------------------------------
    def attach_renewal(self, cert_id: str, account_id: str, validation: ValidationPlan, *,
                       auto_renew: bool = True) -> ManagedCertificate:
        """Let ACME renew an imported certificate: with this account and validation plan."""
        cert = self._store.certificates.get(cert_id)
        account = self._store.accounts.get(account_id)
        self._store.certificates.update(cert.id, account_id=account.id, validation=validation,
                                        auto_renew=auto_renew)
        self._store.events.add("renewal-attached",
                               f"{cert.label} will be renewed with account {account.name} "
                               f"({validation.default.method})", certificate_id=cert.id,
                               account_id=account.id)
        return self._store.certificates.get(cert.id)

    def renewal_readiness(self, cert_id: str) -> RenewalReadiness:
        cert = self._store.certificates.get(cert_id)
        missing: list[str] = []
        if not cert.account_id:
            missing.append("Attach an ACME account.")
        if not cert.identifiers:
            missing.append("The certificate names no domain that ACME could validate.")
        if cert.account_id and not cert.validation.default.method:
            missing.append("Choose a validation method.")
        if cert.key_type is None and cert.key_policy != "csr":
            missing.append("Its key type cannot be renewed; a new EC P-256 key will be used.")
        blocking = [m for m in missing if not m.startswith("Its key type")]
        return RenewalReadiness(not blocking, tuple(missing))

    # -- internals ---------------------------------------------------------------------------
    def _preview(self, material: CertificateMaterial) -> ImportPreview:
        inspection = inspect_material(material, at=self._clock.now())
        info = describe_certificate(material.leaf)
        identifiers = info.names or ((info.common_name,) if info.common_name else ())
        return ImportPreview(inspection, self._find_duplicate(material.leaf),
                             display_name(material.leaf), tuple(identifiers))

    def _find_duplicate(self, leaf: x509.Certificate) -> str | None:
        serial = format(leaf.serial_number, "x")
        fingerprint = leaf.fingerprint(hashes.SHA256())
        for version in self._store.certificates.versions_by_serial(serial):
            try:
                stored = x509.load_pem_x509_certificate(version.cert_pem.encode("ascii"))
            except ValueError:
                continue
            if stored.fingerprint(hashes.SHA256()) == fingerprint:
                return version.certificate_id
        return None

    def _version(self, cert_id: str, version_id: str | None
                 ) -> tuple[ManagedCertificate, CertificateVersion]:
        cert = self._store.certificates.get(cert_id)
        if version_id:
            version = self._store.certificates.get_version(version_id)
            if version.certificate_id != cert.id:
                raise NotFound(f"Version {version_id} does not belong to {cert.label}.", "")
            return cert, version
        if cert.current is None:
            raise NotFound(f"{cert.label} has no certificate yet.",
                           "Wait until it has been issued.")
        return cert, cert.current

    @staticmethod
    def _roots(roots_pem: bytes | str | None) -> Sequence[x509.Certificate]:
        if not roots_pem:
            return ()
        try:
            return load_roots(roots_pem)
        except ValueError as exc:
            raise UnreadableData("The trusted roots file could not be read.",
                                 "Give a PEM file of CA certificates.", detail=str(exc)) from exc


def _key_type_value(material: CertificateMaterial) -> str | None:
    """The KeyType renewal would reuse, or None when the key is not one certdesk offers."""
    info = describe_certificate(material.leaf)
    mapping = {("EC", 256): KeyType.EC256, ("EC", 384): KeyType.EC384,
               ("RSA", 2048): KeyType.RSA2048, ("RSA", 3072): KeyType.RSA3072,
               ("RSA", 4096): KeyType.RSA4096}
    key_type = mapping.get((info.key_algorithm, info.key_size))
    return key_type.value if key_type else None


def safe_basename(label: str) -> str:
    """A file name from a label: '*.example.com' -> 'wildcard.example.com'."""
    name = label.replace("*", "wildcard")
    cleaned = "".join(c if c.isalnum() or c in "-._" else "_" for c in name).strip("._")
    return cleaned[:80] or "certificate"
