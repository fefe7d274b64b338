"""certdesk-cli entry point: `certdesk-cli [--home DIR] [--json] COMMAND ...`.

Exit codes: 0 success; 1 failure (one-line reason on stderr, no traceback); 2 usage error.
Command groups live in their own modules, each with `register(subparsers)`; a parser sets
`handler=fn(ctx, args) -> CommandResult`.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from app import __version__
from app.cli.console import tolerate_unencodable
from app.errors import Cancelled, CertdeskError, UserFacingError


def _command_modules() -> list[ModuleType]:
    # Imported statically: a frozen build must carry every command group.
    from app.cli import (
        account_commands,
        certificate_commands,
        deploy_commands,
        dns_commands,
        inventory_commands,
        notify_commands,
        schedule_commands,
    )

    return [account_commands, certificate_commands, deploy_commands, dns_commands,
            inventory_commands, notify_commands, schedule_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="certdesk-cli", description="certdesk: ACME certificates from the command line")
    parser.add_argument("--home", help="data folder (default: CERTDESK_HOME or the platform's "
                                       "data directory)")
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.add_argument("--ca-bundle", default=os.environ.get("CERTDESK_CA_BUNDLE"),
                        help="extra CA certificates (PEM) to trust for the ACME server's TLS")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.add_argument("--version", action="version", version=f"certdesk-cli {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _command_modules():
        module.register(sub)
    return parser


def _setup_logging(home: str | None, *, verbose: bool) -> None:
    """Details go to <home>/logs/certdesk-cli.log; stderr gets only the one-line outcome
    (and everything with -v)."""
    from app.log_files import install_log_file
    from app.services.bootstrap import resolve_home

    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "certdesk_cli", False)]:
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.certdesk_cli = True  # type: ignore[attr-defined]
    console.setLevel(logging.DEBUG if verbose else logging.CRITICAL)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    level = logging.DEBUG if verbose else logging.INFO
    if install_log_file(resolve_home(home), "certdesk-cli.log", level=level) is not None:
        for handler in root.handlers[-1:]:
            handler.certdesk_cli = True  # type: ignore[attr-defined]


def _one_line(text: str, limit: int = 2000) -> str:
    """The failure line: one line whatever the message holds, and of a readable length."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def _report_bug(exc: BaseException) -> int:
    logging.getLogger("certdesk").error("unexpected error", exc_info=exc)
    print(f"certdesk-cli: unexpected error: {type(exc).__name__}: {_one_line(str(exc), 300)} "
          "(this is a bug; the details are in the log folder of the data directory, "
          "or run with -v)", file=sys.stderr)
    return 1


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush does not fail too."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    tolerate_unencodable()
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(f"certdesk-cli {__version__}")  # without importing the services (scripts ask)
        return 0
    from app.cli.context import CliContext, print_result

    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.home, verbose=args.verbose)
    ctx = CliContext(home=Path(args.home) if args.home else None, json=args.json,
                     ca_bundle=args.ca_bundle)
    try:
        result = args.handler(ctx, args)
        print_result(ctx, result)
        sys.stdout.flush()  # here, where a closed pipe is handled, not at interpreter exit
        return 0
    except Cancelled:
        print("certdesk-cli: cancelled", file=sys.stderr)
        return 1
    except UserFacingError as exc:
        print("certdesk-cli: " + _one_line(exc.message + (f" {exc.hint}" if exc.hint else "")),
              file=sys.stderr)
        return 1
    except CertdeskError as exc:
        print(f"certdesk-cli: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("certdesk-cli: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`certdesk-cli dns providers | head`): what it wanted it has.
        _silence_stdout()
        return 0
    except Exception as exc:  # a bug: one line for people, the traceback in the log
        return _report_bug(exc)
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":  # a Rust panic in cryptography (pyo3)
            raise
        return _report_bug(exc)
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
