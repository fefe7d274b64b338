"""What happens in the next days to all certificates, in order: renewals (and which need
you), the CA's renewal windows, reminders, expiries, dns-persist-01 record ends.

At 10,000 certificates the next 30 days hold some 20,000 moments, so the list is a table
model whose texts are made only for the rows on screen, and it is read only while the view
is shown (a tray app that never opens the Attention tab never reads it)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.timeline import Moment
from ui.coalesce import OneAtATime
from ui.context import AppContext
from ui.models.dates import local_time
from ui.models.table import Column, RowTableModel
from ui.tasks import Lane
from ui.views.table_view import SIZE_SAMPLE_ROWS
from ui.views.timeline import moment_color, moment_text

log = logging.getLogger(__name__)
DAYS = 30


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("UpcomingView", text, None, n)


class UpcomingModel(RowTableModel[Moment]):
    """Moments in the order given (time order); texts and colours made when asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("When"), lambda m: local_time(m.at), tooltip=moment_text),
            Column(_tr("Certificate"), lambda m: m.label, tooltip=moment_text),
            Column(_tr("What"), moment_text, tooltip=moment_text, foreground=moment_color),
        ], parent)


class UpcomingView(QWidget):
    certificate_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moments: list[Moment] = []
        self._stale = False
        self._loads = OneAtATime()
        self.heading = QLabel("<b>" + _tr("The next %n day(s)", DAYS) + "</b>")
        self.model = UpcomingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("upcomingTable")
        self.table.setAccessibleName(_tr("What happens in the next %n day(s)", DAYS))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitting measures the rows on screen, once, not all of them (ResizeToContents
        # measured every row again on each change: seconds at 20,000 moments).
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
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
        """Read the moments again now if the view is shown, else when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if not self._loads.begin():
            return  # a read is running: one more follows it
        timeline = self.ctx.services.timeline
        self.ctx.tasks.run(lambda _c: timeline.upcoming(DAYS), on_success=self._on_loaded,
                           on_failure=self._on_load_failed, lane=Lane.STORE, owner=self,
                           name="upcoming")

    def _on_loaded(self, moments: Sequence[Moment]) -> None:
        again = self._loads.end()
        self.set_moments(moments)
        if again:  # after: the newer read's list replaces this one, not the other way
            self.refresh()

    def _on_load_failed(self, exc: BaseException) -> None:
        again = self._loads.end()
        log.warning("upcoming: %s", exc)
        if again:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def set_moments(self, moments: Sequence[Moment]) -> None:
        first_fill = not self.moments
        self.moments = list(moments)
        self.model.set_rows(self.moments)
        if first_fill and self.moments:
            self.table.resizeColumnsToContents()
        self.table.setVisible(bool(self.moments))
        self.empty.setVisible(not self.moments)

    def _on_row_activated(self, row: int) -> None:
        moment = self.model.row_at(row)
        if moment is not None:
            self.certificate_requested.emit(moment.certificate_id)
