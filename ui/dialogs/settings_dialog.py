"""Settings: defaults, reminders, DNS provider credentials, notifications, and where certdesk
keeps its data."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.keys import KeyType
from ui.context import AppContext
from ui.dialogs.credentials_panel import CredentialsPanel
from ui.dialogs.notifications_page import NotificationsPage
from ui.dialogs.reminders_page import RemindersPage
from ui.errors import show_error

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _scrolling(page: QWidget) -> QScrollArea:
    """A page taller than the dialog (small or highly scaled screens) scrolls instead of
    squeezing its fields."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_tr("Settings"))
        self.setObjectName("settingsDialog")
        self.setMinimumSize(600, 440)
        prefs = ctx.preferences
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Settings sections"))
        defaults = QWidget()
        form = QFormLayout(defaults)
        self.key_type = QComboBox()
        self.key_type.setAccessibleName(_tr("Default key type"))
        for kt in KeyType:
            self.key_type.addItem(kt.label, kt.value)
        self.key_type.setCurrentIndex(self.key_type.findData(prefs.get("default_key_type")))
        self.account = QComboBox()
        self.account.setAccessibleName(_tr("Default account"))
        self.account.addItem(_tr("(the first account)"), None)
        self.auto_renew = QCheckBox(_tr("Renew automatically in the background"))
        self.auto_renew.setChecked(bool(prefs.get("auto_renew")))
        self.auto_renew.setAccessibleName(self.auto_renew.text())
        self.renewals_per_ca = QSpinBox()
        self.renewals_per_ca.setRange(1, 16)
        self.renewals_per_ca.setValue(int(prefs.get("renewals_per_ca") or 4))
        self.renewals_per_ca.setAccessibleName(_tr("Renewals at once per CA"))
        self.renewals_per_ca.setToolTip(_tr(
            "How many renewals talk to one CA at the same time; renewals waiting for the CA "
            "don't count. More is faster for many certificates; CAs limit new orders per "
            "account, and a rate limit pauses the rest."))
        form.addRow(_tr("Default &key type:"), self.key_type)
        form.addRow(_tr("Default &account:"), self.account)
        form.addRow("", self.auto_renew)
        form.addRow(_tr("&Renewals at once per CA:"), self.renewals_per_ca)
        self.tabs.addTab(defaults, _tr("Defaults"))
        self.reminders = RemindersPage(ctx)
        self.reminder_days = self.reminders.reminder_days
        self.reminder_percent = self.reminders.reminder_percent
        self.start_at_login = self.reminders.start_at_login
        self.tabs.addTab(_scrolling(self.reminders), _tr("Reminders && start at login"))
        self.credentials = CredentialsPanel(ctx)
        self.tabs.addTab(_scrolling(self.credentials), _tr("DNS credentials"))
        self.notifications = NotificationsPage(ctx)
        self.tabs.addTab(_scrolling(self.notifications), _tr("Notifications"))
        data = QWidget()
        data_form = QFormLayout(data)
        where = prefs.locations()
        for label, path in ((_tr("Data folder"), where.home), (_tr("Database"), where.database),
                            (_tr("Logs"), where.logs)):
            # Read-only fields: a long path scrolls instead of being cut off, and copies.
            value = QLineEdit(str(path))
            value.setReadOnly(True)
            value.setCursorPosition(0)
            value.setAccessibleName(label)
            data_form.addRow(label + ":", value)
        open_button = QPushButton(_tr("&Open the data folder"))
        open_button.setAccessibleName(_tr("Open the data folder"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(where.home))))
        data_form.addRow("", open_button)
        note = QLabel(_tr("Private keys and DNS credentials are stored encrypted; the key to "
                          "them is kept in the system keyring."))
        note.setWordWrap(True)
        data_form.addRow(note)
        self.tabs.addTab(data, _tr("Data"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reminders.valid_changed.connect(self.save_button.setEnabled)
        self.save_button.setEnabled(self.reminders.is_valid())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        accounts = ctx.services.accounts
        default_id = prefs.get("default_account_id")
        ctx.tasks.run(lambda _c: accounts.list(),
                      on_success=lambda accs: self._on_accounts(accs, default_id),
                      on_failure=lambda exc: self._on_accounts_failed(exc, default_id),
                      owner=self, name="accounts")

    def _on_accounts(self, accounts: list[Any], default_id: str | None) -> None:
        for account in accounts:
            self.account.addItem(account.name, account.id)
        if default_id:
            self.account.setCurrentIndex(max(self.account.findData(default_id), 0))

    def _on_accounts_failed(self, exc: BaseException, default_id: str | None) -> None:
        # Keep the saved default: saving must not silently reset it to "the first account".
        log.warning("accounts could not be listed: %s", exc)
        if default_id:
            self.account.addItem(_tr("{id} (the account list could not be read)").format(
                id=default_id), default_id)
            self.account.setCurrentIndex(self.account.count() - 1)
        self.account.setToolTip(_tr("The account list could not be read: {error}").format(
            error=exc))

    def values(self) -> dict[str, Any]:
        return {
            "default_key_type": self.key_type.currentData(),
            "default_account_id": self.account.currentData(),
            **self.reminders.values(),
            "auto_renew": self.auto_renew.isChecked(),
            "start_at_login": self.start_at_login.isChecked(),
            "renewals_per_ca": self.renewals_per_ca.value(),
        }

    def show_page(self, page: QWidget) -> None:
        """Bring a settings page to the front (pages sit in scroll areas)."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab is page or (isinstance(tab, QScrollArea) and tab.widget() is page):
                self.tabs.setCurrentIndex(i)
                return

    def current_page(self) -> QWidget | None:
        tab = self.tabs.currentWidget()
        return tab.widget() if isinstance(tab, QScrollArea) else tab

    def _on_buttons_accepted(self) -> None:
        if not self.reminders.is_valid():
            self.show_page(self.reminders)
            return
        prefs, values = self.ctx.preferences, self.values()
        # Start at login is the OS's state: the service changes it and records the setting.
        values.pop("start_at_login")
        login, wanted = self.reminders.os, self.reminders.wanted_login()

        def save(_c: object) -> None:
            prefs.update(values)
            if wanted is not None:
                login.set_start_at_login(wanted)

        self.ctx.tasks.run(save, on_success=lambda _r: self.accept(),
                           on_failure=self._on_save_failed, owner=self, name="save settings")

    def _on_save_failed(self, exc: BaseException) -> None:
        self.show_page(self.reminders)
        show_error(self, exc)
        self.reminders.reload_status()
