"""When a certificate should be renewed: the renewal engine's due time plus a stable jitter.

The due time itself comes from app.renewal.due.renewal_due (ARI window, lifetime fallback),
owned by the renewal engine. Until that module exists a local fallback with the same rules is
used: a stable moment in the ARI window, else two thirds into the lifetime. The engine's
function stores its random moment in the ARI window as `renew_at`, so it is stable across
calls and processes; the jitter added here is stable too (derived from the version id).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
from collections.abc import Callable

from app.domain import ManagedCertificate

DueFn = Callable[[ManagedCertificate, dt.datetime], dt.datetime | None]

MAX_JITTER = dt.timedelta(hours=1)


def stable_fraction(*parts: str) -> float:
    """A number in [0, 1) that depends only on `parts` (same in the app and the CLI)."""
    digest = hashlib.sha256("\x00".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def fallback_due(cert: ManagedCertificate, now: dt.datetime) -> dt.datetime:
    if cert.renew_at is not None:
        return cert.renew_at
    if cert.ari_window_start is not None and cert.ari_window_end is not None:
        span = cert.ari_window_end - cert.ari_window_start
        return cert.ari_window_start + span * stable_fraction(cert.id, "ari",
                                                               cert.current_version_id or "")
    if cert.current is None:
        return now
    return cert.current.not_before + cert.current.lifetime * 2 / 3


def default_due_fn() -> DueFn:
    try:
        module = importlib.import_module("app.renewal.due")
    except ModuleNotFoundError as exc:
        if exc.name not in {"app.renewal", "app.renewal.due"}:
            raise
        return fallback_due
    fn: DueFn | None = getattr(module, "renewal_due", None)
    return fn if fn is not None else fallback_due


def jitter_for(cert: ManagedCertificate) -> dt.timedelta:
    """Up to an hour (at most 1% of the lifetime), stable per certificate version."""
    if cert.current is None:
        return dt.timedelta(0)
    limit = min(MAX_JITTER, cert.current.lifetime / 100)
    return limit * stable_fraction(cert.id, cert.current.id, "jitter")


def renewal_time(cert: ManagedCertificate, now: dt.datetime, due_fn: DueFn) -> dt.datetime:
    """The moment to start renewing: due time + jitter, never past the ARI window's end."""
    due = due_fn(cert, now)
    if due is None:
        due = fallback_due(cert, now)
    if cert.ari_window_end is not None and cert.ari_window_end <= due:
        return due  # the CA's window has passed (e.g. it asks for early renewal): no delay
    when = due + jitter_for(cert)
    if cert.ari_window_end is not None and when > cert.ari_window_end:
        when = due
    return when
