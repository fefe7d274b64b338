"""Attention items for orders that need the user: the last order of a certificate failed
(first issue or a renewal started by hand), or it waits for a manual step (DNS record, file).

Renewal failures the background pass records are already items ("renewal_failed"); an order
item is added only where no item of that certificate says the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain import AnyCertificate, CertificateState, OrderRecord, OrderState
from app.services.health import AttentionItem, HealthState, MonitorSummary
from app.storage.store import Store


def _label(cert: AnyCertificate) -> str:
    return cert.label or ", ".join(cert.identifiers) or cert.id


def order_items(certificates: Iterable[AnyCertificate], orders: Iterable[OrderRecord],
                existing: Iterable[AttentionItem]) -> list[AttentionItem]:
    latest: dict[str, OrderRecord] = {}
    for past in orders:  # oldest first: the last one per certificate wins
        if past.state is not OrderState.CANCELLED:
            latest[past.certificate_id] = past
    said = {(i.certificate_id, i.kind) for i in existing}
    items: list[AttentionItem] = []
    for cert in certificates:
        order = latest.get(cert.id)
        if order is None or cert.status is CertificateState.REVOKED:
            continue
        label = _label(cert)
        renewal = cert.current is not None
        if order.state is OrderState.AWAITING_USER and (cert.id, "manual_action") not in said:
            items.append(AttentionItem(
                cert.id, label, "manual_action", HealthState.EXPIRING,
                f"An order for {label} waits for you: "
                f"{order.error or 'a manual validation step'}.",
                "Resume it once the DNS records or files are in place (Pending orders in the "
                "app, or certdesk-cli resume), or cancel it.", order.updated_at))
        elif order.state is OrderState.FAILED and (cert.id, "renewal_failed") not in said:
            if cert.current is not None and cert.current.created_at > order.updated_at:
                continue  # renewed since
            what = f"Renewing {label}" if renewal else f"Getting the certificate for {label}"
            items.append(AttentionItem(
                cert.id, label, "order_failed", HealthState.CRITICAL,
                f"{what} failed: {order.error or 'see the activity log'}",
                "Fix the cause, then renew it (the activity log has the details)." if renewal
                else "Fix the cause, then try again: Renew, or remove it.",
                order.updated_at))
    return items


def with_order_items(summary: MonitorSummary, store: Store,
                     certificates: Iterable[AnyCertificate]) -> MonitorSummary:
    """`certificates`: every certificate (the scan's own read)."""
    orders = store.orders.latest_per_certificate((OrderState.AWAITING_USER, OrderState.FAILED))
    if not orders:
        return summary
    return summary.with_attention(order_items(certificates, orders,
                                              summary.attention))
