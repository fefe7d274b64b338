"""Post a notification to a webhook (generic JSON, Slack, Teams Workflows, ntfy).

The URL often carries a token (Slack, Teams and many receivers use the URL itself as the
credential), so it is never put into an error message or a log line: errors name only the
scheme and host.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from app.errors import InvalidInput
from app.notifications.errors import NotificationFailed
from app.notifications.formats import render
from app.notifications.kinds import WebhookFormat
from app.notifications.message import Notification

TIMEOUT = 15.0
BODY_LIMIT = 300


@dataclass(frozen=True)
class WebhookSettings:
    format: WebhookFormat
    ca_file: str | None = None


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InvalidInput("A webhook URL starts with https:// (or http://) and names a host.",
                           "Copy the URL the receiving service gave you.")
    return url.strip()


def redact(url: str) -> str:
    """What of a webhook URL may be shown: scheme, host and port."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}/…"


def send_webhook(settings: WebhookSettings, url: str, n: Notification) -> None:
    target, body = render(settings.format, n, url)
    shown = redact(url)
    try:
        response = requests.post(
            target, data=body, timeout=TIMEOUT, allow_redirects=False,
            headers={"Content-Type": "application/json; charset=utf-8",
                     "User-Agent": "certdesk"},
            verify=settings.ca_file or True)
    except requests.exceptions.SSLError:
        raise NotificationFailed(f"The webhook {shown} presented a certificate certdesk does "
                                 "not trust.",
                                 "Give its CA certificate with --ca-file, or fix the "
                                 "receiver's certificate.") from None
    except requests.exceptions.Timeout:
        raise NotificationFailed(f"The webhook {shown} did not answer within {TIMEOUT:.0f} s.",
                                 "Check that the receiver is up.") from None
    except requests.exceptions.RequestException as exc:
        # The exception's text contains the whole URL (and so its token): name only its type.
        raise NotificationFailed(f"The webhook {shown} could not be reached "
                                 f"({type(exc).__name__}).",
                                 "Check the URL, the network and the proxy settings.") from None
    if not 200 <= response.status_code < 300:
        # A receiver may echo the request line: keep the URL's path and query (the token) out.
        parts = urlsplit(url)
        text = " ".join(response.text.split())
        for secret in (url, parts.path + ("?" + parts.query if parts.query else ""),
                       parts.query):
            if len(secret) > 1:
                text = text.replace(secret, "…")
        text = text[:BODY_LIMIT]
        raise NotificationFailed(f"The webhook {shown} answered HTTP {response.status_code}"
                                 + (f": {text}" if text else "."),
                                 "Check that the URL is still valid (webhooks are often "
                                 "revoked when a channel or flow changes).")
