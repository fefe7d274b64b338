"""A Windows Task Scheduler task, created by schtasks from an XML task definition."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from app.os_integration.schedule.plan import Plan, PlannedFile

TASK_NAME = r"\certdesk\Renew certificates"


def command_line(args: Sequence[str]) -> str:
    """Windows command-line quoting (the rules of CommandLineToArgvW / the MS C runtime)."""
    return subprocess.list2cmdline(list(args))


def task_xml(argv: Sequence[str], user_id: str, start: str = "2026-01-01T00:00:00") -> str:
    """Two daily triggers, 00:00 and 12:00, each delayed at random by up to an hour; runs only
    while the user is logged on (certdesk's keys live in the user's Credential Manager)."""
    triggers = "".join(
        "    <CalendarTrigger>\n"
        f"      <StartBoundary>{start[:11]}{hour}:00:00</StartBoundary>\n"
        "      <Enabled>true</Enabled>\n"
        "      <RandomDelay>PT1H</RandomDelay>\n"
        "      <ScheduleByDay>\n"
        "        <DaysInterval>1</DaysInterval>\n"
        "      </ScheduleByDay>\n"
        "    </CalendarTrigger>\n" for hour in ("00", "12"))
    return (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\n'
        "  <RegistrationInfo>\n"
        "    <Author>certdesk</Author>\n"
        "    <Description>Renews the certificates certdesk manages when they are due."
        "</Description>\n"
        "  </RegistrationInfo>\n"
        "  <Triggers>\n"
        f"{triggers}"
        "  </Triggers>\n"
        "  <Principals>\n"
        '    <Principal id="Author">\n'
        f"      <UserId>{escape(user_id)}</UserId>\n"
        "      <LogonType>InteractiveToken</LogonType>\n"
        "      <RunLevel>LeastPrivilege</RunLevel>\n"
        "    </Principal>\n"
        "  </Principals>\n"
        "  <Settings>\n"
        "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
        "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
        "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
        "    <StartWhenAvailable>true</StartWhenAvailable>\n"
        "    <RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>\n"
        "    <ExecutionTimeLimit>PT2H</ExecutionTimeLimit>\n"
        "    <Enabled>true</Enabled>\n"
        "  </Settings>\n"
        '  <Actions Context="Author">\n'
        "    <Exec>\n"
        f"      <Command>{escape(argv[0])}</Command>\n"
        f"      <Arguments>{escape(command_line(argv[1:]))}</Arguments>\n"
        "    </Exec>\n"
        "  </Actions>\n"
        "</Task>\n"
    )


def encode_task(xml: str) -> bytes:
    """schtasks /XML expects UTF-16 with a byte-order mark."""
    return b"\xff\xfe" + xml.encode("utf-16-le")


def install_plan(xml_path: Path, argv: Sequence[str], user_id: str) -> Plan:
    return Plan(
        summary=f"Create the scheduled task '{TASK_NAME}' (twice a day) from {xml_path}",
        writes=(PlannedFile(xml_path, encode_task(task_xml(argv, user_id))),),
        commands=(("schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(xml_path), "/F"),),
    )


def remove_plan(xml_path: Path) -> Plan:
    return Plan(
        summary=f"Delete the scheduled task '{TASK_NAME}'",
        removes=(xml_path,),
        commands=(("schtasks", "/Delete", "/TN", TASK_NAME, "/F"),),
        tolerant=frozenset({0}),
    )


def status_commands() -> tuple[tuple[str, ...], ...]:
    return (("schtasks", "/Query", "/TN", TASK_NAME, "/FO", "LIST", "/V"),)
