"""Prefill the new-certificate flow from a certificate, to re-issue it with changes.

Re-issuing keeps the certificate's id and history; the user may change the names, the key,
the account or the validation method. Everything not changed stays as it was.
"""

from __future__ import annotations

from typing import Any

from app.crypto.keys import KeyType
from app.domain import AnyCertificate, ChallengeConfig
from app.wizard.flow import KeySource, NewCertificateFlow
from app.wizard.methods import method_of


def method_values(config: ChallengeConfig) -> dict[str, Any]:
    """A stored ChallengeConfig's options as the wizard form's values (the form's fields are
    named like the stored options)."""
    return {k: v for k, v in config.options.to_json().items() if k != "mode"}


def prefill(flow: NewCertificateFlow, cert: AnyCertificate) -> None:
    d = flow.draft
    flow.set_names("\n".join(cert.identifiers))
    if cert.key_type:
        d.key_type = KeyType(cert.key_type)
    if cert.key_policy == "reuse" and cert.current is not None:
        d.key_source = KeySource.REUSE
        d.reuse_key_of = cert.id
    else:
        d.key_source = KeySource.NEW
    if cert.account_id:
        if cert.account_id not in flow.account_ids:
            flow.account_ids.append(cert.account_id)
        d.account_id = cert.account_id
    d.profile = cert.profile
    d.preferred_chain = cert.preferred_chain
    d.label = cert.label
    d.auto_renew = cert.auto_renew
    default = method_of(cert.validation.default)
    if default is not None:
        d.default_method = default
        d.method_values[default] = method_values(cert.validation.default)
    d.per_name_method.clear()
    for name, config in cert.validation.per_name.items():
        key = method_of(config)
        if key is None:
            continue
        flow.set_method(key, name)
        d.method_values.setdefault(key, method_values(config))


def reissuable(cert: AnyCertificate) -> bool:
    """Only certificates certdesk got from a CA (not imported ones, not from a CSR whose key
    certdesk never saw) can be re-issued through the wizard."""
    return cert.source == "acme" and cert.key_policy != "csr"

