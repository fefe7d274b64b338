"""RowTableModel sorts itself behind the filter proxy, keeps the selection across a sort, and
replaces single rows without a reset."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.models.proxy import RowFilterProxy
from ui.models.table import Column, RowRole, RowTableModel

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    days: int | None


def model_with(items: list[Item]) -> tuple[RowTableModel[Item], RowFilterProxy]:
    model: RowTableModel[Item] = RowTableModel([
        Column("Name", lambda r: r.name),
        Column("Days", lambda r: "" if r.days is None else str(r.days), sort=lambda r: r.days),
    ])
    model.set_rows(items)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def names(proxy: RowFilterProxy) -> list[str]:
    return [proxy.index(i, 0).data(RowRole).name for i in range(proxy.rowCount())]


ITEMS = [Item("1", "delta", 30), Item("2", "alpha", None), Item("3", "charlie", 5),
         Item("4", "bravo", 12)]


def test_sort_by_key_with_empty_values_first_and_descending(qtmodeltester: ModelTester
                                                            ) -> None:
    model, proxy = model_with(ITEMS)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["alpha", "charlie", "bravo", "delta"]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["delta", "bravo", "charlie", "alpha"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["alpha", "bravo", "charlie", "delta"]
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_new_rows_keep_the_sort_and_the_filter_uses_the_kept_text() -> None:
    model, proxy = model_with(ITEMS)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows([*ITEMS, Item("5", "echo", 1)])
    assert names(proxy) == ["echo", "delta", "charlie", "bravo", "alpha"]
    proxy.set_search("ch")
    assert names(proxy) == ["echo", "charlie"]
    proxy.set_search("CHAR")
    assert names(proxy) == ["charlie"]


def test_a_persistent_index_follows_its_row_through_a_sort() -> None:
    _model, proxy = model_with(ITEMS)  # the proxy does not own the model: keep it
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(proxy.index(3, 0))
    assert kept.data(RowRole).name == "delta"
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 0
    assert kept.data(RowRole).name == "delta"


def test_update_rows_replaces_adds_and_removes_without_a_reset(qtbot: QtBot) -> None:
    model, proxy = model_with(ITEMS)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    proxy.set_search("bravo")
    assert names(proxy) == ["bravo"]
    model.update_rows([Item("4", "bravo renewed", 90)], key=lambda r: r.id)
    assert not resets and len(changed) == 1
    assert names(proxy) == ["bravo renewed"]  # the filter reads the new row's text
    proxy.set_search("")
    assert names(proxy)[-1] == "bravo renewed"  # and the sort places it
    model.update_rows([Item("9", "zulu", 1)], key=lambda r: r.id)
    assert not resets
    assert names(proxy)[:3] == ["alpha", "zulu", "charlie"]
    model.update_rows([], removed=["2"], key=lambda r: r.id)
    assert "alpha" not in names(proxy) and len(names(proxy)) == 4
