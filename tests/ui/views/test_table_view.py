"""FilteredTable over a model that filters itself: the selection survives a new filter and a
reload, the empty state is only for an empty list."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from ui.models.table import Column, RowTableModel
from ui.views.empty_state import EmptyState
from ui.views.table_view import FilteredTable

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Item:
    id: str
    name: str


ITEMS = [Item("1", "alpha.example"), Item("2", "bravo.example"), Item("3", "alpine.test")]


def make_table(qtbot: QtBot) -> tuple[FilteredTable, list[object]]:
    model: RowTableModel[Item] = RowTableModel([Column("Name", lambda r: r.name)])
    table = FilteredTable(model, EmptyState("ok", "Nothing", "Nothing here."), name="Items",
                          search_placeholder="Search")
    qtbot.addWidget(table)
    table.show()
    table.set_rows(ITEMS)
    selected: list[object] = []
    table.row_selected.connect(selected.append)
    return table, selected


def test_a_new_filter_keeps_the_selected_row_without_selecting_it_again(qtbot: QtBot) -> None:
    table, selected = make_table(qtbot)
    assert table.select_where(lambda r: r.id == "3")
    assert selected == [ITEMS[2]]
    table.search.setText("alp")
    assert table.model.rowCount() == 2
    assert table.selected() is ITEMS[2]
    table.search.setText("alpine")
    assert table.model.rowCount() == 1 and table.selected() is ITEMS[2]
    assert selected == [ITEMS[2]]  # still the same row: no new "selected" for the details


def test_a_row_filtered_out_is_no_longer_selected(qtbot: QtBot) -> None:
    table, selected = make_table(qtbot)
    table.select_where(lambda r: r.id == "2")
    table.search.setText("alp")
    assert table.selected() is None
    assert selected[-1] is None


def test_a_reload_selects_the_same_row_anew(qtbot: QtBot) -> None:
    table, selected = make_table(qtbot)
    table.select_where(lambda r: r.id == "1")
    renamed = Item("1", "alpha-renamed.example")
    table.set_rows([renamed, *ITEMS[1:]])
    assert table.selected() is renamed
    assert selected[-1] is renamed  # a changed row: the details are shown again


def test_a_filter_matching_nothing_keeps_the_table_and_the_search_box(qtbot: QtBot) -> None:
    table, _selected = make_table(qtbot)
    table.search.setText("nothing-matches-this")
    assert table.model.rowCount() == 0
    assert table.stack.currentWidget() is table.table
    assert table.search.isEnabled()
    table.search.clear()
    assert table.model.rowCount() == 3
    table.set_rows([])
    assert table.stack.currentWidget() is table.empty


def test_columns_are_fitted_when_the_table_is_first_shown(qtbot: QtBot) -> None:
    model: RowTableModel[Item] = RowTableModel([Column("Name", lambda r: r.name),
                                                Column("Id", lambda r: r.id)])
    table = FilteredTable(model, EmptyState("ok", "Nothing", "Nothing here."), name="Items",
                          search_placeholder="Search")
    qtbot.addWidget(table)
    table.set_rows([Item("1", "a-rather-long-name-for-a-certificate.example.com")])
    unfitted = table.table.columnWidth(0)
    table.show()
    qtbot.waitExposed(table)
    assert table.table.columnWidth(0) != unfitted
    assert table.table.columnWidth(0) >= table.table.fontMetrics().horizontalAdvance(
        "a-rather-long-name-for-a-certificate.example.com")
