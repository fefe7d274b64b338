"""A QAbstractTableModel over a tuple of immutable rows, described by columns.

data() never does I/O: rows are snapshots the owner swaps with set_rows() after asking a
service on a worker, or replaces a few at a time with update_rows(). SortRole gives a sortable
key, SearchRole the text the filter matches. The model sorts and filters itself: sort() is one
Python sort over keys computed once per row, set_filter() one pass over each row's search
text (given with the rows, or made once per row), so Qt never calls back into Python per row
or per comparison and 10,000 rows sort and filter at once.
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
    foreground: Callable[[R], QColor | None] | None = None  # the text's colour
    check: Callable[[R], bool] | None = None  # shown as a read-only check box
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    """`search` gives a row's search text (case-folded) when rows carry it; without it, the
    text is every column's, made when the filter first needs it and kept per row."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None, *,
                 search: Callable[[R], str] | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._all: tuple[R, ...] = ()  # every row, in the sort order
        self._rows: tuple[R, ...] = ()  # the rows shown: those matching the filter, in order
        self._search_of = search
        self._search: dict[int, str] = {}  # id(row) -> search text, when not given
        self._terms: tuple[str, ...] = ()
        self._sort_spec: tuple[int, Qt.SortOrder] | None = None

    # -- contents --------------------------------------------------------------------------
    @property
    def rows(self) -> tuple[R, ...]:
        """Every row, shown or filtered out."""
        return self._all

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._search = {}
        self._all = self._sorted(tuple(rows))
        self._rows = self._matching(self._all, self._terms)
        self.endResetModel()

    def update_rows(self, changed: Sequence[R], removed: Sequence[Hashable] = (), *,
                    key: Callable[[R], Hashable]) -> None:
        """Replace the rows whose key matches one in `changed` (new keys are added) and drop
        the `removed` keys: only those rows are announced, unless the order changes."""
        by_key = {key(r): r for r in changed}
        gone = set(removed)
        positions = {key(r): i for i, r in enumerate(self._all)}
        if gone & positions.keys():
            self.set_rows([by_key.get(key(r), r) for r in self._all if key(r) not in gone]
                          + [r for k, r in by_key.items() if k not in positions])
            return
        every = list(self._all)
        replaced: dict[int, R] = {}  # id(old row) -> new row
        for k, row in by_key.items():
            if k in positions:
                old = every[positions[k]]
                self._search.pop(id(old), None)
                replaced[id(old)] = row
                every[positions[k]] = row
        added = [r for k, r in by_key.items() if k not in positions]
        if self._terms:
            shown_ids = {id(r) for r in self._rows}
            if any((old in shown_ids) != self._matches(new, self._terms)
                   for old, new in replaced.items()):
                # A replaced row starts or stops matching the filter: show the rows anew.
                self.set_rows(every + added)
                return
        touched = [i for i, r in enumerate(self._rows) if id(r) in replaced]
        self._all = tuple(every)
        self._rows = tuple(replaced.get(id(r), r) for r in self._rows)
        if added:
            self._all = (*self._all, *added)
            matching = self._matching(tuple(added), self._terms)
            if matching:
                count = len(self._rows)
                self.beginInsertRows(QModelIndex(), count, count + len(matching) - 1)
                self._rows = (*self._rows, *matching)
                self.endInsertRows()
        last = len(self._columns) - 1
        for position in touched:
            self.dataChanged.emit(self.index(position, 0), self.index(position, last))
        if self._sort_spec is not None and (touched or added):
            self.sort(*self._sort_spec)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def position(self, predicate: Callable[[R], bool]) -> int:
        """The shown position of the first row for which `predicate` is true, or -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def search_text(self, item: R) -> str:
        """What the filter matches for a row: its search text, case-folded."""
        if self._search_of is not None:
            return self._search_of(item)
        text = self._search.get(id(item))
        if text is None:
            text = " ".join(c.text(item) for c in self._columns).casefold()
            self._search[id(item)] = text
        return text

    # -- filtering -------------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        """Show only the rows whose search text contains every whitespace-separated term
        (case-insensitive). A filter that narrows the last one only looks at the rows shown."""
        terms = tuple(t.casefold() for t in text.split())
        if terms == self._terms:
            return
        narrows = bool(self._terms) and all(any(old in new for new in terms)
                                            for old in self._terms)
        pool = self._rows if narrows else self._all
        rows = self._matching(pool, terms)
        self._terms = terms
        if narrows and len(rows) == len(pool):
            return  # the same rows: nothing to announce
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _matches(self, row: R, terms: tuple[str, ...]) -> bool:
        text = self.search_text(row)
        return all(term in text for term in terms)

    def _matching(self, rows: tuple[R, ...], terms: tuple[str, ...]) -> tuple[R, ...]:
        if not terms:
            return rows
        text = self.search_text
        kept: Sequence[R] = rows
        for term in terms:
            kept = [r for r in kept if term in text(r)]
        return tuple(kept)

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort_spec = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._all = self._sorted(self._all)
        self._rows = self._matching(self._all, self._terms)
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
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            return col.foreground(row)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return col.sort(row) if col.sort is not None else col.text(row)
        if role == SearchRole:
            return self.search_text(row)
        if role == RowRole:
            return row
        return None
