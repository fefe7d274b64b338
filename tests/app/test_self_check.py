"""The core's self-checks name what a packaged build lost instead of passing without it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from app import self_check
from app.self_check import (
    EXPECTED_COMMANDS,
    Check,
    check_ca_bundle,
    check_cli_commands,
    check_dns_providers,
    check_keyring,
    check_public_suffix_data,
    run_core_checks,
)


def _parser(commands: set[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    for name in sorted(commands):
        sub.add_parser(name)
    return parser


def test_cli_commands_all_present_in_the_real_parser() -> None:
    result = check_cli_commands()
    assert result.ok, result.detail


def test_cli_commands_missing_one_fails_and_names_it() -> None:
    result = check_cli_commands(_parser(set(EXPECTED_COMMANDS) - {"export", "dns"}))
    assert not result.ok
    assert result.detail == "missing: dns, export"


def test_dns_providers_counted_against_the_minimum() -> None:
    assert check_dns_providers().ok
    result = check_dns_providers(minimum=100_000)
    assert not result.ok and "need 100000" in result.detail


def test_offline_dns_data_and_ca_bundle_found() -> None:
    assert check_public_suffix_data().ok
    assert check_ca_bundle().ok


def test_keyring_plaintext_backend_present_fails(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "keyrings" / "alt").mkdir(parents=True)
    (tmp_path / "keyrings" / "alt" / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        result = check_keyring()
    finally:
        for name in [m for m in sys.modules if m == "keyrings" or m.startswith("keyrings.")]:
            del sys.modules[name]
    assert not result.ok and "keyrings.alt" in result.detail


def test_keyring_without_the_os_backend_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(self_check.OS_KEYRINGS, "linux", ("keyring.backends.no_such_store",))
    result = check_keyring("linux")
    assert not result.ok and "no OS credential store backend" in result.detail


def test_keyring_not_an_os_store_is_a_warning_not_a_failure() -> None:
    # The tests run with a file-backed test keyring, which is no OS store.
    result = check_keyring()
    assert result.ok and result.warning
    assert result.line().startswith("check keyring: warning")


def test_a_crashing_check_is_a_failed_check() -> None:
    def check_boom() -> Check:
        raise RuntimeError("exploded")

    [result] = run_core_checks((check_boom,))
    assert result == Check("boom", False, "RuntimeError: exploded")


def test_deploy_scripts_are_all_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    from app import self_check
    from app.deploy import powershell

    assert self_check.check_deploy_scripts().ok
    monkeypatch.setattr(powershell, "script_names", lambda: ["common.ps1", "iis.ps1"])
    result = self_check.check_deploy_scripts()
    assert not result.ok and "rdp.ps1" in result.detail
