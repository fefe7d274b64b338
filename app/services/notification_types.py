"""The notification types front ends use (the CLI and the GUI reach the core only through
app.services)."""

from __future__ import annotations

from app.notifications.email_sender import parse_server
from app.notifications.errors import NotificationFailed
from app.notifications.kinds import ChannelKind, NotifyEvent, SmtpSecurity, WebhookFormat

__all__ = ["ChannelKind", "NotificationFailed", "NotifyEvent", "SmtpSecurity", "WebhookFormat",
           "parse_server"]
