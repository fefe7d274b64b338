"""Accounts against a real Pebble: key types, EAB, rollover, deactivation, CA resets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest

from app.crypto.keys import KeyType, generate_key, key_to_pem
from app.errors import AcmeError, InvalidInput
from app.services.accounts import AccountRequest
from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.pebble import EAB_KEYS, Pebble

pytestmark = pytest.mark.pebble


@pytest.mark.parametrize("key_type", list(KeyType))
def test_register_with_each_key_type(home: Path, pebble: Pebble, key_type: KeyType) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble, key_type)
    assert account.status == "valid"
    assert account.uri and account.uri.startswith("https://127.0.0.1")
    assert account.key_type == key_type.value
    # The account works for signed requests (kid + the right JWS algorithm).
    refreshed = services.accounts.refresh(account.id)
    assert refreshed.contacts == ("admin@example.com",)


def test_rsa4096_account_with_credential_manager_limit(home: Path, pebble: Pebble) -> None:
    # The test keyring refuses what Windows Credential Manager refuses: an RSA-4096 PEM.
    pem = key_to_pem(generate_key(KeyType.RSA4096)).decode()
    with pytest.raises(OSError):
        keyring.set_password("certdesk-test", "too-big", pem)
    services = services_for(home, pebble)
    account = new_account(services, pebble, KeyType.RSA4096)
    cert = issue(services, account, ["rsa4096-account.example.com"], http_plan(pebble))
    assert cert.current is not None
    # Nothing secret is in the database file in plaintext.
    raw = (home / "certdesk.sqlite3").read_bytes()
    assert b"PRIVATE KEY" not in raw


@pytest.fixture
def eab_pebble(pebble_factory: Any) -> Pebble:
    server: Pebble = pebble_factory(config={"externalAccountBindingRequired": True,
                                            "externalAccountMACKeys": EAB_KEYS})
    return server


def test_eab_good(home: Path, eab_pebble: Pebble) -> None:
    services = services_for(home, eab_pebble)
    account = new_account(services, eab_pebble, eab_kid="kid-1", eab_hmac_key=EAB_KEYS["kid-1"])
    assert account.status == "valid" and account.eab_kid == "kid-1"
    assert services.store.secrets.get(f"eab-hmac-{account.id}").decode() == EAB_KEYS["kid-1"]


def test_eab_missing_is_refused(home: Path, eab_pebble: Pebble) -> None:
    # Refused locally when the directory says EAB is required, else by the CA; either way
    # the message names EAB and nothing is stored.
    services = services_for(home, eab_pebble)
    with pytest.raises((InvalidInput, AcmeError), match="external account binding") as info:
        new_account(services, eab_pebble)
    assert "HMAC key" in info.value.hint
    assert services.accounts.list() == []


def test_eab_wrong_key(home: Path, eab_pebble: Pebble) -> None:
    services = services_for(home, eab_pebble)
    with pytest.raises(AcmeError) as info:
        new_account(services, eab_pebble, eab_kid="kid-1", eab_hmac_key=EAB_KEYS["kid-2"])
    assert info.value.hint  # says what to do
    assert services.accounts.list() == []


def test_rollover_then_issue_with_new_key(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble, KeyType.EC256)
    old_secret = account.key_secret_id
    rolled = services.accounts.rollover(account.id, KeyType.EC384)
    assert rolled.key_type == "ec384" and rolled.key_secret_id != old_secret
    assert not services.store.secrets.exists(old_secret)
    assert rolled.uri == account.uri  # same account at the CA
    cert = issue(services, rolled, ["after-rollover.example.com"], http_plan(pebble))
    assert cert.current is not None
    # The old key no longer works at the CA: it has no account any more.
    from app.acme.client import AcmeClient

    old_key_client = AcmeClient(pebble.directory, generate_key(KeyType.EC256),
                                ca_bundle=str(pebble.ca_bundle))
    with pytest.raises(AcmeError):
        old_key_client.find_existing()


def test_update_contacts_and_recover_from_key(home: Path, tmp_path: Path,
                                              pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    updated = services.accounts.update_contacts(account.id, ["ops@example.com",
                                                             "pki@example.com"])
    assert updated.contacts == ("ops@example.com", "pki@example.com")
    key_pem = services.store.secrets.get(account.key_secret_id)
    other = services_for(tmp_path / "other-home", pebble)
    recovered = other.accounts.recover(pebble.directory, key_pem)
    assert recovered.uri == account.uri
    assert set(recovered.contacts) == {"ops@example.com", "pki@example.com"}


def test_bad_email_rejected_locally(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    with pytest.raises(InvalidInput, match="not an e-mail"):
        services.accounts.register(AccountRequest(directory=pebble.directory,
                                                  emails=["not-an-email"], agree_tos=True))


def test_deactivate(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    deactivated = services.accounts.deactivate(account.id)
    assert deactivated.status == "deactivated"
    with pytest.raises(InvalidInput, match="deactivated"):
        issue(services, deactivated, ["x.example.com"], http_plan(pebble))


def test_ca_reset_gives_clear_error_and_reregister_works(home: Path,
                                                          pebble_factory: Any) -> None:
    server: Pebble = pebble_factory()
    services = services_for(home, server)
    account = new_account(services, server)
    server.restart()  # Pebble forgets every account
    with pytest.raises(AcmeError) as info:
        issue(services, account, ["reset.example.com"], http_plan(server))
    assert info.value.problem_type == "accountDoesNotExist"
    assert "Register again" in info.value.hint
    again = services.accounts.reregister(account.id, agree_tos=True)
    assert again.uri != account.uri
    cert = issue(services, again, ["reset.example.com"], http_plan(server))
    assert cert.current is not None
