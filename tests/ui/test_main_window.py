"""The main window over real services: empty states, inventory, details, renew, tray."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from app.events import RenewalFailed
from app.services.container import Services
from tests.support.acme_env import http_plan, issue, new_account
from tests.support.pebble import Pebble
from tests.ui.conftest import MakeCtx
from ui.dialogs.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.tray import Tray

pytestmark = pytest.mark.gui


def _window(qtbot: QtBot, ctx: object) -> MainWindow:
    window = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10000):
        window.refresh()
    return window


def test_empty_store_says_what_to_do_first(qtbot: QtBot, services: Services,
                                           make_ctx: MakeCtx) -> None:
    window = _window(qtbot, make_ctx(services))
    assert window.inventory.stack.currentWidget() is window.inventory.empty
    button = window.inventory.empty.button
    assert button is not None and "New certificate" in button.text()
    assert window.accounts_view.stack.currentWidget() is window.accounts_view.empty
    assert not window.renew_action.isEnabled() and not window.revoke_action.isEnabled()
    assert "Select a certificate" in window.details.title.text()
    for action in (window.new_action, window.renew_action, window.export_action,
                   window.import_action, window.revoke_action):
        assert action.text() and action.toolTip()


def test_the_attention_tab_claims_nothing_before_its_first_scan(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    window = MainWindow(make_ctx(services))
    qtbot.addWidget(window)
    index = window.tabs.indexOf(window.attention_view)
    assert window.tabs.tabIcon(index).isNull()  # no "all clear" before it is known
    assert window.tabs.tabToolTip(index)
    with qtbot.waitSignal(window.attention_view.attention_loaded, timeout=10000):
        window.show()
        window.refresh()
    assert not window.tabs.tabIcon(index).isNull()
    assert window.tabs.tabToolTip(index) == ""


def test_geometry_is_remembered(qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    ctx = make_ctx(services, inline=True)
    window = _window(qtbot, ctx)
    window.resize(701, 502)
    window.close()
    again = _window(qtbot, ctx)
    assert (again.width(), again.height()) == (701, 502)


@pytest.mark.pebble
def test_inventory_details_search_and_renew(qtbot: QtBot, pebble: Pebble,
                                            pebble_services: Services,
                                            make_ctx: MakeCtx) -> None:
    account = new_account(pebble_services, pebble)
    first = issue(pebble_services, account, ["one.example.com"], http_plan(pebble))
    issue(pebble_services, account, ["two.example.com"], http_plan(pebble))
    window = _window(qtbot, make_ctx(pebble_services))
    assert window.inventory.model.rowCount() == 2
    assert window.accounts_view.model.rowCount() == 1
    assert window.activity_view.model.rowCount() > 0
    window.inventory.search.setText("one.example")
    assert window.inventory.model.rowCount() == 1
    window.inventory.table.selectRow(0)
    assert window.selected_certificate() is not None
    assert window.selected_certificate().id == first.id  # type: ignore[union-attr]
    # The details come from the full certificate (its PEM texts), read on a worker.
    qtbot.waitUntil(lambda: window.details.facts is not None, timeout=10000)
    facts = window.details.facts
    assert facts is not None and facts.names == ("one.example.com",)
    assert window.details.fields["sha256"].text().replace("\n", ":").count(":") == 31
    assert window.details.validity.isVisible()
    qtbot.waitUntil(lambda: window.details.history.count() > 0, timeout=10000)
    assert window.renew_action.isEnabled() and window.export_action.isEnabled()
    # On the other tabs the inventory's selection is hidden: certificate actions are off.
    certificate_actions = (window.renew_action, window.export_action, window.revoke_action)
    for view in (window.orders_view, window.activity_view, window.attention_view,
                 window.accounts_view):
        window.tabs.setCurrentWidget(view)
        assert window.selected_certificate() is None
        assert not any(a.isEnabled() for a in certificate_actions)
    window.tabs.setCurrentWidget(window.splitter)
    assert all(a.isEnabled() for a in certificate_actions)
    # After an export the window says where the file went.
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.exported.emit(["/srv/tls/one.pfx"])
    assert "/srv/tls/one.pfx" in window.statusBar().currentMessage()
    old_serial = facts.serial
    with qtbot.waitSignal(window.ctx.bridge.certificate_renewed, timeout=90000):
        window.renew_action.trigger()
    qtbot.waitUntil(lambda: window.details.facts is not None and
                    window.details.facts.serial != old_serial, timeout=20000)
    # Nothing was asked: the renewal's window is gone without having been needed.
    qtbot.waitUntil(lambda: not window.renewals, timeout=5000)


def test_tray_state_and_menu_without_a_system_tray(qtbot: QtBot, services: Services,
                                                   make_ctx: MakeCtx) -> None:
    window = _window(qtbot, make_ctx(services))
    tray = Tray(window.ctx, window)
    assert not tray.available  # offscreen: no tray, nothing crashes
    assert Tray.create(window.ctx, window) is None
    texts = [a.text() for a in tray.menu.actions()]
    assert "Open certdesk" in texts and "Quit" in texts and "Renew due now" in texts
    window.hide()
    next(a for a in tray.menu.actions() if a.text() == "Open certdesk").trigger()
    assert window.isVisible()


def test_core_monitoring_events_reach_the_tray(qtbot: QtBot, services: Services,
                                               make_ctx: MakeCtx) -> None:
    window = _window(qtbot, make_ctx(services))
    tray = Tray(window.ctx, window)
    with qtbot.waitSignal(tray.notified, timeout=5000) as blocker:
        # Emitted on a worker thread, as the background renewal loop does.
        import threading

        threading.Thread(target=services.hooks.emit, args=(RenewalFailed(
            "c1", "shop.example.com", "Refused.", "Check the listener.", 1, None),)).start()
    name, title, message = blocker.args
    assert name == "renewal_failed" and "shop.example.com" in title
    assert message == "Refused. Check the listener."


def test_no_usable_keyring_is_said_at_start(qtbot: QtBot, services: Services,
                                            make_ctx: MakeCtx) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())  # the test_keyring fixture puts the test one back
    window = _window(qtbot, make_ctx(services))
    qtbot.waitUntil(window.notice.isVisible, timeout=10000)
    text = window.notice.text.text()
    assert "No usable system keyring" in text and "Secret Service" in text


def test_changes_from_outside_appear_without_refresh(qtbot: QtBot, home: object,
                                                     services: Services,
                                                     make_ctx: MakeCtx) -> None:
    from app.storage.store import Store

    window = _window(qtbot, make_ctx(services))
    qtbot.waitUntil(lambda: window.watching_changes, timeout=10000)
    before = window.activity_view.model.rowCount()
    other = Store.open(home)  # type: ignore[arg-type]  # as certdesk-cli would
    try:
        other.events.add("account-added", "Added by certdesk-cli")
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.activity_view.model.rowCount() == before + 1,
                    timeout=15000)


def test_new_certificate_offers_the_keys_of_existing_ones(qtbot: QtBot, services: Services,
                                                         make_ctx: MakeCtx) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.support.certificates import add_certificate
    from ui.wizard.new_certificate import NewCertificateWizard

    cert = add_certificate(services.store, not_before=dt.datetime.now(dt.UTC), days=90,
                           names=("keep-key.example",))
    window = _window(qtbot, make_ctx(services))
    bar = window.findChild(QToolBar, "mainToolbar")
    assert bar is not None
    button = bar.widgetForAction(window.new_action)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(NewCertificateWizard) is not None, timeout=5000)
    wizard = window.findChild(NewCertificateWizard)
    assert wizard is not None
    page = wizard.key_page
    assert page.reuse.isEnabled()
    assert [page.reuse_of.itemData(i) for i in range(page.reuse_of.count())] == [cert.id]
