"""`certdesk-cli deploy …`: what happens after an export target wrote its files: a Windows
preset (certificate store, IIS, RDP, RD Gateway, Exchange) and the endpoint that must serve
the new certificate afterwards."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.context import CliContext, CommandResult
from app.errors import InvalidInput
from app.services.deploy_presets import PRESETS, PresetKey, StartTls, WindowsPreset

if TYPE_CHECKING:
    from app.services.deployments import DeploymentInfo


def register(sub: Any) -> None:
    deploy = sub.add_parser("deploy", help="deploy presets and post-deploy endpoint checks of "
                            "export targets").add_subparsers(dest="deploy_command",
                                                             metavar="ACTION", required=True)
    p = deploy.add_parser("presets", help="the Windows presets, what they change, elevation")
    p.set_defaults(handler=_presets)

    p = deploy.add_parser("set", help="deploy an export target with a preset after it ran")
    p.add_argument("target", help="export target id (see 'target list')")
    p.add_argument("preset", choices=[k.value for k in PresetKey])
    p.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                   help="a preset option (repeatable), e.g. --option store=LocalMachine; "
                        "see 'deploy presets'")
    p.set_defaults(handler=_set)

    p = deploy.add_parser("clear", help="stop deploying an export target with a preset")
    p.add_argument("target")
    p.set_defaults(handler=_clear)

    p = deploy.add_parser("verify", help="the endpoint that must serve the new certificate "
                          "after each deploy")
    p.add_argument("target")
    p.add_argument("--endpoint", metavar="HOST:PORT")
    p.add_argument("--sni", default="", metavar="NAME", help="server name to send (default: "
                   "the host)")
    p.add_argument("--starttls", default="", choices=["", "smtp", "imap"],
                   help="speak SMTP or IMAP STARTTLS first (mail servers)")
    p.add_argument("--within", type=int, default=60, metavar="SECONDS",
                   help="how long the deploy may take to show (default 60)")
    p.add_argument("--off", action="store_true", help="stop checking an endpoint")
    p.set_defaults(handler=_verify)

    p = deploy.add_parser("check", help="check the endpoint now (waits up to --within)")
    p.add_argument("target")
    p.set_defaults(handler=_check)

    p = deploy.add_parser("show", help="a target's preset and endpoint")
    p.add_argument("target")
    p.set_defaults(handler=_show)

    p = deploy.add_parser("dry-run", help="print what the preset would run and change")
    p.add_argument("target")
    p.set_defaults(handler=_dry_run)


def preset_dict(p: WindowsPreset) -> dict[str, Any]:
    return {"key": p.key.value, "label": p.label, "changes": list(p.changes),
            "elevation": p.elevation,
            "options": [{"key": o.key, "description": o.description, "default": o.default,
                         "choices": list(o.choices), "flag": o.flag} for o in p.options]}


def _presets(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    lines = []
    for p in PRESETS.values():
        lines.append(f"{p.key.value}: {p.label}")
        lines += [f"  - {c}" for c in p.changes]
        lines += [f"  option {o.key}" + (f" (default {o.default})" if o.default else "")
                  + f": {o.description}" for o in p.options]
        lines.append(f"  elevation: {p.elevation}")
    return CommandResult(data=[preset_dict(p) for p in PRESETS.values()], text="\n".join(lines))


def _options(values: list[str]) -> dict[str, str]:
    options = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"'{item}' is not KEY=VALUE.", "Write e.g. --option site=Web.")
        options[key.strip()] = value
    return options


def info_dict(info: DeploymentInfo) -> dict[str, Any]:
    v = info.verification
    return {"target": info.target.id, "certificate": info.target.certificate_id,
            "folder": info.target.folder,
            "preset": {"key": info.preset.preset, "options": info.preset.options}
            if info.preset else None,
            "verify": {"host": v.host, "port": v.port, "sni": v.server_name,
                       "starttls": v.starttls or None, "within_seconds": v.within_seconds,
                       "status": v.status, "message": v.message,
                       "checked_at": v.checked_at.isoformat() if v.checked_at else None}
            if v else None}


def _info_text(info: DeploymentInfo) -> str:
    lines = [f"target {info.target.id} ({info.target.folder})"]
    if info.preset:
        options = ", ".join(f"{k}={v}" for k, v in info.preset.options.items() if v)
        lines.append(f"preset: {info.preset.preset}" + (f" ({options})" if options else ""))
    else:
        lines.append("preset: none")
    v = info.verification
    if v:
        lines.append(f"verify: {v.host}:{v.port}" + (f" SNI {v.server_name}" if v.server_name
                                                     else "")
                     + (f" STARTTLS {v.starttls}" if v.starttls else "")
                     + f" within {v.within_seconds} s"
                     + (f"; last: {v.status}: {v.message}" if v.status else ""))
    else:
        lines.append("verify: no endpoint")
    return "\n".join(lines)


def _shown(ctx: CliContext, target: str) -> CommandResult:
    info = ctx.services.deployments.info(target)
    return CommandResult(data=info_dict(info), text=_info_text(info))


def _set(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    ctx.services.deployments.set_preset(args.target, PresetKey.parse(args.preset),
                                        _options(args.option))
    return _shown(ctx, args.target)


def _clear(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    ctx.services.deployments.clear_preset(args.target)
    return _shown(ctx, args.target)


def _verify(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    if args.off:
        ctx.services.deployments.clear_verification(args.target)
    elif not args.endpoint:
        raise InvalidInput("Name the endpoint with --endpoint HOST:PORT (or --off).", "")
    else:
        ctx.services.deployments.set_verification(
            args.target, args.endpoint, server_name=args.sni,
            starttls=StartTls.parse(args.starttls), within_seconds=args.within)
    return _shown(ctx, args.target)


def _check(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    result = ctx.services.deployments.verify(args.target)
    if not result.ok:
        raise InvalidInput(result.message, "Reload the service, or check what sits in front "
                           "of it; then run the export target again.")
    return CommandResult(data={"ok": True, "message": result.message,
                               "serial": result.served_serial}, text=result.message)


def _dry_run(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    report = ctx.services.deployments.dry_run(args.target)
    p = report.preset
    lines = [f"{p.label}: would run", report.invocation, "", "which changes, in order:"]
    lines += [f"  - {c}" for c in p.changes]
    lines += ["", f"elevation: {p.elevation}", ""]
    lines.append(report.script_output if report.script_output is not None else
                 "The script's own dry run (what exactly it would change on this machine) runs "
                 "only on Windows.")
    return CommandResult(data={"preset": preset_dict(p), "invocation": report.invocation,
                               "script_output": report.script_output}, text="\n".join(lines))


def _show(ctx: CliContext, args: argparse.Namespace) -> CommandResult:
    return _shown(ctx, args.target)
