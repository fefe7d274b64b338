"""The new-certificate wizard: renders app.wizard's flow and runs the issuance on a worker.

Manual steps arrive from the core through this wizard's own GuiInteraction; the records page
answers them. Closing the wizard while it waits parks the order (resumable); closing it while
the CA works cancels the order.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from app.domain import Account, AnyCertificate, ManagedCertificate, OrderRecord
from app.errors import Cancelled
from app.progress import ProgressEvent
from app.services.keys import KeyType
from app.services.order_parking import OrderParked
from app.wizard.flow import NewCertificateFlow, Page
from app.wizard.memory import SETTING as MEMORY_SETTING
from app.wizard.memory import recall_values, remember
from app.wizard.methods import MethodKey
from app.wizard.reissue import prefill
from app.wizard.request import issue_request
from ui.context import AppContext
from ui.errors import describe, show_error
from ui.interaction import GuiInteraction, ManualRequest
from ui.tasks import Lane, Task, TaskControl
from ui.wizard.account_page import AccountPage
from ui.wizard.done_page import DonePage
from ui.wizard.key_page import KeyPage
from ui.wizard.names_page import NamesPage
from ui.wizard.progress_page import ProgressPage
from ui.wizard.records_page import RecordsPage
from ui.wizard.validation_page import ValidationPage

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewCertificateWizard", text)


class NewCertificateWizard(QWizard):
    issued = Signal(object)  # ManagedCertificate
    issue_failed = Signal(object)  # exception
    parked = Signal(str)  # order id

    def __init__(self, ctx: AppContext, accounts: Sequence[Account],
                 parent: QWidget | None = None, *, resume_order: OrderRecord | None = None,
                 certificates: Sequence[Any] = (),
                 reissue_of: AnyCertificate | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("newCertificateWizard")
        self.setWindowTitle(_tr("New certificate"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(720, 560)
        prefs = ctx.preferences
        self.flow = NewCertificateFlow(
            default_key_type=KeyType(prefs.get("default_key_type")),
            default_account_id=prefs.get("default_account_id"),
            account_ids=[a.id for a in accounts if a.status != "deactivated"])
        self.reissue_of = reissue_of
        self.memory = prefs.get(MEMORY_SETTING)
        if reissue_of is not None:
            prefill(self.flow, reissue_of)
            self.setWindowTitle(_tr("Re-issue {label}").format(label=reissue_of.label))
        self.interaction = GuiInteraction(self, dispatcher=ctx.bridge.dispatcher)
        self.interaction.action_requested.connect(self._on_interaction_action_requested)
        self.task: Task[Any] | None = None
        self.result_certificate: ManagedCertificate | None = None
        self.names_page = NamesPage(self.flow)
        self.key_page = KeyPage(self.flow, certificates)
        self.account_page = AccountPage(ctx, self.flow, accounts)
        recall_values(self.memory, self.flow)  # listener port, resolvers, ... used last time
        self.validation_page = ValidationPage(ctx, self.flow)
        if reissue_of is None:  # re-issuing keeps the certificate's own methods
            self.validation_page.memory = self.memory
        self.records_page = RecordsPage(ctx)
        self.progress_page = ProgressPage(ctx.services.clock.monotonic)
        self.done_page = DonePage()
        for page_id, page in ((Page.NAMES, self.names_page), (Page.KEY, self.key_page),
                              (Page.ACCOUNT, self.account_page),
                              (Page.VALIDATION, self.validation_page),
                              (Page.DNS_RECORDS, self.records_page),
                              (Page.PROGRESS, self.progress_page), (Page.DONE, self.done_page)):
            self.setPage(int(page_id), page)
        self.progress_page.cancel_requested.connect(self._on_progress_page_cancel_requested)
        self.progress_page.retry_requested.connect(self._on_progress_page_retry_requested)
        self.progress_page.back_requested.connect(self._on_progress_page_back_requested)
        self._last_run: tuple[Any, str] | None = None
        self.done_page.export_requested.connect(self._on_done_page_export_requested)
        self.resume_order = resume_order
        if resume_order is not None:
            self._start_resume(resume_order)
        geometry = QSettings().value("wizard/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- navigation ------------------------------------------------------------------------
    def nextId(self) -> int:
        current = self.currentId()
        if current < 0:
            return -1
        if current == Page.PROGRESS:
            return int(Page.DONE) if self.result_certificate is not None else -1
        nxt = self.flow.next_page(Page(current))
        return -1 if nxt is None else int(nxt)

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() == Page.VALIDATION:
            self._start_issue()
        return True

    # -- issuing ---------------------------------------------------------------------------
    def _resolvers(self) -> list[str]:
        values = self.flow.draft.method_values.get(MethodKey.DNS_MANUAL, {})
        raw = values.get("resolvers") or ""
        return raw.replace(",", " ").split() if isinstance(raw, str) else list(raw)

    def _start_issue(self) -> None:
        request = issue_request(self.flow.issue_fields())
        memory, preferences = remember(self.memory, self.flow), self.ctx.preferences
        self.ctx.tasks.run(lambda _c: preferences.set(MEMORY_SETTING, memory),
                           on_success=lambda _r: None, lane=Lane.STORE, owner=self,
                           name="remember wizard choices")
        certificates = self.ctx.services.certificates
        interaction = self.interaction
        self.records_page.set_resolvers(self._resolvers())

        reissue_id = self.reissue_of.id if self.reissue_of is not None else None

        def issue(c: TaskControl) -> ManagedCertificate:
            if reissue_id is not None:
                return certificates.reissue(reissue_id, request, cancel=c.cancel,
                                            progress=c.progress, interaction=interaction)
            return certificates.issue(request, cancel=c.cancel, progress=c.progress,
                                      interaction=interaction)

        self._run(issue, "issue")

    def _start_resume(self, order: OrderRecord) -> None:
        self.setWindowTitle(_tr("Resume order"))
        certificates = self.ctx.services.certificates
        interaction = self.interaction
        manual = order.validation.for_name(order.identifiers[0]) if order.identifiers else None
        if manual is not None:
            self.records_page.set_resolvers(list(manual.options.resolvers))

        def resume(c: TaskControl) -> ManagedCertificate:
            return certificates.resume(order.id, cancel=c.cancel, progress=c.progress,
                                       interaction=interaction)[0]

        self.setStartId(int(Page.PROGRESS))
        self._run(resume, "resume")

    def _run(self, fn: Any, name: str) -> None:
        self._last_run = (fn, name)
        self.progress_page.can_restart = self.resume_order is None
        self.progress_page.start()
        self.task = self.ctx.tasks.run(fn, on_success=self._on_issue_succeeded,
                                       on_failure=self._on_issue_failed,
                                       on_progress=self._on_issue_progress, owner=self,
                                       name=name)

    def _on_issue_progress(self, event: ProgressEvent) -> None:
        self.progress_page.add_event(event)

    def _on_interaction_action_requested(self, request: ManualRequest) -> None:
        if request.records and all(r.get("type") == "TXT" for r in request.records):
            self.records_page.show_request(request)
            if self.currentId() in (Page.PROGRESS, Page.VALIDATION):
                self._show_page(Page.DNS_RECORDS)
            return
        # Files to publish by hand, or a question ("continue although the self-check
        # failed?"): asked in a box that does not block, answered when it closes.
        box = QMessageBox(QMessageBox.Icon.Question, _tr("certdesk"),
                          getattr(request.action, "title", "") or _tr("certdesk needs you"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("interactionBox")
        box.setInformativeText(getattr(request.action, "instructions", ""))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("C&ontinue"))
        box.button(QMessageBox.StandardButton.No).setText(_tr("&Stop the order"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r: request.answer(box.clickedButton() is yes))
        self._question = box
        box.open()

    def _show_page(self, page: Page) -> None:
        # QWizard only moves forward with next(); the records page comes after progress
        # when the CA asks late (resume): restart at the wanted page keeping the history.
        while self.currentId() != page and self.currentId() != -1:
            if self.currentId() > page:
                self.back()
                if self.currentId() < page:
                    break
            else:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break

    def _on_issue_succeeded(self, cert: ManagedCertificate) -> None:
        self.task = None
        self.result_certificate = cert
        self.records_page.stop()
        self.progress_page.set_finished(_tr("The certificate was issued."), True)
        self.done_page.show_certificate(cert, str(self.ctx.services.store.home))
        self.issued.emit(cert)
        if self.currentId() == Page.DNS_RECORDS:
            self.next()
        if self.currentId() == Page.PROGRESS:
            self.next()

    def _on_issue_failed(self, exc: BaseException) -> None:
        self.task = None
        self.records_page.stop()
        if isinstance(exc, OrderParked):
            self.progress_page.set_finished(
                _tr("The order is waiting for you. Resume it from “Pending orders” once the "
                    "DNS records are in place."), False)
            self.parked.emit(exc.order_id)
            return
        report = describe(exc)
        if report.silent:
            self.progress_page.set_finished(_tr("Cancelled."), False)
        else:  # shown once: on its step and below the steps (a bug also in the error box)
            self.progress_page.set_failed(report.summary, report.hint)
        if self.currentId() == Page.DNS_RECORDS:
            self.next()
        self.issue_failed.emit(exc)
        if report.bug and not isinstance(exc, Cancelled):
            show_error(self, exc)

    def _on_progress_page_retry_requested(self) -> None:
        if self.task is None and self._last_run is not None:
            self._run(*self._last_run)  # a new order with the same settings

    def _on_progress_page_back_requested(self) -> None:
        if self.task is None:
            self._show_page(Page.VALIDATION)

    def _on_progress_page_cancel_requested(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_done_page_export_requested(self, fmt: str) -> None:
        if self.result_certificate is None:
            return
        from ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self.result_certificate, self, fmt=fmt or None)
        dialog.exported.connect(self.done_page.add_exported)
        dialog.open()

    # -- closing ---------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self.task is not None:
            if self.interaction.pending is not None:
                self.interaction.park_pending()  # keep the order; resume later
            else:
                self.task.cancel()
        self.records_page.stop()
        QSettings().setValue("wizard/geometry", self.saveGeometry())
        super().done(result)
