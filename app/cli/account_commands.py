"""`certdesk-cli account …`: register, list, show, update, rollover, deactivate, remove."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.context import CliContext, CommandResult
from app.cli.input_files import read_input_file
from app.cli.serialize import account_dict, table
from app.errors import InvalidInput
from app.services.keys import DEFAULT_KEY_TYPE, KeyType

KEY_TYPES = [k.value for k in KeyType]


def register(sub: Any) -> None:
    account = sub.add_parser("account", help="ACME accounts").add_subparsers(
        dest="account_command", metavar="ACTION", required=True)

    p = account.add_parser("add", help="register an account with a CA")
    p.add_argument("--directory", required=True,
                   help="preset (letsencrypt, letsencrypt-staging, zerossl, buypass, google, "
                        "sslcom-rsa, sslcom-ecc, digicert, …) or directory URL")
    p.add_argument("--email", action="append", default=[], help="contact e-mail (repeatable)")
    p.add_argument("--agree-tos", action="store_true", help="agree to the CA's terms of service")
    p.add_argument("--eab-kid", help="external account binding key id")
    p.add_argument("--eab-hmac-key", help=argparse.SUPPRESS)  # refused: argv is not secret
    p.add_argument("--eab-hmac-key-file",
                   help="file holding the external account binding HMAC key ('-': stdin)")
    p.add_argument("--key-type", default=DEFAULT_KEY_TYPE.value, choices=KEY_TYPES)
    p.add_argument("--name", help="a name to show for the account")
    p.add_argument("--ca-bundle", dest="account_ca_bundle",
                   help="extra CA certificates (PEM) for this server's TLS")
    p.set_defaults(handler=_add)

    p = account.add_parser("recover", help="add an existing account from its key")
    p.add_argument("--directory", required=True)
    p.add_argument("--key-file", required=True, help="the account's private key (PEM)")
    p.add_argument("--ca-bundle", dest="account_ca_bundle")
    p.set_defaults(handler=_recover)

    p = account.add_parser("list", help="list accounts")
    p.set_defaults(handler=_list)

    p = account.add_parser("show", help="show one account (asks the CA for its status)")
    p.add_argument("id")
    p.add_argument("--offline", action="store_true", help="do not contact the CA")
    p.set_defaults(handler=_show)

    p = account.add_parser("update", help="change contact e-mails")
    p.add_argument("id")
    p.add_argument("--email", action="append", default=[], required=True)
    p.set_defaults(handler=_update)

    p = account.add_parser("rollover", help="replace the account key (RFC 8555 §7.3.5)")
    p.add_argument("id")
    p.add_argument("--key-type", choices=KEY_TYPES)
    p.set_defaults(handler=_rollover)

    p = account.add_parser("reregister", help="register the account's key again (e.g. after "
                                              "the CA lost it)")
    p.add_argument("id")
    p.add_argument("--agree-tos", action="store_true")
    p.set_defaults(handler=_reregister)

    p = account.add_parser("deactivate", help="deactivate the account at the CA (final)")
    p.add_argument("id")
    p.set_defaults(handler=_deactivate)

    p = account.add_parser("remove", help="forget the account locally")
    p.add_argument("id")
    p.set_defaults(handler=_remove)


def _one(ctx: CliContext, account: Any, text: str) -> CommandResult:
    return CommandResult(data=account_dict(account), text=text, last_line=account.id)


def _add(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    if args.eab_hmac_key:
        raise InvalidInput("The EAB HMAC key is secret and may not be given on the command line "
                           "(other users can see it in the process list and shell history).",
                           "Put it in a file for --eab-hmac-key-file (or pipe it with "
                           "--eab-hmac-key-file -).")
    from app.services.accounts import AccountRequest

    hmac = _read_hmac_key(args.eab_hmac_key_file)
    request = AccountRequest(directory=args.directory, emails=args.email,
                             agree_tos=args.agree_tos, key_type=KeyType(args.key_type),
                             eab_kid=args.eab_kid, eab_hmac_key=hmac,
                             ca_bundle=args.account_ca_bundle, name=args.name)
    account = ctx.services.accounts.register(request)
    return _one(ctx, account, f"Registered {account.name} ({account.key_type}) at "
                              f"{account.directory_url}\nAccount URL: {account.uri}")


def _read_hmac_key(path: str | None) -> str | None:
    if path is None:
        return None
    raw = sys.stdin.buffer.read() if path == "-" else read_input_file(path, "EAB HMAC key file")
    try:
        return raw.decode("utf-8-sig").strip() or None
    except UnicodeDecodeError:
        raise InvalidInput(f"The EAB HMAC key file {path} is not text.",
                           "Put the key as the CA shows it (base64url) in a text file.") from None


def _recover(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    key_pem = read_input_file(args.key_file, "account key file")
    account = ctx.services.accounts.recover(args.directory, key_pem,
                                            ca_bundle=args.account_ca_bundle)
    return _one(ctx, account, f"Recovered {account.uri}")


def _list(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    accounts = ctx.services.accounts.list()
    rows = [[a.id, a.status, a.key_type, a.name] for a in accounts]
    text = table(rows, ["ID", "STATUS", "KEY", "NAME"]) or "No accounts. Add one with " \
        "'certdesk-cli account add --directory letsencrypt --email you@example.com --agree-tos'."
    return CommandResult(data=[account_dict(a) for a in accounts], text=text)


def _show(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    accounts = ctx.services.accounts
    account = accounts.get(args.id) if args.offline else accounts.refresh(
        accounts.get(args.id).id)
    d = account_dict(account)
    text = "\n".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in d.items())
    return CommandResult(data=d, text=text)


def _update(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    account = ctx.services.accounts.update_contacts(args.id, args.email)
    return _one(ctx, account, "Contacts: " + ", ".join(account.contacts))


def _rollover(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    account = ctx.services.accounts.rollover(
        args.id, KeyType(args.key_type) if args.key_type else None)
    return _one(ctx, account, f"New account key: {account.key_type}")


def _reregister(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    account = ctx.services.accounts.reregister(args.id, agree_tos=args.agree_tos)
    return _one(ctx, account, f"Registered again: {account.uri}")


def _deactivate(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    account = ctx.services.accounts.deactivate(args.id)
    return _one(ctx, account, f"Account {account.id} is {account.status}")


def _remove(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    account = ctx.services.accounts.get(args.id)
    used = [c for c in ctx.services.certificates.summaries() if c.account_id == account.id]
    if used:
        raise InvalidInput(f"{len(used)} certificate(s) use this account.",
                           "Remove them or move them to another account first.")
    ctx.services.accounts.remove(account.id)
    return CommandResult(data={"removed": account.id}, text=f"Removed {account.id}",
                         last_line=None)
