"""Which certificates can renew without a person: every challenge must be automatic."""

from __future__ import annotations

from app.domain import ChallengeConfig, ManagedCertificate, ValidationPlan

# Modes that need a person at the keyboard (e.g. copy a TXT record into a DNS control panel).
MANUAL_MODES = frozenset({"manual", "prompt", "interactive"})


def is_manual(config: ChallengeConfig) -> bool:
    mode = str(config.options.get("mode") or "").lower()
    return mode in MANUAL_MODES or bool(config.options.get("manual"))


def is_automatic(plan: ValidationPlan) -> bool:
    return not is_manual(plan.default) and not any(is_manual(c) for c in plan.per_name.values())


def renews_silently(cert: ManagedCertificate) -> bool:
    """An ACME certificate whose renewal needs no user action (CSR-based ones included)."""
    return cert.source == "acme" and is_automatic(cert.validation)
