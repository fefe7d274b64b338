from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.os_integration.schedule import launchd, systemd, windows_task

ARGV = ("/opt/py thon/bin/python", "-m", "app.cli.main", "--home", "/home/u/100% data",
        "renew", "--due")


def test_systemd_service_exact() -> None:
    assert systemd.service_unit(ARGV) == (
        "[Unit]\n"
        "Description=certdesk: renew certificates that are due\n"
        "After=network-online.target\n"
        "Wants=network-online.target\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        'ExecStart="/opt/py thon/bin/python" -m app.cli.main --home "/home/u/100%% data" '
        "renew --due\n"
        "Nice=10\n")


def test_systemd_timer_exact() -> None:
    assert systemd.timer_unit() == (
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
        "WantedBy=timers.target\n")


@pytest.mark.parametrize(("arg", "quoted"), [
    ("plain", "plain"), ("a b", '"a b"'), ('q"uote', '"q\\"uote"'), ("c:\\x", '"c:\\\\x"'),
    ("$HOME", '"$$HOME"'), ("", '""'),
])
def test_systemd_quoting(arg: str, quoted: str) -> None:
    assert systemd.systemd_quote(arg) == quoted


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed")
def test_systemd_accepts_the_units(tmp_path: Path) -> None:
    argv = (sys.executable, "-m", "app.cli.main", "--home", str(tmp_path / "a b"), "renew",
            "--due")
    (tmp_path / "certdesk-renew.service").write_text(systemd.service_unit(argv))
    (tmp_path / "certdesk-renew.timer").write_text(systemd.timer_unit())
    done = subprocess.run(["systemd-analyze", "verify", "certdesk-renew.service",
                           "certdesk-renew.timer"], cwd=tmp_path, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_launchd_renew_plist() -> None:
    data = launchd.renew_plist(ARGV, hour=15, minute=7, log_path=Path("/l/renew.log"))
    assert plistlib.loads(data) == {
        "Label": "org.certdesk.renew",
        "ProgramArguments": list(ARGV),
        "StartCalendarInterval": [{"Hour": 3, "Minute": 7}, {"Hour": 15, "Minute": 7}],
        "RunAtLoad": False,
        "ProcessType": "Background",
        "LowPriorityIO": True,
        "StandardOutPath": "/l/renew.log",
        "StandardErrorPath": "/l/renew.log",
    }
    text = data.decode()
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist')
    assert "<string>/home/u/100% data</string>" in text


EXPECTED_TASK = """<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Author>certdesk</Author>
    <Description>Renews the certificates certdesk manages when they are due.</Description>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>2026-01-01T00:00:00</StartBoundary>
      <Enabled>true</Enabled>
      <RandomDelay>PT1H</RandomDelay>
      <ScheduleByDay>
        <DaysInterval>1</DaysInterval>
      </ScheduleByDay>
    </CalendarTrigger>
    <CalendarTrigger>
      <StartBoundary>2026-01-01T12:00:00</StartBoundary>
      <Enabled>true</Enabled>
      <RandomDelay>PT1H</RandomDelay>
      <ScheduleByDay>
        <DaysInterval>1</DaysInterval>
      </ScheduleByDay>
    </CalendarTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>PC\\Ann &amp; Bob</UserId>
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>
    <ExecutionTimeLimit>PT2H</ExecutionTimeLimit>
    <Enabled>true</Enabled>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>C:\\Program Files\\certdesk\\pythonw.exe</Command>
      <Arguments>-m app.cli.main --home "C:\\Users\\Ann &amp; Bob\\AppData\\certdesk" \
renew --due</Arguments>
    </Exec>
  </Actions>
</Task>
"""


def test_windows_task_xml_exact() -> None:
    argv = (r"C:\Program Files\certdesk\pythonw.exe", "-m", "app.cli.main", "--home",
            r"C:\Users\Ann & Bob\AppData\certdesk", "renew", "--due")
    xml = windows_task.task_xml(argv, r"PC\Ann & Bob")
    assert xml == EXPECTED_TASK
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    root = ET.fromstring(xml.split("\n", 1)[1])  # well-formed
    assert root.find("t:Actions/t:Exec/t:Arguments", ns) is not None
    encoded = windows_task.encode_task(xml)
    assert encoded.startswith(b"\xff\xfe") and encoded[2:].decode("utf-16-le") == xml
