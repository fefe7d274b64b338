"""Change an account's contact e-mail addresses at the CA."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain import Account
from ui.context import AppContext
from ui.errors import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactsDialog", text)


class ContactsDialog(QDialog):
    contacts_changed = Signal(object)  # Account

    def __init__(self, ctx: AppContext, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.setObjectName("contactsDialog")
        self.setWindowTitle(_tr("Contacts of {name}").format(name=account.name))
        intro = QLabel(_tr("The CA sends notices about this account (expiry, policy changes) "
                           "to these addresses. Leave it empty to get none."))
        intro.setWordWrap(True)
        self.emails = QLineEdit(", ".join(account.contacts))
        self.emails.setPlaceholderText("admin@example.com, ops@example.com")
        self.emails.setAccessibleName(_tr("Contact e-mail addresses"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(_tr("&Save at the CA"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(_tr("&E-mail addresses:"), self.emails)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)

    def _on_buttons_accepted(self) -> None:
        accounts, account_id = self.ctx.services.accounts, self.account.id
        emails = [e for e in self.emails.text().replace(";", ",").split(",") if e.strip()]
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(lambda _c: accounts.update_contacts(account_id, emails),
                           on_success=self._on_saved, on_failure=self._on_failed, owner=self,
                           name="update contacts")

    def _on_saved(self, account: Account) -> None:
        self.contacts_changed.emit(account)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)
