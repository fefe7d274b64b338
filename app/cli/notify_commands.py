"""`certdesk-cli notify …`: notification channels (e-mail, webhooks), their rules and tests.

Secrets stay off the command line where the contract allows: the SMTP password comes from a
file (`--password-file FILE`, '-' for stdin). A webhook URL is given with `--url URL` (or
`--url -` to read it from stdin, keeping a token out of the process list and shell history).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.context import CliContext, CommandResult
from app.errors import InvalidInput
from app.services.notification_types import (
    NotifyEvent,
    SmtpSecurity,
    WebhookFormat,
    parse_server,
)

if TYPE_CHECKING:
    from app.services.notifications import ChannelInfo


def register(sub: Any) -> None:
    notify = sub.add_parser("notify", help="notification channels: e-mail and webhooks"
                            ).add_subparsers(dest="notify_command", metavar="ACTION",
                                             required=True)
    events_help = ("an event to send (repeatable; default: all): "
                   + ", ".join(e.value for e in NotifyEvent))
    add = notify.add_parser("add", help="add a channel").add_subparsers(
        dest="channel_kind", metavar="KIND", required=True)

    p = add.add_parser("email", help="e-mail over SMTP")
    p.add_argument("name")
    p.add_argument("--smtp", required=True, metavar="HOST:PORT", help="the SMTP server")
    p.add_argument("--from", dest="sender", required=True, metavar="ADDR")
    p.add_argument("--to", dest="recipients", action="append", required=True, metavar="ADDR",
                   help="a recipient (repeatable)")
    security = p.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const",
                          const=SmtpSecurity.STARTTLS, help="upgrade with STARTTLS (587, 25)")
    security.add_argument("--tls", dest="security", action="store_const",
                          const=SmtpSecurity.TLS, help="TLS from the start (465)")
    security.add_argument("--plain", dest="security", action="store_const",
                          const=SmtpSecurity.NONE,
                          help="no TLS at all (an internal relay; no login allowed)")
    p.add_argument("--username", metavar="USER")
    p.add_argument("--password-file", metavar="FILE", help="the SMTP password; '-' reads stdin")
    _common(p, events_help)
    p.set_defaults(handler=_add_email)

    p = add.add_parser("webhook", help="a JSON webhook (generic, Slack, Teams, ntfy)")
    p.add_argument("name")
    p.add_argument("--url", required=True, help="the webhook URL; '-' reads it from stdin")
    p.add_argument("--format", default="generic", choices=[f.value for f in WebhookFormat])
    _common(p, events_help)
    p.set_defaults(handler=_add_webhook)

    p = notify.add_parser("list", help="list the channels (never their secrets)")
    p.set_defaults(handler=_list)
    p = notify.add_parser("remove", help="remove a channel")
    p.add_argument("name")
    p.set_defaults(handler=_remove)
    p = notify.add_parser("test", help="send a sample notification through a channel")
    p.add_argument("name")
    p.set_defaults(handler=_test)
    p = notify.add_parser("rules", help="change which events a channel receives")
    p.add_argument("name")
    p.add_argument("--event", dest="events", action="append", metavar="EVENT", help=events_help)
    digest = p.add_mutually_exclusive_group()
    digest.add_argument("--digest", dest="digest", action="store_true", default=None)
    digest.add_argument("--no-digest", dest="digest", action="store_false")
    p.set_defaults(handler=_rules)


def _common(p: argparse.ArgumentParser, events_help: str) -> None:
    p.add_argument("--ca-file", metavar="FILE",
                   help="PEM CA certificates to trust for this server (a private CA)")
    p.add_argument("--event", dest="events", action="append", metavar="EVENT", help=events_help)
    p.add_argument("--digest", action="store_true",
                   help="collect everything into one message a day instead of sending at once")


def _events(values: list[str] | None) -> tuple[NotifyEvent, ...]:
    if not values:
        return tuple(NotifyEvent)
    return tuple(NotifyEvent.parse(v) for part in values for v in part.split(",") if v.strip())


def _read_secret(source: str, what: str) -> str:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"The {what} file {source} could not be read: {exc}.",
                           "Check the path and its permissions.") from exc
    value = text.strip("\r\n")
    if not value:
        raise InvalidInput(f"The {what} file {source} is empty.", f"Put the {what} in it.")
    return value


def _ca_file(value: str | None) -> str | None:
    if value is None:
        return None
    path = Path(value).expanduser().absolute()
    if not path.is_file():
        raise InvalidInput(f"The CA file {value} does not exist.", "Give a PEM file.")
    return str(path)


def channel_dict(c: ChannelInfo) -> dict[str, Any]:
    return {"name": c.name, "kind": c.kind.value, "format": c.format,
            "destination": c.destination, "events": [e.value for e in c.events],
            "digest": c.digest, "created_at": c.created_at.isoformat(),
            "last_digest_at": c.last_digest_at.isoformat() if c.last_digest_at else None}


def _added(c: ChannelInfo) -> CommandResult:
    return CommandResult(data=channel_dict(c),
                         text=f"Added {c.kind.value} channel '{c.name}' → {c.destination}",
                         last_line=c.name)


def _add_email(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    from app.services.notifications import EmailChannelSpec

    host, port, security = parse_server(args.smtp, args.security)
    if args.password_file and not args.username:
        raise InvalidInput("--password-file needs --username.", "Add --username USER.")
    password = _read_secret(args.password_file, "password") if args.password_file else None
    return _added(ctx.services.notifications.add_email(EmailChannelSpec(
        args.name, host, port, args.sender, tuple(args.recipients), security=security,
        username=args.username, password=password, ca_file=_ca_file(args.ca_file),
        events=_events(args.events), digest=args.digest)))


def _add_webhook(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    from app.services.notifications import WebhookChannelSpec

    url = _read_secret("-", "webhook URL") if args.url == "-" else args.url
    return _added(ctx.services.notifications.add_webhook(WebhookChannelSpec(
        args.name, url, WebhookFormat.parse(args.format), ca_file=_ca_file(args.ca_file),
        events=_events(args.events), digest=args.digest)))


def _list(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    channels = ctx.services.notifications.channels()
    lines = []
    for c in channels:
        events = "all events" if set(c.events) == set(NotifyEvent) else \
            ", ".join(e.value for e in c.events)
        lines.append(f"{c.name}  {c.format}  {c.destination}  ({events}"
                     + ("; daily digest" if c.digest else "") + ")")
    return CommandResult(data=[channel_dict(c) for c in channels],
                         text="\n".join(lines) or "No notification channels.")


def _remove(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    c = ctx.services.notifications.remove(args.name)
    return CommandResult(data=channel_dict(c), text=f"Removed channel '{c.name}'",
                         last_line=c.name)


def _test(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    result = ctx.services.notifications.test(args.name)
    return CommandResult(data={"channel": result.channel, "ok": result.ok,
                               "message": result.message}, text=result.message)


def _rules(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    service = ctx.services.notifications
    current = service.channel(args.name)
    c = service.set_rules(args.name, _events(args.events) if args.events else current.events,
                          digest=current.digest if args.digest is None else args.digest)
    return CommandResult(data=channel_dict(c), text=f"Channel '{c.name}': "
                         + ", ".join(e.value for e in c.events)
                         + ("; daily digest" if c.digest else ""))
