"""Main window wiring of the inventory: menus, files dropped on the table, targets, backup,
restore, and what the details pane says about an imported certificate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.support.local_ca import LocalCA
from tests.ui.conftest import MakeCtx
from tests.ui.dialogs.test_import_dialog import drop, file_mime
from ui.dialogs.backup_dialog import BackupDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.dialogs.targets_dialog import TargetsDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window(qtbot: QtBot, ctx: object) -> MainWindow:
    window = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    return window


def _menu(window: MainWindow, title: str) -> list[str]:
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and entry.text() == title:
            return [a.text() for a in menu.actions()]
    raise AssertionError(title)


def test_menus_offer_backup_restore_and_targets(qtbot: QtBot, services: Services,
                                                make_ctx: MakeCtx) -> None:
    window = _window(qtbot, make_ctx(services, inline=True))
    file_menu = _menu(window, "&File")
    assert file_menu.index("&Back up…") < file_menu.index("Res&tore…") \
        < file_menu.index("&Settings…")
    assert "Export &targets…" in _menu(window, "&Certificate")
    assert not window.targets_action.isEnabled()  # nothing selected
    window.backup_action.trigger()
    window.restore_action.trigger()
    assert window.findChildren(BackupDialog)
    assert window.findChildren(RestoreDialog)


def test_drop_on_the_table_opens_the_import_dialog(qtbot: QtBot, tmp_path: Path,
                                                   services: Services,
                                                   make_ctx: MakeCtx) -> None:
    ca = LocalCA("Window")
    leaf = ca.issue(("window.test",))
    cert_file = tmp_path / "window.pem"
    cert_file.write_bytes(leaf.cert_pem + ca.chain_pem + leaf.key_pem)
    window = _window(qtbot, make_ctx(services, inline=True))
    assert drop(window.inventory, file_mime(cert_file))
    [dialog] = window.findChildren(ImportDialog)
    assert dialog.path.text() == str(cert_file)
    assert dialog.fields["names"].text() == "window.test"
    dialog.import_button.click()
    assert [c.identifiers for c in services.certificates.list()] == [("window.test",)]
    # The window reloads after the dialog closes; the new row can open its targets.
    assert window.inventory.model.rowCount() == 1
    window.inventory.table.selectRow(0)
    assert window.targets_action.isEnabled()
    window.targets_action.trigger()
    [targets] = window.findChildren(TargetsDialog)
    assert targets.cert.identifiers == ("window.test",)


def test_an_imported_certificate_says_certdesk_does_not_renew_it(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    ca = LocalCA("Imported")
    leaf = ca.issue(("imported.test",))
    services.inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    window = _window(qtbot, make_ctx(services, inline=True))
    window.inventory.table.selectRow(0)
    assert window.inventory.model.index(0, 4).data() == ""  # the table's Validation column
    assert window.details.fields["method"].text() == "Imported: certdesk does not renew it"
