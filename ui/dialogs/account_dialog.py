"""Register an ACME account: CA picker (with staging twins), contacts, EAB, terms, key type."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Account
from app.services.keys import KeyType
from app.wizard.account_form import AccountForm, CaChoice, ca_choices
from app.wizard.request import account_request
from ui.context import AppContext
from ui.errors import describe, show_error
from ui.tasks import Lane, Task
from ui.views.file_field import FileField
from ui.views.fit import fit_height
from ui.views.markup import escape

STAGING_ROLE = 0x0101


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountDialog", text)


class AccountDialog(QDialog):
    account_created = Signal(object)  # Account
    directory_checked = Signal(object)  # DirectoryInfo or exception

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 initial: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = AccountForm(key_type=KeyType(ctx.preferences.get("default_key_type")))
        self.created: Account | None = None
        self._info_task: Task[Any] | None = None
        self._info_seq = 0
        self._checking = False
        self._register_task: Task[Any] | None = None
        self._eab_from_directory = False
        self._eab_not_needed = False  # the directory said EAB is not needed
        self._directory_problem: str | None = None  # the last check of this URL failed
        self.setWindowTitle(_tr("Add an ACME account"))
        self.setObjectName("accountDialog")
        self.setMinimumWidth(560)

        intro = QLabel(_tr("An account at a certificate authority (CA) is what certdesk uses "
                           "to ask for certificates. Use a staging CA to try things out: its "
                           "certificates are not trusted, but nothing counts against limits."))
        intro.setWordWrap(True)
        self.ca = QComboBox()
        self.ca.setAccessibleName(_tr("Certificate authority"))
        self.choices = ca_choices(ctx.services.accounts.presets())
        for choice in self.choices:
            text = choice.name if not choice.staging or "staging" in choice.name.lower() \
                else _tr("{name} (staging — for testing)").format(name=choice.name)
            self.ca.addItem(text, choice.key)
            self.ca.setItemData(self.ca.count() - 1, choice.url or _tr("Enter the URL below"),
                                0x03)  # ToolTipRole
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://ca.example/acme/directory")
        self.url.setAccessibleName(_tr("Directory URL"))
        self.url_label = QLabel(_tr("Directory URL:"))
        self.ca_bundle = FileField(_tr("CA bundle"), _tr("Choose the CA's root certificate"),
                                   _tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
                                   placeholder=_tr("Only for a private CA (step-ca, Vault)"))
        self.ca_bundle.setToolTip(_tr("The root certificate that signed your private ACME "
                                      "server's TLS certificate (PEM)."))
        self.ca_bundle_label = QLabel(_tr("CA &bundle:"))
        self.ca_bundle_label.setBuddy(self.ca_bundle.edit)
        self.emails = QLineEdit()
        self.emails.setPlaceholderText(_tr("admin@example.com (optional, for the CA's notices)"))
        self.emails.setAccessibleName(_tr("Contact e-mail addresses"))
        self.key_type = QComboBox()
        self.key_type.setAccessibleName(_tr("Account key type"))
        for kt in KeyType:
            self.key_type.addItem(kt.label, kt.value)
        self.key_type.setCurrentIndex(self.key_type.findData(self.form.key_type.value))

        form = QFormLayout()
        form.addRow(_tr("&CA:"), self.ca)
        form.addRow(self.url_label, self.url)
        form.addRow(self.ca_bundle_label, self.ca_bundle)
        form.addRow(_tr("&E-mail:"), self.emails)
        form.addRow(_tr("Account &key:"), self.key_type)
        self.url_label.setBuddy(self.url)

        self.eab = QGroupBox(_tr("External account binding (EAB)"))
        self.eab.setAccessibleName(_tr("External account binding"))
        eab_form = QFormLayout(self.eab)
        self.eab_help = QLabel()
        self.eab_help.setWordWrap(True)
        self.eab_help.setOpenExternalLinks(True)
        self.eab_kid = QLineEdit()
        self.eab_kid.setAccessibleName(_tr("EAB key ID"))
        self.eab_hmac = QLineEdit()
        self.eab_hmac.setAccessibleName(_tr("EAB HMAC key"))
        self.eab_hmac.setEchoMode(QLineEdit.EchoMode.Password)
        eab_form.addRow(self.eab_help)
        eab_form.addRow(_tr("Key &ID:"), self.eab_kid)
        eab_form.addRow(_tr("&HMAC key:"), self.eab_hmac)

        self.tos_link = QLabel()
        self.tos_link.setOpenExternalLinks(True)
        self.tos_link.setWordWrap(True)
        self.tos = QCheckBox(_tr("I &agree to the CA's terms of service"))
        self.tos.setAccessibleName(_tr("Agree to the terms of service"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(_tr("Working"))
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(_tr("Create account"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_again = self.buttons.addButton(_tr("Check &again"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.check_again.setAccessibleName(_tr("Contact the CA again"))
        self.check_again.setToolTip(_tr("Read the CA's directory again (e.g. after fixing the "
                                        "network or the CA bundle)"))
        self.check_again.clicked.connect(self._on_check_again_clicked)
        self.check_again.hide()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.eab)
        layout.addWidget(self.tos_link)
        layout.addWidget(self.tos)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Enter means Create: made default once the buttons are in the dialog (before that
        # QDialog does not know them and picks the first button, Cancel, itself).
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.create_button.setDefault(True)

        if initial is not None and self.ca.findData(initial) >= 0:
            self.ca.setCurrentIndex(self.ca.findData(initial))
        self.ca.currentIndexChanged.connect(self._on_ca_current_index_changed)
        self.url.editingFinished.connect(self._on_url_editing_finished)
        self.ca_bundle.edit.editingFinished.connect(self._on_url_editing_finished)
        self.ca_bundle.changed.connect(self._sync)
        self.url.textEdited.connect(self._on_url_text_edited)
        for edit in (self.url, self.emails, self.eab_kid, self.eab_hmac):
            edit.textChanged.connect(self._sync)
        self.tos.toggled.connect(self._sync)
        self.key_type.currentIndexChanged.connect(self._sync)
        self._on_ca_current_index_changed(self.ca.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # never squeezed to two thirds of a small or highly scaled screen

    # -- state -----------------------------------------------------------------------------
    @property
    def choice(self) -> CaChoice:
        return self.choices[max(self.ca.currentIndex(), 0)]

    def select_ca(self, key: str) -> None:
        self.ca.setCurrentIndex(self.ca.findData(key))

    def _sync(self, *_args: object) -> None:
        f = self.form
        f.choice = self.choice
        f.custom_url = self.url.text()
        f.emails_text = self.emails.text()
        f.eab_kid, f.eab_hmac_key = self.eab_kid.text(), self.eab_hmac.text()
        f.agree_tos = self.tos.isChecked()
        f.key_type = KeyType(self.key_type.currentData())
        custom = self.choice.custom
        self.url.setVisible(custom)
        self.url_label.setVisible(custom)
        self.ca_bundle.setVisible(custom)
        self.ca_bundle_label.setVisible(custom)
        f.ca_bundle = (self.ca_bundle.path() or None) if custom else None
        typed = bool(f.eab_kid or f.eab_hmac_key)  # never hide what the admin typed
        show_eab = ((f.shows_eab and not self._eab_not_needed) or self._eab_from_directory
                    or typed)
        if show_eab != (not self.eab.isHidden()):
            self.eab.setVisible(show_eab)
            fit_height(self)
        help_text = self.choice.eab_help or _tr(
            "Some CAs require it; your CA gives you a key ID and an HMAC key.")
        self.eab_help.setText(escape(help_text) if not help_text.startswith("http")
                              else f'<a href="{help_text}">{html.escape(help_text)}</a>')
        if bool(f.tos_url) != (not self.tos.isHidden()):
            self.tos.setVisible(bool(f.tos_url))
            fit_height(self)
        busy = self._register_task is not None
        problems = f.problems()
        if self._eab_from_directory and not (f.eab_kid and f.eab_hmac_key):
            problems.append(_tr("This CA needs an EAB key ID and HMAC key."))
        if self._directory_problem is not None:
            problems.insert(0, self._directory_problem)  # kept until the URL changes
        self.check_again.setVisible(self._directory_problem is not None and not self._checking)
        self.create_button.setEnabled(not problems and not busy and not self._checking)
        if not busy and not self._checking:
            self.status.setText(problems[0] if problems else "")

    def _on_ca_current_index_changed(self, _index: int) -> None:
        self._forget_directory_check()
        self.form.tos_url = None
        self._eab_from_directory = False
        self._eab_not_needed = False  # the directory said EAB is not needed
        self._directory_problem = None
        self.tos.setChecked(False)
        self.tos_link.clear()
        self._sync()
        if not self.choice.custom:
            self._check_directory(self.choice.directory)

    def _on_url_text_edited(self, _text: str) -> None:
        if self._checking:
            self._forget_directory_check()
            self._sync()
        if self._directory_problem is not None or self.form.tos_url:
            self._directory_problem = None  # a new URL: its CA is not known yet
            self.form.tos_url = None
            self._eab_from_directory = False
            self._eab_not_needed = False  # the directory said EAB is not needed
            self.tos.setChecked(False)
            self.tos_link.clear()
            self._sync()

    def _on_check_again_clicked(self) -> None:
        self._check_directory(self.form.directory)

    def _on_url_editing_finished(self) -> None:
        if self.choice.custom and self.form.directory.startswith(("https://", "http://")):
            self._check_directory(self.form.directory)

    def _forget_directory_check(self) -> None:
        """Another CA or URL was chosen: the answer of a check still running is about the
        previous one and must not show its terms or its error here."""
        if self._info_task is not None:
            self._info_task.cancel()
            self._info_task = None
        self._info_seq += 1
        self._checking = False
        self.busy.setVisible(self._register_task is not None)

    def _check_directory(self, directory: str) -> None:
        if self._info_task is not None:
            self._info_task.cancel()
        self._info_seq += 1
        seq = self._info_seq
        accounts = self.ctx.services.accounts
        self.status.setText(_tr("Contacting the CA…"))
        self.busy.show()
        self._checking = True
        bundle = self.form.ca_bundle
        task = self.ctx.tasks.run(lambda _c: accounts.directory_info(directory, bundle),
                                  on_success=lambda info: self._on_directory(seq, info),
                                  on_failure=lambda exc: self._on_directory(seq, exc),
                                  owner=self, name="directory info")
        self._info_task = None if task.done else task

    def _on_directory(self, seq: int, result: Any) -> None:
        if seq != self._info_seq:
            return  # a newer check is running
        self._info_task = None
        self._checking = False
        self.busy.setVisible(self._register_task is not None)
        if isinstance(result, BaseException):
            report = describe(result)
            self._directory_problem = f"{report.summary} {report.hint}".strip()
            self._sync()
            self.directory_checked.emit(result)
            return
        self._directory_problem = None
        self.form.tos_url = result.terms_of_service
        self._eab_from_directory = bool(result.external_account_required)
        self._eab_not_needed = not result.external_account_required
        if result.terms_of_service:
            url = html.escape(result.terms_of_service)
            self.tos_link.setText(_tr("Terms of service: {link}").format(
                link=f'<a href="{url}">{url}</a>'))
        self._sync()
        self.directory_checked.emit(result)

    # -- create ----------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        self._sync()
        if self.form.problems():
            return
        request = account_request(self.form.request_fields())
        accounts = self.ctx.services.accounts
        self.busy.show()
        self.status.setText(_tr("Registering the account at the CA…"))
        self.create_button.setEnabled(False)
        task = self.ctx.tasks.run(
            lambda _c: accounts.register(request), on_success=self._on_registered,
            on_failure=self._on_register_failed, lane=Lane.NETWORK, owner=self,
            name="register account")
        self._register_task = None if task.done else task

    def _on_registered(self, account: Account) -> None:
        self._register_task = None
        self.created = account
        self.busy.hide()
        self.account_created.emit(account)
        self.accept()

    def _on_register_failed(self, exc: BaseException) -> None:
        self._register_task = None
        self.busy.hide()
        report = describe(exc)
        self._sync()
        # Shown once: inline for what the user can fix, in the error box (with its details)
        # for a bug.
        self.status.setText(f"<b>{escape(report.summary)}</b> {escape(report.hint)}")
        if report.bug:
            show_error(self, exc)
