"""Turning domain objects into JSON-friendly dicts and short human lines for the CLI."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain import (
    Account,
    AnyCertificate,
    CertificateVersion,
    OrderRecord,
    ValidationPlan,
    VersionSummary,
)
from app.services.due_dates import renewal_due


def account_dict(a: Account) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "directory": a.directory_url, "preset": a.preset,
            "uri": a.uri, "status": a.status, "contacts": list(a.contacts),
            "key_type": a.key_type, "eab_kid": a.eab_kid, "terms_of_service": a.tos_url,
            "ca_bundle": a.ca_bundle, "created_at": a.created_at.isoformat()}


def version_dict(v: CertificateVersion | VersionSummary) -> dict[str, Any]:
    return {"id": v.id, "serial": v.serial, "subject": v.subject, "issuer": v.issuer,
            "names": list(v.names), "not_before": v.not_before.isoformat(),
            "not_after": v.not_after.isoformat(), "key_type": v.key_type,
            "ari_cert_id": v.ari_cert_id, "order_id": v.order_id,
            "replaced_by": v.replaced_by,
            "revoked_at": v.revoked_at.isoformat() if v.revoked_at else None,
            "revocation_reason": v.revocation_reason}


class PlanJson:
    """Each validation plan's JSON once per distinct plan object: the store hands out one
    object for certificates with identical plans, so a listing of thousands encodes a few.
    Keeps the plans it has seen, so an id is never reused while it is remembered."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[ValidationPlan, dict[str, Any]]] = {}

    def __call__(self, plan: ValidationPlan) -> dict[str, Any]:
        hit = self._seen.get(id(plan))
        if hit is None or hit[0] is not plan:
            hit = (plan, plan.to_json())
            self._seen[id(plan)] = hit
        return hit[1]


def certificate_dict(c: AnyCertificate, now: dt.datetime,
                     plan_json: PlanJson | None = None) -> dict[str, Any]:
    """One certificate as JSON; pass one PlanJson for a whole list (shared plan JSON)."""
    due = renewal_due(c)
    days_left = None
    current = None
    if c.current:
        days_left = round((c.current.not_after - now).total_seconds() / 86400, 2)
        current = version_dict(c.current)
    return {"id": c.id, "label": c.label, "names": list(c.identifiers),
            "account_id": c.account_id, "status": c.status, "source": c.source,
            "key_type": c.key_type, "key_policy": c.key_policy, "profile": c.profile,
            "preferred_chain": c.preferred_chain, "auto_renew": c.auto_renew,
            "validation": plan_json(c.validation) if plan_json else c.validation.to_json(),
            "not_after": current["not_after"] if current else None,
            "days_left": days_left, "renewal_due": due.isoformat() if due else None,
            "ari_window": [c.ari_window_start.isoformat(), c.ari_window_end.isoformat()]
            if c.ari_window_start and c.ari_window_end else None,
            "current": current}


def order_dict(o: OrderRecord) -> dict[str, Any]:
    return {"id": o.id, "certificate_id": o.certificate_id, "account_id": o.account_id,
            "kind": o.kind, "state": o.state, "names": list(o.identifiers),
            "order_url": o.order_url, "replaces": o.replaces, "profile": o.profile,
            "error": o.error, "attempts": o.attempts, "created_at": o.created_at.isoformat(),
            "updated_at": o.updated_at.isoformat()}


def table(rows: list[list[str]], headers: list[str]) -> str:
    if not rows:
        return ""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)
