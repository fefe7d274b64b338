"""What a packaged certdesk must contain, checked without Qt: the self-test's core half.

A frozen build silently loses what is loaded by name or read from package data: CLI command
modules, dns-lexicon's providers, tldextract's offline public-suffix snapshot, certifi's CA
bundle, the keyring backend of the OS. Each check here names what it found, so the report
says what is missing instead of a later "this is a bug".
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.storage.atomic import atomic_write

#: Every command `certdesk-cli` must offer; a frozen build that lost one fails the self-test.
EXPECTED_COMMANDS = frozenset({
    "account", "attach", "autostart", "backup", "deploy", "dns", "endpoint", "export",
    "import", "inspect", "issue", "list", "notify", "orders", "reminders", "remove", "renew",
    "restore", "resume", "revoke", "schedule", "show", "target",
})
MIN_DNS_PROVIDERS = 90

#: Keyring backends that keep secrets in the operating system's own store.
OS_KEYRINGS = {
    "win32": ("keyring.backends.Windows",),
    "darwin": ("keyring.backends.macOS",),
    "linux": ("keyring.backends.SecretService", "keyring.backends.libsecret",
              "keyring.backends.kwallet"),
}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    #: True for a finding that is worth saying but does not fail the self-test (e.g. no
    #: Secret Service running on a headless build machine).
    warning: bool = False

    def line(self) -> str:
        verdict = "ok" if self.ok and not self.warning else ("warning" if self.ok else "FAILED")
        return f"check {self.name}: {verdict} - {self.detail}"


def check_cli_commands(parser: argparse.ArgumentParser | None = None) -> Check:
    if parser is None:
        from app.cli.main import build_parser

        parser = build_parser()
    present: set[str] = set()
    for action in parser._actions:  # argparse has no public accessor for subcommands
        if isinstance(action, argparse._SubParsersAction):
            present |= set(action.choices)
    missing = sorted(EXPECTED_COMMANDS - present)
    if missing:
        return Check("cli-commands", False, "missing: " + ", ".join(missing))
    return Check("cli-commands", True, f"{len(present)} commands")


def check_dns_providers(minimum: int = MIN_DNS_PROVIDERS) -> Check:
    from app.validation.providers.lexicon_adapter import lexicon_providers

    providers = lexicon_providers()
    usable = sum(1 for p in providers if p.available)
    detail = f"{len(providers)} dns-lexicon providers listed, {usable} usable"
    return Check("dns-providers", len(providers) >= minimum,
                 detail if len(providers) >= minimum else f"{detail} (need {minimum})")


def check_public_suffix_data() -> Check:
    """tldextract's bundled snapshot answers without any network access."""
    try:
        from app.validation.providers.lexicon_adapter import guess_zone

        zone = guess_zone("www.example.co.uk")
    except Exception as exc:  # any failure means the data is not usable
        return Check("public-suffix-data", False, f"{type(exc).__name__}: {exc}")
    ok = zone == "example.co.uk."
    return Check("public-suffix-data", ok, f"www.example.co.uk is in zone {zone}")


def check_ca_bundle() -> Check:
    try:
        import certifi

        path = Path(certifi.where())
        size = path.stat().st_size
    except Exception as exc:
        return Check("ca-bundle", False, f"{type(exc).__name__}: {exc}")
    return Check("ca-bundle", size > 10_000, f"{path.name}, {size} bytes")


def check_keyring(platform: str | None = None) -> Check:
    """The OS store's backend must be present; a plaintext one (keyrings.alt) never. Whether
    the OS store answers right now (no Secret Service on a headless machine) is a warning."""
    import keyring

    platform = platform or sys.platform
    if _importable("keyrings.alt"):
        return Check("keyring", False, "keyrings.alt is present: it would store secrets in "
                                       "plaintext files")
    wanted = OS_KEYRINGS.get(platform, OS_KEYRINGS["linux"])
    found = [m for m in wanted if _importable(m)]
    if not found:
        return Check("keyring", False, "no OS credential store backend: "
                                       + ", ".join(wanted) + " missing")
    backend = keyring.get_keyring()
    names = [type(b).__module__ for b in getattr(backend, "backends", [backend])]
    real = [n for n in names if n in wanted]
    label = f"{type(backend).__module__}.{type(backend).__name__}"
    if real:
        return Check("keyring", True, f"OS store {label}")
    return Check("keyring", True, f"active backend {label} is not an OS credential store "
                                  "(none is running here?)", warning=True)


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:  # a parent package is missing
        return False


def check_version() -> Check:
    from app import __version__

    return Check("version", not __version__.startswith("0+"), __version__)


def check_deploy_scripts() -> Check:
    """The Windows deployment presets' PowerShell scripts (package data) are all there."""
    from app.deploy.powershell import script_names
    from app.deploy.presets import PRESETS

    expected = {p.script for p in PRESETS.values()} | {"common.ps1"}
    missing = sorted(expected - set(script_names()))
    if missing:
        return Check("deploy-scripts", False, "missing: " + ", ".join(missing))
    return Check("deploy-scripts", True, f"{len(expected)} scripts")


CORE_CHECKS: tuple[Callable[[], Check], ...] = (
    check_version, check_cli_commands, check_dns_providers, check_public_suffix_data,
    check_ca_bundle, check_keyring, check_deploy_scripts,
)


def run_core_checks(checks: Sequence[Callable[[], Check]] = CORE_CHECKS) -> list[Check]:
    results = []
    for check in checks:
        try:
            results.append(check())
        except Exception as exc:  # a check that crashes is a failed check, with its reason
            results.append(Check(check.__name__.removeprefix("check_"), False,
                                 f"{type(exc).__name__}: {exc}"))
    return results


def write_report(path: str | Path, text: str) -> None:
    """The report file a windowed app (no stdout) leaves for whoever started it."""
    atomic_write(Path(path), text.encode("utf-8"))
