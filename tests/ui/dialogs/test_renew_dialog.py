"""Renewing a manual-DNS certificate from the main window, against Pebble and challtestsrv."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cancel import CancelToken
from app.challenge_options import Dns01Manual, Http01Manual
from app.domain import ChallengeConfig, ManagedCertificate, ValidationPlan
from app.errors import Cancelled
from app.services.certificates import IssueRequest
from app.services.container import Services
from app.validation.base import ManualAction
from app.validation.dns.discovery import Discovery
from app.validation.dns.query import parse_server
from tests.support.acme_env import new_account
from tests.support.pebble import ChallTestSrv, Pebble
from tests.support.static_server import serving
from tests.ui.conftest import MakeCtx
from ui.dialogs.renew_dialog import RenewDialog
from ui.main_window import MainWindow
from ui.wizard.new_certificate import NewCertificateWizard

pytestmark = [pytest.mark.gui, pytest.mark.pebble]


class CreatesRecords:
    """The first issuance: the records are created at once (as an admin would)."""

    def __init__(self, srv: ChallTestSrv) -> None:
        self.srv = srv

    def confirm(self, action: ManualAction, cancel: CancelToken) -> bool:
        for record in action.records:
            self.srv.set_txt(record["name"], record["value"])
        return True


@pytest.fixture
def srv(pebble: Pebble) -> Iterator[ChallTestSrv]:
    assert pebble.challtestsrv is not None
    yield pebble.challtestsrv


@pytest.fixture
def manual_cert(pebble: Pebble, pebble_services: Services,
                srv: ChallTestSrv) -> Iterator[ManagedCertificate]:
    pebble_services.resources.discovery = Discovery([parse_server(srv.resolver)])
    account = new_account(pebble_services, pebble)
    name = f"renew-{uuid.uuid4().hex[:8]}.example.com"
    plan = ValidationPlan(ChallengeConfig(Dns01Manual(resolvers=(srv.resolver,))))
    cert = pebble_services.certificates.issue(IssueRequest(account.id, names=[name],
                                                           validation=plan),
                                              interaction=CreatesRecords(srv))
    srv.clear_txt(f"_acme-challenge.{name}")
    _forget_authorizations(pebble_services, cert)
    yield cert
    srv.clear_txt(f"_acme-challenge.{name}")


def _forget_authorizations(services: Services, cert: ManagedCertificate) -> None:
    """Deactivate the first order's authorizations, so that Pebble (which reuses valid ones
    at random) asks for the records again on renewal."""
    account = services.accounts.get(cert.account_id or "")
    client = services.accounts.client_for(account)
    [order] = [o for o in services.certificates.orders(unfinished_only=False)
               if o.certificate_id == cert.id]
    assert order.order_url
    for url in client.post_as_get(order.order_url).body["authorizations"]:
        client.post(url, {"status": "deactivated"})


def _renew(qtbot: QtBot, make_ctx: MakeCtx, services: Services,
           cert: ManagedCertificate) -> tuple[MainWindow, RenewDialog]:
    window = MainWindow(make_ctx(services))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10000):
        window.refresh()
    assert window.show_certificate(cert.id)
    # An open wizard must not receive this renewal's question.
    wizard = NewCertificateWizard(window.ctx, [], window)
    qtbot.addWidget(wizard)
    window.renew_action.trigger()
    dialog = window.renewals[cert.id]
    with qtbot.waitSignal(dialog.question_shown, timeout=60000):
        pass
    assert wizard.records_page.request is None
    return window, dialog


def test_renew_shows_the_records_and_continues(qtbot: QtBot, pebble_services: Services,
                                               manual_cert: ManagedCertificate,
                                               srv: ChallTestSrv, make_ctx: MakeCtx) -> None:
    window, dialog = _renew(qtbot, make_ctx, pebble_services, manual_cert)
    assert dialog.records.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.continue_button.isEnabled()  # the records are not there yet
    assert dialog.records.request is not None
    [record] = dialog.records.request.records
    assert record["name"].startswith(f"_acme-challenge.{manual_cert.identifiers[0]}")
    srv.set_txt(record["name"], record["value"])
    qtbot.waitUntil(dialog.continue_button.isEnabled, timeout=60000)  # it re-checks itself
    with qtbot.waitSignal(dialog.renewed, timeout=90000) as renewed:
        dialog.continue_button.click()
    cert = renewed.args[0]
    assert cert.current is not None and manual_cert.current is not None
    assert cert.current.serial != manual_cert.current.serial
    assert "renewed" in dialog.outcome.text()
    window.renew_action.trigger()  # the finished dialog stays until closed: shown again
    assert window.renewals[manual_cert.id] is dialog


def test_cancel_while_the_records_are_shown(qtbot: QtBot, pebble_services: Services,
                                            manual_cert: ManagedCertificate,
                                            make_ctx: MakeCtx) -> None:
    _window, dialog = _renew(qtbot, make_ctx, pebble_services, manual_cert)
    with qtbot.waitSignal(dialog.renew_failed, timeout=60000) as failed:
        dialog.cancel_button.click()
    assert isinstance(failed.args[0], Cancelled)
    assert dialog.outcome.text() == "Cancelled." and dialog.close_button.isVisible()
    orders = pebble_services.certificates.orders(unfinished_only=False)
    assert [o.state for o in orders if o.certificate_id == manual_cert.id][-1] == "cancelled"


def test_renew_with_files_published_by_hand(qtbot: QtBot, pebble: Pebble,
                                            pebble_services: Services, make_ctx: MakeCtx,
                                            tmp_path: Path) -> None:
    """Manual http-01: the dialog shows the file to publish; Continue renews."""
    root = tmp_path / "www"
    root.mkdir()

    class Publishes:
        def confirm(self, action: ManualAction, cancel: CancelToken) -> bool:
            for record in action.records:
                target = root / record["name"]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(record["value"])
            return True

    account = new_account(pebble_services, pebble)
    plan = ValidationPlan(ChallengeConfig(Http01Manual()))
    name = f"files-{uuid.uuid4().hex[:8]}.example.com"
    with serving(root, pebble.http_port):
        cert = pebble_services.certificates.issue(
            IssueRequest(account.id, names=[name], validation=plan), interaction=Publishes())
        _forget_authorizations(pebble_services, cert)
        _window, dialog = _renew(qtbot, make_ctx, pebble_services, cert)
        assert not dialog.records.isVisible() and dialog.continue_button.isEnabled()
        assert "/.well-known/acme-challenge/" in dialog.question.text()
        assert dialog.request is not None
        Publishes().confirm(dialog.request.action, CancelToken())
        with qtbot.waitSignal(dialog.renewed, timeout=90000):
            dialog.continue_button.click()


def test_closing_while_the_records_are_shown_keeps_the_order(
        qtbot: QtBot, pebble_services: Services, manual_cert: ManagedCertificate,
        make_ctx: MakeCtx) -> None:
    window, dialog = _renew(qtbot, make_ctx, pebble_services, manual_cert)
    assert dialog.close_button.isVisible() and "later" in dialog.close_button.text()
    dialog.close_button.click()  # "Finish later": the order stays in Pending orders

    def parked() -> bool:
        orders = [o for o in pebble_services.certificates.orders(unfinished_only=True)
                  if o.certificate_id == manual_cert.id]
        return [o.state for o in orders] == ["awaiting-user"]

    qtbot.waitUntil(parked, timeout=30000)
    qtbot.waitUntil(lambda: manual_cert.id not in window.renewals, timeout=5000)


def test_needs_you_in_attention_opens_the_renewal(qtbot: QtBot, pebble_services: Services,
                                                  manual_cert: ManagedCertificate,
                                                  make_ctx: MakeCtx) -> None:
    window = MainWindow(make_ctx(pebble_services))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.snapshot_loaded, timeout=10000):
        window.refresh()
    window.tabs.setCurrentWidget(window.attention_view)
    window.attention_view.manual_action_requested.emit(manual_cert.id)  # no order yet
    dialog = window.renewals[manual_cert.id]
    with qtbot.waitSignal(dialog.question_shown, timeout=60000):
        pass
    assert dialog.records.isVisible()
    dialog.close()
