"""Endpoints of one certificate: the servers (host:port) that should serve it, checked daily.

List with the last status, add, remove, "Check now" (on a worker); warnings stated plainly.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import AnyCertificate
from app.errors import UserFacingError
from app.services.monitoring import Endpoint
from ui.context import AppContext
from ui.errors import show_error
from ui.models.certificate_rows import Expiry
from ui.models.endpoints import EndpointTableModel, is_warning, status_text
from ui.tasks import Lane, TaskControl
from ui.theme import expiry_color
from ui.views.markup import escape
from ui.views.row_keys import RowKeys


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EndpointsDialog", text, None, n)


class EndpointsDialog(QDialog):
    endpoints_loaded = Signal(object)  # list[Endpoint]
    checked = Signal(object)  # list[Endpoint] after "Check now"

    def __init__(self, ctx: AppContext, cert: AnyCertificate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cert = cert
        self.monitoring = ctx.services.monitoring
        label = cert.label or (cert.identifiers[0] if cert.identifiers else cert.id)
        self.setWindowTitle(_tr("Endpoints of {name}").format(name=label))
        self.setObjectName("endpointsDialog")
        self.setMinimumSize(720, 420)
        intro = QLabel(_tr("certdesk connects to these servers once a day (sending the server "
                           "name, SNI) and warns when one still serves an old, expiring or "
                           "wrong certificate — for example after a renewal that was not "
                           "deployed."))
        intro.setWordWrap(True)
        self.model = EndpointTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Endpoints"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.warnings = QLabel()
        self.warnings.setObjectName("endpointWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setAccessibleName(_tr("Endpoint warnings"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(_tr("host:port, e.g. www.example.com:443"))
        self.address.setAccessibleName(_tr("Endpoint address (host:port)"))
        self.address.textChanged.connect(self._update_buttons)
        self.address.returnPressed.connect(self._on_add_clicked)
        self.sni = QLineEdit()
        self.sni.setPlaceholderText(_tr("server name (optional)"))
        self.sni.setAccessibleName(_tr("Server name to send (SNI), optional"))
        self.sni.setToolTip(_tr("Only needed when the address is an IP address or differs from "
                                "the name the server answers to"))
        self.sni.returnPressed.connect(self._on_add_clicked)
        self.add_button = QPushButton(_tr("&Add"))
        self.add_button.setAccessibleName(_tr("Add endpoint"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(_tr("&Remove"))
        self.remove_button.setAccessibleName(_tr("Remove the selected endpoint"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.check_button = QPushButton(_tr("&Check now"))
        self.check_button.setAccessibleName(_tr("Check all endpoints now"))
        self.check_button.clicked.connect(self.check_now)
        self.row_keys = RowKeys(self.table, [self.check_button, self.remove_button],
                                delete=self.remove_button, activate=self.check_button)
        self.error = QLabel()
        self.error.setObjectName("endpointError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(_tr("Problem with the address"))
        self.error.setStyleSheet(f"color: {expiry_color(Expiry.EXPIRED).name()};")
        self.status = QLabel()
        self.status.setAccessibleName(_tr("Status"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  self._on_remove_clicked)
        add_label = QLabel(_tr("A&dd an endpoint:"))
        add_label.setBuddy(self.address)
        add_row = QHBoxLayout()
        add_row.addWidget(add_label)
        add_row.addWidget(self.address, 3)
        add_row.addWidget(self.sni, 2)
        add_row.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.check_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(actions)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setTabOrder(self.address, self.sni)
        self.setTabOrder(self.sni, self.add_button)
        self._busy = False
        self.error.hide()
        self.warnings.hide()
        self._update_buttons()
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        monitoring, cert_id = self.monitoring, self.cert.id
        self.ctx.tasks.run(lambda _c: monitoring.list_endpoints(cert_id),
                           on_success=self._on_loaded, on_failure=self._on_failed,
                           lane=Lane.STORE, owner=self, name="list endpoints")

    def _on_loaded(self, endpoints: Sequence[Endpoint]) -> None:
        self.show_endpoints(endpoints)
        self.endpoints_loaded.emit(list(endpoints))

    def show_endpoints(self, endpoints: Sequence[Endpoint]) -> None:
        self.model.set_rows(endpoints)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))
        bad = [e for e in endpoints if is_warning(e.status)]
        if bad:
            lines = "".join(f"<li><b>{escape(e.address)}</b> — "
                            f"{escape(status_text(e.status))}: "
                            f"{escape(e.message or '')}</li>" for e in bad)
            self.warnings.setText("<b>⚠ " + escape(
                _tr("{n} of {total} endpoints need attention:").format(
                    n=len(bad), total=len(endpoints))) + f"</b><ul>{lines}</ul>")
            self.warnings.show()
        else:
            self.warnings.clear()
            self.warnings.hide()
        if not endpoints:
            self.status.setText(_tr("No endpoints yet: add the servers that use this "
                                    "certificate below."))
        elif not self._busy:
            self.status.setText(_tr("%n endpoint(s)", len(endpoints)))
        self._update_buttons()

    def selected(self) -> Endpoint | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        idle = not self._busy
        self.add_button.setEnabled(idle and bool(self.address.text().strip()))
        self.remove_button.setEnabled(idle and self.selected() is not None)
        self.check_button.setEnabled(idle and self.model.rowCount() > 0)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        if message:
            self.status.setText(message)
        self._update_buttons()

    # -- actions ---------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        address, sni = self.address.text().strip(), self.sni.text().strip()
        if not address or self._busy:
            return
        monitoring, cert_id = self.monitoring, self.cert.id

        def add(_c: TaskControl) -> list[Endpoint]:
            monitoring.add_endpoint(cert_id, address, sni)
            return monitoring.list_endpoints(cert_id)

        self._set_busy(True, _tr("Adding {address}…").format(address=address))
        self.ctx.tasks.run(add, on_success=self._on_endpoint_added,
                           on_failure=self._on_failed, lane=Lane.STORE, owner=self,
                           name="add endpoint")

    def _on_endpoint_added(self, endpoints: Sequence[Endpoint]) -> None:
        self._on_added(endpoints)
        self.check_now()  # say at once whether it serves the certificate

    def _on_added(self, endpoints: Sequence[Endpoint]) -> None:
        self._busy = False
        self.address.clear()
        self.sni.clear()
        self.error.hide()
        self.show_endpoints(endpoints)
        self.endpoints_loaded.emit(list(endpoints))

    def _on_remove_clicked(self) -> None:
        endpoint = self.selected()
        if endpoint is None or self._busy:
            return
        monitoring, cert_id, endpoint_id = self.monitoring, self.cert.id, endpoint.id

        def remove(_c: TaskControl) -> list[Endpoint]:
            monitoring.remove_endpoint(endpoint_id)
            return monitoring.list_endpoints(cert_id)

        self._set_busy(True, _tr("Removing {address}…").format(address=endpoint.address))
        self.ctx.tasks.run(remove, on_success=self._on_added, on_failure=self._on_failed,
                           lane=Lane.STORE, owner=self, name="remove endpoint")

    def check_now(self) -> None:
        if self._busy or not self.model.rowCount():
            return
        monitoring, cert_id = self.monitoring, self.cert.id
        self._set_busy(True, _tr("Connecting to %n endpoint(s)…", self.model.rowCount()))
        self.ctx.tasks.run(lambda c: monitoring.check_endpoints(cert_id, cancel=c.cancel),
                           on_success=self._on_checked, on_failure=self._on_failed,
                           owner=self, name="check endpoints")

    def _on_checked(self, endpoints: Sequence[Endpoint]) -> None:
        self._busy = False
        self.show_endpoints(endpoints)
        bad = sum(1 for e in endpoints if is_warning(e.status))
        self.status.setText(_tr("Checked just now: all endpoints serve the current "
                                "certificate.") if not bad else
                            _tr("Checked just now: {n} need attention.").format(n=bad))
        self.checked.emit(list(endpoints))

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.status.clear()
        if isinstance(exc, UserFacingError):
            self.error.setText(f"{exc.message} {exc.hint}".strip())
            self.error.show()
        else:
            show_error(self, exc)
        self._update_buttons()
