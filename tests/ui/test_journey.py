"""A new admin's whole journey through the main window, by keyboard and mouse.

The real main window over real services in a fresh home, the real task runner and a real
Pebble: add an account (its terms shown and ticked, Enter creates), issue over HTTP-01 with
the built-in listener, issue with DNS records created by hand, export a PFX with a password,
renew the manual-DNS certificate from the main window (its window shows the records), revoke
with a reason and remove a certificate. Every step is a click or a key press on the widget a
user would use; the outcomes are read back from the services and from the CA.

With CERTDESK_JOURNEY_SHOTS set to a folder, each screen of the journey is saved there as a
PNG (to look at them; nothing is asserted on the pictures).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.domain import AnyCertificate, ManagedCertificate
from app.services.bootstrap import open_services
from app.services.container import Services
from app.validation.dns.discovery import Discovery
from app.validation.dns.query import parse_server
from app.wizard.flow import Page
from app.wizard.methods import MethodKey
from tests.support.pebble import Pebble
from tests.ui.conftest import MakeCtx
from ui.dialogs.account_dialog import AccountDialog
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.revoke_dialog import RevokeDialog
from ui.main_window import MainWindow
from ui.views.confirm import accept_button
from ui.wizard.new_certificate import NewCertificateWizard

pytestmark = [pytest.mark.gui, pytest.mark.pebble]

W = TypeVar("W", bound=QWidget)
WAIT = 60000  # generous: returns as soon as the condition holds


@pytest.fixture
def ca(pebble_factory: Callable[..., Pebble]) -> Pebble:
    # No reuse of valid authorizations: the renewal must ask for the DNS records again.
    return pebble_factory(env={"PEBBLE_AUTHZREUSE": "0"})


@pytest.fixture
def fresh(home: Path, ca: Pebble) -> Iterator[Services]:
    """Services over a fresh home that do not trust the CA by themselves: the admin gives
    the CA bundle in the account dialog, as for any private CA."""
    services = open_services(home)
    assert ca.challtestsrv is not None
    # The names' DNS world is the challtestsrv (it stands in for the public nameservers).
    services.resources.discovery = Discovery([parse_server(ca.challtestsrv.resolver)])
    yield services
    services.close()


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("CERTDESK_JOURNEY_SHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _click(widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _opened(qtbot: QtBot, kind: type[W], parent: QWidget, seen: set[int]) -> W:
    """The window of `kind` that the last click opened (one not seen before)."""
    def fresh() -> list[W]:
        return [w for w in parent.findChildren(kind) if w.isVisible() and id(w) not in seen]

    qtbot.waitUntil(lambda: len(fresh()) == 1, timeout=WAIT)
    [widget] = fresh()
    seen.add(id(widget))
    widget.activateWindow()  # what a window manager does for a new window
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT)
    return widget


def _toolbar_button(window: MainWindow, text: str) -> QWidget:
    [action] = [a for a in window.actions() if a.text().replace("&", "") == text]
    bars = [b for b in window.findChildren(QWidget, "mainToolbar")]
    button = bars[0].widgetForAction(action)  # type: ignore[attr-defined]
    assert isinstance(button, QWidget)
    return button


def _select(qtbot: QtBot, window: MainWindow, name: str) -> AnyCertificate:
    """Click the certificate's row; wait for its details (history and timeline load on a
    worker)."""
    view = window.inventory
    model = view.model

    def row() -> int:
        for r in range(model.rowCount()):
            if name in str(model.index(r, 0).data()):
                return r
        return -1

    qtbot.waitUntil(lambda: row() >= 0, timeout=WAIT)
    rect = view.table.visualRect(model.index(row(), 0))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def shown() -> AnyCertificate | None:
        cert = window.selected_certificate()
        return cert if cert is not None and name in cert.identifiers else None

    details = window.details
    qtbot.waitUntil(lambda: shown() is not None and details.history.count() > 0
                    and details.timeline.isVisible(), timeout=WAIT)
    cert = shown()
    assert cert is not None
    return cert


def _type(widget: QWidget, text: str) -> None:
    """Click into a field and type, as a user does."""
    _click(widget)
    assert widget.hasFocus()
    QTest.keyClicks(widget, text)


def _choose(combo: QComboBox, data: object) -> None:
    """Pick an entry of a combo box with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data, f"{data!r} is not offered"


def _cert(services: Services, name: str) -> ManagedCertificate:
    [cert] = [c for c in services.certificates.list() if name in c.identifiers]
    return cert


def _next(wizard: NewCertificateWizard, button: QWizard.WizardButton =
          QWizard.WizardButton.NextButton) -> None:
    _click(wizard.button(button))


def _names_to_validation(qtbot: QtBot, wizard: NewCertificateWizard, name: str) -> None:
    QTest.keyClicks(wizard.names_page.edit, name)
    qtbot.waitUntil(lambda: "1 name ready" in wizard.names_page.feedback.text(), timeout=WAIT)
    _shot(wizard, f"wizard-names-{name}")
    _next(wizard)
    assert wizard.currentId() == Page.KEY
    _shot(wizard, f"wizard-key-{name}")
    _next(wizard)
    assert wizard.currentId() == Page.ACCOUNT
    qtbot.waitUntil(lambda: "profile" in wizard.account_page.profile_note.text(), timeout=WAIT)
    assert wizard.account_page.account.currentData() is not None  # the admin's account
    _shot(wizard, f"wizard-account-{name}")
    _next(wizard)
    assert wizard.currentId() == Page.VALIDATION


def test_new_admin_journey(qtbot: QtBot, ca: Pebble, fresh: Services, make_ctx: MakeCtx,
                           tmp_path: Path) -> None:
    srv = ca.challtestsrv
    assert srv is not None
    window = MainWindow(make_ctx(fresh))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.snapshot is not None and window.isActiveWindow(),
                    timeout=WAIT)
    seen: set[int] = set()
    _shot(window, "main-first-start")

    # -- an account: the CA's terms are shown and must be ticked; Enter creates ------------
    _click(_toolbar_button(window, "Add account…"))
    dialog = _opened(qtbot, AccountDialog, window, seen)
    _choose(dialog.ca, "custom")
    assert dialog.choice.custom and dialog.url.isVisible()
    _type(dialog.ca_bundle.edit, str(ca.ca_bundle))
    _type(dialog.url, ca.directory)
    with qtbot.waitSignal(dialog.directory_checked, timeout=WAIT):
        QTest.keyClick(dialog.url, Qt.Key.Key_Tab)  # leaving the field asks the CA
    assert not dialog.tos.isHidden() and not dialog.tos.isChecked()
    assert "data:text/plain" in dialog.tos_link.text()
    QTest.keyClicks(dialog.emails, "admin@example.com")
    assert not dialog.create_button.isEnabled()  # nobody agrees for the admin
    assert "terms of service" in dialog.status.text()
    _shot(dialog, "account-dialog")
    QTest.keyClick(dialog.tos, Qt.Key.Key_Space)
    assert dialog.tos.isChecked() and dialog.create_button.isEnabled(), dialog.status.text()
    with qtbot.waitSignal(dialog.account_created, timeout=WAIT) as created:
        QTest.keyClick(dialog.emails, Qt.Key.Key_Return)
    account = created.args[0]
    [stored] = fresh.accounts.list()
    assert stored.id == account.id and stored.contacts == ("admin@example.com",)
    assert stored.tos_url and "data:text/plain" in stored.tos_url
    qtbot.waitUntil(lambda: window.accounts_view.model.rowCount() == 1, timeout=WAIT)
    window.tabs.setCurrentWidget(window.accounts_view)
    _shot(window, "main-accounts")
    window.tabs.setCurrentWidget(window.splitter)

    # -- HTTP-01 with the built-in listener, from the first-start button -------------------
    empty_button = window.inventory.empty.button
    assert empty_button is not None
    _click(empty_button)
    wizard = _opened(qtbot, NewCertificateWizard, window, seen)
    _names_to_validation(qtbot, wizard, "http-journey.example.com")
    page = wizard.validation_page
    _choose(page.default, MethodKey.HTTP_LISTENER.value)
    form = page.form_for(MethodKey.HTTP_LISTENER)
    QTest.keyClicks(form.inputs["address"], "127.0.0.1")
    port = form.inputs["port"]
    port.setFocus()
    QTest.keyClick(port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(port, str(ca.http_port))
    assert form.values()["port"] == ca.http_port
    _shot(wizard, "wizard-validation-http")
    _next(wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == Page.DONE, timeout=WAIT)
    _shot(wizard, "wizard-done-http")
    _next(wizard, QWizard.WizardButton.FinishButton)
    http_cert = _cert(fresh, "http-journey.example.com")
    assert http_cert.current is not None and http_cert.account_id == account.id

    # -- DNS records created by hand: served through the challtestsrv, then Continue -------
    _click(_toolbar_button(window, "New certificate"))
    wizard = _opened(qtbot, NewCertificateWizard, window, seen)
    _names_to_validation(qtbot, wizard, "dns-journey.example.com")
    page = wizard.validation_page
    _choose(page.default, MethodKey.DNS_MANUAL.value)
    QTest.keyClicks(page.form_for(MethodKey.DNS_MANUAL).inputs["resolvers"], srv.resolver)
    _shot(wizard, "wizard-validation-dns")
    _next(wizard, QWizard.WizardButton.CommitButton)
    records = wizard.records_page
    qtbot.waitUntil(lambda: wizard.currentId() == Page.DNS_RECORDS
                    and records.request is not None, timeout=WAIT)
    assert records.request is not None
    [record] = records.request.records
    assert record["name"].rstrip(".") == "_acme-challenge.dns-journey.example.com"
    with qtbot.waitSignal(records.status_checked, timeout=WAIT):
        pass
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _shot(wizard, "wizard-records-missing")
    srv.set_txt(record["name"], record["value"])
    qtbot.waitUntil(records.isComplete, timeout=WAIT)  # the page checks again by itself
    _shot(wizard, "wizard-records-present")
    _next(wizard)  # Continue
    qtbot.waitUntil(lambda: wizard.currentId() == Page.DONE, timeout=WAIT)
    srv.clear_txt(record["name"])
    _shot(wizard, "wizard-done-dns")
    _next(wizard, QWizard.WizardButton.FinishButton)
    dns_cert = _cert(fresh, "dns-journey.example.com")
    assert dns_cert.current is not None

    # -- export the HTTP certificate as a PFX with a password -----------------------------
    assert _select(qtbot, window, "http-journey.example.com").id == http_cert.id
    assert window.export_action.isEnabled()
    _shot(window, "main-inventory")
    _click(_toolbar_button(window, "Export…"))
    export = _opened(qtbot, ExportDialog, window, seen)
    assert export.cert.id == http_cert.id
    _choose(export.format, "pfx")
    pfx = tmp_path / "exported" / "http.pfx"
    QTest.keyClicks(export.path, str(pfx))
    assert not export.export_button.isEnabled()
    assert "password" in export.status.text()
    QTest.keyClicks(export.password, "s3cret pass")
    _shot(export, "export-dialog")
    with qtbot.waitSignal(export.exported, timeout=WAIT):
        _click(export.export_button)
    key, certificate, _chain = pkcs12.load_key_and_certificates(pfx.read_bytes(),
                                                                 b"s3cret pass")
    assert key is not None and certificate is not None
    assert format(certificate.serial_number, "x") == http_cert.current.serial.lower() \
        .lstrip("0")

    # -- renew the manual-DNS certificate from the main window: its window shows the records
    assert _select(qtbot, window, "dns-journey.example.com").id == dns_cert.id
    _click(_toolbar_button(window, "Renew"))
    qtbot.waitUntil(lambda: dns_cert.id in window.renewals, timeout=WAIT)
    renewal = window.renewals[dns_cert.id]
    qtbot.waitUntil(lambda: renewal.isVisible() and renewal.records.request is not None,
                    timeout=WAIT)
    assert renewal.records.request is not None
    [record] = renewal.records.request.records
    assert record["name"].rstrip(".") == "_acme-challenge.dns-journey.example.com"
    assert not renewal.continue_button.isEnabled()
    with qtbot.waitSignal(renewal.records.status_checked, timeout=WAIT):
        pass
    _shot(renewal, "renew-records-missing")
    srv.set_txt(record["name"], record["value"])
    qtbot.waitUntil(renewal.continue_button.isEnabled, timeout=WAIT)
    _shot(renewal, "renew-records-present")
    with qtbot.waitSignal(renewal.renewed, timeout=WAIT):
        _click(renewal.continue_button)
    srv.clear_txt(record["name"])
    _shot(renewal, "renew-done")
    renewed = _cert(fresh, "dns-journey.example.com")
    assert renewed.current is not None and renewed.current.serial != dns_cert.current.serial
    _click(renewal.close_button)

    # -- revoke the HTTP certificate with a reason ----------------------------------------
    assert _select(qtbot, window, "http-journey.example.com").id == http_cert.id
    assert window.revoke_action.isEnabled()
    _click(_toolbar_button(window, "Revoke…"))
    revoke = _opened(qtbot, RevokeDialog, window, seen)
    _choose(revoke.reason, "superseded")
    _shot(revoke, "revoke-dialog")
    with qtbot.waitSignal(revoke.finished, timeout=WAIT) as finished:
        _click(revoke.revoke_button)
    assert finished.args[0] == revoke.DialogCode.Accepted
    status = ca.cert_status(http_cert.current.serial)
    assert status["Status"] == "Revoked" and status["Reason"] == 4  # superseded
    assert str(_cert(fresh, "http-journey.example.com").status) == "revoked"
    qtbot.waitUntil(lambda: not window.revoke_action.isEnabled(), timeout=WAIT)

    # -- remove it: the Delete key asks first (Cancel is the default), Remove removes ------
    window.inventory.table.setFocus()
    QTest.keyClick(window.inventory.table, Qt.Key.Key_Delete)
    box = _opened(qtbot, QMessageBox, window, seen)
    assert "http-journey.example.com" in box.text()
    _shot(box, "remove-confirm")
    _click(accept_button(box))
    qtbot.waitUntil(lambda: window.inventory.model.rowCount() == 1, timeout=WAIT)
    assert [c.identifiers for c in fresh.certificates.list()] == [("dns-journey.example.com",)]
    window.tabs.setCurrentWidget(window.activity_view)
    _shot(window, "main-activity")
    window.tabs.setCurrentWidget(window.splitter)
    _select(qtbot, window, "dns-journey.example.com")
    _shot(window, "main-end")
