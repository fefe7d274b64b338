"""CertificateService.prepare stores the certificate, its key and its first order together,
and only once everything that can fail has been checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import NotFound, StorageError
from app.services.certificates import IssueRequest
from tests.support.acme_env import http_plan, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def test_a_key_that_cannot_be_made_leaves_nothing(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    with pytest.raises(NotFound):
        services.certificates.prepare(IssueRequest(account.id, names=["orphan.example.com"],
                                                   validation=http_plan(pebble),
                                                   reuse_key_of="no-such-certificate"))
    assert services.certificates.list() == []
    assert services.certificates.orders() == []


def test_an_order_that_cannot_be_stored_leaves_no_certificate(
        home: Path, pebble: Pebble, monkeypatch: pytest.MonkeyPatch) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    secrets_before = services.store.db.query("SELECT COUNT(*) FROM secrets")[0][0]

    def disk_full(*_args: object) -> None:
        raise StorageError("Writing the database failed: disk full.", "Free some space.")

    monkeypatch.setattr(services.store.orders, "add", disk_full)
    with pytest.raises(StorageError):
        services.certificates.prepare(IssueRequest(account.id, names=["half.example.com"],
                                                   validation=http_plan(pebble)))
    assert services.certificates.list() == []
    assert services.store.db.query("SELECT COUNT(*) FROM secrets")[0][0] == secrets_before


def test_a_reissue_whose_key_cannot_be_made_changes_nothing(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    order = services.certificates.prepare(IssueRequest(account.id, names=["same.example.com"],
                                                       validation=http_plan(pebble)))
    services.certificates.cancel_order(order.id)
    before = services.certificates.get(order.certificate_id)
    with pytest.raises(NotFound):
        services.certificates.prepare_reissue(before.id, IssueRequest(
            account.id, names=["other.example.com"], validation=http_plan(pebble),
            reuse_key_of="no-such-certificate"))
    after = services.certificates.get(before.id)
    assert (after.identifiers, after.label, after.key_policy) == (
        before.identifiers, before.label, before.key_policy)
    assert services.certificates.orders(unfinished_only=True) == []
