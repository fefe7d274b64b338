"""Which certificates can renew without a person: every challenge must be automatic."""

from __future__ import annotations

from app.challenge_options import Dns01Manual, Http01Manual
from app.domain import AnyCertificate, ChallengeConfig, RenewalFacts, ValidationPlan


def is_manual(config: ChallengeConfig) -> bool:
    """True for the methods that need a person at the keyboard (e.g. to copy a TXT record
    into a DNS control panel)."""
    return isinstance(config.options, Dns01Manual | Http01Manual)


def is_automatic(plan: ValidationPlan) -> bool:
    return not is_manual(plan.default) and not any(is_manual(c) for c in plan.per_name.values())


def renews_silently(cert: AnyCertificate | RenewalFacts) -> bool:
    """An ACME certificate whose renewal needs no user action (CSR-based ones included)."""
    return cert.source == "acme" and is_automatic(cert.validation)
