"""The preset's invocation: a fixed command line, every value in the environment."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from app.deploy.powershell import Phase, build, run, script_path
from app.deploy.presets import PRESETS, PresetKey, check_options
from app.os_integration import processes

NASTY = "a'b\"c $(Stop-Computer) `n ${env:X}; & calc"


def test_values_never_reach_the_command_line() -> None:
    p = PRESETS[PresetKey.IIS]
    options = check_options(p, {"site": NASTY, "host": NASTY, "friendly-name": NASTY})
    inv = build(p, options, pfx_path=f"C:\\certs\\{NASTY}.pfx", password=NASTY,
                new_thumbprint="ab" * 20, old_thumbprint=None, phase=Phase.DEPLOY,
                dry_run=True)
    assert inv.argv[1:] == ("-NoLogo", "-NoProfile", "-NonInteractive", "-ExecutionPolicy",
                            "Bypass", "-File", str(script_path(p)))
    assert not any(NASTY in a for a in inv.argv)
    assert inv.env["CERTDESK_IIS_SITE"] == NASTY and inv.env["CERTDESK_PASSWORD"] == NASTY
    assert inv.env["CERTDESK_NEW_THUMBPRINT"] == "AB" * 20
    assert inv.env["CERTDESK_OLD_THUMBPRINT"] == "" and inv.env["CERTDESK_DRY_RUN"] == "1"
    shown = inv.shown()
    # site, host, friendly name and the PFX path
    assert "CERTDESK_PASSWORD=(hidden)" in shown and shown.count(NASTY) == 4
    assert script_path(p).is_file()


def test_scripts_run_through_the_no_console_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """The windowed app starts PowerShell without a console window, OEM output decoded."""
    seen: dict[str, Any] = {}

    def fake_run(argv: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.update(kwargs, argv=argv)
        return subprocess.CompletedProcess(argv, 0, "done", "")

    monkeypatch.setattr(processes, "creation_flags", lambda platform=None: 0x08000000)
    inv = build(PRESETS[PresetKey.IIS], check_options(PRESETS[PresetKey.IIS], {}),
                pfx_path="c.pfx", password="pw", new_thumbprint="ab" * 20,
                old_thumbprint=None, phase=Phase.DEPLOY, dry_run=True)
    assert run(inv, timeout=5, runner=fake_run).output == "done"
    assert seen["creationflags"] == 0x08000000 and seen["errors"] == "replace"
    assert seen["env"]["CERTDESK_PASSWORD"] == "pw"


def test_script_output_never_keeps_the_password_in_any_form() -> None:
    import base64
    import shlex

    password = "dep'loy-Pw-8812"
    printed = (f"+ Import-PfxCertificate -Password {password}\n"
               f"quoted {shlex.quote(password)}\n"
               f"b64 {base64.b64encode(password.encode()).decode()}\n"
               f"hex {password.encode().hex()}")

    def noisy(argv: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(argv, 1, printed, "")

    inv = build(PRESETS[PresetKey.IIS], check_options(PRESETS[PresetKey.IIS], {}),
                pfx_path="c.pfx", password=password, new_thumbprint="ab" * 20,
                old_thumbprint=None, phase=Phase.DEPLOY, dry_run=False)
    output = run(inv, timeout=5, runner=noisy).output
    assert "Import-PfxCertificate" in output
    for form in (password, "loy-Pw-8812", base64.b64encode(password.encode()).decode()[:12],
                 password.encode().hex()):
        assert form not in output
