"""`certdesk-cli dns …`: DNS providers, stored DNS API credentials, acme-dns, dns-persist-01.

Secret field values are never taken from the command line (they would end up in shell
history and process lists): they come from a file (`--secrets-file FILE`, `-` for stdin) of
KEY=VALUE lines or a JSON object, or are asked for on the terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from typing import TYPE_CHECKING, Any

from app.cli.context import CliContext, CommandResult
from app.errors import InvalidInput

if TYPE_CHECKING:  # the provider catalogue and the record helpers load with their commands
    from app.services.dns_credentials import ProviderInfo


def register(sub: Any) -> None:
    dns = sub.add_parser("dns", help="DNS providers, credentials and records for validation"
                         ).add_subparsers(dest="dns_command", metavar="ACTION", required=True)

    p = dns.add_parser("providers", help="list DNS providers and their credential fields")
    p.add_argument("--available", action="store_true",
                   help="only providers usable with the installed packages")
    p.add_argument("name", nargs="?", help="show one provider's fields")
    p.set_defaults(handler=_providers)

    creds = dns.add_parser("credentials", help="stored DNS API credentials").add_subparsers(
        dest="credentials_command", metavar="ACTION", required=True)
    p = creds.add_parser("add", help="store credentials for a provider (encrypted)")
    p.add_argument("--provider", required=True)
    p.add_argument("--name", required=True, help="a name to refer to them (--dns-credentials)")
    p.add_argument("--field", action="append", default=[], metavar="KEY=VALUE",
                   help="a non-secret field (repeatable), e.g. --field server=ns1:53")
    p.add_argument("--secrets-file", metavar="FILE",
                   help="secret fields as KEY=VALUE lines or a JSON object; '-' reads stdin")
    p.add_argument("--replace", action="store_true", help="overwrite existing credentials")
    p.add_argument("--test", action="store_true", help="test them before storing")
    p.add_argument("--zone", help="zone to test against")
    p.set_defaults(handler=_add)

    p = creds.add_parser("list", help="list stored credentials (never their values)")
    p.set_defaults(handler=_list)

    p = creds.add_parser("remove", help="delete stored credentials")
    p.add_argument("name")
    p.set_defaults(handler=_remove)

    p = creds.add_parser("test", help="check that stored credentials work")
    p.add_argument("name")
    p.add_argument("--zone", help="zone to test against (needed by some providers)")
    p.set_defaults(handler=_test)

    p = dns.add_parser("acme-dns-register",
                       help="create an acme-dns account and store it as credentials")
    p.add_argument("--api-url", required=True, help="the acme-dns server, e.g. "
                                                    "https://auth.acme-dns.io")
    p.add_argument("--name", required=True, help="credentials name to store it under")
    p.add_argument("--allow-from", action="append", default=[], metavar="CIDR",
                   help="networks allowed to update (repeatable)")
    p.add_argument("--for", dest="domains", action="append", default=[], metavar="NAME",
                   help="names whose _acme-challenge CNAME to print (repeatable)")
    p.set_defaults(handler=_acmedns_register)

    p = dns.add_parser("persist-record",
                       help="the dns-persist-01 TXT record to create once for a name")
    p.add_argument("name", help="domain name (a *. prefix implies --wildcard)")
    p.add_argument("--issuer", required=True,
                   help="the CA's issuer domain name (from its dns-persist-01 challenge)")
    p.add_argument("--account-uri", required=True, help="your ACME account URL at that CA")
    p.add_argument("--wildcard", action="store_true", help="also cover wildcards/subdomains")
    p.add_argument("--persist-until", help="ISO date-time after which it stops working")
    p.set_defaults(handler=_persist_record)


def _info_dict(info: ProviderInfo) -> dict[str, Any]:
    return {"name": info.name, "title": info.title, "source": info.source,
            "available": info.available, "note": info.note,
            "fields": [{"name": f.name, "label": f.label, "secret": f.secret,
                        "required": f.required, "help": f.help, "default": f.default}
                       for f in info.fields]}


def _providers(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    from app.services.dns_credentials import DnsCredentialService

    if args.name:
        info = DnsCredentialService.provider(args.name)
        lines = [f"{info.title} ({info.name}, {info.source})"
                 + ("" if info.available else f" - unavailable: {info.note}")]
        for f in info.fields:
            flags = ", ".join(x for x in ("secret" if f.secret else "",
                                          "required" if f.required else "") if x)
            lines.append(f"  {f.name}{f' [{flags}]' if flags else ''}: {f.help or f.label}"
                         + (f" (default {f.default})" if f.default else ""))
        return CommandResult(data=_info_dict(info), text="\n".join(lines))
    infos = DnsCredentialService.providers(include_unavailable=not args.available)
    lines = []
    for info in infos:
        fields = ", ".join(f.name + ("*" if f.secret else "") for f in info.fields)
        state = "" if info.available else f"  (unavailable: {info.note})"
        lines.append(f"{info.name:<16} {info.title}: {fields}{state}")
    lines.append("(* = secret field; `certdesk-cli dns providers NAME` for details)")
    return CommandResult(data=[_info_dict(i) for i in infos], text="\n".join(lines))


def _parse_pairs(lines: list[str], where: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            # Not echoed: a line without '=' may well be the secret itself.
            raise InvalidInput(f"Line {number} of {where} is not KEY=VALUE.",
                               "Write one KEY=VALUE per line, or a JSON object.")
        values[key.strip()] = value.strip()
    return values


def _read_secrets(path: str) -> dict[str, str]:
    if path == "-":
        raw, where = sys.stdin.buffer.read(), "stdin"
    else:
        try:
            with open(path, "rb") as fh:
                raw, where = fh.read(), path
        except OSError as exc:
            raise InvalidInput(f"Cannot read {path}: {exc.strerror or exc}.",
                               "Check the path.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # never echo the bytes: they are secrets
        raise InvalidInput(f"{where} is not UTF-8 text.",
                           "Save the secrets file as UTF-8 (KEY=VALUE lines or a JSON "
                           "object).") from None
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            raise InvalidInput(f"{where} is not valid JSON ({msg}).",
                               "Fix the file.") from None
        if not isinstance(data, dict):
            raise InvalidInput(f"{where} is JSON but not an object.",
                               'Write {"FIELD": "value", ...}.')
        return {str(k): str(v) for k, v in data.items()}
    return _parse_pairs(text.splitlines(), where)


def _add(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    from app.services.dns_credentials import DnsCredentialService

    info = DnsCredentialService.provider(args.provider)
    secret_names = {f.name for f in info.fields if f.secret}
    values = _parse_pairs(args.field, "--field")
    on_argv = sorted(set(values) & secret_names)
    if on_argv:
        raise InvalidInput(f"{', '.join(on_argv)} is secret and may not be given on the "
                           "command line.",
                           "Put it in a file for --secrets-file (or pipe it with "
                           "--secrets-file -), or leave it out to be asked for it.")
    if args.secrets_file:
        values.update(_read_secrets(args.secrets_file))
    missing = [f for f in info.fields if f.secret and f.required and f.name not in values]
    if missing and sys.stdin.isatty():
        for f in missing:
            values[f.name] = getpass.getpass(f"{f.label}: ")
    creds = ctx.services.dns_credentials
    if args.test:
        ctx.progress_line(creds.test_values(args.provider, values, args.zone))
    summary = creds.add(args.name, args.provider, values, replace=args.replace)
    return CommandResult(data=summary.to_json(),
                         text=f"Stored {info.title} credentials '{summary.name}' "
                              f"({', '.join(summary.fields)}).", last_line=summary.name)


def _list(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    items = ctx.services.dns_credentials.saved()
    text = "\n".join(f"{c.name:<20} {c.provider:<14} {', '.join(c.fields)}" for c in items)
    return CommandResult(data=[c.to_json() for c in items], text=text or "No DNS credentials.")


def _remove(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    ctx.services.dns_credentials.remove(args.name)
    return CommandResult(data={"removed": args.name}, text=f"Removed '{args.name}'.")


def _test(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    message = ctx.services.dns_credentials.test(args.name, args.zone)
    return CommandResult(data={"name": args.name, "ok": True, "message": message},
                         text=message)


def _acmedns_register(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    fulldomain = ctx.services.dns_credentials.register_acme_dns(
        args.name, args.api_url, allow_from=args.allow_from)
    cnames = [f"_acme-challenge.{d.removeprefix('*.')}. IN CNAME {fulldomain}."
              for d in args.domains] or [f"_acme-challenge.NAME. IN CNAME "
                                         f"{fulldomain}."]
    text = ("Registered at acme-dns and stored as '" + args.name + "'. Create once:\n  "
            + "\n  ".join(cnames))
    return CommandResult(data={"name": args.name, "fulldomain": fulldomain,
                               "cnames": cnames}, text=text, last_line=fulldomain)


def _persist_record(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    until = None
    if args.persist_until:
        try:
            until = dt.datetime.fromisoformat(args.persist_until)
        except ValueError:
            raise InvalidInput(f"'{args.persist_until}' is not an ISO date-time.",
                               "Use e.g. 2027-01-31T00:00:00Z.") from None
        until = until if until.tzinfo else until.replace(tzinfo=dt.UTC)
    wildcard = args.wildcard or args.name.startswith("*.")
    from app.services.dns_records import (
        STOPS_WORKING,
        persist_record_name,
        persist_record_value,
    )

    name = persist_record_name(args.name)
    value = persist_record_value(args.issuer, args.account_uri, wildcard=wildcard,
                                 persist_until=until)
    text = f'{name} IN TXT "{value}"\n{STOPS_WORKING}'
    return CommandResult(data={"name": name, "type": "TXT", "value": value}, text=text,
                         last_line=None)
