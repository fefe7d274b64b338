"""The Attention tab: what needs the admin, worst first, kept up to date from core events.

This is the in-app list that stays useful where the platform shows no notifications (the
offscreen platform, an unbundled app on macOS, desktops without a tray).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.events import (
    CertificateIssued,
    CertificateRenewed,
    CertificateRevoked,
    CoreEvent,
    EndpointWarning,
    ManualActionNeeded,
    MonitoringChanged,
    ReminderDue,
    RenewalFailed,
    RenewalSucceeded,
)
from app.services.monitoring import AttentionItem
from ui.coalesce import OneAtATime
from ui.context import AppContext
from ui.memory import release_memory
from ui.models.attention import AttentionRow, AttentionTableModel, attention_rows, kind_text
from ui.tasks import Lane
from ui.views.empty_state import EmptyState
from ui.views.markup import escape
from ui.views.row_keys import RowKeys
from ui.views.table_view import FilteredTable
from ui.views.upcoming_view import UpcomingView

log = logging.getLogger(__name__)

# Core events after which the list may have changed.
REFRESH_ON: tuple[type[CoreEvent], ...] = (
    ReminderDue, RenewalFailed, RenewalSucceeded, ManualActionNeeded, EndpointWarning,
    MonitoringChanged, CertificateIssued, CertificateRenewed, CertificateRevoked,
)


#: Longest a refresh waits for the user to pause (see AttentionView.postpone_refresh).
POSTPONE_MAX_S = 3.0


def changes_attention(event: CoreEvent) -> bool:
    return isinstance(event, REFRESH_ON)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttentionView", text)


def notifications_shown() -> bool:
    """Whether this platform shows certdesk's tray notifications at all."""
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class AttentionView(QWidget):
    """Emits certificate_requested(id) to open a certificate, manual_action_requested(id) for
    a manual step (resume its parked order if there is one), endpoint_requested(id) for an
    endpoint warning."""

    certificate_requested = Signal(str)
    manual_action_requested = Signal(str)
    endpoint_requested = Signal(str)  # certificate id: open its endpoints
    attention_loaded = Signal(int, int)  # critical, warnings
    items_loaded = Signal(object)  # tuple[AttentionItem, ...], worst first (for the tray)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 notifications: bool | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("attentionView")
        self.setAccessibleName(_tr("Attention"))
        self.notifications = notifications_shown() if notifications is None else notifications
        self.banner = QLabel()
        self.banner.setObjectName("attentionBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(_tr("About this list"))
        self.banner.setText(self._banner_text())
        self.updated = QLabel()
        self.updated.setAccessibleName(_tr("Last updated"))
        self.check_button = QPushButton(_tr("Check &again"))
        self.check_button.setAccessibleName(_tr("Check again"))
        self.check_button.setToolTip(_tr("Recompute what needs attention now"))
        self.check_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(_tr("&Open"))
        self.open_button.setAccessibleName(_tr("Open the selected item"))
        self.open_button.setToolTip(_tr("Open the certificate, or continue its manual step "
                                        "(Enter or double-click does the same)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        empty = EmptyState(
            "ok", _tr("Nothing needs your attention"),
            _tr("Certificates that expire soon, renewals that failed, manual DNS steps and "
                "servers that still serve an old certificate are listed here, worst first. "
                "The list is kept even where your system shows no notifications."))
        self.table = FilteredTable(AttentionTableModel(self), empty, name=_tr("Attention"),
                                   search_placeholder=_tr("Search what needs attention"))
        self.table.max_column_width = 360
        self.table.stretch_column(4)  # "what happened" gives way: no sideways scrolling
        self.table.row_selected.connect(self._on_table_row_selected)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.row_keys = RowKeys(self.table.table, [self.open_button, self.check_button])
        self.detail = QLabel()
        self.detail.setObjectName("attentionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(_tr("Selected item"))
        self.detail.hide()
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.updated, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bottom)
        self.upcoming = UpcomingView(ctx)
        self.upcoming.certificate_requested.connect(self.certificate_requested)
        layout.addWidget(self.upcoming, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self._asked_at = 0.0  # time.monotonic() when the coming refresh was asked for
        self._loads = OneAtATime()
        ctx.bridge.event_received.connect(self._on_bridge_event_received)

    def _banner_text(self) -> str:
        if self.notifications:
            return _tr("What needs you, worst first. certdesk also tells you through "
                       "notifications from the tray.")
        return _tr("What needs you, worst first. This system shows no notifications from "
                   "certdesk, so reminders, failed renewals and endpoint warnings appear only "
                   "here, in the tray menu and in the activity log.")

    @property
    def model(self) -> AttentionTableModel:
        model = self.table.model
        assert isinstance(model, AttentionTableModel)
        return model

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        monitoring = self.ctx.services.monitoring
        self.upcoming.refresh()
        if not self._loads.begin():
            return  # a scan is running: one more follows it
        try:
            self.ctx.tasks.run(lambda _c: monitoring.attention(), on_success=self._on_loaded,
                               on_failure=self._on_load_failed, lane=Lane.STORE, owner=self,
                               name="attention")
        except RuntimeError:  # the app is shutting down (a coalesced refresh came late)
            self._loads.end()
            log.debug("attention refresh skipped: task runner is shut down")

    def _on_loaded(self, items: Sequence[AttentionItem]) -> None:
        again = self._loads.end()
        self.set_items(items)
        QTimer.singleShot(0, release_memory)  # the scan read every certificate
        if again:  # after: the newer scan's list replaces this one, not the other way
            self.refresh()

    def set_items(self, items: Sequence[AttentionItem]) -> None:
        header = self.table.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != \
                (0, Qt.SortOrder.AscendingOrder):
            self.table.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # worst first
        self.table.set_rows(attention_rows(items))  # sorted as shown: no second sort
        now = self.ctx.services.clock.now().astimezone().strftime("%H:%M")
        self.updated.setText(_tr("Updated at {time}").format(time=now))
        critical, warnings = self.model.counts()
        self.attention_loaded.emit(critical, warnings)
        self.items_loaded.emit(tuple(items))

    def _on_load_failed(self, exc: BaseException) -> None:
        again = self._loads.end()
        log.warning("attention list failed: %s", exc)
        self.updated.setText(_tr("Could not compute the list: {error}").format(error=exc))
        if again:
            self.refresh()

    def schedule_refresh(self) -> None:
        """Refresh soon; several calls and events in a row make one reload."""
        if not self._timer.isActive():
            self._start_timer()

    def _on_bridge_event_received(self, event: CoreEvent) -> None:
        if changes_attention(event) and not self._timer.isActive():
            self._start_timer()

    def _start_timer(self) -> None:
        self._asked_at = time.monotonic()
        self._timer.start()

    def postpone_refresh(self) -> None:
        """The user is working in another view (typing a filter, selecting, sorting): a
        refresh still to come waits until they pause, at most POSTPONE_MAX_S after it was
        asked for. The scan reads every certificate on a worker, and beside it each click
        and keystroke waited for the interpreter several times as long."""
        if self._timer.isActive() and time.monotonic() - self._asked_at < POSTPONE_MAX_S:
            self._timer.start()  # from now

    # -- opening ---------------------------------------------------------------------------
    def _on_table_row_selected(self, row: AttentionRow | None) -> None:
        self.open_button.setEnabled(row is not None)
        if row is None:
            self.detail.clear()
            self.detail.hide()
            return
        item = row.item
        self.detail.setText(
            f"<b>{escape(item.label)}</b> — {escape(kind_text(item.kind))}<br>"
            f"{escape(item.message)}<br><b>{escape(_tr('What to do:'))}</b> "
            f"{escape(item.hint)}")
        self.detail.show()

    def _on_open_button_clicked(self) -> None:
        row = self.table.selected()
        if isinstance(row, AttentionRow):
            self._on_table_row_activated(row)

    def _on_table_row_activated(self, row: AttentionRow | None) -> None:
        if row is None:
            return
        if row.item.kind == "manual_action":
            self.manual_action_requested.emit(row.certificate_id)
        elif row.item.kind == "endpoint":
            self.endpoint_requested.emit(row.certificate_id)
        else:
            self.certificate_requested.emit(row.certificate_id)
