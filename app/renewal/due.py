"""The moment a certificate should be renewed.

With ARI (RFC 9773) the CA suggests a window and certdesk renews at a random moment in it
(chosen once per window and stored as `renew_at`). Without ARI: when a third of the lifetime
is left, or half for lifetimes under 10 days.
"""

from __future__ import annotations

import datetime as dt

from app.domain import CertificateVersion, ManagedCertificate

SHORT_LIFETIME = dt.timedelta(days=10)


def lifetime_fallback(version: CertificateVersion) -> dt.datetime:
    lifetime = version.not_after - version.not_before
    remaining_fraction = 0.5 if lifetime < SHORT_LIFETIME else 1 / 3
    return version.not_after - lifetime * remaining_fraction


def renewal_due(cert: ManagedCertificate, now: dt.datetime | None = None) -> dt.datetime | None:
    """When `cert` is due, or None if it has no current certificate to renew."""
    version = cert.current
    if version is None:
        return None
    if cert.renew_at is not None:
        return cert.renew_at
    if cert.ari_window_start is not None:
        return cert.ari_window_start
    return lifetime_fallback(version)


def is_due(cert: ManagedCertificate, now: dt.datetime) -> bool:
    due = renewal_due(cert, now)
    return due is not None and due <= now and cert.status not in {"revoked"}
