"""Turning domain objects into JSON-friendly dicts and short human lines for the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.cli.json_output import line_encoder
from app.collector import collector_paused
from app.domain import (
    Account,
    AnyCertificate,
    CertificateVersion,
    OrderRecord,
    ValidationPlan,
    VersionSummary,
)
from app.services.due_dates import due_from

if TYPE_CHECKING:
    from app.services.certificates import CertificateOverview, VersionOverview


def account_dict(a: Account) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "directory": a.directory_url, "preset": a.preset,
            "uri": a.uri, "status": a.status, "contacts": list(a.contacts),
            "key_type": a.key_type, "eab_kid": a.eab_kid, "terms_of_service": a.tos_url,
            "ca_bundle": a.ca_bundle, "created_at": a.created_at.isoformat()}


def version_dict(v: CertificateVersion | VersionSummary | VersionOverview) -> dict[str, Any]:
    """A version as JSON, its keys in sorted order (see certificate_json_items)."""
    return {"ari_cert_id": v.ari_cert_id, "id": v.id, "issuer": v.issuer,
            "key_type": v.key_type, "names": list(v.names),
            "not_after": v.not_after.isoformat(), "not_before": v.not_before.isoformat(),
            "order_id": v.order_id, "replaced_by": v.replaced_by,
            "revocation_reason": v.revocation_reason,
            "revoked_at": v.revoked_at.isoformat() if v.revoked_at else None,
            "serial": v.serial, "subject": v.subject}


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


def _keys_sorted(value: Any) -> Any:
    """`value` with every dict's keys in sorted order."""
    if isinstance(value, dict):
        return {k: _keys_sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_keys_sorted(v) for v in value]
    return value


def certificate_dict(c: AnyCertificate | CertificateOverview, now: dt.datetime,
                     plan_json: PlanJson | None = None) -> dict[str, Any]:
    """One certificate as JSON; pass one PlanJson for a whole list (shared plan JSON)."""
    fields = _certificate_fields(c, now)
    fields["validation"] = plan_json(c.validation) if plan_json else c.validation.to_json()
    return fields


def _certificate_fields(c: AnyCertificate | CertificateOverview,
                        now: dt.datetime) -> dict[str, Any]:
    """A certificate's JSON but its validation plan (whose key sorts last), the keys in
    sorted order at every level."""
    due = days_left = current = None
    version = c.current
    if version is not None:
        due = due_from(c.renew_at, c.ari_window_start, version.not_before, version.not_after)
        days_left = round((version.not_after - now).total_seconds() / 86400, 2)
        current = version_dict(version)
    return {"account_id": c.account_id,
            "ari_window": [c.ari_window_start.isoformat(), c.ari_window_end.isoformat()]
            if c.ari_window_start and c.ari_window_end else None,
            "auto_renew": c.auto_renew, "current": current, "days_left": days_left,
            "id": c.id, "key_policy": c.key_policy, "key_type": c.key_type, "label": c.label,
            "names": list(c.identifiers),
            "not_after": current["not_after"] if current else None,
            "preferred_chain": c.preferred_chain, "profile": c.profile,
            "renewal_due": due.isoformat() if due else None, "source": c.source,
            "status": c.status}


def certificate_json_items(certs: Iterable[AnyCertificate | CertificateOverview],
                           now: dt.datetime) -> list[str]:
    """Each certificate's certificate_dict() encoded on one line, keys sorted, for a list of
    thousands: the fields are built in key order and encoded without sorting them again,
    and the validation plan, whose key sorts last, is encoded once per distinct plan and
    appended (the store hands out one object for identical plans; a plan's JSON was a third
    of the encoding). Built with the cycle collector paused (collector_paused)."""
    encode = line_encoder(keys_sorted=True)
    tails: dict[int, tuple[ValidationPlan, str]] = {}  # the plan kept: its id stays its own
    items = []
    with collector_paused():
        for c in certs:
            tail = tails.get(id(c.validation))
            if tail is None or tail[0] is not c.validation:
                text = encode(_keys_sorted(c.validation.to_json()))
                tail = tails[id(c.validation)] = (c.validation, f', "validation": {text}}}')
            items.append(encode(_certificate_fields(c, now))[:-1] + tail[1])
    return items


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
