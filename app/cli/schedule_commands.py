"""`certdesk-cli schedule | autostart | endpoint | reminders`: expiry tracking from the shell."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.context import CliContext, CommandResult

if TYPE_CHECKING:
    from app.services.health import AttentionItem
    from app.services.monitoring import Endpoint


def register(sub: Any) -> None:
    p = sub.add_parser("schedule", help="run 'renew --due' twice a day via the OS scheduler")
    p.add_argument("action", choices=["install", "remove", "status"])
    p.add_argument("--dry-run", action="store_true", help="print what would be done, do nothing")
    p.set_defaults(handler=_schedule)

    p = sub.add_parser("autostart", help="start certdesk (in the tray) at login")
    p.add_argument("action", choices=["enable", "disable", "status"])
    p.set_defaults(handler=_autostart)

    p = sub.add_parser("endpoint", help="servers that should serve a certificate")
    esub = p.add_subparsers(dest="endpoint_command", metavar="ACTION", required=True)
    e = esub.add_parser("add", help="check HOST[:PORT] for a certificate")
    e.add_argument("certificate", help="certificate id")
    e.add_argument("address", help="HOST[:PORT] (port 443 by default), [IPv6]:PORT")
    e.add_argument("--sni", default="", help="server name to send (default: the host)")
    e.set_defaults(handler=_endpoint_add)
    e = esub.add_parser("list", help="list endpoints and their last check")
    e.add_argument("certificate", nargs="?", help="only this certificate's endpoints")
    e.set_defaults(handler=_endpoint_list)
    e = esub.add_parser("remove", help="stop checking an endpoint")
    e.add_argument("endpoint", help="endpoint id")
    e.set_defaults(handler=_endpoint_remove)
    e = esub.add_parser("check", help="check endpoints now")
    e.add_argument("certificate", nargs="?", help="only this certificate's endpoints")
    e.set_defaults(handler=_endpoint_check)

    p = sub.add_parser("reminders", help="what needs attention (expiry, failed renewals, ...)")
    p.add_argument("--fire", action="store_true",
                   help="also record reminders that are due now (as the app would)")
    p.set_defaults(handler=_reminders)


# -- schedule -------------------------------------------------------------------------------
def _schedule(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    from app.services.os_integration import OsIntegrationError

    service = ctx.services.os_integration  # it turns OS errors into hints
    if args.action == "status":
        status = service.schedule_status()
        if not status.available:
            raise OsIntegrationError(status.problem)  # what is missing, and what to do
        state = "installed" if status.installed else "not installed"
        text = f"{status.mechanism}: {state}"
        if status.details:
            text += "\n" + status.details
        return CommandResult(data={"mechanism": status.mechanism, "installed": status.installed,
                                   "files": [str(f) for f in status.files],
                                   "details": status.details},
                             text=text, last_line=state)
    plan = (service.install_schedule(dry_run=args.dry_run) if args.action == "install"
            else service.remove_schedule(dry_run=args.dry_run))
    data = {"action": args.action, "dry_run": args.dry_run, "mechanism": plan.mechanism,
            "writes": {str(path): text for path, text in plan.writes},
            "removes": [str(p) for p in plan.removes],
            "commands": [list(c) for c in plan.commands]}
    done = "would be done" if args.dry_run else "done"
    return CommandResult(data=data, text=plan.text, last_line=done)


# -- autostart ------------------------------------------------------------------------------
def _autostart(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    from app.services.os_integration import OsIntegrationError

    service = ctx.services.os_integration  # it turns OS errors into hints
    if args.action in ("enable", "disable"):
        status = service.set_start_at_login(args.action == "enable")
    else:
        status = service.login_status()
    if not status.available:
        raise OsIntegrationError(status.problem)  # what is missing, and what to do
    state = "enabled" if status.enabled else "disabled"
    return CommandResult(data={"mechanism": status.mechanism, "enabled": status.enabled},
                         text=f"{status.mechanism}: {state}\n{status.details}"
                         if status.enabled else f"{status.mechanism}: {state}",
                         last_line=state)


# -- endpoints ------------------------------------------------------------------------------
def endpoint_dict(e: Endpoint) -> dict[str, Any]:
    return {"id": e.id, "certificate_id": e.certificate_id, "host": e.host, "port": e.port,
            "server_name": e.server_name or None, "status": e.status, "message": e.message,
            "served_serial": e.served_serial,
            "served_not_after": e.served_not_after.isoformat() if e.served_not_after else None,
            "checked_at": e.checked_at.isoformat() if e.checked_at else None}


def _endpoint_lines(endpoints: list[Endpoint]) -> str:
    return "\n".join(f"{e.id}  {e.certificate_id[:8]}  {e.address:<28} {e.status or '-':<11} "
                     f"{e.message or ''}".rstrip() for e in endpoints) or "No endpoints."


def _endpoint_add(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    e = ctx.services.monitoring.add_endpoint(args.certificate, args.address, args.sni)
    return CommandResult(data=endpoint_dict(e), text=f"Checking {e.address} for "
                         f"{e.certificate_id}.", last_line=e.id)


def _endpoint_list(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    endpoints = ctx.services.monitoring.list_endpoints(args.certificate)
    return CommandResult(data=[endpoint_dict(e) for e in endpoints],
                         text=_endpoint_lines(endpoints))


def _endpoint_remove(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    e = ctx.services.monitoring.remove_endpoint(args.endpoint)
    return CommandResult(data=endpoint_dict(e), text=f"No longer checking {e.address}.",
                         last_line=e.id)


def _endpoint_check(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    endpoints = ctx.services.monitoring.check_endpoints(args.certificate)
    bad = [e for e in endpoints if e.status != "ok"]
    return CommandResult(data=[endpoint_dict(e) for e in endpoints],
                         text=_endpoint_lines(endpoints),
                         last_line="ok" if not bad else f"{len(bad)} warning(s)")


# -- reminders ------------------------------------------------------------------------------
def attention_dict(i: AttentionItem) -> dict[str, Any]:
    return {"certificate_id": i.certificate_id, "label": i.label, "kind": i.kind,
            "severity": i.severity.value, "message": i.message, "hint": i.hint,
            "since": i.since.isoformat() if i.since else None, "endpoint_id": i.endpoint_id}


def _reminders(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    monitoring = ctx.services.monitoring
    fired = monitoring.evaluate_reminders() if args.fire else []
    summary = monitoring.summary()
    lines = [f"[{i.severity.value}] {i.message} {i.hint}".rstrip() for i in summary.attention]
    text = "\n".join(lines) or "Nothing needs attention."
    data = {"state": summary.state.value, "total": summary.total,
            "expiring": summary.expiring, "critical": summary.critical,
            "next_renewal_at": (summary.next_renewal_at.isoformat()
                                if summary.next_renewal_at else None),
            "attention": [attention_dict(i) for i in summary.attention],
            "fired": [r.message for r in fired]}
    return CommandResult(data=data, text=text, last_line=summary.state.value)
