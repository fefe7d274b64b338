"""The new-certificate wizard's flow: pages, what blocks each one, and the collected request.

Pages 1-4 collect the request; issuance then runs on a worker. The DNS records page is shown
only when a manual method was chosen (the core asks for the records once the order exists);
progress and done follow. The front end renders pages and calls `problems()`/`next_page()`.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.crypto.keys import DEFAULT_KEY_TYPE, KeyType
from app.domain import ChallengeConfig, ValidationPlan
from app.errors import InvalidInput
from app.wizard.methods import (
    MethodKey,
    method,
    missing_fields,
    to_challenge,
)
from app.wizard.names_check import NamesCheck, check_names


class Page(enum.IntEnum):
    NAMES = 0
    KEY = 1
    ACCOUNT = 2
    VALIDATION = 3
    DNS_RECORDS = 4
    PROGRESS = 5
    DONE = 6


class KeySource(enum.StrEnum):
    NEW = "new"  # a fresh key of `key_type`
    REUSE = "reuse"  # the key of an existing certificate
    CSR = "csr"  # the user's own CSR; certdesk never sees the key


SUBJECT_FIELDS = ("O", "OU", "L", "ST", "C")


@dataclass
class CertificateDraft:
    """What the pages have collected so far. Mutable: the pages edit it in place."""

    names: NamesCheck = field(default_factory=lambda: check_names(""))
    key_source: KeySource = KeySource.NEW
    key_type: KeyType = DEFAULT_KEY_TYPE
    subject: dict[str, str] = field(default_factory=dict)
    csr_pem: str | None = None
    reuse_key_of: str | None = None
    account_id: str | None = None
    profile: str | None = None
    preferred_chain: str | None = None
    label: str | None = None
    auto_renew: bool = True
    default_method: MethodKey = MethodKey.HTTP_LISTENER
    per_name_method: dict[str, MethodKey] = field(default_factory=dict)
    method_values: dict[MethodKey, dict[str, Any]] = field(default_factory=dict)


class NewCertificateFlow:
    def __init__(self, *, default_key_type: KeyType = DEFAULT_KEY_TYPE,
                 default_account_id: str | None = None,
                 account_ids: Sequence[str] = ()) -> None:
        self.draft = CertificateDraft(key_type=default_key_type)
        self.account_ids = list(account_ids)
        if default_account_id in self.account_ids:
            self.draft.account_id = default_account_id
        elif self.account_ids:
            self.draft.account_id = self.account_ids[0]

    # -- names -----------------------------------------------------------------------------
    def set_names(self, text: str) -> NamesCheck:
        self.draft.names = check_names(text)
        if any(i.is_wildcard for i in self.draft.names.identifiers) and \
                method(self.draft.default_method).challenge != "dns-01":
            self.draft.default_method = MethodKey.DNS_MANUAL
        return self.draft.names

    # -- validation ------------------------------------------------------------------------
    def method_for(self, name: str) -> MethodKey:
        return self.draft.per_name_method.get(name, self.draft.default_method)

    def set_method(self, key: MethodKey, name: str | None = None) -> None:
        if name is None:
            self.draft.default_method = key
        elif key == self.draft.default_method:
            self.draft.per_name_method.pop(name, None)
        else:
            self.draft.per_name_method[name] = key

    def set_method_values(self, key: MethodKey, values: dict[str, Any]) -> None:
        self.draft.method_values[key] = dict(values)

    def methods_in_use(self) -> list[MethodKey]:
        used: list[MethodKey] = []
        for ident in self.draft.names.identifiers:
            key = self.method_for(ident.value)
            if key not in used:
                used.append(key)
        return used

    def needs_records_page(self) -> bool:
        return any(method(k).manual for k in self.methods_in_use())

    def validation_plan(self) -> ValidationPlan:
        def config(key: MethodKey) -> ChallengeConfig:
            return to_challenge(method(key), self.draft.method_values.get(key, {}))

        names = [i.value for i in self.draft.names.identifiers]
        default = config(self.draft.default_method)
        per_name = {n: config(self.method_for(n)) for n in names
                    if self.method_for(n) != self.draft.default_method}
        return ValidationPlan(default, per_name)

    # -- page logic ------------------------------------------------------------------------
    def problems(self, page: Page) -> list[str]:
        """Why the user cannot leave `page` yet (empty when they can)."""
        d = self.draft
        if page is Page.NAMES:
            if d.key_source is KeySource.CSR:
                return []  # names come from the CSR
            if d.names.errors:
                first = d.names.errors[0]
                return [f"Line {first.line}: {first.error}"]
            if not d.names.identifiers:
                return ["Enter at least one name."]
            return []
        if page is Page.KEY:
            if d.key_source is KeySource.CSR and not (d.csr_pem or "").strip():
                return ["Choose a CSR file."]
            if d.key_source is KeySource.REUSE and not d.reuse_key_of:
                return ["Choose the certificate whose key to reuse."]
            country = d.subject.get("C", "")
            if country and (len(country) != 2 or not country.isalpha()):
                return ["The country must be a two-letter code such as DE."]
            return []
        if page is Page.ACCOUNT:
            return [] if d.account_id else ["Add or choose an ACME account first."]
        if page is Page.VALIDATION:
            problems: list[str] = []
            for ident in d.names.identifiers:
                info = method(self.method_for(ident.value))
                if not info.accepts(ident) and ident.is_wildcard:
                    problems.append(f"{ident.display} is a wildcard: only DNS validation can "
                                    "prove it. Choose a DNS method for it.")
                elif not info.accepts(ident):
                    problems.append(f"{ident.display} is an IP address: choose HTTP or "
                                    "TLS-ALPN validation for it.")
            for key in self.methods_in_use():
                info = method(key)
                missing = missing_fields(info, d.method_values.get(key, {}))
                for spec in missing:
                    problems.append(f"{info.label}: fill in '{spec.label}'.")
                if not missing:
                    try:
                        to_challenge(info, d.method_values.get(key, {}))
                    except InvalidInput as exc:
                        problems.append(f"{info.label}: {exc.message} {exc.hint}")
            return problems
        return []

    def can_leave(self, page: Page) -> bool:
        return not self.problems(page)

    def next_page(self, page: Page) -> Page | None:
        if page is Page.VALIDATION:
            return Page.DNS_RECORDS if self.needs_records_page() else Page.PROGRESS
        if page is Page.DONE:
            return None
        return Page(page + 1)

    def issue_fields(self) -> dict[str, Any]:
        """Keyword arguments for the core's IssueRequest."""
        d = self.draft
        return {
            "account_id": d.account_id,
            "names": list(d.names.values),
            "validation": self.validation_plan(),
            "key_type": d.key_type,
            "csr_pem": d.csr_pem if d.key_source is KeySource.CSR else None,
            "reuse_key_of": d.reuse_key_of if d.key_source is KeySource.REUSE else None,
            "profile": d.profile or None,
            "preferred_chain": d.preferred_chain or None,
            "label": d.label or None,
            "subject": {k: v for k, v in d.subject.items() if v} or None,
            "auto_renew": d.auto_renew,
        }
