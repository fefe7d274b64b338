"""Settings: defaults, DNS provider credentials, and where certdesk keeps its data."""

from __future__ import annotations

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.crypto.keys import KeyType
from ui.context import AppContext
from ui.dialogs.credentials_panel import CredentialsPanel
from ui.errors import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _ints(text: str) -> list[int]:
    return sorted({int(p) for p in text.replace(",", " ").split() if p.isdigit()}, reverse=True)


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
        self.reminder_days = QLineEdit(", ".join(str(d) for d in prefs.get("reminder_days")))
        self.reminder_days.setAccessibleName(_tr("Remind days before expiry"))
        self.reminder_percent = QLineEdit(", ".join(str(d) for d in
                                                    prefs.get("reminder_percent")))
        self.reminder_percent.setAccessibleName(_tr("Remind at percent of lifetime left"))
        self.auto_renew = QCheckBox(_tr("Renew automatically in the background"))
        self.auto_renew.setChecked(bool(prefs.get("auto_renew")))
        self.start_at_login = QCheckBox(_tr("Start certdesk in the tray when I log in"))
        self.start_at_login.setChecked(bool(prefs.get("start_at_login")))
        for box in (self.auto_renew, self.start_at_login):
            box.setAccessibleName(box.text())
        form.addRow(_tr("Default &key type:"), self.key_type)
        form.addRow(_tr("Default &account:"), self.account)
        form.addRow(_tr("Remind &days before expiry:"), self.reminder_days)
        form.addRow(_tr("Remind at % of &lifetime left:"), self.reminder_percent)
        form.addRow("", self.auto_renew)
        form.addRow("", self.start_at_login)
        self.tabs.addTab(defaults, _tr("Defaults"))
        self.credentials = CredentialsPanel(ctx)
        self.tabs.addTab(self.credentials, _tr("DNS credentials"))
        data = QWidget()
        data_form = QFormLayout(data)
        where = prefs.locations()
        for label, path in ((_tr("Data folder"), where.home), (_tr("Database"), where.database),
                            (_tr("Logs"), where.logs)):
            value = QLabel(str(path))
            value.setAccessibleName(label)
            value.setTextInteractionFlags(value.textInteractionFlags() |
                                          value.textInteractionFlags().TextSelectableByMouse)
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
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        accounts = ctx.services.accounts
        default_id = prefs.get("default_account_id")
        ctx.tasks.run(lambda _c: accounts.list(),
                      on_success=lambda accs: self._on_accounts(accs, default_id),
                      on_failure=lambda _e: None, owner=self, name="accounts")

    def _on_accounts(self, accounts: list[Any], default_id: str | None) -> None:
        for account in accounts:
            self.account.addItem(account.name, account.id)
        if default_id:
            self.account.setCurrentIndex(max(self.account.findData(default_id), 0))

    def values(self) -> dict[str, Any]:
        return {
            "default_key_type": self.key_type.currentData(),
            "default_account_id": self.account.currentData(),
            "reminder_days": _ints(self.reminder_days.text()),
            "reminder_percent": _ints(self.reminder_percent.text()),
            "auto_renew": self.auto_renew.isChecked(),
            "start_at_login": self.start_at_login.isChecked(),
        }

    def _on_buttons_accepted(self) -> None:
        prefs, values = self.ctx.preferences, self.values()
        self.ctx.tasks.run(lambda _c: prefs.update(values), on_success=lambda _r: self.accept(),
                           on_failure=lambda exc: show_error(self, exc), owner=self,
                           name="save settings")
