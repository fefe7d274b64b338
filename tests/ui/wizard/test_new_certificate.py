"""The new-certificate wizard driven end to end against a real Pebble."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import Account
from app.services.container import Services
from app.validation.dns.discovery import Discovery
from app.validation.dns.query import parse_server
from app.wizard.flow import Page
from app.wizard.methods import MethodKey
from app.wizard.steps import Phase, StepState
from tests.support.acme_env import new_account
from tests.support.pebble import Pebble
from tests.support.ports import free_port
from tests.ui.conftest import MakeCtx
from ui.wizard.new_certificate import NewCertificateWizard

pytestmark = [pytest.mark.gui, pytest.mark.pebble]


@pytest.fixture
def account(pebble: Pebble, pebble_services: Services) -> Account:
    return new_account(pebble_services, pebble)


@pytest.fixture
def wizard(qtbot: QtBot, pebble_services: Services, account: Account,
           make_ctx: MakeCtx) -> Iterator[NewCertificateWizard]:
    w = NewCertificateWizard(make_ctx(pebble_services), [account])
    qtbot.addWidget(w)
    w.show()
    yield w
    w.done(0)


def _to_validation(wizard: NewCertificateWizard, names: str) -> None:
    wizard.names_page.edit.setPlainText(names)
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == Page.KEY
    wizard.next()
    assert wizard.currentId() == Page.ACCOUNT
    wizard.next()
    assert wizard.currentId() == Page.VALIDATION


def _use_http(wizard: NewCertificateWizard, port: int) -> None:
    page = wizard.validation_page
    page.default.setCurrentIndex(page.default.findData(MethodKey.HTTP_LISTENER.value))
    form = page.form_for(MethodKey.HTTP_LISTENER)
    form.set_value("address", "127.0.0.1")
    form.set_value("port", port)


def test_http_listener_to_done(qtbot: QtBot, wizard: NewCertificateWizard, pebble: Pebble,
                               pebble_services: Services) -> None:
    wizard.names_page.edit.setPlainText("bad name!")
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert "Line 1" in wizard.names_page.feedback.text()
    _to_validation(wizard, "gui.example.com\nwww.gui.example.com")
    _use_http(wizard, pebble.http_port)
    wizard.next()
    assert wizard.currentId() == Page.PROGRESS
    qtbot.waitUntil(lambda: wizard.currentId() == Page.DONE, timeout=90000)
    (cert,) = pebble_services.certificates.list()
    assert cert.status == "active" and cert.identifiers == ("gui.example.com",
                                                            "www.gui.example.com")
    steps = [e.step for e in wizard.progress_page.events]
    assert steps, "progress events were shown"
    assert "gui.example.com" in wizard.done_page.info.text()
    finish = wizard.button(wizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.focusWidget() is finish, timeout=5000)  # Enter = Finish


def test_dns_manual_record_created_while_the_page_polls(
        qtbot: QtBot, wizard: NewCertificateWizard, pebble: Pebble,
        pebble_services: Services) -> None:
    assert pebble.challtestsrv is not None
    resolver = pebble.challtestsrv.resolver
    pebble_services.resources.discovery = Discovery([parse_server(resolver)])
    _to_validation(wizard, "*.manual.example.com")
    page = wizard.validation_page
    assert page.default.currentData() == MethodKey.DNS_MANUAL.value
    page.form_for(MethodKey.DNS_MANUAL).set_value("resolvers", resolver)
    wizard.next()
    assert wizard.currentId() == Page.DNS_RECORDS
    records = wizard.records_page
    qtbot.waitUntil(lambda: records.request is not None, timeout=60000)
    assert records.request is not None
    record = records.request.records[0]
    assert record["name"].startswith("_acme-challenge.manual.example.com")
    with qtbot.waitSignal(records.status_checked, timeout=30000) as first:
        pass
    assert first.args == [False]
    assert not records.isComplete()
    records.copy(record["value"])
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == record["value"]
    pebble.challtestsrv.set_txt(record["name"], record["value"])
    qtbot.waitUntil(records.isComplete, timeout=60000)  # the page re-checks by itself
    cell = records.status.item(0, 2)
    assert cell is not None and "present" in cell.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == Page.DONE, timeout=90000)
    pebble.challtestsrv.clear_txt(record["name"])
    assert [c.status for c in pebble_services.certificates.list()] == ["active"]


def test_closing_on_the_records_page_parks_the_order(
        qtbot: QtBot, wizard: NewCertificateWizard, pebble: Pebble,
        pebble_services: Services) -> None:
    assert pebble.challtestsrv is not None
    resolver = pebble.challtestsrv.resolver
    pebble_services.resources.discovery = Discovery([parse_server(resolver)])
    _to_validation(wizard, "parked.example.com")
    page = wizard.validation_page
    page.default.setCurrentIndex(page.default.findData(MethodKey.DNS_MANUAL.value))
    page.form_for(MethodKey.DNS_MANUAL).set_value("resolvers", resolver)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.records_page.request is not None, timeout=60000)
    with qtbot.waitSignal(wizard.parked, timeout=30000) as parked:
        wizard.reject()
    (order,) = pebble_services.certificates.orders(unfinished_only=True)
    assert order.id == parked.args[0] and order.state == "awaiting-user"


def test_cancel_midway(qtbot: QtBot, wizard: NewCertificateWizard,
                       pebble_services: Services) -> None:
    _to_validation(wizard, "cancel.example.com")
    # Nothing answers on this port: the built-in listener serves, the CA validates elsewhere.
    page = wizard.validation_page
    page.default.setCurrentIndex(page.default.findData(MethodKey.DNS_MANUAL.value))
    page.form_for(MethodKey.DNS_MANUAL).set_value("resolvers", f"127.0.0.1:{free_port()}")
    wizard.next()
    with qtbot.waitSignal(wizard.issue_failed, timeout=60000) as failed:
        wizard.progress_page.cancel.click()
    from app.errors import Cancelled

    assert isinstance(failed.args[0], Cancelled)
    assert wizard.progress_page.result.text() == "Cancelled."
    assert [o.state for o in pebble_services.certificates.orders()] == ["cancelled"]


def test_validation_failure_is_shown(qtbot: QtBot, wizard: NewCertificateWizard,
                                     pebble_services: Services) -> None:
    _to_validation(wizard, "fails.example.com")
    _use_http(wizard, free_port())  # Pebble asks a port nobody serves
    wizard.next()
    with qtbot.waitSignal(wizard.issue_failed, timeout=90000) as failed:
        pass
    page = wizard.progress_page
    text = page.result.text()
    assert text and text != "Cancelled."
    assert failed.args[0] is not None
    assert wizard.currentId() == Page.PROGRESS
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled() or \
        wizard.nextId() == -1
    # The failure is marked on its step, shown once (no error box over the page) ...
    tracker = page.steps.tracker
    failed_steps = [s for s in tracker.phases if s.state == StepState.FAILED]
    assert [s.phase for s in failed_steps] == [Phase.VALIDATE]
    assert wizard.findChild(QMessageBox) is None
    assert page.steps.seconds() > 0 and "Elapsed" in page.steps.elapsed.text()
    # ... and the page offers Retry and Back to change the method.
    assert page.retry.isVisible() and page.back.isVisible()
    assert wizard.button(wizard.WizardButton.FinishButton).text() == "&Close"
    with qtbot.waitSignal(wizard.issue_failed, timeout=90000):
        page.retry.click()  # a new order with the same settings
    assert not page.retry.isHidden()
    assert len(pebble_services.certificates.orders(unfinished_only=False)) == 2
    page.back.click()
    assert wizard.currentId() == Page.VALIDATION


def test_failed_self_check_is_a_question(qtbot: QtBot, wizard: NewCertificateWizard,
                                         pebble_services: Services, tmp_path: object) -> None:
    from PySide6.QtWidgets import QApplication

    # This computer sees the site answer 404 (the CA might see it differently).
    pebble_services.resources.http_get = lambda _url, _timeout: (404, b"not here")
    _to_validation(wizard, "selfcheck.example.com")
    page = wizard.validation_page
    page.default.setCurrentIndex(page.default.findData(MethodKey.HTTP_WEBROOT.value))
    page.form_for(MethodKey.HTTP_WEBROOT).set_value("webroot", str(tmp_path))
    wizard.next()

    def question() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "interactionBox"
                 and w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: question() is not None, timeout=60000)
    box = question()
    assert box is not None and "HTTP 404" in box.informativeText()
    with qtbot.waitSignal(wizard.issue_failed, timeout=30000):
        box.button(QMessageBox.StandardButton.No).click()  # stop before the CA sees it
    progress = wizard.progress_page
    [failed] = [s for s in progress.steps.tracker.phases if s.state == StepState.FAILED]
    assert failed.phase == Phase.CHECK and "Self-check failed" in failed.message
    assert progress.result.text().startswith("What to do:")  # the reason is not repeated
    [order] = pebble_services.certificates.orders(unfinished_only=False)
    assert order.state in ("failed", "cancelled")
