"""Sort and filter for RowTableModel: sorts by SortRole, filters on every column's text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from ui.models.table import SearchRole, SortRole


class RowFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self._terms: tuple[str, ...] = ()

    def set_search(self, text: str) -> None:
        """Rows must contain every whitespace-separated term (case-insensitive)."""
        self.beginFilterChange()
        self._terms = tuple(t.casefold() for t in text.split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), SearchRole) or ""
        return all(term in text for term in self._terms)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a: Any = left.data(SortRole)
        b: Any = right.data(SortRole)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
