"""What the Attention list shows about deliveries: notifications that could not be sent, and
export targets whose deployment failed or did not take effect."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain import AnyCertificate
from app.services.health import AttentionItem, HealthState, MonitorSummary
from app.storage.notifications import NotificationRepository
from app.storage.store import Store
from app.storage.targets import TargetRepository


def delivery_items(store: Store, certificates: Iterable[AnyCertificate]) -> list[AttentionItem]:
    labels = {c.id: c.label or ", ".join(c.identifiers) for c in certificates}
    items = []
    for f in NotificationRepository(store.db).open_failures():
        items.append(AttentionItem(
            f.certificate_id or "", labels.get(f.certificate_id or "", f"channel {f.channel_name}"),
            "notification_failed", HealthState.EXPIRING,
            f"A notification could not be sent through '{f.channel_name}': {f.subject}",
            f"{f.error} Test the channel in Settings → Notifications (or 'certdesk-cli notify "
            f"test {f.channel_name}'); the message is retried with the next daily digest.",
            f.at))
    for t in TargetRepository(store.db).all():
        if t.last_status != "failed" or t.certificate_id not in labels:
            continue
        items.append(AttentionItem(
            t.certificate_id, labels[t.certificate_id], "deployment_failed",
            HealthState.CRITICAL, t.last_message or f"Export target {t.folder} failed.",
            "Check that the service was reloaded and that no load balancer or proxy still "
            "serves the old certificate (or the target's folder and command), then run the "
            "export target again.", t.last_run_at))
    return items


def with_delivery_items(summary: MonitorSummary, store: Store,
                        certificates: Iterable[AnyCertificate]) -> MonitorSummary:
    """`certificates`: every certificate (the scan's own read, for their labels)."""
    return summary.with_attention(delivery_items(store, certificates))
