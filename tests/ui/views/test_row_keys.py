"""Lists and tables whose actions are buttons: a right-click menu mirroring the buttons and
the Delete key pressing Remove."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.ui.conftest import MakeCtx
from ui.views.row_keys import RowKeys

pytestmark = pytest.mark.gui


def test_menu_mirrors_the_buttons_and_delete_presses_remove(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    view = QListWidget()
    view.addItems(["one", "two"])
    test, remove = QPushButton("&Test"), QPushButton("&Remove")
    layout = QVBoxLayout(window)
    for widget in (view, test, remove):
        layout.addWidget(widget)
    removed: list[str] = []
    remove.clicked.connect(lambda: removed.append(str(view.currentRow())))
    test.setEnabled(False)
    tested: list[int] = []
    test.clicked.connect(lambda: tested.append(view.currentRow()))
    keys = RowKeys(view, [test, remove], delete=remove, activate=test)
    view.setCurrentRow(1)
    entries = [(a.text(), a.isEnabled()) for a in keys.menu().actions()]
    assert entries == [("&Test", False), ("&Remove", True)]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert removed == ["1"]
    remove.setEnabled(False)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert removed == ["1"]
    view.activated.emit(view.currentIndex())  # double-click: the first action, if enabled
    assert tested == []
    test.setEnabled(True)
    view.activated.emit(view.currentIndex())
    assert tested == [1]


def test_dialog_tables_have_menus(qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    import datetime as dt

    from tests.support.certificates import add_certificate
    from ui.dialogs.endpoints_dialog import EndpointsDialog
    from ui.dialogs.targets_dialog import TargetsDialog

    ctx = make_ctx(services, inline=True)
    cert = add_certificate(services.store, not_before=dt.datetime.now(dt.UTC), days=90)
    for dialog in (EndpointsDialog(ctx, cert), TargetsDialog(ctx, cert)):
        qtbot.addWidget(dialog)
        keys = dialog.row_keys
        assert keys.delete is dialog.remove_button
        assert dialog.remove_button.text() in [a.text() for a in keys.menu().actions()]
