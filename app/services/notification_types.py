"""The notification types front ends use (the CLI and the GUI reach the core only through
app.services)."""

from __future__ import annotations

from app.notifications.errors import NotificationFailed
from app.notifications.kinds import ChannelKind, NotifyEvent, SmtpSecurity, WebhookFormat

__all__ = ["ChannelKind", "NotificationFailed", "NotifyEvent", "SmtpSecurity", "WebhookFormat",
           "parse_server"]


def parse_server(text: str, security: SmtpSecurity | None = None
                 ) -> tuple[str, int, SmtpSecurity]:
    """'HOST[:PORT]' -> (host, port, security), as the e-mail sender reads it (loaded on
    first use: the command line and the GUI start without the mail modules)."""
    from app.notifications.email_sender import parse_server as parse

    return parse(text, security)
