"""Issuing, renewing and revoking against a real Pebble doing real validation."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from app.cancel import CancelToken
from app.challenge_options import Http01Listener
from app.crypto.certs import parse_chain, signed_by
from app.crypto.csr import build_csr, csr_to_pem
from app.crypto.keys import KeyType, generate_key, key_from_pem, public_key_bytes
from app.errors import AcmeError, InvalidInput
from app.events import OrderProgressed
from app.names import parse_identifiers
from app.progress import ProgressEvent
from app.services.certificates import IssueRequest
from tests.support.acme_env import (
    dns_plan,
    http_plan,
    issue,
    new_account,
    services_for,
    set_renewal_info,
)
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def _leaf(cert: Any) -> x509.Certificate:
    return x509.load_pem_x509_certificate(cert.current.cert_pem.encode())


@pytest.mark.parametrize("key_type", list(KeyType))
def test_issue_each_certificate_key_type(home: Path, pebble: Pebble, key_type: KeyType) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, [f"{key_type.value}.example.com"], http_plan(pebble),
                 key_type=key_type)
    assert cert.status == "active" and cert.current is not None
    assert cert.current.key_type == key_type.value
    key = key_from_pem(services.certificates.private_key_pem(cert.current))
    assert public_key_bytes(key) == _leaf(cert).public_key().public_bytes(
        *_spki_args())
    assert cert.current.chain_pem.count("BEGIN CERTIFICATE") >= 1


def _spki_args() -> tuple[Any, Any]:
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo


def test_wildcard_and_apex_in_one_certificate(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["*.wild.example", "wild.example"], dns_plan(pebble))
    san = _leaf(cert).extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert set(san.get_values_for_type(x509.DNSName)) == {"*.wild.example", "wild.example"}


def test_wildcard_with_http01_rejected_before_the_ca(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    with pytest.raises(InvalidInput, match="wildcard"):
        issue(services, account, ["*.nohttp.example"], http_plan(pebble))
    assert services.certificates.orders() == []


def test_idn_name(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["bücher.example"], http_plan(pebble))
    assert cert.identifiers == ("xn--bcher-kva.example",)
    assert cert.label == "bücher.example"
    san = _leaf(cert).extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["xn--bcher-kva.example"]


def test_bad_names_never_reach_the_ca(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    for bad in ["exa mple.com", "-bad.example.com", "*.*.example.com", "localhost",
                "https://x.example.com/"]:
        with pytest.raises(InvalidInput):
            issue(services, account, [bad], http_plan(pebble))
    assert services.certificates.orders() == []


def test_csr_and_reused_key(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    key = generate_key(KeyType.RSA2048)
    csr = build_csr(key, parse_identifiers(["csr.example.com"]))
    cert = services.certificates.issue(IssueRequest(account.id, csr_pem=csr_to_pem(csr),
                                                    validation=http_plan(pebble)))
    assert cert.key_policy == "csr" and cert.current and cert.current.key_secret_id is None
    assert _leaf(cert).public_key().public_bytes(*_spki_args()) == public_key_bytes(key)
    with pytest.raises(Exception, match="does not hold the private key"):
        services.certificates.private_key_pem(cert.current)
    # Renewal re-uses the CSR.
    renewed = services.certificates.renew(cert.id, force=True)
    assert renewed.current and renewed.current.serial != cert.current.serial
    assert _leaf(renewed).public_key().public_bytes(*_spki_args()) == public_key_bytes(key)

    first = issue(services, account, ["reuse-a.example.com"], http_plan(pebble))
    second = issue(services, account, ["reuse-b.example.com"], http_plan(pebble),
                   reuse_key_of=first.id)
    assert _leaf(first).public_key().public_bytes(*_spki_args()) == \
        _leaf(second).public_key().public_bytes(*_spki_args())


def test_profiles(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    info = services.accounts.directory_info(pebble.directory)
    assert set(info.profiles) == {"default", "shortlived"}
    default = issue(services, account, ["profile-default.example.com"], http_plan(pebble),
                    profile="default")
    short = issue(services, account, ["profile-short.example.com"], http_plan(pebble),
                  profile="shortlived")
    assert default.current and short.current
    assert default.current.lifetime > dt.timedelta(days=80)
    assert short.current.lifetime < dt.timedelta(days=7)
    with pytest.raises(AcmeError) as err:
        issue(services, account, ["profile-unknown.example.com"], http_plan(pebble),
              profile="no-such-profile")
    assert "profile" in str(err.value).lower()


def test_alternate_roots_and_preferred_chain(home: Path, pebble_factory: Any) -> None:
    server: Pebble = pebble_factory(env={"PEBBLE_ALTERNATE_ROOTS": "2"})
    services = services_for(home, server)
    account = new_account(services, server)
    alt_root = x509.load_pem_x509_certificate(server.roots_pem(1).encode())
    alt_cn = alt_root.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    default = issue(services, account, ["chain-default.example.com"], http_plan(server))
    preferred = issue(services, account, ["chain-alt.example.com"], http_plan(server),
                      preferred_chain=str(alt_cn))
    assert default.current and preferred.current
    top = parse_chain(preferred.current.fullchain_pem).issuers[-1]
    assert top.issuer == alt_root.subject and signed_by(top, alt_root)
    default_top = parse_chain(default.current.fullchain_pem).issuers[-1]
    assert default_top.issuer != alt_root.subject


def test_chain_length_three(home: Path, pebble_factory: Any) -> None:
    server: Pebble = pebble_factory(env={"PEBBLE_CHAIN_LENGTH": "3"})
    services = services_for(home, server)
    account = new_account(services, server)
    cert = issue(services, account, ["long-chain.example.com"], http_plan(server))
    assert cert.current
    chain = parse_chain(cert.current.fullchain_pem)
    assert len(chain.issuers) >= 2
    root = x509.load_pem_x509_certificate(server.roots_pem(0).encode())
    assert signed_by(chain.issuers[-1], root)


def test_ari_window_in_the_past_renews_with_replaces(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["ari.example.com"], http_plan(pebble))
    assert cert.ari_window_start and cert.ari_window_end and cert.renew_at
    assert cert.ari_window_start <= cert.renew_at <= cert.ari_window_end
    monitoring = services.monitoring
    assert [i.state for i in monitoring.renewal_plan()] == ["waiting"]
    now = dt.datetime.now(dt.UTC)
    assert cert.current
    set_renewal_info(pebble, cert.current.cert_pem,
                     (now - dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                     (now - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    refreshed = services.certificates.refresh_renewal_info(cert.id)
    assert refreshed.ari_explanation_url == "https://ca.example/why"
    assert [i.state for i in monitoring.renewal_plan()] == ["due"]
    outcomes = monitoring.renew_due()
    assert [(o.certificate_id, o.action) for o in outcomes] == [(cert.id, "renewed")]
    history = services.certificates.history(cert.id)
    assert len(history.versions) == 2
    assert history.orders[-1].replaces == cert.current.ari_cert_id
    assert history.versions[0].replaced_by == history.versions[1].id
    log = (pebble.workdir / "pebble.log").read_text()
    assert "is a replacement of" in log


def test_already_replaced_retries_without_replaces(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["replaced.example.com"], http_plan(pebble))
    assert cert.current and cert.current.ari_cert_id
    old_ari = cert.current.ari_cert_id
    services.certificates.renew(cert.id, force=True)  # replaces the first certificate
    # A second order that claims to replace the same certificate: the CA refuses
    # (alreadyReplaced) and certdesk retries without the field.
    certs = services.certificates
    order = certs._new_order(certs.get(cert.id), "renew", *certs._renewal_key_and_csr(
        certs.get(cert.id), parse_identifiers(list(cert.identifiers))), replaces=old_ari)
    done = certs.run_order(order.id)
    assert done.current and len(certs.history(cert.id).versions) == 3
    assert services.store.orders.get(order.id).replaces is None


def test_any_refusal_of_replaces_renews_without_it(home: Path, pebble: Pebble) -> None:
    # A CA may refuse `replaces` for reasons of its own, e.g. a serial it cannot map to an
    # order yet (Pebble right after issuance): the renewal goes on without the field.
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["unknown-replaced.example.com"], http_plan(pebble))
    assert cert.current and cert.current.ari_cert_id
    key_id = cert.current.ari_cert_id.split(".")[0]
    unknown = f"{key_id}.AQIDBAUGBwgJ"  # this CA's key id, a serial it never issued
    certs = services.certificates
    order = certs._new_order(certs.get(cert.id), "renew", *certs._renewal_key_and_csr(
        certs.get(cert.id), parse_identifiers(list(cert.identifiers))), replaces=unknown)
    done = certs.run_order(order.id)
    assert done.current and len(certs.history(cert.id).versions) == 2
    assert services.store.orders.get(order.id).replaces is None
    refused = [e for e in services.store.events.all(certificate_id=cert.id)
               if e.kind == "replaces-refused"]
    assert refused and "renewing without" in refused[0].message


def test_revoke_is_seen_by_the_ca(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["revoke.example.com"], http_plan(pebble))
    assert cert.current
    assert pebble.cert_status(cert.current.serial)["Status"] == "Valid"
    revoked = services.certificates.revoke(cert.id, "keyCompromise")
    status = pebble.cert_status(cert.current.serial)
    assert status["Status"] == "Revoked" and status["Reason"] == 1
    assert revoked.status == "revoked" and revoked.current and revoked.current.revoked_at
    with pytest.raises(InvalidInput, match="revoked"):
        services.certificates.renew(cert.id)


@pytest.mark.parametrize(("reuse", "presented_again"), [("0", True), ("100", False)])
def test_authorization_reuse(home: Path, pebble_factory: Any, reuse: str,
                             presented_again: bool) -> None:
    server: Pebble = pebble_factory(env={"PEBBLE_AUTHZREUSE": reuse})
    services = services_for(home, server)
    account = new_account(services, server)
    issue(services, account, ["reuse.example.com"], http_plan(server))
    steps: list[str] = []
    services.certificates.issue(
        IssueRequest(account.id, names=["reuse.example.com"], validation=http_plan(server)),
        progress=lambda e: steps.append(e.step))
    assert ("present" in steps) is presented_again


class RecordingToken(CancelToken):
    def __init__(self) -> None:
        super().__init__()
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        super().sleep(seconds)


def test_retry_after_from_the_ca_is_honoured(home: Path, pebble_factory: Any) -> None:
    server: Pebble = pebble_factory(
        env={"PEBBLE_VA_NOSLEEP": "0", "PEBBLE_VA_SLEEPTIME": "4"},
        config={"retryAfter": {"authz": 3, "order": 2}})
    services = services_for(home, server)
    account = new_account(services, server)
    waits: list[str] = []
    token = RecordingToken()

    def sink(event: ProgressEvent) -> None:
        if event.detail.startswith("retry-after"):
            waits.append(event.detail)

    for name in ("ra1.example.com", "ra2.example.com"):
        services.certificates.issue(
            IssueRequest(account.id, names=[name, "www." + name], validation=http_plan(server)),
            cancel=token, progress=sink)
    assert waits, "the CA never asked to wait"
    # Pebble sends Retry-After as an HTTP-date (whole seconds), so the wait is the time left
    # until that date: at most the configured 3 s, and what certdesk slept is exactly that.
    seconds = [float(w.removeprefix("retry-after ").removesuffix("s")) for w in waits]
    assert all(0 <= s <= 3.0 for s in seconds)
    assert max(seconds) > 1.0
    for wanted in seconds:  # the progress detail is rounded (%g); the sleep is not
        assert any(abs(wanted - slept) < 0.01 for slept in token.sleeps)


def test_bad_nonces_are_retried(home: Path, pebble_factory: Any) -> None:
    # The retry logic itself is tested deterministically in tests/app/acme/test_network.py;
    # this is the end-to-end check against a real CA that rejects half of all nonces.
    server: Pebble = pebble_factory(env={"PEBBLE_WFE_NONCEREJECT": "50"})
    services = services_for(home, server)
    account = new_account(services, server)
    for i in range(3):
        cert = issue(services, account, [f"nonce{i}.example.com"], http_plan(server))
        assert cert.current is not None
    assert len(services.certificates.list()) == 3


def test_concurrent_renewals_share_nothing_unsafe(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    certs = [issue(services, account, [f"many{i}.example.com"], http_plan(pebble))
             for i in range(6)]
    barrier = threading.Barrier(6)

    def renew(cert_id: str) -> str:
        barrier.wait()
        renewed = services.certificates.renew(cert_id, force=True)
        assert renewed.current
        return renewed.current.serial

    with ThreadPoolExecutor(6) as pool:
        serials = list(pool.map(renew, [c.id for c in certs]))
    assert len(set(serials)) == 6
    for cert in certs:
        assert len(services.certificates.history(cert.id).versions) == 2


def test_cancel_stops_an_order_and_cleans_up(home: Path, pebble_factory: Any) -> None:
    server: Pebble = pebble_factory(env={"PEBBLE_VA_NOSLEEP": "0", "PEBBLE_VA_SLEEPTIME": "5"},
                                    config={"retryAfter": {"authz": 2, "order": 2}})
    services = services_for(home, server)
    account = new_account(services, server)
    token = CancelToken()
    steps: list[str] = []
    services.hooks.subscribe(
        lambda e: steps.append(e.step) if isinstance(e, OrderProgressed) else None)

    def sink(event: ProgressEvent) -> None:
        if event.step == "validate" and event.state == "running":
            token.cancel()

    from app.errors import Cancelled

    with pytest.raises(Cancelled):
        services.certificates.issue(IssueRequest(account.id, names=["cancel.example.com"],
                                                 validation=http_plan(server)),
                                    cancel=token, progress=sink)
    order = services.certificates.orders()[0]
    assert order.state == "cancelled"
    assert services.certificates.engine.leftovers.pending() == []
    # Ended as `orders cancel` ends it: the first issue is not left pending, and it is said.
    assert services.certificates.get(order.certificate_id).status == "failed"
    assert steps[-1] == "cancelled"
    kinds = [e.kind for e in services.certificates.history(order.certificate_id).events]
    assert kinds.count("order-cancelled") == 1
    # What the order held at the CA was given back (or was already decided).
    client = services.accounts.client_for(account)
    authz_url = client.post_as_get(order.order_url or "").body["authorizations"][0]
    assert client.post_as_get(authz_url).body["status"] in ("deactivated", "valid", "invalid")
    # The listener was released: the port can be bound again.
    import socket

    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", server.http_port))


def test_validation_failure_has_the_ca_detail(home: Path, pebble: Pebble) -> None:
    from app.domain import ChallengeConfig, ValidationPlan
    from app.errors import ValidationFailed
    from tests.support.ports import free_port

    services = services_for(home, pebble)
    account = new_account(services, pebble)
    # The listener answers on a port the CA does not use: the CA's connection is refused.
    plan = ValidationPlan(ChallengeConfig(Http01Listener(address="127.0.0.1", port=free_port())))
    with pytest.raises(ValidationFailed) as info:
        issue(services, account, ["fail.example.com"], plan)
    assert "fail.example.com" in info.value.message
    assert "The CA said" in info.value.message
    assert info.value.hint
    assert services.certificates.orders()[0].state == "failed"
    assert services.certificates.list()[0].status == "failed"


def test_ip_address_identifier(home: Path, pebble: Pebble) -> None:
    import ipaddress

    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["127.0.0.1"], http_plan(pebble))
    san = _leaf(cert).extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("127.0.0.1")]
    with pytest.raises(InvalidInput, match="IP address"):
        issue(services, account, ["127.0.0.1"], dns_plan(pebble))
