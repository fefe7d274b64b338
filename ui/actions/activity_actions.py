"""The activity log: newest first; double-click or "Show certificate" jumps to the
certificate an entry is about; "Copy" puts the entry on the clipboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from app.domain import Event
from ui.models.dates import local_time
from ui.models.event_names import event_name
from ui.theme import icon
from ui.views.table_view import FilteredTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityActions", text)


def entry_text(event: Event) -> str:
    return (f"{local_time(event.at, seconds=True)}\t{event.level}\t{event_name(event.kind)}"
            f"\t{event.message}")


class ActivityActions(QObject):
    def __init__(self, view: FilteredTable, window: QWidget,
                 show_certificate: Callable[[str], object]) -> None:
        super().__init__(window)
        self.view = view
        self._show_certificate = show_certificate
        self.show_action = QAction(icon("certificate"), _tr("&Show certificate"), self)
        self.show_action.setToolTip(_tr("Select the certificate this entry is about"))
        self.show_action.triggered.connect(self._on_show_triggered)
        self.copy_action = QAction(_tr("&Copy"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self._on_copy_triggered)
        view.table.addAction(self.copy_action)
        view.set_actions([self.show_action, self.copy_action])
        view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        view.row_selected.connect(self._on_view_row_selected)
        view.row_activated.connect(lambda _row: self._on_show_triggered())
        self._on_view_row_selected(None)

    def selected(self) -> Event | None:
        row = self.view.selected()
        return row if isinstance(row, Event) else None

    def _on_view_row_selected(self, _row: object) -> None:
        event = self.selected()
        self.show_action.setEnabled(event is not None and event.certificate_id is not None)
        self.copy_action.setEnabled(event is not None)

    def _on_show_triggered(self) -> None:
        event = self.selected()
        if event is not None and event.certificate_id:
            self._show_certificate(event.certificate_id)

    def _on_copy_triggered(self) -> None:
        event = self.selected()
        if event is not None:
            QGuiApplication.clipboard().setText(entry_text(event))
