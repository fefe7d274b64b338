from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from app.os_integration.schedule.installer import ScheduleInstaller
from app.os_integration.schedule.plan import CommandOutcome, SchedulerError


class FakeRunner:
    def __init__(self, fail: dict[str, int] | None = None) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.fail = fail or {}

    def __call__(self, argv: Sequence[str]) -> CommandOutcome:
        self.calls.append(tuple(argv))
        code = self.fail.get(" ".join(argv[:3]), 0)
        return CommandOutcome(code, "ok output" if code == 0 else "", "nope" if code else "")


def make(tmp_path: Path, platform: str, runner: FakeRunner) -> ScheduleInstaller:
    return ScheduleInstaller(tmp_path / "certdesk home", platform=platform,
                             user_home=tmp_path / "user", config_home=tmp_path / "cfg",
                             runner=runner, uid=501, user_id="PC\\ann", rng=random.Random(1))


def test_linux_install_status_remove(tmp_path: Path) -> None:
    runner = FakeRunner()
    inst = make(tmp_path, "linux", runner)
    plan = inst.install()
    unit_dir = tmp_path / "cfg" / "systemd" / "user"
    service = unit_dir / "certdesk-renew.service"
    assert service.read_text() == plan.writes[0].text
    assert "renew --due" in service.read_text()
    assert str(tmp_path / "certdesk home") in service.read_text()
    assert (unit_dir / "certdesk-renew.timer").exists()
    assert runner.calls == [("systemctl", "--user", "daemon-reload"),
                            ("systemctl", "--user", "enable", "--now", "certdesk-renew.timer")]
    status = inst.status()
    assert status.installed and status.mechanism == "systemd user timer"
    runner.calls.clear()
    inst.remove()
    assert not service.exists()
    assert runner.calls[0] == ("systemctl", "--user", "disable", "--now",
                               "certdesk-renew.timer")
    assert not inst.status().installed


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    runner = FakeRunner()
    plan = make(tmp_path, "linux", runner).install(dry_run=True)
    assert runner.calls == []
    assert not (tmp_path / "cfg").exists()
    text = plan.render()
    assert "--- write " + str(tmp_path / "cfg" / "systemd" / "user" / "certdesk-renew.timer") \
        in text
    assert "--- run systemctl --user enable --now certdesk-renew.timer" in text
    assert "OnCalendar=*-*-* 00,12:00:00" in text


def test_macos_plan(tmp_path: Path) -> None:
    runner = FakeRunner(fail={"launchctl bootout gui/501/org.certdesk.renew": 3})
    inst = make(tmp_path, "darwin", runner)
    inst.install()  # the failing bootout (not loaded yet) is tolerated
    plist = tmp_path / "user" / "Library" / "LaunchAgents" / "org.certdesk.renew.plist"
    assert plist.exists()
    assert runner.calls == [("launchctl", "bootout", "gui/501/org.certdesk.renew"),
                            ("launchctl", "bootstrap", "gui/501", str(plist))]
    runner.calls.clear()
    inst.remove()
    assert not plist.exists()
    assert runner.calls == [("launchctl", "bootout", "gui/501/org.certdesk.renew")]


def test_windows_plan(tmp_path: Path) -> None:
    runner = FakeRunner()
    inst = make(tmp_path, "win32", runner)
    plan = inst.install()
    xml_path = tmp_path / "certdesk home" / "schedule" / "certdesk-renew.xml"
    assert xml_path.read_bytes().startswith(b"\xff\xfe")
    assert runner.calls == [("schtasks", "/Create", "/TN", r"\certdesk\Renew certificates",
                             "/XML", str(xml_path), "/F")]
    assert "<UserId>PC\\ann</UserId>" in plan.writes[0].text
    assert inst.status().installed
    runner.calls.clear()
    inst.remove()
    assert runner.calls == [("schtasks", "/Delete", "/TN", r"\certdesk\Renew certificates",
                             "/F")]


def test_a_refusing_scheduler_is_reported(tmp_path: Path) -> None:
    runner = FakeRunner(fail={"systemctl --user enable": 1})
    with pytest.raises(SchedulerError) as info:
        make(tmp_path, "linux", runner).install()
    assert "nope" in info.value.message


def test_unsupported_platform(tmp_path: Path) -> None:
    with pytest.raises(SchedulerError):
        make(tmp_path, "sunos5", FakeRunner())


def test_an_unwritable_unit_folder_is_a_scheduler_error(tmp_path: Path) -> None:
    runner = FakeRunner()
    inst = make(tmp_path, "linux", runner)
    (tmp_path / "cfg").write_text("a file where the config folder should be")
    with pytest.raises(SchedulerError) as info:
        inst.install()
    assert "certdesk-renew" in info.value.message and info.value.hint
    assert runner.calls == []  # nothing enabled when the unit files are missing


def test_the_real_runner_opens_no_console_and_reads_the_oem_page() -> None:
    import subprocess
    from typing import Any

    from app.os_integration.processes import CREATE_NO_WINDOW
    from app.os_integration.schedule.plan import run_command

    seen: dict[str, Any] = {}

    def fake(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.update(kwargs)
        return subprocess.CompletedProcess(argv, 0, "Bereit", "")

    outcome = run_command(["schtasks", "/Query", "/TN", "certdesk"], platform="win32",
                          runner=fake)
    assert outcome == CommandOutcome(0, "Bereit", "")
    assert seen["creationflags"] == CREATE_NO_WINDOW and seen["errors"] == "replace"
