"""Settings → Reminders & start at login: thresholds checked as you type, start at login
through the XDG autostart file, the headless schedule installed through an injected runner."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.os_integration.autostart.xdg import XdgAutostart
from app.os_integration.schedule.installer import ScheduleInstaller
from app.os_integration.schedule.plan import CommandOutcome
from app.services.container import Services
from app.services.os_integration import OsIntegrationService
from tests.ui.conftest import MakeCtx
from ui.context import AppContext
from ui.dialogs.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

ARGV = ("/usr/bin/python3", "-m", "ui.main", "--tray")


class FakeRunner:
    """Stands in for systemctl: records commands; `is-enabled` answers from the unit files."""

    def __init__(self, config_home: Path) -> None:
        self.config_home = config_home
        self.commands: list[tuple[str, ...]] = []

    def __call__(self, argv: Sequence[str]) -> CommandOutcome:
        self.commands.append(tuple(argv))
        if "is-enabled" in argv:
            timer = self.config_home / "systemd" / "user" / "certdesk-renew.timer"
            return CommandOutcome(0, "enabled\n") if timer.exists() else \
                CommandOutcome(1, "", "disabled\n")
        return CommandOutcome(0)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def runner(config_home: Path) -> FakeRunner:
    return FakeRunner(config_home)


@pytest.fixture
def ctx(services: Services, make_ctx: MakeCtx, runner: FakeRunner,
        config_home: Path) -> AppContext:
    store = services.store
    services.os_integration = OsIntegrationService(
        store, installer=lambda: ScheduleInstaller(store.home, platform="linux",
                                                   config_home=config_home, runner=runner))
    return make_ctx(services, inline=True)


def _dialog(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_page(dialog.reminders)
    return dialog


def _save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()


def test_thresholds_are_checked_as_you_type(qtbot: QtBot, services: Services,
                                            ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    page = dialog.reminders
    assert dialog.reminder_days.text() == "30, 14, 7, 1"
    assert dialog.save_button.isEnabled() and page.days_error.isHidden()
    dialog.reminder_days.setText("30, soon")
    assert not dialog.save_button.isEnabled()
    assert not page.days_error.isHidden()
    assert "'soon' is not a number" in page.days_error.text()
    dialog.reminder_days.setText("30 0.5 14, 14")
    assert dialog.save_button.isEnabled() and page.days_error.isHidden()
    dialog.reminder_percent.setText("33, 100")
    assert not dialog.save_button.isEnabled()
    assert "100% is out of range" in page.percent_error.text()
    assert dialog.reminder_percent.accessibleDescription() == page.percent_error.text()
    dialog.reminder_percent.setText("50%, 10")
    _save(qtbot, dialog)
    assert services.store.settings.get("reminder_days") == [30, 14, 0.5]
    assert services.store.settings.get("reminder_percent") == [50, 10]


def test_start_at_login_writes_the_autostart_file(qtbot: QtBot, services: Services,
                                                  ctx: AppContext, config_home: Path) -> None:
    desktop = config_home / "autostart" / "certdesk.desktop"
    dialog = _dialog(qtbot, ctx)
    assert dialog.start_at_login.isEnabled() and not dialog.start_at_login.isChecked()
    assert "XDG autostart" in dialog.reminders.login_status.text()
    dialog.start_at_login.setChecked(True)
    _save(qtbot, dialog)
    assert desktop.exists()
    assert "ui.main --tray" in desktop.read_text()
    assert services.store.settings.get("start_at_login") is True

    again = _dialog(qtbot, ctx)
    assert again.start_at_login.isChecked()
    assert str(desktop) in again.reminders.login_status.text()
    again.start_at_login.setChecked(False)
    _save(qtbot, again)
    assert not desktop.exists()
    assert services.store.settings.get("start_at_login") is False

    # Someone enabled it outside certdesk (e.g. the CLI): the dialog shows the real state.
    XdgAutostart(config_home, ARGV).enable()
    third = _dialog(qtbot, ctx)
    assert third.start_at_login.isChecked()
    # Saving other settings does not touch it.
    _save(qtbot, third)
    assert desktop.exists()


def test_start_at_login_failure_is_shown_and_the_switch_tells_the_truth(
        qtbot: QtBot, services: Services, ctx: AppContext, config_home: Path) -> None:
    config_home.mkdir(parents=True)
    (config_home / "autostart").write_text("a file where the folder should be")
    dialog = _dialog(qtbot, ctx)
    dialog.start_at_login.setChecked(True)
    dialog.save_button.click()
    box = dialog.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "Could not turn on starting certdesk at login" in box.text()
    assert "autostart" in box.informativeText()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.current_page() is dialog.reminders
    assert not dialog.start_at_login.isChecked()  # reloaded: it is not on
    assert services.store.settings.get("start_at_login") is False
    box.close()


def test_schedule_install_and_remove(qtbot: QtBot, ctx: AppContext, runner: FakeRunner,
                                     config_home: Path) -> None:
    units = config_home / "systemd" / "user"
    dialog = _dialog(qtbot, ctx)
    page = dialog.reminders
    assert "Not installed" in page.schedule_status.text()
    assert "renew --due" in page.schedule_status.text()
    assert page.install_button.isEnabled() and not page.remove_button.isEnabled()

    page.preview_button.click()  # dry run: shows the plan, installs nothing
    assert page.plan_text.isVisibleTo(page)
    assert "certdesk-renew.timer" in page.plan_text.toPlainText()
    assert not units.exists()
    assert not any("enable" in c for c in runner.commands)

    with qtbot.waitSignal(page.schedule_changed, timeout=5000):
        page.install_button.click()
    assert (units / "certdesk-renew.timer").exists()
    assert ("systemctl", "--user", "enable", "--now", "certdesk-renew.timer") in runner.commands
    assert "Installed" in page.schedule_status.text()
    assert page.remove_button.isEnabled() and not page.install_button.isEnabled()

    with qtbot.waitSignal(page.schedule_changed, timeout=5000):
        page.remove_button.click()
    assert not (units / "certdesk-renew.timer").exists()
    assert "Not installed" in page.schedule_status.text()


def test_schedule_failure_is_shown(qtbot: QtBot, ctx: AppContext, runner: FakeRunner) -> None:
    def refuse(argv: Sequence[str]) -> CommandOutcome:
        runner.commands.append(tuple(argv))
        if "enable" in argv:
            return CommandOutcome(1, "", "Failed to connect to bus: No medium found")
        return CommandOutcome(1 if "is-enabled" in argv else 0, "", "")

    dialog = _dialog(qtbot, ctx)
    page = dialog.reminders
    page.os._installer = lambda: ScheduleInstaller(  # type: ignore[method-assign]
        ctx.services.store.home, platform="linux", config_home=runner.config_home,
        runner=refuse)
    page.install_button.click()
    box = page.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "Failed to connect to bus" in box.text()
    assert "Not installed" in page.schedule_status.text()
    assert page.install_button.isEnabled()
    box.close()


def test_a_temporary_install_location_is_said_before_scheduling(
        qtbot: QtBot, services: Services, ctx: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.reminders.location_warning.isHidden()  # a source tree: nothing to say
    warning = "certdesk runs from the disk image: move it to Applications first."
    monkeypatch.setattr(services.os_integration, "location_warning", lambda: warning)
    dialog.reminders.reload_status()
    assert not dialog.reminders.location_warning.isHidden()
    assert dialog.reminders.location_warning.text() == warning
