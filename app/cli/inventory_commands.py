"""`certdesk-cli import | export | inspect | attach | target ... | backup | restore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.context import CliContext, CommandResult
from app.cli.input_files import read_input_file
from app.cli.serialize import certificate_dict, table
from app.errors import InvalidInput
from app.services.export_formats import ExportFormat

if TYPE_CHECKING:  # the inspection and export modules load the cryptography library
    from app.services.inspection import CertificateInfo, Inspection
    from app.services.targets import ExportTarget

FORMAT_CHOICES = [f.value for f in ExportFormat]


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="import a certificate (PEM, DER, PFX, P7B) into the "
                                      "inventory")
    p.add_argument("file", help="certificate file (with or without key, chain)")
    p.add_argument("--key", help="private key file, if separate")
    p.add_argument("--password-file", help="file holding the PFX/key password ('-': stdin)")
    p.add_argument("--key-password-file", help="file holding the key passphrase, if different")
    p.add_argument("--label", help="a name to show for the certificate")
    p.add_argument("--allow-duplicate", action="store_true",
                   help="import even if the certificate is already in the inventory")
    p.set_defaults(handler=_import)

    p = sub.add_parser("export", help="export a stored certificate")
    p.add_argument("id", help="certificate id")
    p.add_argument("--format", required=True, choices=FORMAT_CHOICES)
    p.add_argument("--out", required=True, help="file (or folder for --format pem)")
    p.add_argument("--password-file", help="password for pfx/pfx-compat, passphrase for key")
    p.add_argument("--friendly-name", help="friendly name inside the PFX (default: label)")
    p.add_argument("--version", dest="version_id", help="an older version's id")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.set_defaults(handler=_export)

    p = sub.add_parser("inspect", help="show names, chain, validity, fingerprints, key, "
                                       "extensions and chain problems")
    p.add_argument("what", metavar="FILE|ID", help="a certificate file or a certificate id")
    p.add_argument("--key", help="private key file to check against the certificate")
    p.add_argument("--password-file", help="file holding the PFX/key password")
    p.add_argument("--roots", help="PEM file of trusted roots to validate the chain against")
    p.set_defaults(handler=_inspect)

    p = sub.add_parser("attach", help="renew an imported certificate through ACME: attach an "
                                      "account and a validation method")
    p.add_argument("id", help="certificate id")
    p.add_argument("--account", required=True, help="account id")
    _plan_arguments(p)
    p.add_argument("--no-auto-renew", action="store_true")
    p.set_defaults(handler=_attach)

    p = sub.add_parser("target", help="export targets: deploy after every renewal")
    tsub = p.add_subparsers(dest="target_command", metavar="ACTION", required=True)
    t = tsub.add_parser("add", help="add an export target to a certificate")
    t.add_argument("id", help="certificate id")
    t.add_argument("--folder", required=True)
    t.add_argument("--format", action="append", required=True, dest="formats",
                   choices=FORMAT_CHOICES, help="repeatable")
    t.add_argument("--password-file", help="password for pfx formats (kept encrypted)")
    t.add_argument("--command", help="command to run after writing (e.g. "
                                     "'systemctl reload nginx')")
    t.add_argument("--timeout", type=int, default=120, help="command timeout in seconds")
    t.add_argument("--basename", help="file name stem for single-file formats")
    t.add_argument("--friendly-name", help="friendly name inside PFX files")
    t.add_argument("--disabled", action="store_true")
    t.set_defaults(handler=_target_add)
    t = tsub.add_parser("list", help="list export targets")
    t.add_argument("id", nargs="?", help="certificate id (default: all)")
    t.set_defaults(handler=_target_list)
    t = tsub.add_parser("remove", help="remove an export target")
    t.add_argument("target_id")
    t.set_defaults(handler=_target_remove)
    t = tsub.add_parser("run", help="run a certificate's export targets now")
    t.add_argument("id", help="certificate id")
    t.set_defaults(handler=_target_run)

    p = sub.add_parser("backup", help="write an encrypted backup of everything")
    p.add_argument("--out", required=True)
    p.add_argument("--password-file", required=True, help="file holding the backup passphrase")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=_backup)

    p = sub.add_parser("restore", help="restore an encrypted backup into an empty home")
    p.add_argument("file")
    p.add_argument("--password-file", required=True, help="file holding the backup passphrase")
    p.set_defaults(handler=_restore)

    p = sub.add_parser("restored-commands",
                       help="commands a restored backup brought back, which wait for you")
    rsub = p.add_subparsers(dest="restored_command")
    p.set_defaults(handler=_restored_list)
    r = rsub.add_parser("confirm", help="let them run (after checking them)")
    r.add_argument("keys", nargs="*", metavar="KEY", help="KEY from the list")
    r.add_argument("--all", action="store_true", help="confirm every listed command")
    r.set_defaults(handler=_restored_confirm)


def _plan_arguments(p: argparse.ArgumentParser) -> None:
    """The validation options `issue` takes, so certificate_commands.build_plan can read them."""
    p.add_argument("--challenge", choices=["dns-01", "dns-persist-01", "http-01", "tls-alpn-01"],
                   default="http-01")
    p.add_argument("--dns-exec")
    p.add_argument("--dns-resolver", action="append", default=[])
    p.add_argument("--dns-provider")
    p.add_argument("--dns-credentials")
    p.add_argument("--dns-manual", action="store_true")
    p.add_argument("--webroot")
    p.add_argument("--http-manual", action="store_true")
    p.add_argument("--http-address", default=None)
    p.add_argument("--http-port", type=int, default=None)
    p.add_argument("--tls-address", default=None)
    p.add_argument("--tls-port", type=int, default=None)


def read_password_file(path: str | None) -> str | None:
    """The first line of a password file (or of stdin for '-'), without its line end."""
    if path is None:
        return None
    raw = sys.stdin.buffer.read() if path == "-" else read_input_file(path, "password file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"The password file {path} is not UTF-8 text.",
                           "Save it as UTF-8.") from None
    lines = text.splitlines()
    return lines[0] if lines else ""


# -- import / export / inspect -----------------------------------------------------------------
def _import(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    password = read_password_file(args.password_file)
    key_password = read_password_file(args.key_password_file) or password
    cert = ctx.services.inventory.import_file(
        args.file, key_path=args.key, password=password, key_password=key_password,
        label=args.label, allow_duplicate=args.allow_duplicate)
    data = certificate_dict(cert, ctx.services.clock.now())
    current = cert.current
    text = (f"Imported {cert.label}: {', '.join(cert.identifiers)}"
            + (f", valid until {current.not_after:%Y-%m-%d} UTC" if current else "")
            + (", with its private key" if current and current.key_secret_id
               else ", without a private key"))
    return CommandResult(data=data, text=text, last_line=cert.id)


def _export(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    password = read_password_file(args.password_file)
    result = ctx.services.inventory.export(
        args.id, args.format, args.out, password=password, friendly_name=args.friendly_name,
        force=args.force, version_id=args.version_id)
    paths = [str(f.path) for f in result.files]
    data = {"certificate_id": result.certificate_id, "version_id": result.version_id,
            "format": result.format.value,
            "files": [{"path": str(f.path), "private": f.private} for f in result.files]}
    text = "\n".join(f"wrote {f.path}" + (" (private, owner-only)" if f.private else "")
                     for f in result.files)
    return CommandResult(data=data, text=text, last_line=paths[0] if len(paths) == 1
                         else str(Path(args.out)))


def _inspect(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    svc = ctx.services.inventory
    roots = read_input_file(args.roots, "roots file") if args.roots else None
    if Path(args.what).expanduser().exists():
        password = read_password_file(args.password_file)
        key = read_input_file(args.key, "key file") if args.key else None
        inspection = svc.inspect(read_input_file(args.what), password=password, key_data=key,
                                 roots_pem=roots)
        header: list[str] = []
        extra: dict[str, Any] = {"source": "file", "path": args.what}
    else:
        stored = svc.inspect_stored(args.what, roots_pem=roots)
        inspection = stored.inspection
        cert = stored.certificate
        header = [f"Certificate {cert.id} ({cert.label}), source {cert.source}, "
                  f"account {cert.account_id or '-'}"]
        if cert.ari_window_start and cert.ari_window_end:
            header.append(f"ARI renewal window: {cert.ari_window_start:%Y-%m-%d %H:%M} – "
                          f"{cert.ari_window_end:%Y-%m-%d %H:%M} UTC")
        extra = {"source": "store", "certificate": certificate_dict(
            cert, ctx.services.clock.now())}
    data = {**extra, **inspection_dict(inspection)}
    return CommandResult(data=data, text="\n".join(header + inspection_lines(
        inspection, ctx.services.clock.now())))


def info_dict(info: CertificateInfo) -> dict[str, Any]:
    return {"subject": info.subject, "issuer": info.issuer, "common_name": info.common_name,
            "names": list(info.names), "serial": info.serial,
            "not_before": info.not_before.isoformat(), "not_after": info.not_after.isoformat(),
            "sha256": info.sha256, "sha1": info.sha1, "key": info.key_description,
            "key_size": info.key_size, "signature_algorithm": info.signature_algorithm,
            "is_ca": info.is_ca, "self_signed": info.self_signed,
            "ari_cert_id": info.ari_cert_id,
            "extensions": [{"name": e.name, "oid": e.oid, "critical": e.critical,
                            "value": e.value} for e in info.extensions]}


def inspection_dict(i: Inspection) -> dict[str, Any]:
    return {"leaf": info_dict(i.leaf), "chain": [info_dict(c) for c in i.chain],
            "key": {"type": i.key.description, "matches": i.key.matches_certificate}
            if i.key else None,
            "chain_check": {"ok": i.chain_check.ok, "path": list(i.chain_check.path),
                            "trusted_root": i.chain_check.trusted_root,
                            "problems": [{"code": p.code, "severity": p.severity,
                                          "message": p.message} for p in i.chain_check.problems]},
            "format": i.source_format, "friendly_name": i.friendly_name, "notes": list(i.notes)}


def inspection_lines(i: Inspection, now: Any) -> list[str]:
    leaf = i.leaf
    lines = [
        f"Subject:      {leaf.subject}",
        f"Names:        {', '.join(leaf.names) or '-'}",
        f"Issuer:       {leaf.issuer}",
        f"Valid:        {leaf.not_before:%Y-%m-%d %H:%M} – {leaf.not_after:%Y-%m-%d %H:%M} UTC "
        f"({leaf.days_left(now):.1f} days left)",
        f"Serial:       {leaf.serial}",
        f"SHA-256:      {leaf.sha256}",
        f"SHA-1:        {leaf.sha1}",
        f"Key:          {leaf.key_description}"
        + (f"; private key {'matches' if i.key.matches_certificate else 'DOES NOT match'}"
           if i.key else "; no private key"),
        f"Signature:    {leaf.signature_algorithm}",
        f"Format:       {i.source_format}"
        + (f" (friendly name '{i.friendly_name}')" if i.friendly_name else ""),
    ]
    if leaf.ari_cert_id:
        lines.append(f"ARI id:       {leaf.ari_cert_id}")
    lines.append("Extensions:")
    lines += [f"  {e.name}{' (critical)' if e.critical else ''}: {e.value}"
              for e in leaf.extensions]
    lines.append("Chain:        " + " -> ".join(i.chain_check.path))
    for cert in i.chain:
        lines.append(f"  {cert.subject}  until {cert.not_after:%Y-%m-%d}  {cert.sha256[:23]}…")
    lines.append(("Chain check:  OK. " if i.chain_check.ok else "Chain check:  PROBLEM. ")
                 + i.chain_check.summary())
    lines += [f"Note: {n}" for n in i.notes]
    return lines


# -- renewal through ACME ------------------------------------------------------------------
def _attach(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    from app.cli.certificate_commands import build_plan

    cert = ctx.services.inventory.attach_renewal(args.id, args.account, build_plan(args),
                                              auto_renew=not args.no_auto_renew)
    readiness = ctx.services.inventory.renewal_readiness(cert.id)
    text = f"{cert.label} will be renewed with account {cert.account_id}."
    if readiness.missing:
        text += " " + " ".join(readiness.missing)
    return CommandResult(data=certificate_dict(cert, ctx.services.clock.now()), text=text,
                         last_line=cert.id)


# -- targets -----------------------------------------------------------------------------------
def target_dict(t: ExportTarget) -> dict[str, Any]:
    return {"id": t.id, "certificate_id": t.certificate_id, "folder": t.folder,
            "formats": list(t.formats), "basename": t.basename,
            "friendly_name": t.friendly_name, "has_password": t.has_password,
            "command": t.command, "command_timeout": t.command_timeout, "enabled": t.enabled,
            "last_run_at": t.last_run_at.isoformat() if t.last_run_at else None,
            "last_status": t.last_status, "last_message": t.last_message}


def _target_add(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    from app.services.targets import TargetSpec

    spec = TargetSpec(folder=args.folder, formats=tuple(args.formats),
                      password=read_password_file(args.password_file),
                      basename=args.basename, friendly_name=args.friendly_name,
                      command=args.command, command_timeout=args.timeout,
                      enabled=not args.disabled)
    target = ctx.services.targets.add_target(args.id, spec)
    return CommandResult(data=target_dict(target),
                         text=f"Added target {target.folder} ({', '.join(target.formats)})",
                         last_line=target.id)


def _target_list(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    targets = ctx.services.targets.list_targets(args.id)
    rows = [[t.id, t.certificate_id, ",".join(t.formats), t.folder,
             t.last_status or "-", "yes" if t.command else "-"] for t in targets]
    return CommandResult(data=[target_dict(t) for t in targets],
                         text=table(rows, ["ID", "CERT", "FORMATS", "FOLDER", "LAST", "CMD"])
                         or "No export targets.")


def _target_remove(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    ctx.services.targets.remove_target(args.target_id)
    return CommandResult(data={"removed": args.target_id},
                         text=f"Removed target {args.target_id}")


def _target_run(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    results = ctx.services.targets.run_targets(args.id)
    data = [{"target_id": r.target_id, "ok": r.ok, "files": list(r.files),
             "exit_code": r.command_exit_code, "message": r.message} for r in results]
    failed = [r for r in results if not r.ok]
    if failed:
        raise InvalidInput(f"{len(failed)} of {len(results)} export target(s) failed: "
                           + " ".join(r.message for r in failed),
                           "See 'certdesk-cli target list' and the activity log.")
    text = "\n".join(r.message for r in results) or "This certificate has no export targets."
    return CommandResult(data=data, text=text)


# -- backup ------------------------------------------------------------------------------------
def _passphrase(path: str) -> str:
    value = read_password_file(path)
    if not value:
        raise InvalidInput(f"The password file {path} is empty.", "Put the passphrase in it.")
    return value


def _backup(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    summary = ctx.services.backup.backup(args.out, _passphrase(args.password_file),
                                      force=args.force)
    text = (f"Encrypted backup written: {summary.accounts} account(s), {summary.certificates} "
            f"certificate(s), {summary.targets} target(s), {summary.secrets} key(s)/secret(s). "
            "Keep the passphrase: without it the backup cannot be restored.")
    return CommandResult(data=summary.__dict__, text=text, last_line=summary.path)


def _restore(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    summary = ctx.services.backup.restore(args.file, _passphrase(args.password_file))
    text = (f"Restored the backup of {summary.created_at}: {summary.accounts} account(s), "
            f"{summary.certificates} certificate(s), {summary.targets} target(s).")
    waiting = ctx.services.backup.awaiting_commands()
    if waiting:
        text += (f"\n{len(waiting)} command(s) from the backup will not run until you confirm "
                 "them: certdesk-cli restored-commands")
    return CommandResult(data={**summary.__dict__, "commands_awaiting_confirmation":
                               len(waiting)}, text=text)


def _restored_list(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    waiting = ctx.services.backup.awaiting_commands()
    data = [{"key": w.key, "kind": w.kind.value, "owner_id": w.owner_id, "command": w.command,
             "restored_at": w.restored_at.isoformat()} for w in waiting]
    text = "\n".join(f"{w.key}  {w.command}" for w in waiting) or \
        "No restored command waits for confirmation."
    return CommandResult(data={"commands": data}, text=text)


def _restored_confirm(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    if args.all == bool(args.keys):
        raise InvalidInput("Name the commands to confirm, or use --all (not both).",
                           "List them with 'certdesk-cli restored-commands'.")
    backup = ctx.services.backup
    confirmed = (backup.confirm_all_commands() if args.all
                 else sum(backup.confirm_command(key) for key in args.keys))
    return CommandResult(data={"confirmed": confirmed},
                         text=f"{confirmed} command(s) confirmed; they run from now on.")
