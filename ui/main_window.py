"""The main window: inventory with details, accounts, pending orders and the activity log."""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    Account,
    AnyCertificate,
    CertificateState,
    ManagedCertificate,
    OrderRecord,
    OrderState,
)
from app.events import CoreEvent
from app.services.timeline import Timeline
from ui.coalesce import OneAtATime
from ui.context import AppContext
from ui.errors import show_error
from ui.memory import release_memory
from ui.models.accounts import AccountTableModel
from ui.models.certificate_details import CertificateDetails, read_details
from ui.models.certificate_rows import CertificateRow, method_label
from ui.models.certificates import CertificateTableModel
from ui.models.events import EventTableModel
from ui.models.orders import OrderTableModel
from ui.snapshot import RowsUpdate, Snapshot, load_rows, load_snapshot
from ui.tasks import Lane
from ui.theme import icon
from ui.views.details_pane import DetailsPane
from ui.views.empty_state import EmptyState
from ui.views.table_view import FilteredTable

if TYPE_CHECKING:
    from ui.dialogs.renew_dialog import RenewDialog

log = logging.getLogger(__name__)

#: Seconds without core events after which a change the poll saw is taken for another
#: program's (certdesk-cli, the scheduled renewal) and the lists are read again.
QUIET_S = 2.5

#: When the keyring is checked after start (milliseconds).
KEYRING_CHECK_DELAY_MS = 1500


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, None, n)


def _method_text(cert: AnyCertificate | None) -> str:
    """The details pane's validation line, consistent with the table's column."""
    if cert is None:
        return ""
    if cert.source != "acme":
        return _tr("Imported: certdesk does not renew it")
    return method_label(cert.validation)


class MainWindow(QMainWindow):
    snapshot_loaded = Signal(object)  # Snapshot
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: Snapshot | None = None
        self.keep_running_in_tray = False
        self.renewals: dict[str, RenewDialog] = {}  # certificate id -> its open dialog
        self.setWindowTitle(_tr("certdesk"))
        self.setWindowIcon(icon("certdesk"))
        self.setObjectName("mainWindow")
        self._make_actions()
        self._make_toolbar()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Views"))
        from ui.views.notice_bar import NoticeBar

        self.notice = NoticeBar()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.notice)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._make_inventory_tab()
        self._make_other_tabs()
        self._make_monitoring_ui()
        self._make_inventory_ui()
        self._make_row_actions()
        self.statusBar().showMessage(_tr("Loading…"))
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh_when_shown)
        self._stale = False  # a reload was asked for while the window was hidden
        self._in_tray = False  # closed to the tray: the lists are let go until shown
        # Core events name the certificate they touched: only those rows are read again.
        self._dirty_ids: set[str] = set()
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(300)
        self._rows_timer.timeout.connect(self._refresh_dirty_rows)
        self._shown_id = ""  # the certificate whose details are shown
        self._timeline: tuple[str, Timeline | None] | None = None  # the selected one's
        self._loads = OneAtATime()  # whole reloads
        self._row_loads = OneAtATime()  # reads of the rows core events named
        self._watch_for_outside_changes()
        self._update_actions()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        ctx.bridge.certificate_changed.connect(self._on_bridge_changed)
        ctx.bridge.account_changed.connect(self._on_bridge_changed)
        ctx.bridge.order_progressed.connect(self._on_bridge_changed)
        ctx.bridge.order_failed.connect(self._on_bridge_changed)
        self._restore_geometry()
        # A moment after start: the store lane reads the first inventory before it, and its
        # imports (the keyring and its plug-ins) do not compete with the first clicks.
        self._keyring_check = QTimer(self)  # a child: never fires for a window that is gone
        self._keyring_check.setSingleShot(True)
        self._keyring_check.timeout.connect(self._check_secret_store)
        self._keyring_check.start(KEYRING_CHECK_DELAY_MS)

    # -- building --------------------------------------------------------------------------
    def _action(self, text: str, icon_name: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Any, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(_tr("&New certificate"), "new", std.New,
                                       self._on_new_triggered,
                                       _tr("Get a new certificate from a CA"))
        self.renew_action = self._action(_tr("&Renew"), "renew", "Ctrl+R",
                                         self._on_renew_triggered,
                                         _tr("Renew the selected certificate now"))
        self.export_action = self._action(_tr("&Export…"), "export", "Ctrl+E",
                                          self._on_export_triggered,
                                          _tr("Save the selected certificate and key to files"))
        self.revoke_action = self._action(_tr("Re&voke…"), "revoke", None,
                                          self._on_revoke_triggered,
                                          _tr("Revoke the selected certificate at the CA"))
        self.import_action = self._action(_tr("&Import…"), "import", "Ctrl+I",
                                          self._on_import_triggered,
                                          _tr("Add existing certificates from files"))
        self.account_action = self._action(_tr("Add &account…"), "account", None,
                                           self._on_account_triggered,
                                           _tr("Register an account at a CA"))
        self.settings_action = self._action(_tr("&Settings…"), "settings", "Ctrl+,",
                                            self._on_settings_triggered,
                                            _tr("Defaults, DNS credentials, data folder"))
        self.refresh_action = self._action(_tr("Re&fresh"), "refresh", std.Refresh,
                                           self.refresh, _tr("Reload the lists"))
        self.quit_action = self._action(_tr("&Quit"), "quit", std.Quit,
                                        self._on_quit_triggered, _tr("Quit certdesk"))

    def _make_toolbar(self) -> None:
        bar = QToolBar(_tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName(_tr("Main toolbar"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        for action in (self.new_action, self.renew_action, self.export_action,
                       self.revoke_action, self.import_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.account_action)
        bar.addAction(self.settings_action)
        self.addToolBar(bar)
        more = bar.findChild(QToolButton, "qt_toolbar_ext_button")  # shown on narrow screens
        if more is not None:
            more.setAccessibleName(_tr("More actions"))
            more.setToolTip(_tr("More actions"))
        menu = self.menuBar()
        file_menu = menu.addMenu(_tr("&File"))
        for action in (self.new_action, self.import_action, self.account_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        cert_menu = menu.addMenu(_tr("&Certificate"))
        for action in (self.renew_action, self.export_action, self.revoke_action):
            cert_menu.addAction(action)
        view_menu = menu.addMenu(_tr("&View"))
        view_menu.addAction(self.refresh_action)
        self.help_menu = menu.addMenu(_tr("&Help"))
        self.shortcuts_action = self._action(
            _tr("&Keyboard shortcuts"), "settings", QKeySequence.StandardKey.HelpContents,
            self._on_shortcuts_triggered, _tr("Every shortcut of certdesk"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(_tr("&About certdesk"), self._show_about)

    def _on_shortcuts_triggered(self) -> None:
        from ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions(), self).open()

    def _show_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).open()

    def _make_inventory_tab(self) -> None:
        empty = EmptyState(
            "certdesk", _tr("No certificates yet"),
            _tr("Start with “New certificate”: enter your domain names, choose how to prove "
                "they are yours, and certdesk does the rest. You need an ACME account first; "
                "the wizard helps you create one. Already have certificates? Import them."),
            self.new_action)
        self.inventory = FilteredTable(CertificateTableModel(self), empty,
                                       name=_tr("Certificates"),
                                       search_placeholder=_tr("Search certificates (Ctrl+F)"))
        self.inventory.max_column_width = 240
        self.inventory.stretch_column(0)  # the names: no sideways scrolling
        self.inventory.row_selected.connect(self._on_inventory_row_selected)
        self.inventory.row_activated.connect(self._on_inventory_row_selected)
        self.details = DetailsPane([self.renew_action, self.export_action, self.revoke_action])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("inventorySplitter")
        split.addWidget(self.inventory)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 420])
        self.splitter = split
        self.tabs.addTab(split, icon("certificate"), _tr("Cer&tificates"))

    def _make_other_tabs(self) -> None:
        self.accounts_view = FilteredTable(
            AccountTableModel(self),
            EmptyState("account", _tr("No ACME accounts"),
                       _tr("An account at a certificate authority (CA) is needed to get "
                           "certificates. Let's Encrypt is free; use its staging twin to "
                           "try things out."), self.account_action),
            name=_tr("Accounts"), search_placeholder=_tr("Search accounts"))
        self.tabs.addTab(self.accounts_view, icon("account"), _tr("Acc&ounts"))
        self.orders_view = FilteredTable(
            OrderTableModel(self),
            EmptyState("pending", _tr("No pending orders"),
                       _tr("Orders waiting for you (e.g. a DNS record to create) or "
                           "interrupted ones appear here, so you can resume them.")),
            name=_tr("Pending orders"), search_placeholder=_tr("Search orders"))
        self.orders_view.row_activated.connect(self._on_orders_row_activated)
        self.tabs.addTab(self.orders_view, icon("pending"), _tr("&Pending orders"))
        self.activity_view = FilteredTable(
            EventTableModel(self),
            EmptyState("activity", _tr("Nothing has happened yet"),
                       _tr("Issuance, renewals, failures and exports are recorded here.")),
            name=_tr("Activity"), search_placeholder=_tr("Search the activity log"))
        self.tabs.addTab(self.activity_view, icon("activity"), _tr("Activit&y"))

    # -- expiry tracking: the Attention tab and per-certificate endpoints --------
    def _make_monitoring_ui(self) -> None:
        from PySide6.QtWidgets import QMenu

        from ui.views.attention_view import AttentionView

        self.attention_view = AttentionView(self.ctx)
        self.attention_view.certificate_requested.connect(self.show_certificate)
        self.attention_view.manual_action_requested.connect(self._on_attention_manual_requested)
        self.attention_view.endpoint_requested.connect(self._on_attention_endpoint_requested)
        self.attention_view.attention_loaded.connect(self._on_attention_loaded)
        # No "all clear" icon before the first scan has said so: a check mark at start-up
        # claimed nothing needed the user while the scan had not run yet.
        index = self.tabs.addTab(self.attention_view, _tr("Atte&ntion"))
        self.tabs.setTabToolTip(index, _tr("Checking what needs you…"))
        self.endpoints_action = self._action(
            _tr("E&ndpoints…"), "activity", None, self._on_endpoints_triggered,
            _tr("Servers that should serve the selected certificate, checked daily"))
        self.details.add_action(self.endpoints_action)
        for entry in self.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and entry.text() == _tr("&Certificate"):
                menu.addAction(self.endpoints_action)
        self.inventory.row_selected.connect(self._on_monitoring_selection_changed)
        self.snapshot_loaded.connect(self._on_monitoring_selection_changed)
        self.snapshot_loaded.connect(lambda _s: self.attention_view.schedule_refresh())
        # Working in the inventory puts a coming attention scan off until the user pauses.
        postpone = self.attention_view.postpone_refresh
        self.inventory.search.textChanged.connect(lambda _t: postpone())
        self.inventory.row_selected.connect(lambda _r: postpone())
        self.inventory.table.horizontalHeader().sectionClicked.connect(lambda _c: postpone())
        self._on_monitoring_selection_changed(None)

    def _on_monitoring_selection_changed(self, _row: object) -> None:
        self.endpoints_action.setEnabled(self.selected_certificate() is not None)

    def _on_attention_loaded(self, critical: int, warnings: int) -> None:
        index = self.tabs.indexOf(self.attention_view)
        total = critical + warnings
        self.tabs.setTabText(index, _tr("Atte&ntion ({n})").format(n=total) if total
                             else _tr("Atte&ntion"))
        self.tabs.setTabIcon(index, icon("error" if critical else
                                         "warning" if warnings else "ok"))
        self.tabs.setTabToolTip(index, "")

    def show_certificate(self, cert_id: str) -> bool:
        """Switch to the inventory and select the certificate (False if it is gone)."""
        self.tabs.setCurrentWidget(self.splitter)
        self.inventory.search.clear()
        if self.inventory.select_where(lambda r: getattr(r, "id", None) == cert_id):
            self.inventory.table.setFocus()
            return True
        self.statusBar().showMessage(_tr("That certificate is no longer in the list."), 8000)
        return False

    def _on_attention_manual_requested(self, cert_id: str) -> None:
        orders = [o for o in (self.snapshot.orders if self.snapshot else ())
                  if o.certificate_id == cert_id]
        orders.sort(key=lambda o: o.state is not OrderState.AWAITING_USER)
        if orders:
            self._on_orders_row_activated(orders[0])
        elif self.show_certificate(cert_id):
            # Due, validated by hand, no order yet: the renewal window shows the records.
            self._on_renew_triggered()

    def _on_attention_endpoint_requested(self, cert_id: str) -> None:
        if self.show_certificate(cert_id):
            self._on_endpoints_triggered()

    def _on_endpoints_triggered(self) -> None:
        cert = self.selected_certificate()
        if cert is None:
            return
        from ui.dialogs.endpoints_dialog import EndpointsDialog

        dialog = EndpointsDialog(self.ctx, cert, self)
        dialog.finished.connect(lambda _r: self.attention_view.schedule_refresh())
        dialog.open()

    # -- inventory: backup, restore, export targets, files dropped on the table -----------
    def _make_inventory_ui(self) -> None:
        from PySide6.QtWidgets import QMenu

        from ui.views.file_drop import FileDropFilter

        self.backup_action = self._action(
            _tr("&Back up…"), "export", None, self._on_backup_triggered,
            _tr("Save everything into one file encrypted with a passphrase"))
        self.restore_action = self._action(
            _tr("Res&tore…"), "import", None, self._on_restore_triggered,
            _tr("Bring back a backup into an empty data folder"))
        self.targets_action = self._action(
            _tr("Export &targets…"), "export", None, self._on_targets_triggered,
            _tr("Folders the selected certificate is written to after every renewal"))
        for entry in self.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and entry.text() == _tr("&File"):
                menu.insertActions(self.settings_action, [self.backup_action,
                                                          self.restore_action])
                menu.insertSeparator(self.settings_action)
            elif isinstance(menu, QMenu) and entry.text() == _tr("&Certificate"):
                menu.insertAction(self.revoke_action, self.targets_action)
        self.file_drops = FileDropFilter(self).watch(self.inventory)
        self.file_drops.files_dropped.connect(self.open_import)
        self.inventory.row_selected.connect(self._on_inventory_selection_changed)
        self.snapshot_loaded.connect(self._on_inventory_selection_changed)
        self._on_inventory_selection_changed(None)

    def _on_inventory_selection_changed(self, _row: object) -> None:
        cert = self.selected_certificate()
        self.targets_action.setEnabled(cert is not None and cert.current is not None)

    def open_import(self, files: list[str] | None = None) -> None:
        """The import dialog, with files dropped on the certificate table if any."""
        from ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self, files=files or ())
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def _on_targets_triggered(self) -> None:
        cert = self.selected_certificate()
        if cert is None:
            return
        from ui.dialogs.targets_dialog import TargetsDialog

        TargetsDialog(self.ctx, cert, self).open()

    def _on_backup_triggered(self) -> None:
        from ui.dialogs.backup_dialog import BackupDialog

        BackupDialog(self.ctx, self).open()

    def _on_restore_triggered(self) -> None:
        from ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        dialog.restored.connect(lambda _s: self.refresh())
        dialog.open()

    # -- what each table's rows can do: buttons, context menus, Delete, double-click -------
    def _make_row_actions(self) -> None:
        from ui.actions.account_actions import AccountActions
        from ui.actions.activity_actions import ActivityActions
        from ui.actions.certificate_actions import CertificateActions
        from ui.actions.order_actions import OrderActions

        self.certificate_actions = CertificateActions(
            self.ctx, self.inventory, self, self.selected_certificate,
            [self.renew_action, self.export_action, self.revoke_action, None,
             self.endpoints_action, self.targets_action])
        self.account_actions = AccountActions(self.ctx, self.accounts_view, self,
                                              self.account_action)
        self.order_actions = OrderActions(self.ctx, self.orders_view, self)
        self.activity_actions = ActivityActions(self.activity_view, self, self.show_certificate)
        self.certificate_actions.reissue_requested.connect(self._on_reissue_requested)
        self.order_actions.resume_requested.connect(self._on_orders_row_activated)
        for actions in (self.certificate_actions, self.account_actions, self.order_actions):
            actions.changed.connect(self.refresh)
            actions.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.snapshot_loaded.connect(lambda _s: self.certificate_actions.update_enabled())
        self.tabs.currentChanged.connect(lambda _i: self.certificate_actions.update_enabled())
        cert_menu = self.certificate_menu()
        if cert_menu is not None:
            cert_menu.addSeparator()
            for action in (self.certificate_actions.settings_action,
                           self.certificate_actions.reissue_action,
                           self.certificate_actions.remove_action):
                cert_menu.addAction(action)

    def certificate_menu(self) -> QMenu | None:
        for entry in self.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and entry.text() == _tr("&Certificate"):
                return menu
        return None

    def _on_reissue_requested(self, cert: AnyCertificate) -> None:
        from ui.wizard.new_certificate import NewCertificateWizard

        certificates = self.snapshot.certificates.values() if self.snapshot else ()
        wizard = NewCertificateWizard(self.ctx, self._accounts(), self,
                                      certificates=list(certificates), reissue_of=cert)
        wizard.finished.connect(lambda _r: self.refresh())
        wizard.open()

    def _check_secret_store(self) -> None:
        """No usable keyring: say so at start, with what to do, not first when something is
        stored (an account, a key). Touches the keyring, so on a worker."""
        from app.services.bootstrap import check_secret_store

        services = self.ctx.services
        self.ctx.tasks.run(lambda _c: check_secret_store(services),
                           on_success=lambda _r: None, on_failure=self.notice.show_error,
                           lane=Lane.STORE, owner=self, name="check keyring")

    def _watch_for_outside_changes(self) -> None:
        """certdesk-cli, the scheduled renewal or another certdesk may change the data while
        this window is open: a cheap change counter, polled off the GUI thread, reloads."""
        from app.services.changes import ChangeWatcher

        watcher = ChangeWatcher(self.ctx.services.store)
        self._changes = watcher
        self._change_poll_running = False
        self._outside_change = False  # a change seen by a poll, not yet read
        self._last_core_event = 0.0  # time.monotonic() of the last core event
        self.ctx.bridge.event_received.connect(self._on_core_event_received)
        self._change_poll = QTimer(self)
        self._change_poll.setInterval(2000)
        self._change_poll.timeout.connect(self._on_change_poll_timeout)
        self._change_poll.start()
        self._on_change_poll_timeout()  # the baseline, at once
        self.destroyed.connect(lambda _o=None: watcher.close())

    @property
    def watching_changes(self) -> bool:
        return self._changes.primed

    def _on_change_poll_timeout(self) -> None:
        if self._change_poll_running:
            return
        self._change_poll_running = True
        watcher = self._changes
        self.ctx.tasks.run(lambda _c: watcher.changed(), on_success=self._on_change_polled,
                           on_failure=self._on_change_poll_failed, owner=self,
                           name="poll for changes")

    def _on_change_polled(self, changed: bool) -> None:
        self._change_poll_running = False
        self._outside_change |= changed
        if not self._outside_change:
            return
        # The counter also moves when this app writes (a renewal, a reminder), and those
        # writes come with core events that refresh the rows they touch. While such events
        # keep coming, a whole reload every poll would read the inventory again and again;
        # the change is kept and read once the app is quiet.
        if time.monotonic() - self._last_core_event < QUIET_S:
            return
        self._outside_change = False
        self.schedule_refresh()

    def _on_core_event_received(self, _event: CoreEvent) -> None:
        self._last_core_event = time.monotonic()

    def _on_change_poll_failed(self, exc: BaseException) -> None:
        self._change_poll_running = False
        log.info("change poll failed: %s", exc)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._loads.begin():
            return  # a reload is running: one more follows it
        services = self.ctx.services
        self.ctx.tasks.run(lambda _c: load_snapshot(services), on_success=self._apply_snapshot,
                           on_failure=self._on_snapshot_failed, lane=Lane.STORE,
                           owner=self, name="load snapshot")

    def _on_snapshot_failed(self, exc: BaseException) -> None:
        self._snapshot_ended()
        show_error(self, exc)

    def _snapshot_ended(self) -> None:
        if self._loads.end():
            self.refresh()

    def schedule_refresh(self) -> None:
        """Reload soon (when shown); several calls in a row make one reload."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_when_shown(self) -> None:
        """Reload now if the window is shown, else when it is next shown: an app that waits
        in the tray does not read and hold an inventory nobody looks at."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._in_tray = False
        if self._stale:
            self.refresh_when_shown()

    def release_lists(self) -> None:
        """Back in the tray: the inventory is let go and read again when the window is next
        shown, so an app waiting in the tray holds what it holds after starting there."""
        self._in_tray = True
        self._stale = True
        self.snapshot = None
        self._dirty_ids.clear()
        self.inventory.set_rows(())
        self.details.show_certificate(None, self.ctx.services.clock.now())
        self._update_actions()
        QTimer.singleShot(0, release_memory)

    def _apply_snapshot(self, snap: Snapshot) -> None:
        if self._in_tray:  # read before the window went back to the tray
            self._snapshot_ended()
            return
        try:
            self._show_snapshot(snap)
        finally:
            self._snapshot_ended()  # after: a reload asked for meanwhile shows newer lists
        QTimer.singleShot(0, release_memory)  # the previous lists and the read's leftovers

    def _show_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
        self.inventory.set_rows(snap.rows)
        self.details.setVisible(bool(snap.rows))
        self.accounts_view.set_rows(snap.accounts)
        self.orders_view.set_rows(snap.orders)
        self.activity_view.set_rows(snap.events)
        self.tabs.setTabText(2, _tr("&Pending orders ({n})").format(n=len(snap.orders))
                             if snap.orders else _tr("&Pending orders"))
        self.statusBar().showMessage(
            _tr("%n certificate(s)", len(snap.rows)) + ", "
            + _tr("%n account(s)", len(snap.accounts)), 5000)
        self._on_inventory_row_selected(self.inventory.selected())
        self.snapshot_loaded.emit(snap)

    def _on_bridge_changed(self, event: CoreEvent) -> None:
        # Orders report many steps: coalesce them into one read of the rows they touched
        # (a whole reload when the event names no certificate, e.g. an account changed).
        cert_id = getattr(event, "certificate_id", None)
        if self._refresh_timer.isActive():
            return  # a whole reload is coming anyway
        if isinstance(cert_id, str) and cert_id and self.snapshot is not None \
                and self.snapshot.rows:
            self._dirty_ids.add(cert_id)
            if not self._rows_timer.isActive():
                self._rows_timer.start()
        else:
            self._refresh_timer.start()

    def _refresh_dirty_rows(self) -> None:
        if self._refresh_timer.isActive():
            self._dirty_ids.clear()
            return  # a whole reload is coming anyway
        if not self._dirty_ids or self._row_loads.running:
            return  # the rows named meanwhile are read when the running read ends
        self._row_loads.begin()
        ids, self._dirty_ids = frozenset(self._dirty_ids), set()
        services = self.ctx.services
        self.ctx.tasks.run(lambda _c: load_rows(services, ids), on_success=self._apply_rows,
                           on_failure=self._on_rows_failed, lane=Lane.STORE,
                           owner=self, name="load rows")

    def _on_rows_failed(self, exc: BaseException) -> None:
        self._rows_ended()
        show_error(self, exc)

    def _rows_ended(self) -> None:
        self._row_loads.end()
        if self._dirty_ids and not self._rows_timer.isActive():
            self._rows_timer.start()

    def _apply_rows(self, update: RowsUpdate) -> None:
        self._rows_ended()
        if self.snapshot is None:
            return
        snap = self.snapshot.with_rows(update)
        self.snapshot = snap
        self.inventory.model.update_rows(update.rows, tuple(update.removed),
                                         key=lambda r: r.id)
        self.orders_view.set_rows(snap.orders)
        self.activity_view.set_rows(snap.events)
        self.tabs.setTabText(2, _tr("&Pending orders ({n})").format(n=len(snap.orders))
                             if snap.orders else _tr("&Pending orders"))
        selected = self.inventory.selected()
        if selected is None or selected.id in update.certificates \
                or selected.id in update.removed:
            self._on_inventory_row_selected(selected)
        self.snapshot_loaded.emit(snap)

    # -- selection -------------------------------------------------------------------------
    def selected_certificate(self) -> AnyCertificate | None:
        """The certificate the certificate actions act on: only one the user can see selected
        (on another tab, the inventory's selection is hidden, so nothing is selected)."""
        if self.tabs.currentWidget() is not self.splitter:
            return None
        return self._inventory_certificate()

    def _inventory_certificate(self) -> AnyCertificate | None:
        row = self.inventory.selected()
        if row is None or self.snapshot is None:
            return None
        return self.snapshot.certificates.get(row.id)

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._update_actions()
        self._on_monitoring_selection_changed(None)
        self._on_inventory_selection_changed(None)

    def _on_inventory_row_selected(self, row: CertificateRow | None) -> None:
        cert = self._inventory_certificate() if row is not None else None
        self._update_actions()
        self._timeline, self._shown_id = None, ""
        if cert is None:
            self.details.show_certificate(None, self.ctx.services.clock.now())
            return
        services = self.ctx.services
        cert_id = cert.id
        # The snapshot holds summaries: the details (facts from the PEM texts, the history)
        # are read in one go, and the timeline beside them. Read-only and by key: beside the
        # store lane, so a click never waits behind a whole reload or the attention scan.
        self.ctx.tasks.run(lambda _c: read_details(services, cert_id),
                           on_success=self._on_details_loaded,
                           on_failure=lambda exc: log.warning("details: %s", exc),
                           lane=Lane.NETWORK, owner=self, name="details")
        self.ctx.tasks.run(lambda _c: services.timeline.for_certificate(cert_id),
                           on_success=lambda t: self._on_timeline_loaded(cert_id, t),
                           on_failure=lambda exc: log.warning("timeline: %s", exc),
                           lane=Lane.NETWORK, owner=self, name="timeline")

    def _on_details_loaded(self, details: CertificateDetails) -> None:
        cert = details.cert
        shown = self._inventory_certificate()
        if shown is None or shown.id != cert.id:  # another row was selected meanwhile
            return
        self.details.show_certificate(cert, self.ctx.services.clock.now(), _method_text(cert),
                                      facts=details.facts)
        self.details.show_history(details.history)
        self._shown_id = cert.id
        if self._timeline is not None and self._timeline[0] == cert.id:
            self.details.show_timeline(self._timeline[1])  # it came first

    def _on_timeline_loaded(self, cert_id: str, timeline: Timeline | None) -> None:
        shown = self._inventory_certificate()
        if shown is None or shown.id != cert_id:  # another row was selected meanwhile
            return
        self._timeline = (cert_id, timeline)
        if self._shown_id == cert_id:
            self.details.show_timeline(timeline)

    def _update_actions(self) -> None:
        cert = self.selected_certificate()
        has = cert is not None
        self.renew_action.setEnabled(has and cert is not None and cert.source == "acme")
        self.export_action.setEnabled(has and cert is not None and cert.current is not None)
        self.revoke_action.setEnabled(has and cert is not None and cert.current is not None
                                      and cert.status is not CertificateState.REVOKED)

    # -- actions ---------------------------------------------------------------------------
    def _accounts(self) -> tuple[Account, ...]:
        return self.snapshot.accounts if self.snapshot else ()

    def _on_new_triggered(self) -> None:
        from ui.wizard.new_certificate import NewCertificateWizard

        # The certificates whose key the new one may reuse (the key page offers them).
        certificates = self.snapshot.certificates.values() if self.snapshot else ()
        wizard = NewCertificateWizard(self.ctx, self._accounts(), self,
                                      certificates=list(certificates))
        wizard.finished.connect(lambda _r: self.refresh())
        wizard.open()

    def _on_renew_triggered(self) -> None:
        cert = self.selected_certificate()
        if cert is None:
            return
        running = self.renewals.get(cert.id)
        if running is not None:  # one renewal per certificate: show the one that runs
            running.show()
            running.raise_()
            running.activateWindow()
            return
        from ui.dialogs.renew_dialog import RenewDialog

        # Its own window and interaction: what this renewal asks (DNS records, "continue
        # anyway?") comes here, with Cancel, and never to another window.
        dialog = RenewDialog(self.ctx, cert, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.renewals[cert.id] = dialog
        cert_id = cert.id
        dialog.finished.connect(lambda _r: self.renewals.pop(cert_id, None))
        dialog.renewed.connect(self._on_renew_succeeded)
        dialog.renew_failed.connect(lambda _exc: self.refresh())
        self.statusBar().showMessage(_tr("Renewing {name}…").format(name=cert.label), 8000)
        dialog.start()  # shows itself when it takes a while, asks something, or fails

    def _on_renew_succeeded(self, cert: ManagedCertificate) -> None:
        self.statusBar().showMessage(_tr("{name} was renewed.").format(name=cert.label), 8000)
        self.refresh()

    def _on_task_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        show_error(self, exc)
        self.refresh()

    def _on_export_triggered(self) -> None:
        cert = self.selected_certificate()
        if cert is None:
            return
        from ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, cert, self)
        dialog.exported.connect(self._on_exported)
        dialog.open()

    def _on_exported(self, paths: list[str]) -> None:
        if not paths:
            return
        if len(paths) == 1:
            text = _tr("Exported to {path}").format(path=paths[0])
        else:  # a set of files (PEM) in one folder
            text = _tr("Exported {n} files to {folder}").format(
                n=len(paths), folder=os.path.dirname(paths[0]))
        self.statusBar().showMessage(text, 15000)

    def _on_revoke_triggered(self) -> None:
        cert = self.selected_certificate()
        if cert is None:
            return
        from ui.dialogs.revoke_dialog import RevokeDialog

        dialog = RevokeDialog(self.ctx, cert, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def _on_import_triggered(self) -> None:
        self.open_import()

    def _on_account_triggered(self) -> None:
        from ui.dialogs.account_dialog import AccountDialog

        dialog = AccountDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def _on_settings_triggered(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).open()

    def _on_orders_row_activated(self, order: OrderRecord) -> None:
        from ui.wizard.new_certificate import NewCertificateWizard

        wizard = NewCertificateWizard(self.ctx, self._accounts(), self, resume_order=order)
        wizard.finished.connect(lambda _r: self.refresh())
        wizard.open()

    def _on_quit_triggered(self) -> None:
        self.keep_running_in_tray = False
        self.quit_requested.emit()
        self.close()

    # -- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry().size()
            self.resize(QSize(1100, 680).boundedTo(screen * 0.95))
        state = settings.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if self.keep_running_in_tray:
            self.hide()
            event.ignore()
            self.release_lists()
            return
        super().closeEvent(event)
