"""Human names for the activity log's event kinds (the store keeps short ids)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventNames", text)


def _names() -> dict[str, str]:
    return {
        "account-registered": _tr("Account registered"),
        "account-recovered": _tr("Existing account added"),
        "account-reregistered": _tr("Account registered again"),
        "account-updated": _tr("Account contacts changed"),
        "account-rollover": _tr("Account key replaced"),
        "account-deactivated": _tr("Account deactivated"),
        "account-removed": _tr("Account removed"),
        "order-created": _tr("Order sent to the CA"),
        "order-awaiting-user": _tr("Waiting for you"),
        "order-abandoned": _tr("Order abandoned by the CA"),
        "order-failed": _tr("Order failed"),
        "order-cancelled": _tr("Order cancelled"),
        "order-replaced": _tr("Order started again"),
        "replaces-refused": _tr("Renewal not linked to the old certificate"),
        "certificate-issued": _tr("Certificate issued"),
        "certificate-renewed": _tr("Certificate renewed"),
        "certificate-revoked": _tr("Certificate revoked"),
        "certificate-removed": _tr("Certificate removed"),
        "certificate-imported": _tr("Certificate imported"),
        "certificate-exported": _tr("Certificate exported"),
        "certificate-settings": _tr("Renewal settings changed"),
        "certificate-reissue": _tr("Re-issue started"),
        "renewal-skipped": _tr("Renewal skipped"),
        "renewal-manual": _tr("Renewal needs you"),
        "renewal-failed": _tr("Renewal failed"),
        "renewal-window-passed": _tr("Renewal window moved"),
        "renewal-attached": _tr("Renewal set up"),
        "reminder": _tr("Expiry reminder"),
        "endpoint-mismatch": _tr("Server shows another certificate"),
        "endpoint-unreachable": _tr("Server unreachable"),
        "target-added": _tr("Export target added"),
        "target-ran": _tr("Export target written"),
        "target-removed": _tr("Export target removed"),
        "backup-created": _tr("Backup made"),
        "backup-restored": _tr("Backup restored"),
        "notification-failed": _tr("Notification failed"),
    }


def event_name(kind: str) -> str:
    """'certificate-renewed' and 'renewal_failed' alike become a sentence-case name."""
    key = kind.replace("_", "-")
    known = _names().get(key)
    if known is not None:
        return known
    words = key.replace("-", " ").strip()
    return words[:1].upper() + words[1:]
