"""A QAbstractTableModel over a tuple of immutable rows, described by columns.

data() never does I/O: rows are snapshots the owner swaps with set_rows() after asking a
service on a worker, or replaces a few at a time with update_rows(). SortRole gives a sortable
key, SearchRole the text the filter matches. The model sorts itself (sort(): one Python sort
over keys computed once per row, instead of a proxy calling back into Python for every
comparison) and keeps each row's search text, so 10,000 rows sort and filter at once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

R = TypeVar("R")

SortRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    color: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str] | None = None
    check: Callable[[R], bool] | None = None  # shown as a read-only check box
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: tuple[R, ...] = ()
        self._search: dict[int, str] = {}  # id(row) -> search text, built on first use
        self._sort_spec: tuple[int, Qt.SortOrder] | None = None

    # -- contents --------------------------------------------------------------------------
    @property
    def rows(self) -> tuple[R, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(tuple(rows))
        self._search = {}
        self.endResetModel()

    def update_rows(self, changed: Sequence[R], removed: Sequence[Hashable] = (), *,
                    key: Callable[[R], Hashable]) -> None:
        """Replace the rows whose key matches one in `changed` (new keys are added) and drop
        the `removed` keys: only those rows are announced, unless the order changes."""
        by_key = {key(r): r for r in changed}
        gone = set(removed)
        positions = {key(r): i for i, r in enumerate(self._rows)}
        if gone & positions.keys():
            self.set_rows([by_key.get(key(r), r) for r in self._rows if key(r) not in gone]
                          + [r for k, r in by_key.items() if k not in positions])
            return
        rows = list(self._rows)
        touched: list[int] = []
        for k, row in by_key.items():
            if k in positions:
                self._search.pop(id(rows[positions[k]]), None)
                rows[positions[k]] = row
                touched.append(positions[k])
        added = [r for k, r in by_key.items() if k not in positions]
        if added:
            self.beginInsertRows(QModelIndex(), len(rows), len(rows) + len(added) - 1)
            self._rows = (*rows, *added)
            self.endInsertRows()
        else:
            self._rows = tuple(rows)
        last = len(self._columns) - 1
        for position in touched:
            self.dataChanged.emit(self.index(position, 0), self.index(position, last))
        if self._sort_spec is not None and (touched or added):
            self.sort(*self._sort_spec)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def search_text(self, row: int) -> str:
        """Every column's text, case-folded (what the filter matches), kept per row."""
        item = self._rows[row]
        text = self._search.get(id(item))
        if text is None:
            text = " ".join(c.text(item) for c in self._columns).casefold()
            self._search[id(item)] = text
        return text

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort_spec = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted(before)
        new_position = {id(r): i for i, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_position[id(before[i.row()])], i.column())
                  if 0 <= i.row() < len(before) else QModelIndex() for i in old])
        self.layoutChanged.emit()

    def _sorted(self, rows: tuple[R, ...]) -> tuple[R, ...]:
        if self._sort_spec is None or not rows:
            return rows
        column, order = self._sort_spec
        col = self._columns[column]
        reverse = order == Qt.SortOrder.DescendingOrder
        keys = [col.sort(r) if col.sort is not None else col.text(r) for r in rows]
        indexes = range(len(rows))
        try:  # None first, as an empty value
            ordered = sorted(indexes, key=lambda i: (keys[i] is not None, keys[i]),
                             reverse=reverse)
        except TypeError:  # mixed kinds of keys: compare their text
            ordered = sorted(indexes, key=lambda i: (keys[i] is not None, str(keys[i])),
                             reverse=reverse)
        return tuple(rows[i] for i in ordered)

    # -- Qt API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns) \
                and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or \
                not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if col.check is not None else col.text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return col.text(row)
        if role == Qt.ItemDataRole.CheckStateRole and col.check is not None:
            return Qt.CheckState.Checked if col.check(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and col.color is not None:
            return col.color(row)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return col.sort(row) if col.sort is not None else col.text(row)
        if role == SearchRole:
            return self.search_text(index.row())
        if role == RowRole:
            return row
        return None
