"""A systemd user timer (Linux): certdesk-renew.service + certdesk-renew.timer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.os_integration.schedule.plan import Plan, PlannedFile

UNIT = "certdesk-renew"


def systemd_quote(arg: str) -> str:
    """Quote one ExecStart word (systemd.service(5) "Command lines"); % and $ are doubled."""
    escaped = (arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
               .replace("$", "$$"))
    needs = not escaped or any(c.isspace() for c in escaped) or escaped != arg or ";" in arg
    return f'"{escaped}"' if needs else escaped


def service_unit(argv: Sequence[str]) -> str:
    return (
        "[Unit]\n"
        "Description=certdesk: renew certificates that are due\n"
        "After=network-online.target\n"
        "Wants=network-online.target\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={' '.join(systemd_quote(a) for a in argv)}\n"
        "Nice=10\n"
    )


def timer_unit() -> str:
    # Twice a day; FixedRandomDelay keeps each machine's offset stable (exactly 12 h apart)
    # while spreading all machines over the day's hours, as ACME CAs ask.
    return (
        "[Unit]\n"
        "Description=certdesk: renew certificates twice a day\n"
        "\n"
        "[Timer]\n"
        "OnCalendar=*-*-* 00,12:00:00\n"
        "RandomizedDelaySec=12h\n"
        "FixedRandomDelay=true\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def unit_dir(config_home: Path) -> Path:
    return config_home / "systemd" / "user"


def install_plan(config_home: Path, argv: Sequence[str]) -> Plan:
    folder = unit_dir(config_home)
    return Plan(
        summary=f"Install a systemd user timer {UNIT}.timer (twice a day) in {folder}",
        writes=(PlannedFile(folder / f"{UNIT}.service", service_unit(argv).encode()),
                PlannedFile(folder / f"{UNIT}.timer", timer_unit().encode())),
        commands=(("systemctl", "--user", "daemon-reload"),
                  ("systemctl", "--user", "enable", "--now", f"{UNIT}.timer")),
    )


def remove_plan(config_home: Path) -> Plan:
    folder = unit_dir(config_home)
    return Plan(
        summary=f"Remove the systemd user timer {UNIT}.timer",
        removes=(folder / f"{UNIT}.timer", folder / f"{UNIT}.service"),
        commands=(("systemctl", "--user", "disable", "--now", f"{UNIT}.timer"),
                  ("systemctl", "--user", "daemon-reload")),
        tolerant=frozenset({0, 1}),
    )


def status_commands() -> tuple[tuple[str, ...], ...]:
    return (("systemctl", "--user", "is-enabled", f"{UNIT}.timer"),
            ("systemctl", "--user", "list-timers", "--all", f"{UNIT}.timer"))


def installed_files(config_home: Path) -> tuple[Path, ...]:
    folder = unit_dir(config_home)
    return (folder / f"{UNIT}.service", folder / f"{UNIT}.timer")
