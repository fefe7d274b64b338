"""Page 5: the DNS records to create, with copy buttons and live per-nameserver status.

The status refreshes by itself (on a worker, with backoff); "Continue" is enabled once every
nameserver serves the records. Closing the wizard here keeps the order: resume it later.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.wizard.propagation import RecordStatus, RecordWatcher
from ui.context import AppContext
from ui.interaction import ManualRequest
from ui.models.certificate_rows import Expiry
from ui.theme import expiry_color, icon
from ui.views.markup import escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordsPage", text)


_STATE_TEXT = {"present": "✓ present", "missing": "… not yet", "other value": "✗ other value",
               "unreachable": "? unreachable"}


class RecordsPage(QWizardPage):
    status_checked = Signal(bool)  # ready

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.request: ManualRequest | None = None
        self.resolvers: list[str] = []
        self.ready = False
        self._watcher: RecordWatcher | None = None
        self._checking = False
        self._delay_ms = 1000
        self.setTitle(_tr("Create these DNS records"))
        self.setSubTitle(_tr("Add the TXT records below at your DNS host. certdesk checks every "
                             "nameserver and continues when all of them serve the records. You "
                             "may close certdesk now and resume the order later."))
        self.setButtonText(QWizard.WizardButton.NextButton, _tr("&Continue"))
        self.waiting = QLabel(_tr("Preparing the order with the CA…"))
        self.records = QTableWidget(0, 5)
        self.records.setAccessibleName(_tr("DNS records to create"))
        self.records.setHorizontalHeaderLabels([_tr("Name"), _tr("Type"), _tr("Value"),
                                                _tr("Copy"), _tr("Copy")])
        self.records.verticalHeader().setVisible(False)
        self.records.setWordWrap(False)
        header = self.records.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QTableWidget(0, 3)
        self.status.setAccessibleName(_tr("Propagation status per nameserver"))
        self.status.setHorizontalHeaderLabels([_tr("Record"), _tr("Nameserver"), _tr("Status")])
        self.status.verticalHeader().setVisible(False)
        self.status.setWordWrap(False)
        self.status.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.status.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(_tr("Propagation summary"))
        self.anyway = QCheckBox(_tr("Continue &anyway (the CA may not see the records yet)"))
        self.anyway.setAccessibleName(_tr("Continue anyway"))
        self.anyway.toggled.connect(lambda _c: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting)
        layout.addWidget(self.records, 1)
        layout.addWidget(QLabel("<b>" + _tr("Seen by the nameservers") + "</b>"))
        layout.addWidget(self.status, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.anyway)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)

    # -- records ---------------------------------------------------------------------------
    def show_request(self, request: ManualRequest) -> None:
        self.request = request
        records = request.records
        self.waiting.setText(escape(getattr(request.action, "title", "")))
        self.records.setRowCount(len(records))
        for row, record in enumerate(records):
            for col, key in enumerate(("name", "type", "value")):
                item = QTableWidgetItem(record.get(key, ""))
                item.setToolTip(record.get(key, ""))
                self.records.setItem(row, col, item)
            for col, key in ((3, "name"), (4, "value")):
                button = QToolButton()
                button.setIcon(icon("copy"))
                text = _tr("Copy the {what} of record {n}").format(
                    what=_tr("name") if key == "name" else _tr("value"), n=row + 1)
                button.setToolTip(text)
                button.setAccessibleName(text)
                button.setAutoRaise(True)
                button.setText(_tr("Name") if key == "name" else _tr("Value"))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                value = record.get(key, "")
                button.clicked.connect(lambda _c=False, v=value: self.copy(v))
                self.records.setCellWidget(row, col, button)
        self._watcher = RecordWatcher(records, resolvers=self.resolvers or None,
                                      resources=self.ctx.services.resources)
        self.ready = False
        self._delay_ms = 1000
        self.completeChanged.emit()
        self._check_now()

    @staticmethod
    def copy(text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    # -- polling ---------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        self._check_now()

    def _check_now(self) -> None:
        if self._watcher is None or self._checking:
            return
        self._checking = True
        watcher = self._watcher
        self.ctx.tasks.run(lambda _c: watcher.check(), on_success=self._on_checked,
                           on_failure=self._on_check_failed, owner=self, name="dns status")

    def _on_checked(self, result: tuple[list[RecordStatus], bool]) -> None:
        self._checking = False
        statuses, ready = result
        self.status.setRowCount(len(statuses))
        for row, st in enumerate(statuses):
            self.status.setItem(row, 0, QTableWidgetItem(st.name))
            self.status.setItem(row, 1, QTableWidgetItem(
                f"{st.nameserver} ({st.server})" if st.nameserver else st.server))
            item = QTableWidgetItem(_tr(_STATE_TEXT.get(st.state, st.state)) +
                                    (f" — {st.detail}" if st.detail else ""))
            item.setForeground(expiry_color(Expiry.OK if st.ok else Expiry.SOON))
            self.status.setItem(row, 2, item)
        self.ready = ready
        self.summary.setText(_tr("All nameservers serve the records. Continue when you "
                                 "are ready.") if ready else
                             _tr("Waiting for the records to appear… (checked automatically)"))
        self.status_checked.emit(ready)
        self.completeChanged.emit()
        self._schedule()

    def _on_check_failed(self, exc: BaseException) -> None:
        self._checking = False
        self.summary.setText(_tr("Could not check: {error}").format(error=exc))
        self._schedule()

    def _schedule(self) -> None:
        if self.request is None or self.request.answered or not self.isVisible():
            return
        self.timer.start(self._delay_ms)
        self._delay_ms = min(int(self._delay_ms * 1.5), 15000)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._watcher is not None and not self.timer.isActive():
            self._check_now()

    def stop(self) -> None:
        self.timer.stop()

    # -- wizard ----------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return self.request is not None and (self.ready or self.anyway.isChecked())

    def validatePage(self) -> bool:
        if self.request is None:
            return False
        self.stop()
        self.request.answer(True)
        return True

    def set_resolvers(self, resolvers: Sequence[str]) -> None:
        self.resolvers = list(resolvers)
