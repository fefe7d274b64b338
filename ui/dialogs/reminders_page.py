"""Settings page "Reminders & background": reminder thresholds (checked as you type), start
at login, and the headless renewal schedule (status, install, remove, preview)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.services.os_integration import (
    LoginStartStatus,
    OsIntegrationService,
    SchedulePlanInfo,
    ScheduleStatusInfo,
)
from app.services.reminder_settings import parse_reminder_days, parse_reminder_percent
from ui.context import AppContext
from ui.errors import show_error
from ui.models.certificate_rows import Expiry
from ui.theme import expiry_color
from ui.views.markup import escape

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RemindersPage", text)


def _numbers(values: Any) -> str:
    return ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in values or ())


class RemindersPage(QWidget):
    valid_changed = Signal(bool)
    login_status_loaded = Signal(object)  # LoginStartStatus
    schedule_status_loaded = Signal(object)  # ScheduleStatusInfo
    schedule_changed = Signal(object)  # SchedulePlanInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.os: OsIntegrationService = ctx.services.os_integration
        prefs = ctx.preferences
        error_style = f"color: {expiry_color(Expiry.EXPIRED).name()};"
        # -- reminders ----------------------------------------------------------------------
        reminders = QGroupBox(_tr("Reminders"))
        form = QFormLayout(reminders)
        self.reminder_days = QLineEdit(_numbers(prefs.get("reminder_days")))
        self.reminder_days.setAccessibleName(_tr("Remind days before expiry"))
        self.reminder_days.setPlaceholderText(_tr("e.g. 30, 14, 7, 1"))
        self.reminder_percent = QLineEdit(_numbers(prefs.get("reminder_percent")))
        self.reminder_percent.setAccessibleName(_tr("Remind at percent of lifetime left"))
        self.reminder_percent.setPlaceholderText(_tr("e.g. 33, 10"))
        self.days_error = QLabel()
        self.percent_error = QLabel()
        for label, name in ((self.days_error, _tr("Problem with the days")),
                            (self.percent_error, _tr("Problem with the percentages"))):
            label.setStyleSheet(error_style)
            label.setWordWrap(True)
            label.setAccessibleName(name)
            label.hide()
        form.addRow(_tr("Remind &days before expiry:"), self.reminder_days)
        form.addRow("", self.days_error)
        form.addRow(_tr("Remind at % of &lifetime left:"), self.reminder_percent)
        form.addRow("", self.percent_error)
        explain = QLabel(_tr("Each reminder fires once per certificate. A days reminder only "
                             "counts when it is at most half the lifetime, so short-lived "
                             "certificates (6 or 45 days) use the percentages; “expired” "
                             "always counts."))
        explain.setWordWrap(True)
        form.addRow(explain)
        self.reminder_days.textChanged.connect(self._on_reminder_text_changed)
        self.reminder_percent.textChanged.connect(self._on_reminder_text_changed)
        # -- start at login -------------------------------------------------------------------
        login = QGroupBox(_tr("Start at login"))
        login_layout = QVBoxLayout(login)
        self.start_at_login = QCheckBox(_tr("Start certdesk in the tray when I log in"))
        self.start_at_login.setAccessibleName(self.start_at_login.text())
        self.start_at_login.setChecked(bool(prefs.get("start_at_login")))
        self.start_at_login.setEnabled(False)  # until the real state is known
        self.login_status = QLabel(_tr("Checking…"))
        self.login_status.setWordWrap(True)
        self.login_status.setAccessibleName(_tr("Start at login status"))
        self.login_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        login_layout.addWidget(self.start_at_login)
        login_layout.addWidget(self.login_status)
        self.login: LoginStartStatus | None = None
        # -- headless schedule ----------------------------------------------------------------
        schedule = QGroupBox(_tr("Renewal when certdesk is not running"))
        sched_layout = QVBoxLayout(schedule)
        self.schedule_status = QLabel(_tr("Checking…"))
        self.schedule_status.setWordWrap(True)
        self.schedule_status.setTextFormat(Qt.TextFormat.RichText)
        self.schedule_status.setAccessibleName(_tr("Scheduled renewal status"))
        self.schedule_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.install_button = QPushButton(_tr("&Install schedule"))
        self.install_button.setAccessibleName(_tr("Install the scheduled renewal"))
        self.install_button.setToolTip(_tr("Let the system run “certdesk-cli renew --due” "
                                           "twice a day"))
        self.remove_button = QPushButton(_tr("Re&move schedule"))
        self.remove_button.setAccessibleName(_tr("Remove the scheduled renewal"))
        self.preview_button = QPushButton(_tr("&Show what it installs"))
        self.preview_button.setAccessibleName(_tr("Show what the schedule installs"))
        self.install_button.clicked.connect(lambda: self._change_schedule(install=True))
        self.remove_button.clicked.connect(lambda: self._change_schedule(install=False))
        self.preview_button.clicked.connect(self._on_preview_clicked)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        self.plan_text = QPlainTextEdit()
        self.plan_text.setReadOnly(True)
        self.plan_text.setAccessibleName(_tr("What the schedule installs"))
        self.plan_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.plan_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.plan_text.setMinimumHeight(110)
        self.plan_text.hide()
        # Said before anything is scheduled: a path that will not last (macOS translocation,
        # the disk image, a zip's temporary folder) would be saved in the schedule.
        self.location_warning = QLabel()
        self.location_warning.setWordWrap(True)
        self.location_warning.setAccessibleName(_tr("Install location warning"))
        self.location_warning.setStyleSheet("color: palette(highlighted-text); "
                                            "background: #b7791f; padding: 4px;")
        self.location_warning.hide()
        sched_layout.addWidget(self.location_warning)
        sched_layout.addWidget(self.schedule_status)
        sched_layout.addLayout(row)
        sched_layout.addWidget(self.plan_text)
        self.schedule: ScheduleStatusInfo | None = None
        self._schedule_busy = True
        layout = QVBoxLayout(self)
        layout.addWidget(reminders)
        layout.addWidget(login)
        layout.addWidget(schedule)
        layout.addStretch(1)
        self._update_schedule_buttons()
        self._on_reminder_text_changed()
        self.reload_status()

    # -- reminders ---------------------------------------------------------------------------
    def _check(self, edit: QLineEdit, error: QLabel, parse: Any) -> bool:
        try:
            parse(edit.text())
        except UserFacingError as exc:
            error.setText(f"{exc.message} {exc.hint}".strip())
            error.show()
            edit.setAccessibleDescription(error.text())
            return False
        error.clear()
        error.hide()
        edit.setAccessibleDescription("")
        return True

    def _on_reminder_text_changed(self) -> None:
        self.valid_changed.emit(self.is_valid())

    def is_valid(self) -> bool:
        days = self._check(self.reminder_days, self.days_error, parse_reminder_days)
        percent = self._check(self.reminder_percent, self.percent_error,
                              parse_reminder_percent)
        return days and percent

    def values(self) -> dict[str, Any]:
        """The reminder settings to save (raises InvalidInput when not valid)."""
        return {"reminder_days": parse_reminder_days(self.reminder_days.text()),
                "reminder_percent": parse_reminder_percent(self.reminder_percent.text())}

    def wanted_login(self) -> bool | None:
        """True/False when the start-at-login switch was changed, else None."""
        if self.login is None or not self.login.available:
            return None
        wanted = self.start_at_login.isChecked()
        return wanted if wanted != self.login.enabled else None

    # -- status ------------------------------------------------------------------------------
    def reload_status(self) -> None:
        service = self.os
        self.ctx.tasks.run(lambda _c: service.login_status(), on_success=self.show_login,
                           on_failure=self._on_status_failed, owner=self,
                           name="start at login status")
        self.ctx.tasks.run(lambda _c: service.schedule_status(),
                           on_success=self.show_schedule, on_failure=self._on_status_failed,
                           owner=self, name="schedule status")
        self.ctx.tasks.run(lambda _c: service.location_warning(),
                           on_success=self.show_location_warning,
                           on_failure=self._on_status_failed, owner=self,
                           name="install location")

    def show_location_warning(self, warning: str | None) -> None:
        self.location_warning.setText(warning or "")
        self.location_warning.setVisible(bool(warning))

    def show_login(self, status: LoginStartStatus) -> None:
        self.login = status
        self.start_at_login.setEnabled(status.available)
        self.start_at_login.setChecked(status.enabled)
        if not status.available:
            self.login_status.setText(status.problem)
        elif status.enabled:
            self.login_status.setText(_tr("On, through the {mechanism}: {where}").format(
                mechanism=status.mechanism, where=status.where))
        else:
            self.login_status.setText(_tr("Off. When on, certdesk adds a {mechanism} "
                                          "({where}).").format(mechanism=status.mechanism,
                                                               where=status.where))
        self.login_status_loaded.emit(status)

    def show_schedule(self, info: ScheduleStatusInfo) -> None:
        self.schedule = info
        self._schedule_busy = False
        if not info.available:
            text = escape(info.problem)
        else:
            state = (_tr("<b>Installed</b> ({mechanism}).") if info.installed else
                     _tr("<b>Not installed.</b> Certificates are renewed only while certdesk "
                         "runs. Installing adds a {mechanism}."))
            text = state.format(mechanism=escape(info.mechanism))
            text += "<br>" + _tr("It runs, twice a day: {command}").format(
                command=f"<code>{escape(info.command)}</code>")
            if info.files:
                text += "<br>" + _tr("Files: {files}").format(
                    files=escape(", ".join(str(f) for f in info.files)))
        self.schedule_status.setText(text)
        self._update_schedule_buttons()
        self.schedule_status_loaded.emit(info)

    def _on_status_failed(self, exc: BaseException) -> None:
        log.warning("status failed: %s", exc)
        self._schedule_busy = False
        self._update_schedule_buttons()
        show_error(self, exc)

    def _update_schedule_buttons(self) -> None:
        info, idle = self.schedule, not self._schedule_busy
        available = info is not None and info.available
        self.install_button.setEnabled(idle and available and info is not None
                                       and not info.installed)
        self.remove_button.setEnabled(idle and available and info is not None
                                      and info.installed)
        self.preview_button.setEnabled(idle and available)

    # -- schedule actions --------------------------------------------------------------------
    def _change_schedule(self, *, install: bool) -> None:
        service = self.os

        def change(_c: Any) -> tuple[SchedulePlanInfo, ScheduleStatusInfo]:
            plan = service.install_schedule() if install else service.remove_schedule()
            return plan, service.schedule_status()

        self._schedule_busy = True
        self._update_schedule_buttons()
        self.schedule_status.setText(_tr("Installing…") if install else _tr("Removing…"))
        self.ctx.tasks.run(change, on_success=self._on_schedule_changed,
                           on_failure=self._on_schedule_failed, owner=self,
                           name="install schedule" if install else "remove schedule")

    def _on_schedule_changed(self, result: tuple[SchedulePlanInfo, ScheduleStatusInfo]) -> None:
        plan, status = result
        self.plan_text.setPlainText(plan.text)
        self.plan_text.show()
        self.show_schedule(status)
        self.schedule_changed.emit(plan)

    def _on_schedule_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        service = self.os
        self.ctx.tasks.run(lambda _c: service.schedule_status(), on_success=self.show_schedule,
                           on_failure=self._on_status_failed, owner=self,
                           name="schedule status")

    def _on_preview_clicked(self) -> None:
        service = self.os
        installed = self.schedule is not None and self.schedule.installed

        def preview(_c: Any) -> SchedulePlanInfo:
            return (service.remove_schedule(dry_run=True) if installed
                    else service.install_schedule(dry_run=True))

        self.ctx.tasks.run(preview, on_success=self._on_preview_loaded,
                           on_failure=lambda exc: show_error(self, exc), owner=self,
                           name="schedule preview")

    def _on_preview_loaded(self, plan: SchedulePlanInfo) -> None:
        self.plan_text.setPlainText(plan.text)
        self.plan_text.show()
