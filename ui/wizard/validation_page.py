"""Page 4: how to prove control of each name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.wizard.flow import NewCertificateFlow, Page
from app.wizard.memory import recall_methods
from app.wizard.methods import METHODS, MethodKey, method, methods_for
from ui.context import AppContext
from ui.errors import describe, show_error
from ui.views.markup import escape
from ui.wizard.method_form import MethodForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("ValidationPage", text)


class ValidationPage(QWizardPage):
    def __init__(self, ctx: AppContext, flow: NewCertificateFlow) -> None:
        super().__init__()
        self.ctx = ctx
        self.flow = flow
        self.setTitle(_tr("How should certdesk prove the names are yours?"))
        self.setSubTitle(_tr("The CA checks a DNS record or a web answer for each name. "
                             "Choose one method for all names, or one per name."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _tr("&Get certificate"))
        self.default = QComboBox()
        self.default.setAccessibleName(_tr("Validation method for all names"))
        for info in METHODS:
            self.default.addItem(_tr(info.label), info.key.value)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([_tr("Name"), _tr("Method")])
        self.table.setAccessibleName(_tr("Validation method per name"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.forms = QTabWidget()
        self.forms.setAccessibleName(_tr('Method settings'))
        self.settings = QGroupBox(_tr("Settings"))
        settings_layout = QVBoxLayout(self.settings)
        settings_layout.addWidget(self.forms)
        self._forms: dict[MethodKey, MethodForm] = {}
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(_tr("Problems"))
        form = QFormLayout()
        form.addRow(_tr("&Method:"), self.default)
        self.default.setToolTip(_tr("Used for every name unless changed below"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.settings, 1)
        layout.addWidget(self.problem)
        self.default.currentIndexChanged.connect(self._on_default_current_index_changed)
        self._credential_names: list[str] = []
        self.memory: dict[str, Any] | None = None  # what the wizard used last time
        self._recalled = False
        self._credentials_error = ""
        self._load_credentials()

    def _load_credentials(self) -> None:
        creds = self.ctx.services.dns_credentials
        self.ctx.tasks.run(lambda _c: [c.name for c in creds.saved()],
                           on_success=self._on_credentials_loaded,
                           on_failure=self._on_credentials_failed, owner=self,
                           name="credentials")

    def _on_credentials_failed(self, exc: BaseException) -> None:
        report = describe(exc)
        self._credentials_error = _tr("Saved DNS credentials could not be read: {what} "
                                      "{hint}").format(what=report.summary, hint=report.hint)
        self._check()

    def _on_credentials_loaded(self, names: list[str]) -> None:
        self._credential_names = names
        old = self._forms.pop(MethodKey.DNS_PROVIDER, None)
        if old is not None:
            self.forms.removeTab(self.forms.indexOf(old))
            old.deleteLater()
        self._sync_forms()

    def initializePage(self) -> None:
        if self.memory is not None and not self._recalled:
            self._recalled = True  # once: going back and forth keeps the user's choice
            recall_methods(self.memory, self.flow)
        self.default.blockSignals(True)
        self.default.setCurrentIndex(self.default.findData(self.flow.draft.default_method.value))
        self.default.blockSignals(False)
        self._fill_table()
        self._sync_forms()

    def _fill_table(self) -> None:
        ids = self.flow.draft.names.identifiers
        self.table.setRowCount(len(ids))
        for row, ident in enumerate(ids):
            label = QLabel(escape(ident.display))
            label.setToolTip(ident.value)
            self.table.setCellWidget(row, 0, label)
            combo = QComboBox()
            combo.setAccessibleName(_tr("Method for {name}").format(name=ident.display))
            for info in methods_for(ident):
                combo.addItem(_tr(info.label), info.key.value)
            combo.setCurrentIndex(combo.findData(self.flow.method_for(ident.value).value))
            if ident.is_wildcard:
                combo.setPlaceholderText(_tr("Wildcards need DNS validation: choose one"))
            elif ident.type == "ip":
                combo.setPlaceholderText(_tr("IP addresses need HTTP or TLS-ALPN: choose one"))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, n=ident.value: self._on_name_method_changed(n, c))
            self.table.setCellWidget(row, 1, combo)
        self.table.resizeColumnToContents(0)

    def _on_default_current_index_changed(self, _index: int) -> None:
        self.flow.set_method(MethodKey(self.default.currentData()))
        self._fill_table()
        self._sync_forms()

    def _on_name_method_changed(self, name: str, combo: QComboBox) -> None:
        self.flow.set_method(MethodKey(combo.currentData()), name)
        self._sync_forms()

    def form_for(self, key: MethodKey) -> MethodForm:
        if key not in self._forms:
            form = MethodForm(method(key), self._credential_names)
            form.changed.connect(lambda k=key: self._on_form_changed(k))
            form.test_requested.connect(self._on_form_test_requested)
            self._forms[key] = form
            for name, value in self.flow.draft.method_values.get(key, {}).items():
                if name in form.inputs and value not in (None, ""):
                    form.set_value(name, " ".join(value) if isinstance(value, list) else value)
            self.flow.set_method_values(key, form.values())
        return self._forms[key]

    def _sync_forms(self) -> None:
        used = self.flow.methods_in_use() or [self.flow.draft.default_method]
        while self.forms.count():
            self.forms.removeTab(0)
        for key in used:
            self.forms.addTab(self.form_for(key), _tr(method(key).label))
        self.forms.tabBar().setVisible(len(used) > 1)
        self._check()

    def _on_form_changed(self, key: MethodKey) -> None:
        self.flow.set_method_values(key, self._forms[key].values())
        self._check()

    def _on_form_test_requested(self, name: str) -> None:
        if not name:
            return
        creds = self.ctx.services.dns_credentials
        self.ctx.tasks.run(lambda _c: creds.test(name),
                           on_success=lambda text: QMessageBox.information(
                               self, _tr("DNS credentials"), text),
                           on_failure=lambda exc: show_error(self, exc), owner=self,
                           name="test credentials")

    def _check(self) -> None:
        problems = self.flow.problems(Page.VALIDATION)
        if self._credentials_error:
            problems.append(self._credentials_error)
        self.problem.setText(escape(problems[0]) if problems else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.flow.can_leave(Page.VALIDATION)

    def values(self, key: MethodKey) -> dict[str, Any]:
        return self.form_for(key).values()
