"""Add an account that already exists at a CA, from its key file (e.g. another machine's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain import Account
from app.errors import InvalidInput
from app.wizard.account_form import ca_choices
from ui.context import AppContext
from ui.errors import show_error
from ui.tasks import Lane
from ui.views.file_field import FileField


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoverAccountDialog", text)


def read_key_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"The key file {path} cannot be read: {exc.strerror}.",
                           "Choose the account's private key (a PEM file).") from exc


class RecoverAccountDialog(QDialog):
    account_recovered = Signal(object)  # Account

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("recoverAccountDialog")
        self.setWindowTitle(_tr("Add an existing account"))
        intro = QLabel(_tr("Use an account you already have at a CA, for example one created "
                           "on another computer or by another ACME client. The CA finds the "
                           "account by its key; nothing new is registered."))
        intro.setWordWrap(True)
        self.ca = QComboBox()
        self.ca.setAccessibleName(_tr("Certificate authority"))
        for choice in ca_choices(ctx.services.accounts.presets()):
            self.ca.addItem(choice.name, choice.directory)
        self.url = QLineEdit()
        self.url.setAccessibleName(_tr("Directory URL"))
        self.url.setPlaceholderText("https://ca.example/acme/directory")
        self.url_label = QLabel(_tr("Directory &URL:"))
        self.url_label.setBuddy(self.url)
        self.key_file = FileField(_tr("Account key file"), _tr("Choose the account key"),
                                  _tr("Keys (*.pem *.key);;All files (*)"),
                                  placeholder=_tr("PEM file with the account's private key"))
        self.ca_bundle = FileField(_tr("CA bundle"), _tr("Choose the CA's root certificate"),
                                   _tr("Certificates (*.pem *.crt);;All files (*)"),
                                   placeholder=_tr("Only for a private CA (step-ca, Vault)"))
        self.name = QLineEdit()
        self.name.setAccessibleName(_tr("Account name"))
        self.name.setPlaceholderText(_tr("Optional: a name to recognise it by"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(_tr("&Add account"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(_tr("C&A:"), self.ca)
        form.addRow(self.url_label, self.url)
        form.addRow(_tr("Account &key:"), self.key_file)
        form.addRow(_tr("CA &bundle:"), self.ca_bundle)
        form.addRow(_tr("&Name:"), self.name)
        form.addRow(self.status)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)
        self.ca.currentIndexChanged.connect(self._sync)
        self.url.textChanged.connect(self._sync)
        self.key_file.changed.connect(self._sync)
        self._sync()

    def directory(self) -> str:
        return self.url.text().strip() if not self.ca.currentData() else \
            str(self.ca.currentData())

    def _sync(self, *_args: object) -> None:
        custom = not self.ca.currentData()
        self.url.setVisible(custom)
        self.url_label.setVisible(custom)
        problem = ""
        if not self.directory():
            problem = _tr("Enter the CA's directory URL.")
        elif not self.key_file.path():
            problem = _tr("Choose the account's key file.")
        self.status.setText(problem)
        self.add_button.setEnabled(not problem)

    def _on_buttons_accepted(self) -> None:
        accounts = self.ctx.services.accounts
        directory, key_path = self.directory(), self.key_file.path()
        bundle = self.ca_bundle.path() or None
        name = self.name.text().strip() or None
        self.add_button.setEnabled(False)
        self.status.setText(_tr("Asking the CA for the account…"))
        self.ctx.tasks.run(
            lambda _c: accounts.recover(directory, read_key_file(key_path), ca_bundle=bundle,
                                        name=name),
            on_success=self._on_recovered, on_failure=self._on_failed, lane=Lane.NETWORK,
            owner=self, name="recover account")

    def _on_recovered(self, account: Account) -> None:
        self.account_recovered.emit(account)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._sync()
        show_error(self, exc)
