"""Wizard pages say so when something they load in the background fails (not "none")."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.domain import Account
from app.errors import AcmeError, SecretStoreError
from app.services.container import Services
from app.services.dns_credentials import DnsCredentialService
from app.wizard.flow import Page
from tests.ui.conftest import MakeCtx
from ui.wizard.new_certificate import NewCertificateWizard

pytestmark = pytest.mark.gui


def _account(services: Services) -> Account:
    now = dt.datetime.now(dt.UTC)
    account = Account(id="acct00000001", name="Example CA — ops@example.com",
                      directory_url="https://127.0.0.1:9/dir", preset=None,
                      uri="https://127.0.0.1:9/acct/1", status="valid",
                      contacts=("ops@example.com",), key_type="ec256",
                      key_secret_id="account-key-x", eab_kid=None, tos_url=None,
                      ca_bundle=None, created_at=now, updated_at=now)
    services.store.accounts.add(account)
    return account


def test_profiles_that_cannot_be_fetched_are_explained(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def unreachable(*_a: object, **_k: object) -> None:
        raise AcmeError("Could not reach the ACME server at 127.0.0.1:9.", "Check the network.")

    monkeypatch.setattr(services.accounts, "directory_info", unreachable)
    wizard = NewCertificateWizard(make_ctx(services, inline=True), [_account(services)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.names_page.edit.setPlainText("www.example.com")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == Page.ACCOUNT
    note = wizard.account_page.profile_note.text()
    assert "Could not ask the CA for its profiles" in note and "127.0.0.1:9" in note


def test_unreadable_dns_credentials_are_explained(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(self: object) -> None:
        raise SecretStoreError("The system keyring is locked.", "Unlock it and try again.")

    monkeypatch.setattr(DnsCredentialService, "saved", locked)
    wizard = NewCertificateWizard(make_ctx(services, inline=True), [_account(services)])
    qtbot.addWidget(wizard)
    text = wizard.validation_page.problem.text()
    assert "could not be read" in text and "keyring is locked" in text
