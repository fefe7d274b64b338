"""The requests one order sends to a real Pebble: the answers of new-order and of the last
authorization poll are trusted, so the order is asked for only while it is being issued."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.acme.client import AcmeClient, Response
from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble

# Pebble's resource paths.
KINDS = {"/order-plz": "new-order", "/my-order/": "order", "/authZ/": "authz",
         "/chalZ/": "challenge", "/finalize-order/": "finalize", "/certZ/": "certificate"}


def test_one_order_asks_for_the_order_only_while_it_is_issued(home: Path, pebble: Pebble,
                                                              monkeypatch: Any) -> None:
    services = services_for(home, pebble)
    try:
        account = new_account(services, pebble)
        sent: list[str] = []
        post = AcmeClient.post

        def recording_post(self: AcmeClient, url: str, payload: Any) -> Response:
            sent.append(next((kind for path, kind in KINDS.items() if path in url), url))
            return post(self, url, payload)

        monkeypatch.setattr(AcmeClient, "post", recording_post)
        cert = issue(services, account, ["requests.example.com"], http_plan(pebble))
        assert cert.current is not None
        finalize = sent.index("finalize")
        assert sent[:3] == ["new-order", "authz", "challenge"]
        assert set(sent[3:finalize]) == {"authz"}  # polls until valid, then finalize at once
        assert sent[finalize + 1:] and set(sent[finalize + 1:]) == {"order"}
    finally:
        services.close()
