"""The moment a certificate should be renewed: the one renewal policy of certdesk.

With ARI (RFC 9773) the CA suggests a window and certdesk renews at a random moment in it
(chosen once per window and stored as `renew_at`). Without ARI: when a third of the lifetime
is left, or half for lifetimes under 10 days. A stable jitter of up to an hour (derived from
the certificate version, so the app and the CLI agree) spreads renewals that fall due together.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from app.domain import AnyCertificate, CertificateState

SHORT_LIFETIME = dt.timedelta(days=10)
MAX_JITTER = dt.timedelta(hours=1)
_MAX_JITTER_SECONDS = MAX_JITTER.total_seconds()


def stable_fraction(*parts: str) -> float:
    """A number in [0, 1) that depends only on `parts` (same in the app and the CLI)."""
    digest = hashlib.sha256("\x00".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _lifetime_fallback(not_before: dt.datetime, not_after: dt.datetime) -> dt.datetime:
    lifetime = not_after - not_before
    return not_after - (lifetime / 2 if lifetime < SHORT_LIFETIME else lifetime / 3)


def renewal_due(cert: AnyCertificate) -> dt.datetime | None:
    """When `cert` is due (without jitter), or None if it has no current certificate."""
    version = cert.current
    if version is None:
        return None
    return due_from(cert.renew_at, cert.ari_window_start, version.not_before, version.not_after)


def due_from(renew_at: dt.datetime | None, ari_window_start: dt.datetime | None,
             not_before: dt.datetime, not_after: dt.datetime) -> dt.datetime:
    """renewal_due() from the values it depends on: for reads that hold only these."""
    if renew_at is not None:
        return renew_at
    if ari_window_start is not None:
        return ari_window_start
    return _lifetime_fallback(not_before, not_after)


def jitter_for(cert: AnyCertificate) -> dt.timedelta:
    """Up to an hour (at most 1% of the lifetime), stable per certificate version."""
    if cert.current is None:
        return dt.timedelta(0)
    return _jitter(cert.id, cert.current.id, cert.current.lifetime)


def _jitter(cert_id: str, version_id: str, lifetime: dt.timedelta) -> dt.timedelta:
    # In seconds: a scan works this out for every certificate, and multiplying a timedelta
    # by a float costs several times more.
    limit = min(_MAX_JITTER_SECONDS, lifetime.total_seconds() / 100)
    return dt.timedelta(seconds=limit * stable_fraction(cert_id, version_id, "jitter"))


def renewal_time(cert: AnyCertificate, now: dt.datetime) -> dt.datetime:
    """The moment to start renewing: due time + jitter, never past the ARI window's end.

    A certificate without a current version (nothing to renew yet) is "now"."""
    version = cert.current
    if version is None:
        return now
    return renewal_moment(cert.id, version.id, version.not_before, version.not_after,
                          renew_at=cert.renew_at, ari_window_start=cert.ari_window_start,
                          ari_window_end=cert.ari_window_end)


def renewal_moment(cert_id: str, version_id: str, not_before: dt.datetime,
                   not_after: dt.datetime, *, renew_at: dt.datetime | None,
                   ari_window_start: dt.datetime | None,
                   ari_window_end: dt.datetime | None) -> dt.datetime:
    """renewal_time() from the values it depends on (the current version's id and validity,
    the stored ARI window and moment): for scans that read only these."""
    due = due_from(renew_at, ari_window_start, not_before, not_after)
    if ari_window_end is not None and ari_window_end <= due:
        return due  # the CA's window has passed (e.g. it asks for early renewal): no delay
    when = due + _jitter(cert_id, version_id, not_after - not_before)
    if ari_window_end is not None and when > ari_window_end:
        when = due
    return when


def is_due(cert: AnyCertificate, now: dt.datetime) -> bool:
    """Whether a current, unrevoked certificate has reached its renewal time."""
    return (cert.current is not None and cert.status is not CertificateState.REVOKED
            and renewal_time(cert, now) <= now)
