"""What clients of one CA share: one session, the directory (for a while), unused nonces."""

from __future__ import annotations

import base64
import itertools
import json

import requests
import responses

from app.acme.client import AcmeClient
from app.acme.connections import SESSION_IDLE, CaConnections, NoncePool
from app.crypto.keys import KeyType, generate_key

CA = "https://ca.test"
_nonces = (f"nonce{i:07d}" for i in itertools.count())


def _ca(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{CA}/dir", json={"newNonce": f"{CA}/nonce", "newAccount": f"{CA}/acct",
                                "newOrder": f"{CA}/order"})
    rsps.head(f"{CA}/nonce", headers={"Replay-Nonce": next(_nonces)})
    rsps.add_callback("POST", f"{CA}/acct/1", callback=lambda _r: (
        200, {"Replay-Nonce": next(_nonces), "Content-Type": "application/json"},
        json.dumps({"status": "valid"})))


def _nonce_sent(rsps: responses.RequestsMock, index: int) -> str:
    body = json.loads(rsps.calls[index].request.body or "{}")
    protected = body["protected"] + "=" * (-len(body["protected"]) % 4)
    header: dict[str, str] = json.loads(base64.urlsafe_b64decode(protected))
    return header["nonce"]


def test_clients_of_one_ca_share_the_directory_the_session_and_unused_nonces() -> None:
    shared = CaConnections()
    key = generate_key(KeyType.EC256)
    with responses.RequestsMock() as rsps:
        _ca(rsps)
        first = AcmeClient(f"{CA}/dir", key, account_uri=f"{CA}/acct/1", connections=shared)
        first.account(f"{CA}/acct/1")
        second = AcmeClient(f"{CA}/dir", key, account_uri=f"{CA}/acct/1", connections=shared)
        second.account(f"{CA}/acct/1")
        methods = [(c.request.method, c.request.url) for c in rsps.calls]
        assert methods == [("GET", f"{CA}/dir"), ("HEAD", f"{CA}/nonce"),
                           ("POST", f"{CA}/acct/1"), ("POST", f"{CA}/acct/1")]
        # The second client signed with the nonce the first one's answer carried.
        reply = rsps.calls[2].response
        assert isinstance(reply, requests.Response)
        reply_nonce = reply.headers["Replay-Nonce"]
        assert _nonce_sent(rsps, 3) == reply_nonce
        assert first.net.session is second.net.session is shared.session()


def test_a_directory_is_fetched_again_after_its_time() -> None:
    now = [0.0]
    shared = CaConnections(monotonic=lambda: now[0], directory_ttl=60)
    key = generate_key(KeyType.EC256)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        _ca(rsps)
        AcmeClient(f"{CA}/dir", key, connections=shared).info()
        now[0] = 30
        AcmeClient(f"{CA}/dir", key, connections=shared).info()
        now[0] = 61
        AcmeClient(f"{CA}/dir", key, connections=shared).info()
        assert [c.request.method for c in rsps.calls] == ["GET", "GET"]


def test_the_nonce_pool_gives_the_newest_first_and_keeps_a_bounded_number() -> None:
    pool = NoncePool(limit=2)
    for nonce in ("a", "b", "c"):
        pool.add(nonce)
    assert [pool.take(), pool.take(), pool.take()] == ["c", "b", None]


def test_a_session_left_idle_is_replaced_by_a_fresh_one() -> None:
    now = [0.0]
    shared = CaConnections(monotonic=lambda: now[0])
    first = shared.session()
    now[0] = 20
    assert shared.session() is first
    now[0] = 20 + SESSION_IDLE + 1
    assert shared.session() is not first
