"""A table over a RowTableModel with a search box, a sort/filter proxy and an empty state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.proxy import RowFilterProxy
from ui.models.table import RowRole, RowTableModel
from ui.views.empty_state import EmptyState


class FilteredTable(QWidget):
    """Emits `row_selected(row or None)` and `row_activated(row)` with the model's rows."""

    row_selected = Signal(object)
    row_activated = Signal(object)

    def __init__(self, model: RowTableModel[Any], empty: EmptyState, *, name: str,
                 search_placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(search_placeholder)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.table = QTableView()
        self.table.setModel(self.proxy)
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
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        self.empty = empty
        self.max_column_width = 320
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.stack)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)
        self._update_stack()

    def set_rows(self, rows: Any) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        self._update_stack()
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            if self.table.columnWidth(col) > self.max_column_width:
                self.table.setColumnWidth(col, self.max_column_width)
        if keep is not None:
            self.select_where(lambda r: getattr(r, "id", None) == getattr(keep, "id", None))

    def selected(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(RowRole) if indexes else None

    def select_where(self, predicate: Any) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if predicate(index.data(RowRole)):
                self.table.selectRow(row)
                return True
        return False

    def _update_stack(self) -> None:
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.search.setEnabled(self.model.rowCount() > 0)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _on_table_selection_changed(self, selected: QItemSelection,
                                    deselected: QItemSelection) -> None:
        self.row_selected.emit(self.selected())

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.row_activated.emit(index.data(RowRole))
