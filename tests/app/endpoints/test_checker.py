from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import events
from app.clock import FakeClock
from app.endpoints.checker import EndpointChecker
from app.endpoints.compare import name_matches
from app.errors import InvalidInput
from app.events import CoreEvent, ServiceHooks
from app.storage.endpoints import parse_address
from app.storage.store import Store
from tests.support.certificates import LocalCA, add_certificate, add_version
from tests.support.ports import free_port
from tests.support.tls_server import SwappableTlsServer

NAMES = ("www.example.test", "example.test")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SwappableTlsServer]:
    s = SwappableTlsServer(tmp_path)
    yield s
    s.close()


def test_old_then_new_certificate(store: Store, hooks: ServiceHooks,
                                  emitted: list[CoreEvent], server: SwappableTlsServer) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    clock = FakeClock(now)
    ca = LocalCA()
    old_start = now - dt.timedelta(days=62)
    cert = add_certificate(store, not_before=old_start, days=90, names=NAMES)
    old_version = cert.current
    assert old_version is not None
    old_x509, old_key = ca.issue(NAMES, old_start, old_start + dt.timedelta(days=90))
    # make the stored "old" version match what the server will serve
    old_serial = format(old_x509.serial_number, "x")
    store.db.execute("UPDATE certificate_versions SET serial=? WHERE id=?",
                     (old_serial, old_version.id))
    new_version, new_x509, new_key = add_version(store, cert.id, not_before=now, days=90,
                                                 names=NAMES, ca=ca)
    checker = EndpointChecker(store, hooks, clock, timeout=5)
    endpoint = checker.endpoints.add(cert.id, "127.0.0.1", server.port, "www.example.test",
                                     now=now)
    assert endpoint.sni == "www.example.test"

    server.serve(old_x509, old_key)
    stale = checker.check(endpoint)
    assert stale.status == "stale", stale.message
    assert stale.served_serial == old_serial
    assert new_version.serial in (stale.message or "")
    assert checker.check(stale).status == "stale"
    warnings = [e for e in emitted if e.name == events.ENDPOINT_WARNING]
    assert len(warnings) == 1  # warned on the change, not on every check
    assert warnings[0].payload["status"] == "stale"

    server.serve(new_x509, new_key)
    fresh = checker.check(stale)
    assert fresh.status == "ok", fresh.message
    assert fresh.served_serial == new_version.serial

    other_x509, other_key = ca.issue(("other.test",), now, now + dt.timedelta(days=90))
    server.serve(other_x509, other_key)
    assert checker.check(fresh).status == "mismatch"

    soon_x509, soon_key = ca.issue(NAMES, now - dt.timedelta(days=85),
                                   now + dt.timedelta(days=5))
    server.serve(soon_x509, soon_key)
    expiring = checker.check(fresh)
    assert expiring.status == "expiring", expiring.message


def test_unreachable_endpoint(store: Store, hooks: ServiceHooks, clock: FakeClock,
                              emitted: list[CoreEvent]) -> None:
    cert = add_certificate(store, not_before=clock.now(), days=90, names=NAMES)
    checker = EndpointChecker(store, hooks, clock, timeout=2)
    endpoint = checker.endpoints.add(cert.id, "127.0.0.1", free_port(), now=clock.now())
    result = checker.check(endpoint)
    assert result.status == "unreachable"
    assert [e.payload["status"] for e in emitted] == ["unreachable"]


def test_due_checks_follow_the_interval(store: Store, hooks: ServiceHooks,
                                        clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=clock.now(), days=90, names=NAMES)
    checker = EndpointChecker(store, hooks, clock, timeout=2)
    checker.endpoints.add(cert.id, "127.0.0.1", free_port(), now=clock.now())
    assert len(checker.check_due()) == 1
    assert checker.check_due() == []
    assert checker.next_due_at() == clock.now() + dt.timedelta(hours=24)
    clock.advance(dt.timedelta(hours=24))
    assert len(checker.check_due()) == 1


def test_duplicates_are_rejected(store: Store, hooks: ServiceHooks, clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=clock.now(), days=90, names=NAMES)
    checker = EndpointChecker(store, hooks, clock)
    checker.endpoints.add(cert.id, "www.example.test", 443, now=clock.now())
    with pytest.raises(InvalidInput):
        checker.endpoints.add(cert.id, "www.example.test", 443, now=clock.now())


@pytest.mark.parametrize(("text", "expected"), [
    ("www.example.test", ("www.example.test", 443)),
    ("www.example.test:8443", ("www.example.test", 8443)),
    ("[::1]:8443", ("::1", 8443)),
    ("::1", ("::1", 443)),
    ("127.0.0.1:10443", ("127.0.0.1", 10443)),
    ("Bücher.example:443", ("xn--bcher-kva.example", 443)),
])
def test_parse_address(text: str, expected: tuple[str, int]) -> None:
    assert parse_address(text) == expected


@pytest.mark.parametrize("text", ["", "host:0", "host:99999", "host:x", "[::1", "*.a.test"])
def test_parse_address_rejects(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_address(text)


def test_name_matching() -> None:
    assert name_matches("*.example.test", "www.example.test")
    assert not name_matches("*.example.test", "example.test")
    assert not name_matches("*.example.test", "a.b.example.test")
    assert name_matches("127.0.0.1", "127.0.0.1")
    assert name_matches("www.example.test", "WWW.example.test.")
