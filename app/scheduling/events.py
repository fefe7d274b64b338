"""Names of the core events this package emits through ServiceHooks (payloads documented here).

- reminder_due: certificate_id, label, threshold ("days:14" | "percent:10" | "expired"),
  not_after, seconds_left (negative once expired), message
- renewal_failed: certificate_id, label, error, hint, failures, next_attempt_at
- manual_action_needed: certificate_id, label, reason ("renewal_due"), message
- renewal_succeeded: certificate_id, label, version_id (also see certificate_renewed, emitted
  by the certificate service itself)
- endpoint_warning: certificate_id, label, endpoint_id, endpoint ("host:port"), status, message
- monitoring_changed: (no payload) something the summary or attention list shows changed
"""

from __future__ import annotations

REMINDER_DUE = "reminder_due"
RENEWAL_FAILED = "renewal_failed"
RENEWAL_SUCCEEDED = "renewal_succeeded"
MANUAL_ACTION_NEEDED = "manual_action_needed"
ENDPOINT_WARNING = "endpoint_warning"
MONITORING_CHANGED = "monitoring_changed"
