"""Changing a certificate's settings and re-issuing it under the same id."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.challenge_options import Dns01Manual
from app.crypto.keys import KeyType
from app.domain import ChallengeConfig, ValidationPlan
from app.errors import InvalidInput
from app.services.certificates import IssueRequest
from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def test_update_settings_changes_method_and_auto_renew_without_issuing(
        home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["settings.example.com"], http_plan(pebble))
    manual = ValidationPlan(ChallengeConfig(Dns01Manual()))
    changed = services.certificates.update_settings(cert.id, validation=manual,
                                                    auto_renew=False)
    assert changed.validation == manual and changed.auto_renew is False
    assert changed.current_version_id == cert.current_version_id
    assert len(services.certificates.orders()) == 1
    assert any(e.kind == "certificate-settings" for e in services.certificates.events())


def test_update_settings_refuses_http_for_a_wildcard(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    order = services.certificates.prepare(IssueRequest(
        account.id, names=["*.wild.example"],
        validation=ValidationPlan(ChallengeConfig(Dns01Manual()))))
    with pytest.raises(InvalidInput, match="wildcard"):
        services.certificates.update_settings(order.certificate_id, validation=http_plan(pebble))


def test_reissue_keeps_the_id_with_new_names_and_key(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["re.example.com"], http_plan(pebble))
    assert cert.current is not None
    again = services.certificates.reissue(cert.id, IssueRequest(
        account.id, names=["re.example.com", "www.re.example.com"],
        validation=http_plan(pebble), key_type=KeyType.RSA2048))
    assert again.id == cert.id
    assert again.identifiers == ("re.example.com", "www.re.example.com")
    assert again.current is not None and again.current.id != cert.current.id
    assert set(again.current.names) == {"re.example.com", "www.re.example.com"}
    assert again.current.key_type == KeyType.RSA2048.value
    assert len(services.certificates.list()) == 1
