"""RowTableModel sorts and filters itself, keeps the selection across a sort, and replaces
single rows without a reset."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.models.table import Column, RowRole, RowTableModel

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    days: int | None


def model_with(items: list[Item]) -> RowTableModel[Item]:
    model: RowTableModel[Item] = RowTableModel([
        Column("Name", lambda r: r.name),
        Column("Days", lambda r: "" if r.days is None else str(r.days), sort=lambda r: r.days),
    ])
    model.set_rows(items)
    return model


def names(model: RowTableModel[Item]) -> list[str]:
    return [model.index(i, 0).data(RowRole).name for i in range(model.rowCount())]


ITEMS = [Item("1", "delta", 30), Item("2", "alpha", None), Item("3", "charlie", 5),
         Item("4", "bravo", 12)]


def test_sort_by_key_with_empty_values_first_and_descending(qtmodeltester: ModelTester
                                                            ) -> None:
    model = model_with(ITEMS)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["alpha", "charlie", "bravo", "delta"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["delta", "bravo", "charlie", "alpha"]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["alpha", "bravo", "charlie", "delta"]
    qtmodeltester.check(model)
    model.set_filter("a")
    qtmodeltester.check(model)


def test_new_rows_keep_the_sort_and_the_filter_uses_the_kept_text() -> None:
    model = model_with(ITEMS)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows([*ITEMS, Item("5", "echo", 1)])
    assert names(model) == ["echo", "delta", "charlie", "bravo", "alpha"]
    model.set_filter("ch")
    assert names(model) == ["echo", "charlie"]
    model.set_filter("CHAR")
    assert names(model) == ["charlie"]
    model.set_filter("")
    assert len(names(model)) == 5


def test_a_persistent_index_follows_its_row_through_a_sort() -> None:
    model = model_with(ITEMS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(model.index(3, 0))
    assert kept.data(RowRole).name == "delta"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 0
    assert kept.data(RowRole).name == "delta"


def test_update_rows_replaces_adds_and_removes_without_a_reset(qtbot: QtBot) -> None:
    model = model_with(ITEMS)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    model.set_filter("bravo")
    resets.clear()
    assert names(model) == ["bravo"]
    model.update_rows([Item("4", "bravo renewed", 90)], key=lambda r: r.id)
    assert not resets and len(changed) == 1
    assert names(model) == ["bravo renewed"]  # the filter reads the new row's text
    model.set_filter("")
    resets.clear()
    assert names(model)[-1] == "bravo renewed"  # and the sort places it
    model.update_rows([Item("9", "zulu", 1)], key=lambda r: r.id)
    assert not resets
    assert names(model)[:3] == ["alpha", "zulu", "charlie"]
    model.update_rows([], removed=["2"], key=lambda r: r.id)
    assert "alpha" not in names(model) and len(names(model)) == 4
