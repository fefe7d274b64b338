"""The Windows deployment scripts, checked here without PowerShell: well-formed, parameters
only from the environment, nothing that turns a value into code, every change dry-runnable."""

from __future__ import annotations

import re

import pytest

from app.deploy.powershell import COMMON_ENV, script_names, script_path
from app.deploy.presets import PRESETS, WindowsPreset
from app.resources import package_dir
from tests.support.powershell_lint import LintError, check_script

COMMON = package_dir("app.deploy.windows") / "common.ps1"


def test_every_preset_ships_its_script() -> None:
    assert sorted({p.script for p in PRESETS.values()} | {"common.ps1"}) == script_names()


def test_common_helpers_are_well_formed_and_dry_run_first() -> None:
    src = COMMON.read_text(encoding="utf-8")
    check_script(src, is_common=True)
    body = src[src.index("function Invoke-Change"):src.index("function Stop-Certdesk")]
    assert body.index("if ($script:DryRun)") < body.index('Write-Output "WOULD:') \
        < body.index("return") < body.index("& $Action")
    assert "exit 3" in src  # the elevation exit code the Python side maps to a hint


@pytest.mark.parametrize("p", list(PRESETS.values()), ids=lambda p: p.key.value)
def test_preset_script_is_safe(p: WindowsPreset) -> None:
    src = script_path(p).read_text(encoding="utf-8")
    params = check_script(src)
    read = set(params.values())
    sent = set(COMMON_ENV) | {o.env for o in p.options}
    assert read <= sent, f"the script reads variables certdesk never sets: {read - sent}"
    assert {o.env for o in p.options} <= read, "an option the script ignores"
    assert "CERTDESK_DRY_RUN" in read and "CERTDESK_PHASE" in read
    assert "$script:DryRun = [bool]$DryRun" in src
    assert re.search(r"Assert-Thumbprint -Value \$NewThumbprint .*-Required", src)
    assert "Assert-CertdeskElevated" in src or p.key.value == "windows-store"
    assert src.count("\t") == 0 and src.endswith("exit 0\n")


@pytest.mark.parametrize("bad, problem", [
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\nif ($A) { Write-Output 1\n",
     "never closed"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\nInvoke-Expression $A\n",
     "not allowed"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\niex \"Write-Output $A\"\n",
     "not allowed"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\n"
     "$b = [scriptblock]::Create($A)\n", "not allowed"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\n& $A\n", "call operator"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\ncmd /c \"echo $A\"\n",
     "not allowed"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\nRemove-Item -LiteralPath $A\n",
     "outside Invoke-Change"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\n"
     "Invoke-Change -Description 'x' -Action $block\n", "literal script block"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\n$c.FriendlyName = $A\n",
     "outside Invoke-Change"),
    ("[CmdletBinding()]\nparam([string]$A = 'fixed')\n", "parameters are"),
    ("param([string]$A = $env:CERTDESK_A)\n", "must start with"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\nWrite-Output 'open\n",
     "unterminated"),
    ("[CmdletBinding()]\nparam([string]$A = $env:CERTDESK_A)\n. $A\n", None),
])
def test_the_check_catches_unsafe_scripts(bad: str, problem: str | None) -> None:
    if problem is None:  # dot-sourcing anything but common.ps1 is refused
        bad = bad.replace(". $A", ". (Join-Path -Path $A -ChildPath 'x.ps1')")
        problem = "dot-sourced"
    with pytest.raises(LintError, match=problem):
        check_script(bad)
