"""Builds the core's request objects from what a flow or form collected."""

from __future__ import annotations

from typing import Any

from app.crypto.csr import SubjectFields
from app.services.accounts import AccountRequest
from app.services.certificates import IssueRequest


def subject_fields(subject: dict[str, str] | None) -> SubjectFields | None:
    if not subject:
        return None
    get = subject.get
    return SubjectFields(organization=get("O", ""), organizational_unit=get("OU", ""),
                         locality=get("L", ""), state=get("ST", ""), country=get("C", ""))


def issue_request(fields: dict[str, Any]) -> IssueRequest:
    csr = fields.get("csr_pem")
    return IssueRequest(
        account_id=str(fields["account_id"]),
        names=list(fields.get("names") or []) if not csr else [],
        validation=fields.get("validation"),
        key_type=fields.get("key_type"),
        csr_pem=csr.encode("ascii") if isinstance(csr, str) else csr,
        reuse_key_of=fields.get("reuse_key_of"),
        profile=fields.get("profile"),
        preferred_chain=fields.get("preferred_chain"),
        label=fields.get("label"),
        subject=subject_fields(fields.get("subject")),
        auto_renew=bool(fields.get("auto_renew", True)),
    )


def account_request(fields: dict[str, Any]) -> AccountRequest:
    return AccountRequest(
        directory=str(fields["directory"]),
        emails=list(fields.get("emails") or []),
        agree_tos=bool(fields.get("agree_tos")),
        key_type=fields["key_type"],
        eab_kid=fields.get("eab_kid"),
        eab_hmac_key=fields.get("eab_hmac_key"),
        ca_bundle=fields.get("ca_bundle"),
        name=fields.get("name"),
    )
