"""The moment a certificate should be renewed: the one renewal policy of certdesk.

With ARI (RFC 9773) the CA suggests a window and certdesk renews at a random moment in it
(chosen once per window and stored as `renew_at`). Without ARI: when a third of the lifetime
is left, or half for lifetimes under 10 days. A stable jitter of up to an hour (derived from
the certificate version, so the app and the CLI agree) spreads renewals that fall due together.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from app.domain import AnyCertificate, CertificateState, CertificateVersion, VersionSummary

SHORT_LIFETIME = dt.timedelta(days=10)
MAX_JITTER = dt.timedelta(hours=1)


def stable_fraction(*parts: str) -> float:
    """A number in [0, 1) that depends only on `parts` (same in the app and the CLI)."""
    digest = hashlib.sha256("\x00".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def lifetime_fallback(version: CertificateVersion | VersionSummary) -> dt.datetime:
    lifetime = version.not_after - version.not_before
    remaining_fraction = 0.5 if lifetime < SHORT_LIFETIME else 1 / 3
    return version.not_after - lifetime * remaining_fraction


def renewal_due(cert: AnyCertificate) -> dt.datetime | None:
    """When `cert` is due (without jitter), or None if it has no current certificate."""
    version = cert.current
    if version is None:
        return None
    if cert.renew_at is not None:
        return cert.renew_at
    if cert.ari_window_start is not None:
        return cert.ari_window_start
    return lifetime_fallback(version)


def jitter_for(cert: AnyCertificate) -> dt.timedelta:
    """Up to an hour (at most 1% of the lifetime), stable per certificate version."""
    if cert.current is None:
        return dt.timedelta(0)
    limit = min(MAX_JITTER, cert.current.lifetime / 100)
    return limit * stable_fraction(cert.id, cert.current.id, "jitter")


def renewal_time(cert: AnyCertificate, now: dt.datetime) -> dt.datetime:
    """The moment to start renewing: due time + jitter, never past the ARI window's end.

    A certificate without a current version (nothing to renew yet) is "now"."""
    due = renewal_due(cert)
    if due is None:
        return now
    if cert.ari_window_end is not None and cert.ari_window_end <= due:
        return due  # the CA's window has passed (e.g. it asks for early renewal): no delay
    when = due + jitter_for(cert)
    if cert.ari_window_end is not None and when > cert.ari_window_end:
        when = due
    return when


def is_due(cert: AnyCertificate, now: dt.datetime) -> bool:
    """Whether a current, unrevoked certificate has reached its renewal time."""
    return (cert.current is not None and cert.status is not CertificateState.REVOKED
            and renewal_time(cert, now) <= now)
