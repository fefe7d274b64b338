"""The commands a restored backup brought back, shown for the user to check and allow.

Export-target commands and DNS hooks from a backup do not run until confirmed here (or with
certdesk-cli restored-commands confirm): a backup file from someone else must not be able to
run a program at the next renewal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.errors import show_error
from ui.tasks import Lane
from ui.views.markup import escape

_KINDS = {"target": "Export target", "dns-exec": "DNS hook"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoredCommands", text)


class RestoredCommandsPanel(QWidget):
    """Hidden while nothing waits; lists the waiting commands with one button to allow them."""

    confirmed = Signal(int)  # how many were allowed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.backup
        self.waiting: list[Any] = []
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        self.listing.setTextFormat(Qt.TextFormat.RichText)
        self.listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.listing.setAccessibleName(_tr("Restored commands"))
        self.allow = QPushButton(_tr("&Allow these commands"))
        self.allow.setAccessibleName(_tr("Allow the restored commands"))
        self.allow.clicked.connect(self._on_allow_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.listing)
        layout.addWidget(self.allow, 0, Qt.AlignmentFlag.AlignLeft)
        self.setVisible(False)

    def load(self) -> None:
        service = self.service
        self.ctx.tasks.run(lambda _c: service.awaiting_commands(), on_success=self._on_loaded,
                           on_failure=lambda exc: show_error(self, exc), lane=Lane.STORE,
                           owner=self, name="restored commands")

    def _on_loaded(self, waiting: list[Any]) -> None:
        self.waiting = list(waiting)
        self.setVisible(bool(self.waiting))
        if not self.waiting:
            return
        rows = "".join(
            f"<li>{escape(_tr(_KINDS.get(w.kind.value, w.kind.value)))}: "
            f"<tt>{escape(w.command)}</tt></li>" for w in self.waiting)
        self.listing.setText(
            "<b>" + escape(_tr("These commands came with the backup and will not run "
                                    "until you allow them:")) + "</b><ul>" + rows + "</ul>"
            + escape(_tr("Allow them only if you know them.")))
        self.allow.setEnabled(True)

    def _on_allow_clicked(self) -> None:
        self.allow.setEnabled(False)
        service = self.service
        self.ctx.tasks.run(lambda _c: service.confirm_all_commands(),
                           on_success=self._on_allowed,
                           on_failure=lambda exc: show_error(self, exc), lane=Lane.STORE,
                           owner=self, name="allow restored commands")

    def _on_allowed(self, count: int) -> None:
        self.listing.setText(escape(_tr("{n} command(s) allowed; they run from now on.")
                                         .format(n=count)))
        self.allow.setVisible(False)
        self.confirmed.emit(count)
