"""A certificate's export targets: list, add, edit, remove, and run now with the result shown.

Targets are folders certdesk writes the certificate to, now and after every renewal, with an
optional command afterwards (reload nginx, import into the Windows or macOS store).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs.deployment_dialog import DeploymentDialog
from ui.dialogs.target_editor import TargetEditor
from ui.errors import describe, show_error
from ui.models.certificate_rows import Expiry
from ui.models.table import RowRole
from ui.models.targets import TargetTableModel
from ui.tasks import Lane
from ui.theme import expiry_color
from ui.views.markup import escape
from ui.views.row_keys import RowKeys


def _tr(text: str) -> str:
    return QCoreApplication.translate("TargetsDialog", text)


class TargetsDialog(QDialog):
    targets_loaded = Signal(list)
    ran = Signal(list)  # TargetRunResult values

    def __init__(self, ctx: AppContext, cert: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cert = cert
        self.service = ctx.services.targets
        self.editor: TargetEditor | None = None
        self.confirm_box: QMessageBox | None = None
        title = _tr("Export targets of {label}").format(label=cert.label)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("targetsDialog")
        self.resize(820, 400)
        intro = QLabel(_tr("certdesk writes this certificate into these folders when you run "
                           "them and again after every renewal, then runs the command you "
                           "chose (for example to reload nginx or import it into the Windows "
                           "certificate store)."))
        intro.setWordWrap(True)
        self.model = TargetTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Export targets"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # paths: keep both ends
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = self._button(_tr("&Add…"), _tr("Add an export target"), self.add)
        self.edit_button = self._button(_tr("&Edit…"), _tr("Edit the selected target"),
                                        self.edit_selected)
        self.remove_button = self._button(_tr("Re&move"), _tr("Remove the selected target"),
                                          self.remove_selected)
        self.deploy_button = self._button(_tr("&Deploy…"),
                                          _tr("Windows preset and endpoint check of the "
                                              "selected target"), self.deploy_selected)
        self.run_button = self._button(_tr("&Run now"),
                                       _tr("Write the files and run the command now"),
                                       self.run_selected)
        self.row_keys = RowKeys(self.table, [self.edit_button, self.run_button,
                                             self.deploy_button, self.remove_button,
                                             self.add_button], delete=self.remove_button)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button,
                       self.deploy_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.run_button)

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAccessibleName(_tr("Result"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(_tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self._busy = False
        self._update_buttons()
        self.reload()

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        service, cert_id = self.service, self.cert.id
        self.ctx.tasks.run(lambda _c: service.list_targets(cert_id), on_success=self._on_loaded,
                           on_failure=lambda exc: show_error(self, exc), lane=Lane.STORE,
                           owner=self, name="list targets")

    def _on_loaded(self, targets: list[Any]) -> None:
        keep = self.selected()
        self.model.set_rows(targets)
        if keep is not None:
            for row, target in enumerate(targets):
                if target.id == keep.id:
                    self.table.selectRow(row)
        elif targets:
            self.table.selectRow(0)
        if not targets:
            self.outcome.setText(escape(_tr("No export targets yet. Add one: choose a "
                                                "folder and the formats to write there.")))
        self._update_buttons()
        self.targets_loaded.emit(targets)

    def selected(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(RowRole) if indexes else None

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.remove_button, self.run_button,
                       self.deploy_button):
            button.setEnabled(has and not self._busy)
        self.add_button.setEnabled(not self._busy)

    # -- editing --------------------------------------------------------------------------
    def add(self) -> TargetEditor:
        return self._open_editor(None)

    def edit_selected(self) -> TargetEditor | None:
        target = self.selected()
        return self._open_editor(target) if target is not None else None

    def _open_editor(self, target: Any) -> TargetEditor:
        editor = TargetEditor(self.ctx, self.cert, target, self)
        editor.saved.connect(self._on_editor_saved)
        self.editor = editor
        editor.open()
        return editor

    def deploy_selected(self) -> DeploymentDialog | None:
        target = self.selected()
        if target is None:
            return None
        dialog = DeploymentDialog(self.ctx, target, self)
        dialog.open()
        return dialog

    def _on_editor_saved(self, target: Any) -> None:
        self.outcome.setText(escape(_tr("Saved the target {folder}. Use “Run now” to "
                                            "write the files.").format(folder=target.folder)))
        self.reload()

    def remove_selected(self) -> None:
        target = self.selected()
        if target is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Remove export target"),
                          _tr("Stop exporting to {folder}?").format(folder=target.folder),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setInformativeText(_tr("Files already written there are left as they are."))
        box.setAccessibleName(_tr("Remove export target"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda code: self._on_confirm_finished(code, target))
        self.confirm_box = box
        box.open()

    def _on_confirm_finished(self, code: int, target: Any) -> None:
        self.confirm_box = None
        if code != QMessageBox.StandardButton.Yes:
            return
        service = self.service
        self.ctx.tasks.run(lambda _c: service.remove_target(target.id),
                           on_success=lambda _r: self._on_removed(target),
                           on_failure=lambda exc: show_error(self, exc), lane=Lane.STORE,
                           owner=self, name="remove target")

    def _on_removed(self, target: Any) -> None:
        self.outcome.setText(escape(_tr("Removed the target {folder}.").format(
            folder=target.folder)))
        self.reload()

    # -- running --------------------------------------------------------------------------
    def run_selected(self) -> None:
        target = self.selected()
        if target is None:
            return
        service = self.service
        self._busy = True
        self._update_buttons()
        self.outcome.setText(escape(_tr("Running {folder}…").format(folder=target.folder)))
        self.ctx.tasks.run(lambda _c: [service.run_target(target.id)], on_success=self._on_ran,
                           on_failure=self._on_run_failed, owner=self, name="run target")

    def _on_ran(self, results: list[Any]) -> None:
        self._busy = False
        self.show_results(results)
        self.reload()
        self.ran.emit(results)

    def show_results(self, results: list[Any]) -> None:
        parts = []
        for result in results:
            color = expiry_color(Expiry.OK if result.ok else Expiry.EXPIRED).name()
            head = _tr("Done") if result.ok else _tr("Failed")
            text = f"<b style='color:{color}'>{escape(head)}:</b> " \
                f"{escape(result.message)}"
            if result.files:
                text += "<br>" + escape(", ".join(Path(f).name for f in result.files))
            parts.append(text)
        self.outcome.setText("<br>".join(parts))

    def _on_run_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self.outcome.setText(escape(describe(exc).summary))
        show_error(self, exc)
