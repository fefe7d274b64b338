"""The environment's proxies and CA bundle reach every request, read once per host."""

from __future__ import annotations

from typing import Any

import pytest
import responses

from app.acme.network import CertdeskNetwork
from app.crypto.keys import KeyType, generate_key


def _sent(rsps: responses.RequestsMock, index: int) -> dict[str, Any]:
    kwargs: dict[str, Any] = rsps.calls[index].request.req_kwargs  # type: ignore[attr-defined]
    return kwargs


def test_proxies_and_no_proxy_from_the_environment_are_honoured(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    monkeypatch.setenv("NO_PROXY", "inside.test")
    net = CertdeskNetwork(generate_key(KeyType.EC256))
    with responses.RequestsMock() as rsps:
        rsps.get("https://ca.test/dir", json={})
        rsps.get("https://inside.test/dir", json={})
        net.get("https://ca.test/dir")
        net.get("https://inside.test/dir")
        monkeypatch.setenv("HTTPS_PROXY", "http://other.test:3128")
        net.get("https://ca.test/dir")  # read once per host: the first answer stays
        assert _sent(rsps, 0)["proxies"].get("https") == "http://proxy.test:3128"
        assert not _sent(rsps, 1)["proxies"]
        assert _sent(rsps, 2)["proxies"].get("https") == "http://proxy.test:3128"


def test_the_environment_ca_bundle_is_used_unless_one_is_given(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/env-bundle.pem")
    key = generate_key(KeyType.EC256)
    with responses.RequestsMock() as rsps:
        rsps.get("https://ca.test/dir", json={})
        CertdeskNetwork(key).get("https://ca.test/dir")
        CertdeskNetwork(key, ca_bundle="/etc/given.pem").get("https://ca.test/dir")
        assert _sent(rsps, 0)["verify"] == "/etc/env-bundle.pem"
        assert _sent(rsps, 1)["verify"] == "/etc/given.pem"
