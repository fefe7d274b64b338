"""How each webhook format renders a notification (pure: JSON payloads, no I/O)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app.errors import InvalidInput
from app.notifications.kinds import WebhookFormat
from app.notifications.message import Notification

NTFY_PRIORITY = {"error": 4, "warning": 3, "info": 2}
NTFY_TAGS = {"error": ["rotating_light"], "warning": ["warning"], "info": ["information_source"]}
SLACK_COLOURS = {"error": "Attention", "warning": "Warning", "info": "Info"}


def generic(n: Notification) -> dict[str, Any]:
    return {
        "source": "certdesk",
        "event": n.event.value if n.event else "test",
        "severity": n.severity,
        "subject": n.subject,
        "headline": n.headline,
        "message": n.message,
        "action": n.action,
        "certificate": {"id": n.certificate_id, "label": n.label, "names": list(n.names)},
        "facts": dict(n.facts),
        "at": n.created_at.isoformat(),
    }


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack(n: Notification) -> dict[str, Any]:
    """An incoming-webhook message: `text` is the fallback shown in notifications."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": n.subject[:150]}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _slack_escape(n.message)}},
    ]
    if n.facts:
        blocks.append({"type": "section", "fields": [
            {"type": "mrkdwn", "text": f"*{_slack_escape(k)}*\n{_slack_escape(v)}"}
            for k, v in n.facts[:10]]})
    blocks.append({"type": "context", "elements": [
        {"type": "mrkdwn", "text": "*What to do:* " + _slack_escape(n.action)}]})
    return {"text": _slack_escape(f"{n.subject}: {n.message}"), "blocks": blocks}


def teams(n: Notification) -> dict[str, Any]:
    """A Teams Workflows webhook message carrying one Adaptive Card (schema 1.4)."""
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": n.subject, "weight": "Bolder", "size": "Medium",
         "wrap": True, "color": "Attention" if n.severity == "error" else "Default"},
        {"type": "TextBlock", "text": n.message, "wrap": True},
    ]
    if n.facts:
        body.append({"type": "FactSet",
                     "facts": [{"title": k, "value": v} for k, v in n.facts]})
    body.append({"type": "TextBlock", "text": f"What to do: {n.action}", "wrap": True,
                 "isSubtle": True})
    card = {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard", "version": "1.4", "body": body}
    return {"type": "message", "attachments": [{
        "contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None,
        "content": card}]}


def ntfy(n: Notification, topic: str) -> dict[str, Any]:
    """ntfy's JSON publishing form (posted to the server's root, the topic in the body)."""
    return {"topic": topic, "title": n.subject, "message": n.text(),
            "priority": NTFY_PRIORITY.get(n.severity, 3),
            "tags": NTFY_TAGS.get(n.severity, [])}


def ntfy_split(url: str) -> tuple[str, str]:
    """'https://ntfy.example/alerts?auth=…' -> ('https://ntfy.example/?auth=…', 'alerts').

    The topic is the last path segment (a server may live under a path prefix)."""
    parts = urlsplit(url)
    prefix, _, topic = parts.path.rstrip("/").rpartition("/")
    if not topic:
        raise InvalidInput("An ntfy URL names a topic: https://SERVER/TOPIC.",
                           "For example https://ntfy.example.com/certdesk-alerts.")
    root = urlunsplit((parts.scheme, parts.netloc, prefix + "/", parts.query, ""))
    return root, topic


def render(fmt: WebhookFormat, n: Notification, url: str) -> tuple[str, bytes]:
    """(URL to post to, JSON body) for a webhook of format `fmt` configured with `url`."""
    payload: dict[str, Any]
    match fmt:
        case WebhookFormat.GENERIC:
            payload = generic(n)
        case WebhookFormat.SLACK:
            payload = slack(n)
        case WebhookFormat.TEAMS:
            payload = teams(n)
        case WebhookFormat.NTFY:
            url, topic = ntfy_split(url)
            payload = ntfy(n, topic)
    return url, json.dumps(payload, ensure_ascii=False).encode("utf-8")
