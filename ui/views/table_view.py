"""A table over a RowTableModel with a search box and an empty state.

The model sorts and filters itself; when it shows its rows anew (a reload, a new filter) the
table keeps the selected row selected if it is still shown, and says so only if the row
itself changed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.table import RowRole, RowTableModel
from ui.views.empty_state import EmptyState

#: Rows measured beside the ones on screen when the columns are fitted to their contents:
#: none (Qt's precision 0). Tables are fitted only while shown, so the rows on screen are
#: there to measure; each row more costs Qt's whole cell-size path in Python.
SIZE_SAMPLE_ROWS = 0


class FilteredTable(QWidget):
    """Emits `row_selected(row or None)` and `row_activated(row)` with the model's rows."""

    row_selected = Signal(object)
    row_activated = Signal(object)

    def __init__(self, model: RowTableModel[Any], empty: EmptyState, *, name: str,
                 search_placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._kept: Any = None  # the selected row while the model shows its rows anew
        self._restoring: Any = None  # the row being selected again after that
        self._fit_pending = False  # the columns are fitted when the table is next shown
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(search_placeholder)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(name)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitting the columns measures the rows on screen, not every row (Qt's default,
        # 1,000 rows, took 0.4 s of the first window at 10,000 certificates; 100 more rows
        # still took 0.1 s).
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        model.modelReset.connect(self._on_model_reset)
        self.empty = empty
        self.max_column_width = 320
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.table)
        self._context_actions: list[QAction | None] = []
        self._delete_action: QAction | None = None
        self.button_row = QHBoxLayout()
        self.button_row.setContentsMargins(0, 0, 0, 0)
        self.button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(self.button_row)
        layout.addWidget(self.stack)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)
        self._update_stack()

    def set_actions(self, actions: Sequence[QAction | None], *, delete: QAction | None = None,
                    buttons: Sequence[QAction] = ()) -> None:
        """The table's right-click menu (None: a separator), what the Delete key does, and
        the buttons shown above the table."""
        self._context_actions = list(actions)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self._delete_action = delete
        if delete is not None:
            self.table.installEventFilter(self)
        for action in buttons:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            self.button_row.insertWidget(self.button_row.count() - 1, button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The Delete key on the table (an event filter, not a shortcut: works without an
        # active window too, and never fires while typing in the search box).
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)
                and self._delete_action is not None):
            if self._delete_action.isEnabled():
                self._delete_action.trigger()
            return True
        return super().eventFilter(watched, event)

    def context_menu(self) -> QMenu:
        """The right-click menu for the selected row."""
        menu = QMenu(self.table)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        return menu

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def set_rows(self, rows: Any) -> None:
        """Show these rows (the selected one stays selected if it is still there)."""
        first_fill = not self.model.rows
        self.model.set_rows(rows)
        if first_fill and self.model.rows:
            # Fitted once, not on each reload (measuring every cell again stalled the GUI
            # thread), and only when shown: a table on another tab waits until it is opened.
            self._fit_pending = True
            if self.isVisible():
                self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_columns()

    def _fit_columns(self) -> None:
        self._fit_pending = False
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            if self.table.columnWidth(col) > self.max_column_width:
                self.table.setColumnWidth(col, self.max_column_width)

    def stretch_column(self, column: int) -> None:
        """`column` takes the width left over (and gives it back), so the table fits its
        pane without sideways scrolling; the other columns fit their contents."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def selected(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(RowRole) if indexes else None

    def select_where(self, predicate: Any) -> bool:
        position = self.model.position(predicate)
        if position < 0:
            return False
        self.table.selectRow(position)
        return True

    def _update_stack(self) -> None:
        # The empty state is for a list with no rows at all, not for a filter matching none.
        self.stack.setCurrentIndex(1 if self.model.rows else 0)
        self.search.setEnabled(bool(self.model.rows))

    def _on_search_text_changed(self, text: str) -> None:
        self.model.set_filter(text)

    def _on_model_about_to_be_reset(self) -> None:
        self._kept = self.selected()

    def _on_model_reset(self) -> None:
        kept, self._kept = self._kept, None
        self._update_stack()
        if kept is None:
            return
        key = _row_key(kept)
        position = self.model.position(lambda r: _row_key(r) == key)
        if position < 0:  # gone, or filtered out
            self.row_selected.emit(None)
            return
        self._restoring = kept
        try:
            self.table.selectRow(position)
        finally:
            self._restoring = None
        self.table.scrollTo(self.model.index(position, 0))

    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        row = self.selected()
        if row is not None and row is self._restoring:
            return  # the same row selected again after a new filter: nothing changed
        self.row_selected.emit(row)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.row_activated.emit(index.data(RowRole))


def _row_key(row: Any) -> Any:
    """What identifies a row across reloads: its id if it has one."""
    return getattr(row, "id", row)
