"""Known ACME CAs: directory URLs, staging twins, and whether they require EAB."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.errors import InvalidInput


@dataclass(frozen=True)
class CaPreset:
    key: str
    name: str
    directory: str
    staging: bool = False
    staging_key: str | None = None  # the preset for this CA's test environment
    eab_required: bool = False
    eab_help: str = ""  # where the user gets EAB credentials
    supports_ip: bool = False


PRESETS: tuple[CaPreset, ...] = (
    CaPreset("letsencrypt", "Let's Encrypt",
             "https://acme-v02.api.letsencrypt.org/directory", staging_key="letsencrypt-staging",
             supports_ip=True),
    CaPreset("letsencrypt-staging", "Let's Encrypt (staging — for testing)",
             "https://acme-staging-v02.api.letsencrypt.org/directory", staging=True,
             supports_ip=True),
    CaPreset("zerossl", "ZeroSSL", "https://acme.zerossl.com/v2/DV90", eab_required=True,
             eab_help="ZeroSSL dashboard → Developer → EAB Credentials for ACME Clients."),
    CaPreset("buypass", "Buypass Go SSL", "https://api.buypass.com/acme/directory",
             staging_key="buypass-staging"),
    CaPreset("buypass-staging", "Buypass Go SSL (staging — for testing)",
             "https://api.test4.buypass.no/acme/directory", staging=True),
    CaPreset("google", "Google Trust Services", "https://dv.acme-v02.api.pki.goog/directory",
             staging_key="google-staging", eab_required=True,
             eab_help="Google Cloud console: run 'gcloud publicca external-account-keys "
                      "create' in a project with the Public CA API enabled."),
    CaPreset("google-staging", "Google Trust Services (staging — for testing)",
             "https://dv.acme-v02.test-api.pki.goog/directory", staging=True,
             eab_required=True,
             eab_help="Run 'gcloud publicca external-account-keys create' against the "
                      "staging endpoint (see Google's Public CA documentation)."),
    CaPreset("sslcom-rsa", "SSL.com (RSA)", "https://acme.ssl.com/sslcom-dv-rsa",
             eab_required=True,
             eab_help="SSL.com account → API credentials: the ACME account key and HMAC key."),
    CaPreset("sslcom-ecc", "SSL.com (ECC)", "https://acme.ssl.com/sslcom-dv-ecc",
             eab_required=True,
             eab_help="SSL.com account → API credentials: the ACME account key and HMAC key."),
    CaPreset("digicert", "DigiCert", "https://acme.digicert.com/v2/acme/directory/",
             eab_required=True,
             eab_help="CertCentral → Automation → ACME Directory URLs: create a URL to get the "
                      "key identifier and HMAC key."),
)
_BY_KEY = {p.key: p for p in PRESETS}


def preset(key: str) -> CaPreset:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise InvalidInput(f"Unknown CA '{key}'.",
                           "Use a directory URL (https://…) or one of: "
                           + ", ".join(_BY_KEY) + ".") from None


def check_directory_url(url: str) -> str:
    """`url` if certdesk may talk ACME to it: https, or plain http to this machine only.

    Over plain http anyone on the path could read and change the CA's answers (the directory
    names the URLs that receive account and order requests), so only a test CA on loopback
    (Pebble, a local step-ca) may use it.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").rstrip(".")
    if parts.scheme not in ("https", "http") or not host:
        raise InvalidInput(f"'{url[:100]}' is not a directory URL.",
                           "Enter the CA's ACME directory URL, e.g. https://ca.example/directory.")
    if parts.username is not None or parts.password is not None:
        raise InvalidInput("The directory URL contains a user name or password.",
                           "Remove them: an ACME directory needs no login in its URL.")
    if parts.scheme == "http" and not _is_loopback(host):
        raise InvalidInput(
            f"The directory URL {url[:100]} uses plain http.",
            "Use https://; plain http is only accepted for a test CA on this computer "
            "(localhost, 127.0.0.1 or ::1).")
    return url.strip()


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_directory(value: str) -> tuple[str, CaPreset | None]:
    """A preset key or a directory URL -> (URL, preset or None)."""
    if value.startswith(("https://", "http://")):
        value = check_directory_url(value)
        for p in PRESETS:
            if p.directory.rstrip("/") == value.rstrip("/"):
                return p.directory, p
        return value, None
    p = preset(value)
    return p.directory, p
