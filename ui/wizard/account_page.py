"""Page 3: which account, which profile, which chain; label and auto-renew."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from app.domain import Account
from app.wizard.flow import NewCertificateFlow, Page
from ui.context import AppContext
from ui.errors import describe


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("AccountPage", text, None, n)


class AccountPage(QWizardPage):
    def __init__(self, ctx: AppContext, flow: NewCertificateFlow,
                 accounts: Sequence[Account]) -> None:
        super().__init__()
        self.ctx = ctx
        self.flow = flow
        self._profiles_seq = 0
        self.setTitle(_tr("Account, profile and chain"))
        self.setSubTitle(_tr("The ACME account that asks for the certificate. The defaults "
                             "suit almost everyone."))
        self.account = QComboBox()
        self.account.setAccessibleName(_tr("ACME account"))
        self.add_account = QPushButton(_tr("&Add account…"))
        self.add_account.setAccessibleName(_tr("Add an ACME account"))
        self.add_account.clicked.connect(self._on_add_account_clicked)
        row = QHBoxLayout()
        row.addWidget(self.account, 1)
        row.addWidget(self.add_account)
        self.profile = QComboBox()
        self.profile.setEditable(True)
        self.profile.setAccessibleName(_tr("Certificate profile"))
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        self.chain = QLineEdit()
        self.chain.setAccessibleName(_tr("Preferred chain"))
        self.chain.setPlaceholderText(_tr("CA default (e.g. ISRG Root X1)"))
        self.label = QLineEdit()
        self.label.setAccessibleName(_tr("Label"))
        self.label.setPlaceholderText(_tr("the first name"))
        self.auto_renew = QCheckBox(_tr("&Renew automatically before it expires"))
        self.auto_renew.setChecked(flow.draft.auto_renew)
        self.auto_renew.setAccessibleName(_tr("Renew automatically"))
        self.problem = QLabel()
        form = QFormLayout(self)
        account_label = QLabel(_tr("A&ccount:"))
        account_label.setBuddy(self.account)  # the row is a layout: name the combo box
        form.addRow(account_label, row)
        form.addRow(_tr("&Profile:"), self.profile)
        form.addRow("", self.profile_note)
        form.addRow(_tr("Preferred &chain:"), self.chain)
        form.addRow(_tr("&Label:"), self.label)
        form.addRow("", self.auto_renew)
        form.addRow(self.problem)
        for account in accounts:
            self._add_account(account)
        if flow.draft.account_id:
            self.account.setCurrentIndex(self.account.findData(flow.draft.account_id))
        self.account.currentIndexChanged.connect(self._on_account_current_index_changed)
        for edit in (self.chain, self.label):
            edit.textChanged.connect(self._sync)
        self.profile.currentTextChanged.connect(self._sync)
        self.auto_renew.toggled.connect(self._sync)
        self._on_account_current_index_changed(self.account.currentIndex())

    def _add_account(self, account: Account) -> None:
        self.account.addItem(account.name, account.id)
        self.account.setItemData(self.account.count() - 1, account.directory_url, 0x03)

    def _on_add_account_clicked(self) -> None:
        from ui.dialogs.account_dialog import AccountDialog

        dialog = AccountDialog(self.ctx, self, initial="custom")
        dialog.account_created.connect(self._on_dialog_account_created)
        dialog.open()

    def _on_dialog_account_created(self, account: Account) -> None:
        self._add_account(account)
        self.account.setCurrentIndex(self.account.count() - 1)

    def _on_account_current_index_changed(self, _index: int) -> None:
        self.flow.draft.account_id = self.account.currentData()
        self.profile.clear()
        self.profile.addItem(_tr("(CA default)"), "")
        self.profile_note.clear()
        account_id = self.account.currentData()
        if account_id:
            self._load_profiles(account_id)
        self._sync()

    def _load_profiles(self, account_id: str) -> None:
        accounts = self.ctx.services.accounts
        self._profiles_seq += 1
        seq = self._profiles_seq

        def fetch(_c: Any) -> dict[str, str]:
            account = accounts.get(account_id)
            return dict(accounts.directory_info(account.directory_url,
                                                account.ca_bundle).profiles)

        self.ctx.tasks.run(fetch, on_success=lambda p: self._on_profiles(seq, p),
                           on_failure=lambda exc: self._on_profiles_failed(seq, exc),
                           owner=self, name="profiles")

    def _on_profiles_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._profiles_seq:
            return
        report = describe(exc)
        self.profile_note.setText(_tr("Could not ask the CA for its profiles ({what}); you can "
                                      "still type a profile name or use the CA's default.")
                                  .format(what=report.summary.rstrip(".")))

    def _on_profiles(self, seq: int, profiles: dict[str, str]) -> None:
        if seq != self._profiles_seq:
            return
        for name, description in profiles.items():
            self.profile.addItem(f"{name} — {description}" if description else name, name)
        self.profile_note.setText(_tr("This CA offers %n profile(s).", len(profiles))
                                  if profiles else _tr("This CA has no profiles to choose."))

    def _sync(self, *_args: object) -> None:
        d = self.flow.draft
        data = self.profile.currentData()
        text = self.profile.currentText()
        d.profile = (data if isinstance(data, str) and self.profile.itemText(
            self.profile.currentIndex()) == text else text.split(" — ")[0].strip()) or None
        if d.profile == "(CA default)":
            d.profile = None
        d.preferred_chain = self.chain.text().strip() or None
        d.label = self.label.text().strip() or None
        d.auto_renew = self.auto_renew.isChecked()
        problems = self.flow.problems(Page.ACCOUNT)
        self.problem.setText(problems[0] if problems else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.flow.can_leave(Page.ACCOUNT)
