"""badNonce retries, tested deterministically over a network mocked at the HTTP layer."""

from __future__ import annotations

import itertools
import json

import pytest
import responses

from app.acme.client import AcmeClient
from app.acme.network import CertdeskNetwork
from app.cancel import CancelToken
from app.crypto.keys import KeyType, generate_key
from app.errors import AcmeError, Cancelled

CA = "https://ca.test"
_nonces = (f"nonce{i:07d}" for i in itertools.count())  # base64url, as a CA sends


def _directory(rsps: responses.RequestsMock, rejections: int) -> list[int]:
    """A CA whose new-account endpoint rejects the first `rejections` nonces."""
    rsps.get(f"{CA}/dir", json={"newNonce": f"{CA}/nonce", "newAccount": f"{CA}/acct",
                                "newOrder": f"{CA}/order"})
    rsps.head(f"{CA}/nonce", headers={"Replay-Nonce": next(_nonces)})
    seen: list[int] = []

    def answer(_request: object) -> tuple[int, dict[str, str], str]:
        seen.append(1)
        headers = {"Replay-Nonce": next(_nonces)}
        if len(seen) <= rejections:
            headers["Content-Type"] = "application/problem+json"
            return 400, headers, json.dumps({"type": "urn:ietf:params:acme:error:badNonce",
                                             "detail": "JWS has an invalid anti-replay nonce"})
        headers["Content-Type"] = "application/json"
        headers["Location"] = f"{CA}/acct/1"
        return 200, headers, json.dumps({"status": "valid"})

    rsps.add_callback("POST", f"{CA}/acct", callback=answer)
    return seen


class RecordingToken(CancelToken):
    """Records every wait instead of waiting; cancels itself after `cancel_after` waits."""

    def __init__(self, cancel_after: int | None = None) -> None:
        super().__init__()
        self.waits: list[float] = []
        self.cancel_after = cancel_after

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.cancel_after is not None and len(self.waits) >= self.cancel_after:
            self.cancel()
        self.check()


def _client(token: CancelToken, *, budget: float = 60.0, clock: list[float] | None = None
            ) -> AcmeClient:
    key = generate_key(KeyType.EC256)
    now = clock if clock is not None else [0.0]

    def monotonic() -> float:
        return now[0]

    net = CertdeskNetwork(key, cancel=token, bad_nonce_budget=budget, monotonic=monotonic)
    return AcmeClient(f"{CA}/dir", key, net=net)


def test_many_bad_nonces_are_retried_until_one_is_accepted() -> None:
    token = RecordingToken()
    with responses.RequestsMock() as rsps:
        seen = _directory(rsps, rejections=30)  # more than any fixed count used to allow
        client = _client(token)
        response = client.post(f"{CA}/acct", {"termsOfServiceAgreed": True})
    assert response.body == {"status": "valid"}
    assert len(seen) == 31
    assert client.net.bad_nonce_retries == 30  # type: ignore[attr-defined]
    assert len(token.waits) == 30 and max(token.waits) <= 0.5  # short, bounded backoff


def test_retries_stop_when_the_time_budget_is_spent() -> None:
    token = RecordingToken()
    clock = [0.0]

    class Advancing(RecordingToken):
        def sleep(self, seconds: float) -> None:
            super().sleep(seconds)
            clock[0] += 1.0  # each wait "takes" a second

    token = Advancing()
    with responses.RequestsMock() as rsps:
        seen = _directory(rsps, rejections=1000)
        client = _client(token, budget=5.0, clock=clock)
        with pytest.raises(AcmeError) as err:
            client.post(f"{CA}/acct", {"termsOfServiceAgreed": True})
    assert err.value.problem_type == "badNonce"
    assert 4 <= len(seen) <= 7  # about budget / wait, not a count


def test_a_cancel_ends_the_wait_at_once() -> None:
    token = RecordingToken(cancel_after=3)
    with responses.RequestsMock() as rsps:
        seen = _directory(rsps, rejections=1000)
        client = _client(token)
        with pytest.raises(Cancelled):
            client.post(f"{CA}/acct", {"termsOfServiceAgreed": True})
    assert len(token.waits) == 3 and len(seen) == 3


def test_other_problems_are_not_retried() -> None:
    token = RecordingToken()
    with responses.RequestsMock() as rsps:
        rsps.get(f"{CA}/dir", json={"newNonce": f"{CA}/nonce", "newAccount": f"{CA}/acct"})
        rsps.head(f"{CA}/nonce", headers={"Replay-Nonce": next(_nonces)})
        rsps.post(f"{CA}/acct", status=400, content_type="application/problem+json",
                  headers={"Replay-Nonce": next(_nonces)},
                  json={"type": "urn:ietf:params:acme:error:malformed", "detail": "no"})
        client = _client(token)
        with pytest.raises(AcmeError) as err:
            client.post(f"{CA}/acct", {})
    assert err.value.problem_type == "malformed" and token.waits == []
