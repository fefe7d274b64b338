"""Import certificates from files (PEM, DER, PFX, P7B, KEY) or pasted PEM text.

Files come from the Browse buttons, from a drop onto the dialog (or onto the main window's
certificate table, which opens this dialog with them) or as PEM text pasted in. A preview
(names, issuer, expiry, key, chain, duplicate) is shown before anything is stored; the
password field appears when the file needs one. Errors (wrong password, damaged file) are
shown in place and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

from app.services.export_formats import PasswordRequired, WrongPassword
from app.services.inventory import read_input_file
from ui.context import AppContext
from ui.errors import describe, show_error
from ui.models.dates import local_time
from ui.tasks import Lane
from ui.views.file_drop import KEY_SUFFIXES, FileDropFilter
from ui.views.markup import escape

PASSWORD_SUFFIXES = (".pfx", ".p12")
SNIFF_BYTES = 65536


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ImportDialog", text, None, n)


@dataclass(frozen=True)
class DroppedFiles:
    certificate: str | None
    key: str | None
    ignored: tuple[str, ...]


def sort_dropped(paths: Sequence[str], head: Callable[[str], bytes]) -> DroppedFiles:
    """Which dropped file is the certificate and which the separate key (privkey.pem).

    `head(path)` returns the start of a file; a file holding a private key and no certificate
    is the key. Runs on a worker (it reads the files).
    """
    certificate: str | None = None
    key: str | None = None
    ignored: list[str] = []
    for path in paths:
        is_key = Path(path).suffix.lower() in KEY_SUFFIXES
        if not is_key:
            try:
                data = head(path)
            except OSError:
                data = b""
            is_key = b"PRIVATE KEY-----" in data and b"CERTIFICATE-----" not in data
        if is_key and key is None:
            key = path
        elif not is_key and certificate is None:
            certificate = path
        else:
            ignored.append(path)
    return DroppedFiles(certificate, key, tuple(ignored))


def _head(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read(SNIFF_BYTES)


@dataclass(frozen=True)
class _Source:
    path: str
    key_path: str
    text: str = field(repr=False)  # pasted text may hold a private key
    password: str | None = field(repr=False)

    def read(self) -> tuple[bytes | str, bytes | None]:
        data: bytes | str = (self.text if self.text.strip()
                             else read_input_file(self.path, "certificate file"))
        key = read_input_file(self.key_path, "key file") if self.key_path else None
        return data, key


class ImportDialog(QDialog):
    previewed = Signal(object)  # ImportPreview, or the exception that stopped it
    imported = Signal(object)  # ManagedCertificate

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 files: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inventory = ctx.services.inventory
        self.preview_result: Any = None
        self._generation = 0
        self.setWindowTitle(_tr("Import a certificate"))
        self.setObjectName("importDialog")
        self.setAccessibleName(_tr("Import a certificate"))
        self.setMinimumWidth(600)
        intro = QLabel(_tr("Choose or drop a certificate file (PEM, DER, PFX/P12 or P7B, "
                           "with its separate key file if it has one), or paste PEM text. "
                           "Nothing is stored until you press Import."))
        intro.setWordWrap(True)

        self.path = QLineEdit()
        self.path.setAccessibleName(_tr("Certificate file"))
        self.path.setPlaceholderText(_tr("PEM, DER, PFX/P12 or P7B file"))
        browse = QPushButton(_tr("&Browse…"))
        browse.setAccessibleName(_tr("Choose the certificate file"))
        browse.clicked.connect(self._on_browse_clicked)
        self.key_path = QLineEdit()
        self.key_path.setAccessibleName(_tr("Key file"))
        self.key_path.setPlaceholderText(_tr("optional: a separate private key (.key, "
                                             "privkey.pem)"))
        key_browse = QPushButton(_tr("B&rowse…"))
        key_browse.setAccessibleName(_tr("Choose the key file"))
        key_browse.clicked.connect(self._on_key_browse_clicked)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_tr("Password"))
        self.password.setPlaceholderText(_tr("the password the file was protected with"))

        self.text = QPlainTextEdit()
        self.text.setAccessibleName(_tr("PEM text"))
        self.text.setPlaceholderText("-----BEGIN CERTIFICATE-----\n…\n"
                                     "-----END CERTIFICATE-----")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5 + 12)
        paste = QPushButton(_tr("&Paste from clipboard"))
        paste.setAccessibleName(_tr("Paste PEM text from the clipboard"))
        paste.clicked.connect(self.paste_from_clipboard)

        self.fields: dict[str, QLabel] = {}
        self.preview_box = QGroupBox(_tr("Preview"))
        self.preview_box.setAccessibleName(_tr("Preview"))
        preview_form = QFormLayout(self.preview_box)
        for key, label in (("names", _tr("Names")), ("issuer", _tr("Issuer")),
                           ("expires", _tr("Expires")), ("key", _tr("Private key")),
                           ("chain", _tr("Chain")), ("duplicate", _tr("Already here"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setAccessibleName(label)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            preview_form.addRow(label + ":", value)
            self.fields[key] = value
        self.preview_form = preview_form
        self.preview = QLabel()  # status: what is happening, or what went wrong
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(_tr("Status"))
        self.preview.setTextFormat(Qt.TextFormat.RichText)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(_tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(_tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(_tr("&File:"), self.path), self._row(self.path, browse))
        form.addRow(self._label(_tr("&Key file:"), self.key_path),
                    self._row(self.key_path, key_browse))
        self.password_label = self._label(_tr("Pass&word:"), self.password)
        form.addRow(self.password_label, self.password)
        form.addRow(self._label(_tr("Or paste P&EM:"), self.text), self.text)
        form.addRow("", self._row(paste, stretch_last=False))
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._paste_timer = QTimer(self)
        self._paste_timer.setSingleShot(True)
        self._paste_timer.setInterval(300)
        self._paste_timer.timeout.connect(self._load_preview)
        self.path.editingFinished.connect(self._load_preview)
        self.key_path.editingFinished.connect(self._load_preview)
        self.password.returnPressed.connect(self._load_preview)
        self.password.editingFinished.connect(self._load_preview)
        self.text.textChanged.connect(self._on_text_changed)
        self.drops = FileDropFilter(self).watch(self, self.path, self.key_path, self.text)
        self.drops.files_dropped.connect(self.add_files)
        self._show_password(False)
        self._clear_preview()
        if files:
            self.add_files(list(files))

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(first: QWidget, second: QWidget | None = None, *,
             stretch_last: bool = True) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(first, 1 if stretch_last else 0)
        if second is not None:
            row.addWidget(second)
        if not stretch_last:
            row.addStretch(1)
        return row

    # -- input ----------------------------------------------------------------------------
    def add_files(self, paths: list[str]) -> None:
        """Files from a drop (or the main window): sort out certificate and key, then preview."""
        self._set_status(_tr("Reading %n file(s)…", len(paths)))
        self.ctx.tasks.run(lambda _c: sort_dropped(paths, _head), on_success=self._on_sorted,
                           on_failure=self._on_preview_failed, owner=self, name="sort drop")

    def _on_sorted(self, dropped: DroppedFiles) -> None:
        if dropped.certificate:
            self._use_file(dropped.certificate)
        if dropped.key:
            self.key_path.setText(dropped.key)
        if dropped.ignored:
            self._set_status(_tr("Only one certificate and one key at a time; ignored: "
                                 "{files}").format(files=", ".join(
                                     Path(p).name for p in dropped.ignored)))
        if not dropped.certificate and not self.path.text() and not self.text.toPlainText():
            self._set_status(_tr("That is a private key. Now add the certificate that "
                                 "belongs to it."))
            return
        self._load_preview()

    def _use_file(self, path: str) -> None:
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.path.setText(path)
        if Path(path).suffix.lower() in PASSWORD_SUFFIXES:
            self._show_password(True)

    def paste_from_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._set_status(_tr("The clipboard holds no text."), error=True)
            return
        self.text.setPlainText(text)
        self._load_preview()

    def _on_text_changed(self) -> None:
        if self.text.toPlainText().strip() and self.path.text():
            self.path.clear()
        self._paste_timer.start()

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Import a certificate"), "",
            _tr("Certificates (*.pem *.crt *.cer *.der *.pfx *.p12 *.p7b *.p7c);;"
                "All files (*)"))
        if path:
            self._use_file(path)
            self._load_preview()

    def _on_key_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Choose the private key"), "",
            _tr("Private keys (*.key *.pem);;All files (*)"))
        if path:
            self.key_path.setText(path)
            self._load_preview()

    def _source(self) -> _Source | None:
        text = self.text.toPlainText()
        path = self.path.text().strip()
        if not text.strip() and not path:
            return None
        return _Source(path, self.key_path.text().strip(), text, self.password.text() or None)

    def _show_password(self, visible: bool) -> None:
        self.form.setRowVisible(self.password, visible)

    # -- preview --------------------------------------------------------------------------
    def _load_preview(self) -> None:
        self._paste_timer.stop()
        source = self._source()
        self._generation += 1
        generation = self._generation
        self.import_button.setEnabled(False)
        if source is None:
            self._clear_preview()
            return
        inventory, certificates = self.inventory, self.ctx.services.certificates

        def preview(_c: object) -> tuple[Any, str | None]:
            data, key = source.read()
            result = inventory.preview(data, password=source.password, key_data=key,
                                       key_password=source.password)
            duplicate = None
            if result.duplicate_of:
                try:
                    duplicate = certificates.get(result.duplicate_of).label
                except Exception:
                    duplicate = result.duplicate_of
            return result, duplicate

        self._set_status(_tr("Reading…"))
        self.ctx.tasks.run(preview, on_success=lambda r: self._on_preview(generation, r),
                           on_failure=lambda exc: self._on_preview_failed(exc, generation),
                           owner=self, name="import preview")

    def _on_preview(self, generation: int, result: tuple[Any, str | None]) -> None:
        if generation != self._generation:
            return
        preview, duplicate = result
        self.preview_result = preview
        leaf = preview.inspection.leaf
        now = self.ctx.services.clock.now()
        self.fields["names"].setText(", ".join(preview.identifiers) or preview.label)
        self.fields["issuer"].setText(leaf.issuer)
        self.fields["expires"].setText(_expiry_text(leaf.not_after, now))
        key = preview.inspection.key
        self.fields["key"].setText(
            _tr("Yes, {kind}, matches the certificate").format(kind=key.description)
            if key is not None else
            _tr("No: certdesk can export the certificate, not PFX or key files. Add the "
                "key file to import it too."))
        self.fields["chain"].setText(preview.inspection.chain_check.summary())
        self.fields["duplicate"].setText(
            _tr("Yes, as “{label}”. Open that entry instead.").format(label=duplicate)
            if preview.duplicate_of else _tr("No"))
        self.preview_box.setEnabled(True)
        notes = " ".join(preview.inspection.notes)
        if preview.duplicate_of:
            self._set_status(_tr("This certificate is already in certdesk."), error=True)
        else:
            self._set_status(notes or _tr("Ready to import {label}.").format(
                label=preview.label))
        self.import_button.setEnabled(not preview.duplicate_of)
        if self.password.text():
            self._show_password(True)
        self.previewed.emit(preview)

    def _on_preview_failed(self, exc: BaseException, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self.preview_result = None
        self.import_button.setEnabled(False)
        self._clear_preview(keep_status=True)
        report = describe(exc)
        if isinstance(exc, PasswordRequired):
            self._show_password(True)
            self.password.setFocus()
            self._set_status(_tr("This file is protected by a password. Enter it, then "
                                 "press Enter."))
        else:
            if isinstance(exc, WrongPassword):
                self._show_password(True)
                self.password.selectAll()
                self.password.setFocus()
            self._set_status(report.summary + (" " + report.hint if report.hint else ""),
                             error=True)
        self.previewed.emit(exc)

    def _clear_preview(self, keep_status: bool = False) -> None:
        for value in self.fields.values():
            value.setText("—")
        self.preview_box.setEnabled(False)
        if not keep_status:
            self._set_status("")

    def _set_status(self, text: str, *, error: bool = False) -> None:
        escaped = escape(text)
        self.preview.setText(f"<span style='color:#c62828'>{escaped}</span>"
                             if error and text else escaped)

    # -- import ---------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        source = self._source()
        if source is None or self.preview_result is None:
            return
        inventory = self.inventory
        self.import_button.setEnabled(False)
        self._set_status(_tr("Importing…"))

        def do_import(_c: object) -> Any:
            data, key = source.read()
            return inventory.import_certificate(data, password=source.password, key_data=key,
                                                key_password=source.password)

        self.ctx.tasks.run(do_import, on_success=self._on_imported,
                           on_failure=self._on_import_failed, lane=Lane.STORE, owner=self,
                           name="import")

    def _on_imported(self, cert: Any) -> None:
        self.imported.emit(cert)
        self.accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        self._set_status(describe(exc).summary, error=True)
        self.import_button.setEnabled(self.preview_result is not None)
        show_error(self, exc)


def _expiry_text(not_after: dt.datetime, now: dt.datetime) -> str:
    days = (not_after - now).total_seconds() / 86400
    date = local_time(not_after)
    if days < 0:
        return _tr("{date} (expired %n day(s) ago)", int(-days)).format(date=date)
    return _tr("{date} (in %n day(s))", int(days)).format(date=date)
