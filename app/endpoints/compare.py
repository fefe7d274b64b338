"""Judge a served certificate against the managed one: ok, stale, expiring, mismatched, ..."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass

from cryptography import x509

from app.domain import CertificateVersion

# Worst first. "unknown": the names fit but certdesk did not issue what is served.
STATUSES = ("unreachable", "mismatch", "expired", "stale", "expiring", "unknown", "ok")
WARNING_STATUSES = frozenset(STATUSES) - {"ok"}
MAX_EXPIRING = dt.timedelta(days=7)


@dataclass(frozen=True)
class EndpointVerdict:
    status: str
    message: str
    served_serial: str | None = None
    served_not_after: dt.datetime | None = None


def served_names(cert: x509.Certificate) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    names = [n.lower() for n in san.get_values_for_type(x509.DNSName)]
    names += [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
    return names


def name_matches(pattern: str, host: str) -> bool:
    host = host.lower().rstrip(".")
    try:
        return ipaddress.ip_address(host) == ipaddress.ip_address(pattern)
    except ValueError:
        pass
    if pattern.startswith("*."):
        first, _, rest = host.partition(".")
        return bool(first) and rest == pattern[2:]
    return pattern == host


def compare(served: x509.Certificate, host_name: str, current: CertificateVersion | None,
            history: list[CertificateVersion], now: dt.datetime) -> EndpointVerdict:
    serial = format(served.serial_number, "x")
    not_after = served.not_valid_after_utc
    names = served_names(served)

    def verdict(status: str, message: str) -> EndpointVerdict:
        return EndpointVerdict(status, message, serial, not_after)

    if not any(name_matches(n, host_name) for n in names):
        return verdict("mismatch", f"The served certificate (for {', '.join(names) or 'no names'})"
                                   f" does not cover {host_name}.")
    if not_after <= now:
        return verdict("expired", f"The served certificate expired on {not_after:%Y-%m-%d}.")
    older = {v.serial.lower(): v for v in history if current is None or v.id != current.id}
    if current is not None and serial != current.serial.lower() and serial in older:
        return verdict("stale", f"The previous certificate (serial {serial}) is still served; "
                                f"the renewed one (serial {current.serial}) is not deployed yet.")
    lifetime = not_after - served.not_valid_before_utc
    if not_after - now <= min(MAX_EXPIRING, lifetime / 4):
        return verdict("expiring", f"The served certificate expires on {not_after:%Y-%m-%d %H:%M}"
                                   " UTC.")
    if current is not None and serial != current.serial.lower():
        return verdict("unknown", f"A certificate certdesk did not issue is served (serial "
                                  f"{serial}, issuer {served.issuer.rfc4514_string()}).")
    return verdict("ok", "The current certificate is served.")
