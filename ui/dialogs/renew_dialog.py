"""Renewing one certificate from the main window: its steps, and what it needs from the user.

The renewal's questions (DNS records to create, files to publish, "continue anyway?") come
through this dialog's own GuiInteraction, so they reach the window that started this renewal
and nothing else. The DNS records are shown with the wizard's records view (live status per
nameserver). Cancel gives the order up; closing the dialog while it waits for the user keeps
the order for later (Pending orders).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import AnyCertificate, ManagedCertificate
from app.errors import Cancelled
from app.progress import ProgressEvent
from app.services.order_parking import OrderParked
from ui.context import AppContext
from ui.errors import describe, show_error
from ui.interaction import GuiInteraction, ManualRequest
from ui.tasks import Task, TaskControl
from ui.views.markup import escape
from ui.views.steps_view import StepsView
from ui.wizard.records_page import RecordsPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("RenewDialog", text)


SHOW_AFTER_MS = 800


def _resolvers(cert: AnyCertificate) -> list[str]:
    """The DNS servers the certificate's validation checks records with (empty: the
    authoritative ones)."""
    return list(cert.validation.default.options.resolvers)


class RenewDialog(QDialog):
    renewed = Signal(object)  # ManagedCertificate
    renew_failed = Signal(object)  # exception
    question_shown = Signal(object)  # ManualRequest

    def __init__(self, ctx: AppContext, cert: AnyCertificate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cert = cert
        self.task: Task[Any] | None = None
        self.request: ManualRequest | None = None
        self.asked = False
        self._closed = False
        self.setObjectName("renewDialog")
        self.setWindowTitle(_tr("Renew {name}").format(name=cert.label))
        self.setMinimumSize(720, 440)
        self.interaction = GuiInteraction(self, dispatcher=ctx.bridge.dispatcher)
        self.interaction.action_requested.connect(self._on_interaction_action_requested)

        self.steps = StepsView(ctx.services.clock.monotonic)
        self.records = RecordsPage(ctx)
        self.records.setVisible(False)
        self.records.completeChanged.connect(self._sync_buttons)
        self.records.set_resolvers(_resolvers(cert))
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setAccessibleName(_tr("What certdesk needs from you"))
        self.question.setVisible(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(_tr("Result"))
        self.buttons = QDialogButtonBox()
        self.continue_button = QPushButton(_tr("C&ontinue"))
        self.continue_button.setAccessibleName(_tr("Continue the renewal"))
        self.cancel_button = QPushButton(_tr("&Cancel renewal"))
        self.cancel_button.setAccessibleName(_tr("Cancel the renewal"))
        self.cancel_button.setToolTip(_tr("Give this order up (the CA's pending authorizations "
                                          "are released)"))
        self.close_button = QPushButton(_tr("C&lose"))
        self.close_button.setAccessibleName(_tr("Close"))
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Giving the order up is the destructive choice; Close (like Esc) keeps a waiting one.
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.question)
        layout.addWidget(self.records, 3)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self._sync_buttons()

    # -- running ---------------------------------------------------------------------------
    def start(self) -> None:
        services, interaction, cert_id = self.ctx.services, self.interaction, self.cert.id

        def renew(c: TaskControl) -> ManagedCertificate:
            return services.certificates.renew(cert_id, force=True, cancel=c.cancel,
                                               progress=c.progress, interaction=interaction)

        self.steps.start()
        self.outcome.setText(_tr("Renewing…"))
        # A renewal that needs nobody is often done in a second: no window flashes by.
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_if_running)
        self.task = self.ctx.tasks.run(renew, on_success=self._on_renew_succeeded,
                                       on_failure=self._on_renew_failed,
                                       on_progress=self._on_renew_progress, owner=self,
                                       name="renew")
        if self.task.done:
            self.task = None
        self._sync_buttons()

    @property
    def running(self) -> bool:
        return self.task is not None

    def _show_if_running(self) -> None:
        if self.running:
            self._show_now()

    def _show_now(self) -> None:
        if self._closed:
            return  # the user closed it: the order was kept or given up
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_renew_progress(self, event: ProgressEvent) -> None:
        self.steps.add_event(event)

    def _on_interaction_action_requested(self, request: ManualRequest) -> None:
        self.request = request
        self.asked = True
        action = request.action
        dns = bool(request.records) and all(r.get("type") == "TXT" for r in request.records)
        title = getattr(action, "title", "")
        if dns:
            self.question.setText(_tr(
                "Create these TXT records at your DNS host; certdesk checks every nameserver "
                "and enables Continue when all of them serve the records, or finish later "
                "from Pending orders."))
            self.records.show_request(request)
            self.records.setVisible(True)
            self.steps.list.setMaximumHeight(150)  # room for the records
            self.resize(self.width(), max(self.height(), 680))
        else:
            instructions = getattr(action, "instructions", "")
            self.question.setText("<b>" + escape(title) + "</b><br>"
                                  + escape(instructions).replace("\n", "<br>"))
            self.records.setVisible(False)
        self.question.setVisible(True)
        self._show_now()
        self._sync_buttons()
        self.question_shown.emit(request)

    def _on_continue_clicked(self) -> None:
        request = self.request
        if request is None or request.answered:
            return
        if self.records.isVisible():
            if not self.records.isComplete():
                return
            self.records.validatePage()  # stops its polling, answers yes
        else:
            request.answer(True)
        self._done_asking()

    def _on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.request is not None and not self.request.answered:
            self.request.answer(False)
        self.outcome.setText(_tr("Cancelling…"))
        self._done_asking()

    def _done_asking(self) -> None:
        self.request = None
        self.steps.list.setMaximumHeight(16777215)
        self.records.stop()
        self.records.setVisible(False)
        self.question.setVisible(False)
        self._sync_buttons()

    def _on_renew_succeeded(self, cert: ManagedCertificate) -> None:
        self.task = None
        self._done_asking()
        self.steps.finish()
        self.outcome.setText(_tr("{name} was renewed.").format(name=cert.label))
        self._sync_buttons()
        self.renewed.emit(cert)
        if not self.asked:
            self.accept()  # nothing was asked: no need to keep (or ever show) the window

    def _on_renew_failed(self, exc: BaseException) -> None:
        self.task = None
        self._done_asking()
        if isinstance(exc, OrderParked):
            self.steps.stop()
            self.outcome.setText(_tr("The order waits for you: resume it from “Pending "
                                    "orders” once the records are in place."))
        else:
            report = describe(exc)
            if report.silent or isinstance(exc, Cancelled):
                self.steps.stop()
                self.outcome.setText(_tr("Cancelled."))
            else:
                self.steps.fail(report.summary)  # what went wrong, once, on its step
                self.outcome.setText(_tr("What to do: {hint}").format(hint=report.hint))
                if report.bug:
                    show_error(self, exc)
        self._sync_buttons()
        if not isinstance(exc, Cancelled) and not self.isVisible():
            self._show_now()  # the failure, on its step
        self.renew_failed.emit(exc)

    def _sync_buttons(self) -> None:
        waiting = self.request is not None and not self.request.answered
        self.continue_button.setVisible(waiting)
        self.continue_button.setEnabled(waiting and (not self.records.isVisible()
                                                     or self.records.isComplete()))
        self.cancel_button.setVisible(self.running)
        # While it waits for the user, closing keeps the order: say so on the button.
        self.close_button.setVisible(waiting or not self.running)
        self.close_button.setText(_tr("Finish &later") if waiting else _tr("C&lose"))
        self.close_button.setToolTip(_tr("Keep the order; continue it from Pending orders")
                                     if waiting else "")
        if waiting and self.continue_button.isEnabled():
            self.continue_button.setDefault(True)

    # -- closing ---------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closed (Close, Esc, the window's X): an order waiting for the user is kept for
        later; one the CA is working on is cancelled."""
        if self.task is not None:
            if self.interaction.pending is not None:
                self.interaction.park_pending()  # keep the order; finish it later
            else:
                self.task.cancel()
        self._closed = True
        self.records.stop()
        super().done(result)
