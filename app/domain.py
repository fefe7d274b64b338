"""Immutable domain objects the services return and the front ends show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple, TypeAlias

from app.challenge_options import Http01Listener, ValidationOptions, options_from_json


class OrderState(StrEnum):
    """Local order states, in the order they are passed through (stored as these strings)."""

    CREATED = "created"  # key and CSR stored, nothing sent yet
    SUBMITTED = "submitted"  # new-order answered; order_url known
    VALIDATING = "validating"  # at least one challenge answered
    AWAITING_USER = "awaiting-user"  # a manual step (DNS record) is needed before answering
    FINALIZING = "finalizing"  # finalize sent; CA may be "processing"
    DOWNLOADING = "downloading"  # CA says valid; certificate not yet stored
    COMPLETED = "completed"  # certificate stored
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in ORDER_FINAL_STATES


class CertificateState(StrEnum):
    """A managed certificate's status (stored as these strings)."""

    PENDING = "pending"  # first issue not finished
    ACTIVE = "active"
    REVOKED = "revoked"
    FAILED = "failed"  # first issue failed or was cancelled, or the last renewal failed
    IMPORTED = "imported"


@dataclass(frozen=True)
class Account:
    id: str
    name: str
    directory_url: str
    preset: str | None
    uri: str | None  # the account URL at the CA ("kid")
    status: str  # valid | deactivated | revoked | unknown
    contacts: tuple[str, ...]
    key_type: str
    key_secret_id: str
    eab_kid: str | None
    tos_url: str | None
    ca_bundle: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class ChallengeConfig:
    """How one identifier is validated: the method's typed options (app.challenge_options)."""

    options: ValidationOptions = field(default_factory=Http01Listener)

    @property
    def method(self) -> str:  # dns-01 | dns-persist-01 | http-01 | tls-alpn-01
        return self.options.method

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "options": self.options.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChallengeConfig:
        return cls(options_from_json(str(data["method"]), data.get("options") or {}))


@dataclass(frozen=True)
class ValidationPlan:
    """The challenge for each identifier: a default and per-name overrides."""

    default: ChallengeConfig
    per_name: dict[str, ChallengeConfig] = field(default_factory=dict)

    def for_name(self, name: str) -> ChallengeConfig:
        return self.per_name.get(name, self.default)

    def to_json(self) -> dict[str, Any]:
        return {
            "default": self.default.to_json(),
            "per_name": {k: v.to_json() for k, v in self.per_name.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ValidationPlan:
        if not data:
            return cls(ChallengeConfig())
        return cls(
            ChallengeConfig.from_json(data["default"]),
            {k: ChallengeConfig.from_json(v) for k, v in (data.get("per_name") or {}).items()},
        )


@dataclass(frozen=True)
class CertificateVersion:
    id: str
    certificate_id: str
    serial: str  # lower-case hex, no 0x
    subject: str
    issuer: str
    names: tuple[str, ...]
    not_before: dt.datetime
    not_after: dt.datetime
    cert_pem: str
    chain_pem: str  # issuer chain without the leaf
    key_secret_id: str | None
    key_type: str | None
    ari_cert_id: str | None
    order_id: str | None
    replaced_by: str | None
    revoked_at: dt.datetime | None
    revocation_reason: str | None
    created_at: dt.datetime

    @property
    def fullchain_pem(self) -> str:
        if not self.chain_pem:
            return self.cert_pem
        return self.cert_pem.rstrip("\n") + "\n" + self.chain_pem

    @property
    def lifetime(self) -> dt.timedelta:
        return self.not_after - self.not_before


@dataclass(frozen=True)
class ManagedCertificate:
    """A certificate certdesk looks after: stable id, current version, how to renew it."""

    id: str
    label: str
    account_id: str | None
    identifiers: tuple[str, ...]
    key_type: str | None
    key_policy: str  # new | reuse | csr
    validation: ValidationPlan
    profile: str | None
    preferred_chain: str | None
    auto_renew: bool
    status: CertificateState
    source: str  # acme | imported
    current_version_id: str | None
    ari_window_start: dt.datetime | None
    ari_window_end: dt.datetime | None
    ari_explanation_url: str | None
    ari_checked_at: dt.datetime | None
    renew_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    current: CertificateVersion | None = None


@dataclass(frozen=True, slots=True)
class VersionSummary:
    """A certificate version without its PEM texts: what lists and scans read of the current
    version (`CertificateRepository.get_version()` has the certificate and chain)."""

    id: str
    serial: str  # lower-case hex, no 0x
    subject: str
    issuer: str
    names: tuple[str, ...]
    not_before: dt.datetime
    not_after: dt.datetime
    key_type: str | None
    revoked_at: dt.datetime | None
    created_at: dt.datetime
    key_secret_id: str | None = None
    ari_cert_id: str | None = None
    order_id: str | None = None
    replaced_by: str | None = None
    revocation_reason: str | None = None

    @property
    def lifetime(self) -> dt.timedelta:
        return self.not_after - self.not_before


@dataclass(frozen=True, slots=True)
class CertificateSummary:
    """A managed certificate as lists and scans read it: the same fields as
    ManagedCertificate, its current version without PEM texts (`get()` has those)."""

    id: str
    label: str
    account_id: str | None
    identifiers: tuple[str, ...]
    key_type: str | None
    key_policy: str  # new | reuse | csr
    validation: ValidationPlan
    profile: str | None
    preferred_chain: str | None
    auto_renew: bool
    status: CertificateState
    source: str  # acme | imported
    current_version_id: str | None
    ari_window_start: dt.datetime | None
    ari_window_end: dt.datetime | None
    ari_explanation_url: str | None
    ari_checked_at: dt.datetime | None
    renew_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    current: VersionSummary | None = None


def display_label(label: str, identifiers: Sequence[str], cert_id: str) -> str:
    """How messages name a certificate: its label, else its names, else its id."""
    return label or ", ".join(identifiers) or cert_id


class RenewalFacts(NamedTuple):
    """What renewal timing and expiry reminders read of a certificate with a current version:
    its renewal time's inputs, validity and how it is validated (one row of a narrow scan
    over the whole inventory; facts_of() makes one from a certificate)."""

    id: str
    label: str  # as shown: its label, else its names (display_label)
    source: str  # acme | imported
    auto_renew: bool
    validation: ValidationPlan
    current_version_id: str
    not_before: dt.datetime
    not_after: dt.datetime
    renew_at: dt.datetime | None
    ari_window_start: dt.datetime | None
    ari_window_end: dt.datetime | None
    ari_checked_at: dt.datetime | None


class ListedCertificate(NamedTuple):
    """A line of the command line's certificate list: what it shows of a certificate."""

    id: str
    status: CertificateState
    identifiers: tuple[str, ...]
    not_after: dt.datetime | None  # of the current version, if any


# What code that only reads a certificate's fields and its current version's dates and names
# accepts: a full certificate (with PEM texts) or a summary.
AnyCertificate: TypeAlias = ManagedCertificate | CertificateSummary


@dataclass(frozen=True)
class OrderRecord:
    """An ACME order as certdesk tracks it, so a crash never loses or duplicates one."""

    id: str
    certificate_id: str
    account_id: str
    kind: str  # issue | renew
    state: OrderState
    identifiers: tuple[str, ...]
    order_url: str | None
    finalize_url: str | None
    cert_url: str | None
    key_secret_id: str | None
    csr_pem: str | None
    validation: ValidationPlan
    profile: str | None
    replaces: str | None
    preferred_chain: str | None
    error: str | None
    attempts: int
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def finished(self) -> bool:
        return self.state.finished


ORDER_FINAL_STATES = frozenset({OrderState.COMPLETED, OrderState.FAILED, OrderState.CANCELLED})


@dataclass(frozen=True)
class Event:
    id: int
    at: dt.datetime
    level: str  # info | warning | error
    kind: str
    message: str
    certificate_id: str | None
    account_id: str | None
    order_id: str | None


def facts_of(cert: AnyCertificate) -> RenewalFacts | None:
    """A certificate's RenewalFacts, or None while it has no current version."""
    version = cert.current
    if version is None:
        return None
    return RenewalFacts(
        cert.id, display_label(cert.label, cert.identifiers, cert.id), cert.source,
        cert.auto_renew, cert.validation, version.id, version.not_before, version.not_after,
        cert.renew_at, cert.ari_window_start, cert.ari_window_end, cert.ari_checked_at)
