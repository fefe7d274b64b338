"""Batch renewal against Pebble: several orders at once on one CA, one shared http-01
listener, each certificate renewed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def test_renew_many_renews_each_certificate_once_side_by_side(pebble: Pebble,
                                                              tmp_path: Path) -> None:
    services = services_for(tmp_path / "home", pebble)
    try:
        services.store.settings.set("renewals_per_ca", 3)
        account = new_account(services, pebble)
        certs = [issue(services, account, [f"many{i}.example.com"], http_plan(pebble))
                 for i in range(3)]
        results = services.certificates.renew_many([c.id for c in certs], force=True)
        assert all(not isinstance(r, Exception) for r in results), results
        for before, after in zip(certs, results, strict=True):
            assert not isinstance(after, Exception)
            assert after.id == before.id
            assert after.current and before.current
            assert after.current.serial != before.current.serial
            assert len(services.store.certificates.versions(before.id)) == 2
    finally:
        services.close()
