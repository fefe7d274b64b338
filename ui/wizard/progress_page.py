"""Page 6: each phase of the order with its state, the current one, the elapsed time; cancel,
and after a failure Retry or Back (to change the validation method)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.progress import ProgressEvent
from ui.views.steps_view import StepsView


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressPage", text)


class ProgressPage(QWizardPage):
    cancel_requested = Signal()
    retry_requested = Signal()
    back_requested = Signal()

    def __init__(self, monotonic: Callable[[], float]) -> None:
        super().__init__()
        self.setTitle(_tr("Getting your certificate"))
        self.setSubTitle(_tr("certdesk works through these steps with the CA; each shows "
                             "whether it is waiting, running, done or failed."))
        self.steps = StepsView(monotonic)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(_tr("Result"))
        self.cancel = QPushButton(_tr("&Cancel the order"))
        self.cancel.setAccessibleName(_tr("Cancel the order"))
        self.cancel.clicked.connect(self.cancel_requested)
        self.retry = QPushButton(_tr("&Retry"))
        self.retry.setAccessibleName(_tr("Retry with a new order"))
        self.retry.setToolTip(_tr("Try again with a new order and the same settings"))
        self.retry.clicked.connect(self.retry_requested)
        self.back = QPushButton(_tr("&Back to validation"))
        self.back.setAccessibleName(_tr("Back to the validation method"))
        self.back.setToolTip(_tr("Change how the names are validated, then try again"))
        self.back.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.retry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.finished = False
        self.can_restart = True
        self._show_failure_buttons(False)

    @property
    def events(self) -> list[ProgressEvent]:
        return self.steps.events

    def start(self) -> None:
        self.finished = False
        self.setButtonText(QWizard.WizardButton.FinishButton, _tr("&Finish"))
        self.result.clear()
        self.cancel.setEnabled(True)
        self._show_failure_buttons(False)
        self.steps.start()
        self.completeChanged.emit()

    def add_event(self, event: ProgressEvent) -> None:
        self.steps.add_event(event)

    def set_finished(self, text: str, ok: bool) -> None:
        self.finished = True
        self.cancel.setEnabled(False)
        self.result.setText(text)
        if ok:
            self.steps.finish()
        else:
            self.steps.stop()
            self.setButtonText(QWizard.WizardButton.FinishButton, _tr("&Close"))
        self.completeChanged.emit()

    def set_failed(self, summary: str, hint: str) -> None:
        """What went wrong once, on its step; what to do below it; Retry and Back."""
        self.steps.fail(summary)
        self.finished = True
        self.cancel.setEnabled(False)
        self.result.setText(_tr("What to do: {hint}").format(hint=hint) if hint else "")
        self._show_failure_buttons(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, _tr("&Close"))  # nothing done
        self.completeChanged.emit()

    def _show_failure_buttons(self, shown: bool) -> None:
        # A resumed order cannot be restarted from here: its settings are the order's.
        self.retry.setVisible(shown and self.can_restart)
        self.back.setVisible(shown and self.can_restart)

    def isComplete(self) -> bool:
        return self.finished
