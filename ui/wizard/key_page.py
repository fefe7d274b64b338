"""Page 2: the key — a new one, reuse one, or bring your own CSR; optional subject fields."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from app.services.keys import KeyType
from app.wizard.flow import SUBJECT_FIELDS, KeySource, NewCertificateFlow, Page


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyPage", text)


_SUBJECT_LABELS = {"O": "Organization (O)", "OU": "Organizational unit (OU)",
                   "L": "City (L)", "ST": "State or province (ST)", "C": "Country code (C)"}


class KeyPage(QWizardPage):
    def __init__(self, flow: NewCertificateFlow, certificates: Sequence[Any]) -> None:
        super().__init__()
        self.flow = flow
        self.setTitle(_tr("Key and signing request"))
        self.setSubTitle(_tr("certdesk makes a new private key for you. Change this only if "
                             "you need a specific key type or already have a CSR."))
        self.new = QRadioButton(_tr("Create a ne&w key"))
        self.reuse = QRadioButton(_tr("&Reuse the key of an existing certificate"))
        self.csr = QRadioButton(_tr("Use my own &CSR (the key stays with you)"))
        self.group = QButtonGroup(self)
        for i, button in enumerate((self.new, self.reuse, self.csr)):
            self.group.addButton(button, i)
            button.setAccessibleName(button.text().replace("&", ""))
        self.new.setChecked(True)
        self.key_type = QComboBox()
        self.key_type.setAccessibleName(_tr("Key type"))
        for kt in KeyType:
            self.key_type.addItem(kt.label, kt.value)
        self.key_type.setCurrentIndex(self.key_type.findData(flow.draft.key_type.value))
        self.reuse_of = QComboBox()
        self.reuse_of.setAccessibleName(_tr("Certificate whose key to reuse"))
        for cert in certificates:
            if getattr(cert, "key_policy", "") != "csr" and cert.current is not None:
                self.reuse_of.addItem(cert.label, cert.id)
        self.reuse.setEnabled(self.reuse_of.count() > 0)
        self.csr_path = QLineEdit()
        self.csr_path.setReadOnly(True)
        self.csr_path.setAccessibleName(_tr("CSR file"))
        browse = QPushButton(_tr("&Browse…"))
        browse.setAccessibleName(_tr("Choose a CSR file"))
        browse.clicked.connect(self._on_browse_clicked)
        csr_row = QHBoxLayout()
        csr_row.addWidget(self.csr_path, 1)
        csr_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.new)
        form.addRow(_tr("    Key &type:"), self.key_type)
        form.addRow(self.reuse)
        form.addRow(_tr("    Certificate:"), self.reuse_of)
        form.addRow(self.csr)
        form.addRow(_tr("    CSR file:"), csr_row)
        self.subject = QGroupBox(_tr("Subject fields (optional)"))
        self.subject.setCheckable(True)
        self.subject.setChecked(False)
        self.subject.setAccessibleName(_tr("Subject fields"))
        subject_form = QFormLayout(self.subject)
        note = QLabel(_tr("Most public CAs (Let's Encrypt included) drop these; fill them in "
                          "only if your CA keeps them."))
        note.setWordWrap(True)
        subject_form.addRow(note)
        self.subject_edits: dict[str, QLineEdit] = {}
        for key in SUBJECT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(_tr(_SUBJECT_LABELS[key]))
            edit.textChanged.connect(self._sync)
            subject_form.addRow(_tr(_SUBJECT_LABELS[key]) + ":", edit)
            self.subject_edits[key] = edit
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.subject)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.group.idToggled.connect(self._sync)
        self.key_type.currentIndexChanged.connect(self._sync)
        self.reuse_of.currentIndexChanged.connect(self._sync)
        self.subject.toggled.connect(self._sync)
        reuse_index = self.reuse_of.findData(flow.draft.reuse_key_of)
        if flow.draft.key_source is KeySource.REUSE and reuse_index >= 0:
            self.reuse_of.setCurrentIndex(reuse_index)
            self.reuse.setChecked(True)
        self._sync()

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _tr("Choose a CSR"), "",
                                              _tr("Signing requests (*.csr *.pem *.req);;"
                                                  "All files (*)"))
        if path:
            self.load_csr(Path(path))

    def load_csr(self, path: Path) -> None:
        self.csr_path.setText(str(path))
        try:
            self.flow.draft.csr_pem = path.read_text("ascii")
        except (OSError, UnicodeDecodeError) as exc:
            self.flow.draft.csr_pem = None
            self.problem.setText(_tr("Could not read {path}: {error}").format(path=path,
                                                                               error=exc))
        self.csr.setChecked(True)
        self._sync()

    def _sync(self, *_args: object) -> None:
        d = self.flow.draft
        d.key_source = [KeySource.NEW, KeySource.REUSE, KeySource.CSR][self.group.checkedId()]
        d.key_type = KeyType(self.key_type.currentData())
        d.reuse_key_of = self.reuse_of.currentData()
        d.subject = ({k: e.text().strip() for k, e in self.subject_edits.items()}
                     if self.subject.isChecked() else {})
        self.key_type.setEnabled(d.key_source is KeySource.NEW)
        self.reuse_of.setEnabled(d.key_source is KeySource.REUSE)
        self.subject.setEnabled(d.key_source is not KeySource.CSR)
        problems = self.flow.problems(Page.KEY)
        self.problem.setText(problems[0] if problems else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.flow.can_leave(Page.KEY)
