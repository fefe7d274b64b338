"""`certdesk-cli issue | list | show | renew | revoke | orders [cancel] | resume | remove`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from app.cli.context import CliContext, CommandResult
from app.cli.input_files import read_input_file
from app.cli.interaction import terminal_interaction
from app.cli.serialize import (
    PlanJson,
    certificate_dict,
    certificate_json_items,
    order_dict,
    table,
    version_dict,
)
from app.cli.validation_options import plan_from_cli
from app.collector import collector_paused
from app.domain import ListedCertificate, ValidationPlan
from app.errors import CertdeskError, InvalidInput
from app.progress import ProgressEvent
from app.services.certificates import REVOCATION_REASONS, IssueRequest
from app.services.identifiers import mixed_script_warnings
from app.services.keys import KeyType
from app.services.order_parking import OrderParked

CHALLENGES = ["dns-01", "dns-persist-01", "http-01", "tls-alpn-01"]


def register(sub: Any) -> None:
    p = sub.add_parser("issue", help="issue a new certificate")
    p.add_argument("--account", required=True, help="account id")
    p.add_argument("-d", "--domain", action="append", default=[], dest="names",
                   help="a name for the certificate (repeatable)")
    key = p.add_mutually_exclusive_group()
    key.add_argument("--key-type", choices=[k.value for k in KeyType])
    key.add_argument("--csr", help="use this CSR (PEM or DER) instead of a new key")
    key.add_argument("--reuse-key", metavar="CERT_ID", help="reuse the key of a certificate")
    p.add_argument("--challenge", choices=CHALLENGES, default="http-01")
    p.add_argument("--dns-exec", help="hook command: COMMAND present|cleanup FQDN VALUE")
    p.add_argument("--dns-resolver", action="append", default=[],
                   help="check TXT records on exactly this server HOST[:PORT] (repeatable)")
    p.add_argument("--dns-provider", help="DNS API provider (see 'certdesk-cli dns providers')")
    p.add_argument("--dns-credentials", help="stored DNS credentials name")
    p.add_argument("--dns-manual", action="store_true", help="create the TXT records by hand")
    p.add_argument("--webroot", help="http-01: write the token below this web root")
    p.add_argument("--http-manual", action="store_true", help="http-01: place the file by hand")
    p.add_argument("--http-address", default=None, help="http-01 listener address")
    p.add_argument("--http-port", type=int, default=None, help="http-01 listener port (80)")
    p.add_argument("--tls-address", default=None, help="tls-alpn-01 responder address")
    p.add_argument("--tls-port", type=int, default=None, help="tls-alpn-01 responder port (443)")
    p.add_argument("--profile", help="certificate profile offered by the CA")
    p.add_argument("--preferred-chain", metavar="ISSUER_CN",
                   help="pick the alternate chain whose top issuer has this common name")
    p.add_argument("--label", help="a name to show for the certificate")
    p.add_argument("--no-auto-renew", action="store_true")
    p.set_defaults(handler=_issue)

    p = sub.add_parser("list", help="list certificates")
    p.add_argument("--expiring-within", type=float, metavar="DAYS")
    p.set_defaults(handler=_list)

    p = sub.add_parser("show", help="show a certificate with its history")
    p.add_argument("id")
    p.set_defaults(handler=_show)

    p = sub.add_parser("renew", help="renew certificates")
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--due", action="store_true", help="renew every certificate that is due")
    p.add_argument("--force", action="store_true", help="renew even if not due")
    p.set_defaults(handler=_renew)

    p = sub.add_parser("revoke", help="revoke a certificate")
    p.add_argument("id")
    p.add_argument("--reason", default="unspecified", choices=list(REVOCATION_REASONS))
    p.set_defaults(handler=_revoke)

    p = sub.add_parser("orders", help="list ACME orders, or cancel one",
                       usage="certdesk-cli orders [--all] | orders cancel ORDER_ID")
    p.add_argument("--all", action="store_true", help="include finished orders")
    p.set_defaults(handler=_orders)
    actions = p.add_subparsers(dest="orders_action", metavar="ACTION")
    c = actions.add_parser("cancel", help="cancel an unfinished order (deactivates its "
                           "pending authorizations at the CA)")
    c.add_argument("order_id")
    c.set_defaults(handler=_cancel_order)

    p = sub.add_parser("resume", help="continue unfinished orders")
    p.add_argument("order_id", nargs="?")
    p.set_defaults(handler=_resume)

    p = sub.add_parser("remove", help="forget a certificate locally (keys included)")
    p.add_argument("id")
    p.set_defaults(handler=_remove)


def _progress(ctx: CliContext) -> Any:
    def sink(event: ProgressEvent) -> None:
        if event.state in ("running", "done", "failed"):
            ctx.progress_line(f"  {event.message}")

    return sink


def build_plan(args: argparse.Namespace) -> ValidationPlan:
    return plan_from_cli(
        challenge=args.challenge, dns_exec=args.dns_exec, dns_provider=args.dns_provider,
        dns_credentials=args.dns_credentials, dns_manual=args.dns_manual,
        dns_resolvers=args.dns_resolver, webroot=args.webroot,
        http_manual=args.http_manual, http_address=args.http_address,
        http_port=args.http_port, tls_address=args.tls_address, tls_port=args.tls_port)


def _issue(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    request = IssueRequest(
        account_id=args.account, names=args.names, validation=build_plan(args),
        key_type=KeyType(args.key_type) if args.key_type else None,
        csr_pem=read_input_file(args.csr, "CSR file") if args.csr else None,
        reuse_key_of=args.reuse_key, profile=args.profile,
        preferred_chain=args.preferred_chain, label=args.label,
        auto_renew=not args.no_auto_renew)
    if not args.names and not args.csr:
        raise InvalidInput("No names were given.", "Add -d NAME (repeatable) or --csr FILE.")
    for warning in mixed_script_warnings(args.names or []):
        print(f"warning: {warning.message}", file=sys.stderr, flush=True)
    services = ctx.services
    order = services.certificates.prepare(request)
    ctx.progress_line(f"Order {order.id} for {', '.join(order.identifiers)}")
    try:
        cert = services.certificates.run_order(order.id, progress=_progress(ctx),
                                               interaction=terminal_interaction())
    except OrderParked as parked:
        raise _parked(parked) from None
    return _issued(ctx, cert)


def _parked(parked: OrderParked) -> InvalidInput:
    """The order waits for the user: the steps (e.g. the TXT records to create, one per line)
    go to stderr as they are, then the usual one-line outcome."""
    print(parked.instructions.rstrip(), file=sys.stderr, flush=True)
    return InvalidInput(f"{parked.title}.",
                        f"Do the steps above, then run 'certdesk-cli resume {parked.order_id}'.")


def _issued(ctx: CliContext, cert: Any) -> CommandResult:
    data = certificate_dict(cert, ctx.services.clock.now())
    assert cert.current
    text = (f"Issued {cert.label}: serial {cert.current.serial}, valid until "
            f"{cert.current.not_after:%Y-%m-%d %H:%M} UTC")
    return CommandResult(data=data, text=text, last_line=cert.id)


def _list(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    services = ctx.services
    now = services.clock.now()
    if ctx.json:
        # The store reads only what the JSON holds: thousands of tuples, dropped with the
        # dicts made of them before the cycle collector runs again.
        with collector_paused():
            certs = services.certificates.overviews(expiring_within=args.expiring_within)
            items = certificate_json_items(certs, now)
            del certs
        return CommandResult(json_items=items)
    # The table reads only what it shows.
    rows = [_list_row(c, now)
            for c in services.certificates.listing(expiring_within=args.expiring_within)]
    text = table(rows, ["ID", "STATUS", "DAYS", "EXPIRES", "NAMES"]) or "No certificates."
    return CommandResult(text=text)


def _list_row(cert: ListedCertificate, now: dt.datetime) -> list[str]:
    """One line of `list`: the same values as the JSON's id, status, days_left, not_after
    and names."""
    days, expires = "-", "-"
    if cert.not_after is not None:
        days = f"{round((cert.not_after - now).total_seconds() / 86400, 2):.1f}"
        expires = cert.not_after.isoformat()[:16]
    return [cert.id, cert.status, days, expires, ", ".join(cert.identifiers)]


def _show(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    history = ctx.services.certificates.history(args.id)
    data = certificate_dict(history.certificate, ctx.services.clock.now())
    data["history"] = [version_dict(v) for v in history.versions]
    data["orders"] = [order_dict(o) for o in history.orders]
    data["events"] = [{"at": e.at.isoformat(), "level": e.level, "kind": e.kind,
                       "message": e.message} for e in history.events]
    lines = [f"{k}: {v}" for k, v in data.items()
             if k not in ("history", "orders", "events", "current", "validation")]
    lines.append("history:")
    lines += [f"  {v['serial']}  {v['not_before'][:10]} to {v['not_after'][:10]}"
              + (f"  revoked ({v['revocation_reason']})" if v["revoked_at"] else "")
              for v in data["history"]]
    lines.append("events:")
    lines += [f"  {e['at'][:19]}  {e['level']:7}  {e['message']}" for e in data["events"]]
    return CommandResult(data=data, text="\n".join(lines))


def _renew(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    certs = ctx.services.certificates
    if args.due:
        outcomes = ctx.services.monitoring.run_headless()
        data = [{"id": o.certificate_id, "label": o.label, "action": o.action,
                 "message": o.message,
                 "next_attempt_at": o.next_attempt_at.isoformat() if o.next_attempt_at
                 else None} for o in outcomes]
        text = "\n".join(f"{o.certificate_id} {o.label}: {o.action}"
                         + (f" — {o.message}" if o.message else "") for o in outcomes)
        failed = [o for o in outcomes if o.action == "failed"]
        if failed:
            raise _Failed(f"{len(failed)} of {len(outcomes)} renewals failed:\n{text}")
        return CommandResult(data=data, text=text or "Nothing is due.")
    if not args.ids:
        raise InvalidInput("Name the certificates to renew, or use --due.", "")
    results = certs.renew_many(list(args.ids), force=args.force, progress=_progress(ctx),
                               interaction=terminal_interaction())
    errors = [(i, r) for i, r in zip(args.ids, results, strict=True) if isinstance(r, Exception)]
    if len(results) == 1 and errors:
        raise errors[0][1]
    if errors:
        lines = "\n".join(f"{i}: {getattr(e, 'message', None) or e}" for i, e in errors)
        raise _Failed(f"{len(errors)} of {len(results)} renewals failed:\n{lines}")
    renewed = [r for r in results if not isinstance(r, Exception)]
    as_json: list[dict[str, Any]] | None = None
    if ctx.json:  # only --json prints it (building it was a fifth of renewing 100 on Pebble)
        now, plan_json = ctx.services.clock.now(), PlanJson()
        as_json = [certificate_dict(c, now, plan_json) for c in renewed]
    return CommandResult(data=as_json,
                         text="\n".join(f"Renewed {c.label}: serial "
                                        f"{c.current.serial if c.current else '?'}"
                                        for c in renewed),
                         last_line=renewed[-1].id)


class _Failed(CertdeskError):
    pass


def _revoke(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    cert = ctx.services.certificates.revoke(args.id, args.reason)
    return CommandResult(data=certificate_dict(cert, ctx.services.clock.now()),
                         text=f"Revoked {cert.label} ({args.reason})", last_line=cert.id)


def _orders(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    orders = ctx.services.certificates.orders(unfinished_only=not args.all)
    rows = [[o.id, o.state, o.kind, o.certificate_id, ", ".join(o.identifiers),
             (o.error or "")[:60]] for o in orders]
    text = table(rows, ["ORDER", "STATE", "KIND", "CERT", "NAMES", "ERROR"]) or (
        "No unfinished orders." if not args.all else "No orders.")
    return CommandResult(data=[order_dict(o) for o in orders], text=text)


def _cancel_order(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    result = ctx.services.certificates.cancel_order(args.order_id)
    data = order_dict(result.order) | {"deactivated_authorizations": result.deactivated,
                                        "leftovers_cleaned": result.leftovers_cleaned,
                                        "problems": result.problems}
    text = (f"Cancelled order {result.order.id}: {len(result.deactivated)} authorization(s) "
            "deactivated at the CA")
    text += "".join(f"\n  warning: {p}" for p in result.problems)
    return CommandResult(data=data, text=text, last_line=result.order.id)


def _resume(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    certs = ctx.services.certificates
    certs.cleanup_leftovers()
    try:
        done = certs.resume(args.order_id, progress=_progress(ctx),
                            interaction=terminal_interaction())
    except OrderParked as parked:
        raise _parked(parked) from None
    now = ctx.services.clock.now()
    return CommandResult(data=[certificate_dict(c, now) for c in done],
                         text="\n".join(f"Completed {c.label}" for c in done)
                         or "No unfinished orders.",
                         last_line=done[-1].id if done else None)


def _remove(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    cert = ctx.services.certificates.get(args.id)
    ctx.services.certificates.remove(cert.id)
    return CommandResult(data={"removed": cert.id}, text=f"Removed {cert.label}")
