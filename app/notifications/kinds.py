"""The closed sets notifications are built from: channel kinds, formats, events."""

from __future__ import annotations

from enum import StrEnum

from app.errors import InvalidInput


class ChannelKind(StrEnum):
    EMAIL = "email"
    WEBHOOK = "webhook"


class WebhookFormat(StrEnum):
    GENERIC = "generic"
    SLACK = "slack"
    TEAMS = "teams"  # Microsoft Teams Workflows ("Post to a channel when a webhook request is
    #                  received"): an Adaptive Card in a message envelope
    NTFY = "ntfy"

    @classmethod
    def parse(cls, text: str) -> WebhookFormat:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInput(f"'{text}' is not a webhook format.",
                               "Use generic, slack, teams or ntfy.") from None


class SmtpSecurity(StrEnum):
    TLS = "tls"  # implicit TLS from the first byte (usually port 465)
    STARTTLS = "starttls"  # plain connection upgraded before anything is sent (587, 25)
    NONE = "none"  # an internal relay without TLS; no login is sent over it


class NotifyEvent(StrEnum):
    """What a rule can route to a channel."""

    RENEWAL_FAILED = "renewal_failed"
    MANUAL_ACTION = "manual_action"
    EXPIRY_REMINDER = "expiry_reminder"
    ENDPOINT_PROBLEM = "endpoint_problem"
    RENEWAL_WINDOW_PASSED = "renewal_window_passed"
    DEPLOYMENT_FAILED = "deployment_failed"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]

    @classmethod
    def parse(cls, text: str) -> NotifyEvent:
        try:
            return cls(text.strip().lower().replace("-", "_"))
        except ValueError:
            raise InvalidInput(f"'{text}' is not a notification event.",
                               "Use one of: " + ", ".join(e.value for e in cls) + ".") from None


_DESCRIPTIONS: dict[NotifyEvent, str] = {
    NotifyEvent.RENEWAL_FAILED: "A renewal attempt failed",
    NotifyEvent.MANUAL_ACTION: "A renewal needs you (manual validation)",
    NotifyEvent.EXPIRY_REMINDER: "A certificate reached a reminder threshold without renewal",
    NotifyEvent.ENDPOINT_PROBLEM: "An endpoint serves a stale or wrong certificate",
    NotifyEvent.RENEWAL_WINDOW_PASSED: "The CA moved the renewal window into the past "
                                       "(early revocation)",
    NotifyEvent.DEPLOYMENT_FAILED: "A deployment failed or did not take effect",
}
