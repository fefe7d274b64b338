"""The preset's invocation: a fixed command line, every value in the environment."""

from __future__ import annotations

from app.deploy.powershell import Phase, build, script_path
from app.deploy.presets import PRESETS, PresetKey, check_options

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
    assert "CERTDESK_PASSWORD=(hidden)" in shown and shown.count(NASTY) == 4  # site, host, name, PFX path
    assert script_path(p).is_file()
