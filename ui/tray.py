"""The tray icon: the worst state and what needs you (the attention list), renew, open, quit.

Where the platform has no tray (the offscreen platform, some Linux desktops) the menu and
state are still kept (and tested), only the QSystemTrayIcon is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from app.domain import CertificateState
from app.events import (
    CoreEvent,
    EndpointWarning,
    ManualActionNeeded,
    MonitoringChanged,
    ReminderDue,
    RenewalFailed,
    RenewalSucceeded,
)
from app.services.monitoring import AttentionItem, HealthState
from ui.context import AppContext
from ui.errors import show_error
from ui.main_window import MainWindow
from ui.models.attention import kind_text
from ui.models.certificate_rows import CertificateRow, Expiry
from ui.tasks import TaskControl
from ui.theme import icon, tray_icon


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Tray", text, None, n)


# Core events that become notifications, and how urgent they are.
NOTIFY: dict[type[CoreEvent], QSystemTrayIcon.MessageIcon] = {
    ReminderDue: QSystemTrayIcon.MessageIcon.Warning,
    RenewalFailed: QSystemTrayIcon.MessageIcon.Critical,
    ManualActionNeeded: QSystemTrayIcon.MessageIcon.Warning,
    EndpointWarning: QSystemTrayIcon.MessageIcon.Warning,
    RenewalSucceeded: QSystemTrayIcon.MessageIcon.Information,
}


def notification_text(event: CoreEvent) -> tuple[str, str] | None:
    """(title, message) for a core event that becomes a notification, else None."""
    match event:
        case RenewalFailed():
            return (_tr("Renewal of {label} failed").format(label=event.label),
                    f"{event.error} {event.hint}".strip())
        case RenewalSucceeded():
            return _tr("{label} renewed").format(label=event.label), ""
        case ManualActionNeeded():
            return (_tr("{label} needs you").format(label=event.label),
                    event.message or _tr("Open certdesk to continue the renewal."))
        case EndpointWarning():
            return (_tr("{endpoint} serves an outdated certificate").format(
                endpoint=event.endpoint), event.message)
        case ReminderDue():
            return _tr("{label} expires soon").format(label=event.label), event.message
    return None


def worst_state(rows: Sequence[CertificateRow]) -> str:
    """ok | warning | error, from expiry and status (revoked ones are ignored)."""
    live = [r for r in rows if r.status != CertificateState.REVOKED]
    if any(r.expiry in (Expiry.EXPIRED, Expiry.URGENT) or r.status == CertificateState.FAILED
           for r in live):
        return "error"
    if any(r.expiry is Expiry.SOON for r in live):
        return "warning"
    return "ok"


MENU_ITEMS = 8
RENEWABLE_KINDS = frozenset({"expired", "expiring", "renewal_failed", "order_failed"})


def attention_state(items: Sequence[AttentionItem]) -> str:
    """ok | warning | error: the worst of what the menu lists (nothing listed: ok)."""
    if any(i.severity is HealthState.CRITICAL for i in items):
        return "error"
    return "warning" if items else "ok"


def soon_expiring(rows: Sequence[CertificateRow], limit: int = 8) -> list[CertificateRow]:
    due = [r for r in rows if r.status != CertificateState.REVOKED and r.expiry <= Expiry.SOON]
    return sorted(due, key=lambda r: r.days_left if r.days_left is not None else 0)[:limit]


class Tray(QObject):
    state_changed = Signal(str)
    renew_due_finished = Signal(object)  # list of (certificate id, error or None)
    notified = Signal(str, str, str)  # event name, title, message (also without a tray)

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.monitoring = ctx.services.monitoring
        self.state = "ok"
        self.menu = QMenu(window)
        self.menu.setAccessibleName(_tr("certdesk tray menu"))
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(tray_icon("ok"), self)
            self.icon.setContextMenu(self.menu)
            self.icon.setToolTip(_tr("certdesk"))
            self.icon.activated.connect(self._on_icon_activated)
            self.icon.show()
        # The icon's state and the menu come from one list, so the icon is never red (or
        # yellow) over a menu that does not say why.
        window.attention_view.items_loaded.connect(self._on_attention_items_loaded)
        ctx.bridge.event_received.connect(self._on_bridge_event_received)
        self._build_menu([])

    @classmethod
    def create(cls, ctx: AppContext, window: MainWindow) -> Tray | None:
        """A tray; None (and no tray behaviour) where the platform has no tray."""
        tray = cls(ctx, window)
        return tray if tray.available else None

    def _on_bridge_event_received(self, event: CoreEvent) -> None:
        if isinstance(event, MonitoringChanged):
            self.window.schedule_refresh()
            return
        text = notification_text(event)
        if text is None:
            return
        title, message = text
        self.notified.emit(event.name, title, message)
        # Where the platform shows no notifications (offscreen, macOS without a bundle) the
        # activity log and the inventory colours still show it.
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, message, NOTIFY[type(event)], 15000)

    @property
    def available(self) -> bool:
        return self.icon is not None

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _build_menu(self, items: Sequence[AttentionItem]) -> None:
        self.menu.clear()
        self.item_actions: list[QAction] = []
        if items:
            header = self.menu.addAction(_tr("Needs you"))
            header.setEnabled(False)
            for item in items[:MENU_ITEMS]:
                text = _tr("{name} — {what}").format(name=item.label,
                                                     what=kind_text(item.kind))
                action = self.menu.addAction(
                    icon("error" if item.severity is HealthState.CRITICAL else "warning"), text)
                action.setToolTip(item.message)
                action.triggered.connect(lambda _=False, it=item: self._open_item(it))
                self.item_actions.append(action)
            if len(items) > MENU_ITEMS:
                more = self.menu.addAction(_tr("%n more…", len(items) - MENU_ITEMS))
                more.triggered.connect(self._open_attention)
                self.item_actions.append(more)
            self.menu.addSeparator()
        self.renew_action = QAction(icon("renew"), _tr("Renew due now"), self.menu)
        self.renew_action.triggered.connect(self._on_renew_triggered)
        self.renew_action.setEnabled(any(i.kind in RENEWABLE_KINDS for i in items))
        self.menu.addAction(self.renew_action)
        open_action = self.menu.addAction(icon("certdesk"), _tr("Open certdesk"))
        open_action.triggered.connect(lambda: self._open(None))
        quit_action = self.menu.addAction(icon("quit"), _tr("Quit"))
        quit_action.triggered.connect(self._on_quit_triggered)

    def _on_attention_items_loaded(self, items: Sequence[AttentionItem]) -> None:
        self._build_menu(items)
        state = attention_state(items)
        if state != self.state:
            self.state = state
            if self.icon is not None:
                self.icon.setIcon(tray_icon(state))
            self.state_changed.emit(state)
        if self.icon is not None:
            self.icon.setToolTip(_tr("certdesk — all certificates are fine") if not items else
                                 _tr("certdesk — %n item(s) to look at", len(items)))

    def _open_item(self, item: AttentionItem) -> None:
        self._open(None)
        if item.kind == "manual_action":
            self.window.attention_view.manual_action_requested.emit(item.certificate_id)
        elif item.kind == "endpoint":
            self.window.attention_view.endpoint_requested.emit(item.certificate_id)
        else:
            self.window.show_certificate(item.certificate_id)

    def _open_attention(self) -> None:
        self._open(None)
        self.window.tabs.setCurrentWidget(self.window.attention_view)

    def _open(self, cert_id: str | None) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        if cert_id is not None:
            self.window.tabs.setCurrentIndex(0)
            self.window.inventory.select_where(lambda r: getattr(r, "id", None) == cert_id)

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._open(None)

    def _on_renew_triggered(self) -> None:
        monitoring = self.monitoring

        def renew(c: TaskControl) -> list[tuple[str, str | None]]:
            outcomes = monitoring.renew_due(cancel=c.cancel, ignore_backoff=True)
            return [(o.certificate_id, o.message if o.action == "failed" else None)
                    for o in outcomes if o.action in ("renewed", "failed")]

        self.ctx.tasks.run(renew, on_success=self._on_renew_done,
                           on_failure=lambda exc: show_error(self.window, exc),
                           owner=self, name="renew due")

    def _on_renew_done(self, results: list[tuple[str, str | None]]) -> None:
        self.renew_due_finished.emit(results)
        failed = [e for _c, e in results if e]
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(_tr("certdesk"),
                                  _tr("{ok} renewed, {bad} failed").format(
                                      ok=len(results) - len(failed), bad=len(failed)))
        self.window.refresh_when_shown()

    def _on_quit_triggered(self) -> None:
        self.window.keep_running_in_tray = False
        self.window.save_geometry()
        app = QApplication.instance()
        if app is not None:
            app.quit()
