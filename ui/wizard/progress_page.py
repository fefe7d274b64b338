"""Page 6: each ACME step with its state; cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.progress import ProgressEvent
from ui.theme import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressPage", text)


_ICONS = {"running": "pending", "waiting": "waiting", "done": "ok", "failed": "error"}


class ProgressPage(QWizardPage):
    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_tr("Getting your certificate"))
        self.setSubTitle(_tr("certdesk talks to the CA. This usually takes a few seconds."))
        self.steps = QListWidget()
        self.steps.setAccessibleName(_tr("Steps"))
        self._items: dict[str, QListWidgetItem] = {}
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(_tr("Result"))
        self.cancel = QPushButton(_tr("&Cancel the order"))
        self.cancel.setAccessibleName(_tr("Cancel the order"))
        self.cancel.clicked.connect(self.cancel_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.cancel)
        self.finished = False
        self.events: list[ProgressEvent] = []

    def add_event(self, event: ProgressEvent) -> None:
        self.events.append(event)
        text = event.message + (f" — {event.detail}" if event.detail and
                                event.state in ("failed", "waiting") else "")
        item = self._items.get(event.step)
        if item is None:
            item = QListWidgetItem()
            self._items[event.step] = item
            self.steps.addItem(item)
        item.setText(text)
        item.setIcon(icon(_ICONS.get(event.state, "pending")))
        item.setToolTip(event.detail)
        self.steps.scrollToItem(item)

    def set_finished(self, text: str, ok: bool) -> None:
        self.finished = True
        self.cancel.setEnabled(False)
        self.result.setText(text)
        if ok:
            for item in self._items.values():
                item.setIcon(icon("ok"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished
