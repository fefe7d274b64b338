"""What happens in the next days to all certificates, in order: renewals (and which need
you), the CA's renewal windows, reminders, expiries, dns-persist-01 record ends."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.timeline import Moment
from ui.context import AppContext
from ui.models.dates import local_time
from ui.tasks import Lane
from ui.views.timeline import moment_color, moment_text

log = logging.getLogger(__name__)
DAYS = 30


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("UpcomingView", text, None, n)


class UpcomingView(QWidget):
    certificate_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moments: list[Moment] = []
        self.heading = QLabel("<b>" + _tr("The next %n day(s)", DAYS) + "</b>")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("upcomingTable")
        self.table.setAccessibleName(_tr("What happens in the next %n day(s)", DAYS))
        self.table.setHorizontalHeaderLabels([_tr("When"), _tr("Certificate"), _tr("What")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.activated.connect(lambda index: self._on_row_activated(index.row()))
        self.empty = QLabel(_tr("Nothing is planned for the next %n day(s).", DAYS))
        self.empty.setAccessibleName(self.empty.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.set_moments(())

    def refresh(self) -> None:
        timeline = self.ctx.services.timeline
        self.ctx.tasks.run(lambda _c: timeline.upcoming(DAYS), on_success=self.set_moments,
                           on_failure=lambda exc: log.warning("upcoming: %s", exc),
                           lane=Lane.STORE, owner=self, name="upcoming")

    def set_moments(self, moments: Sequence[Moment]) -> None:
        self.moments = list(moments)
        self.table.setRowCount(len(self.moments))
        for row, m in enumerate(self.moments):
            when = QTableWidgetItem(local_time(m.at))
            what = QTableWidgetItem(moment_text(m))
            what.setForeground(moment_color(m))
            for col, item in enumerate((when, QTableWidgetItem(m.label), what)):
                item.setToolTip(moment_text(m))
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(self.moments))
        self.empty.setVisible(not self.moments)

    def _on_row_activated(self, row: int) -> None:
        if 0 <= row < len(self.moments):
            self.certificate_requested.emit(self.moments[row].certificate_id)
