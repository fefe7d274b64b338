"""The propagation checker against real authoritative BIND servers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.cancel import CancelToken
from app.errors import Cancelled, ValidationFailed
from app.validation.propagation import (
    MISSING,
    OTHER,
    PRESENT,
    UNREACHABLE,
    PropagationChecker,
    ServerStatus,
    TxtExpectation,
    is_ready,
    wait_for_txt,
)
from tests.app.validation.conftest import ScriptedInteraction, discovery, make_ctx
from tests.support.bind import BindServer, zone_text
from tests.support.ports import free_port

ZONE = "example.test."
NS = {"ns1.example.test.": "127.0.0.11", "ns2.example.test.": "127.0.0.12"}
NAME = "_acme-challenge.www.example.test."


@pytest.fixture
def two_primaries(bind_factory: Callable[..., BindServer]) -> tuple[BindServer, BindServer]:
    """Two authoritative servers for one zone that are updated separately (one lags)."""
    text = zone_text(ZONE, NS)
    return bind_factory({ZONE: text}), bind_factory({ZONE: text})


def checker_for(a: BindServer, b: BindServer) -> PropagationChecker:
    return PropagationChecker(discovery=discovery(a, {"127.0.0.11": a.address,
                                                      "127.0.0.12": b.address}))


def test_not_ready_until_every_authoritative_server_has_the_value(two_primaries):
    a, b = two_primaries
    checker = checker_for(a, b)
    exp = [TxtExpectation(NAME, frozenset({"v1"}))]

    statuses = checker.check_once(exp)
    assert {(s.nameserver, s.state) for s in statuses} == {
        ("ns1.example.test.", MISSING), ("ns2.example.test.", MISSING)}
    assert not is_ready(statuses)

    a.add(ZONE, NAME, "TXT", "v1")
    statuses = checker.check_once(exp)
    assert {(s.nameserver, s.state) for s in statuses} == {
        ("ns1.example.test.", PRESENT), ("ns2.example.test.", MISSING)}
    assert not is_ready(statuses)

    b.add(ZONE, NAME, "TXT", "stale")
    statuses = checker.check_once(exp)
    lagging = next(s for s in statuses if s.nameserver == "ns2.example.test.")
    assert lagging.state == OTHER and lagging.seen == ("stale",)
    assert "stale" in lagging.describe()

    b.add(ZONE, NAME, "TXT", "v1")
    assert is_ready(checker.check_once(exp))


def test_wildcard_and_apex_need_both_values(two_primaries):
    a, b = two_primaries
    checker = checker_for(a, b)
    exp = [TxtExpectation(NAME, frozenset({"apex", "wild"}))]
    for server in (a, b):
        server.add(ZONE, NAME, "TXT", "apex")
    assert not is_ready(checker.check_once(exp))
    for server in (a, b):
        server.add(ZONE, NAME, "TXT", "wild")
    assert is_ready(checker.check_once(exp))


def test_wait_polls_until_the_lagging_server_catches_up(two_primaries):
    a, b = two_primaries
    a.add(ZONE, NAME, "TXT", "v1")
    rounds: list[list[ServerStatus]] = []

    def listener(statuses: list[ServerStatus]) -> None:
        rounds.append(statuses)
        if len(rounds) == 2:  # the secondary "transfers" the zone after two rounds
            b.add(ZONE, NAME, "TXT", "v1")

    ctx = make_ctx(checker_for(a, b).discovery)
    ctx.resources.status_listener = listener
    wait_for_txt([TxtExpectation(NAME, frozenset({"v1"}))], resolvers=None, ctx=ctx, timeout=30)
    assert len(rounds) == 3
    assert not is_ready(rounds[0]) and not is_ready(rounds[1]) and is_ready(rounds[2])


def test_unreachable_server_is_ignored_but_reported(bind_factory):
    dead_port = free_port()
    a = bind_factory({ZONE: zone_text(ZONE, NS, [f'{NAME} IN TXT "v1"'])})
    checker = PropagationChecker(discovery=discovery(
        a, {"127.0.0.11": a.address, "127.0.0.12": f"127.0.0.1:{dead_port}"}, timeout=0.3))
    statuses = checker.check_once([TxtExpectation(NAME, frozenset({"v1"}))])
    states = {s.nameserver: s.state for s in statuses}
    assert states == {"ns1.example.test.": PRESENT, "ns2.example.test.": UNREACHABLE}
    assert is_ready(statuses)


def test_all_unreachable_is_not_ready_and_times_out_with_what_was_seen(bind_factory):
    a = bind_factory({ZONE: zone_text(ZONE, NS)})
    dead = f"127.0.0.1:{free_port()}"
    disc = discovery(a, {"127.0.0.11": dead, "127.0.0.12": dead}, timeout=0.2)
    ctx = make_ctx(disc)
    with pytest.raises(ValidationFailed) as info:
        wait_for_txt([TxtExpectation(NAME, frozenset({"v1"}))], resolvers=None, ctx=ctx,
                     timeout=0.5)
    assert "ns1.example.test." in info.value.message and "unreachable" in info.value.message


def test_cname_delegation_is_followed_to_the_other_zone(bind_factory):
    other = "acme-delegate.test."
    target = "www.auth.acme-delegate.test."
    zones = {
        ZONE: zone_text(ZONE, {"ns1.example.test.": "127.0.0.11"},
                        [f"{NAME} IN CNAME {target}"]),
        other: zone_text(other, {"ns.acme-delegate.test.": "127.0.0.21"},
                         [f'{target} IN TXT "delegated"']),
    }
    server = bind_factory(zones)
    checker = PropagationChecker(discovery=discovery(
        server, {"127.0.0.11": server.address, "127.0.0.21": server.address}))
    location = checker.locate(NAME)
    assert location.record == target and location.zone == other
    assert location.cnames == ((NAME, target),)
    statuses = checker.check_once([TxtExpectation(NAME, frozenset({"delegated"}))])
    assert [(s.record, s.nameserver, s.state) for s in statuses] == [
        (target, "ns.acme-delegate.test.", PRESENT)]


def test_zone_cut_below_the_parent(bind_factory):
    parent, child = "example.test.", "sub.example.test."
    zones = {
        parent: zone_text(parent, {"ns1.example.test.": "127.0.0.11"},
                          ["sub IN NS ns.sub.example.test.", "ns.sub IN A 127.0.0.31"]),
        child: zone_text(child, {"ns.sub.example.test.": "127.0.0.31"}),
    }
    server = bind_factory(zones)
    checker = PropagationChecker(discovery=discovery(
        server, {"127.0.0.11": server.address, "127.0.0.31": server.address}))
    assert checker.locate("_acme-challenge.host.sub.example.test.").zone == child


def test_explicit_resolvers_override_discovery(bind_factory):
    a = bind_factory({ZONE: zone_text(ZONE, NS, [f'{NAME} IN TXT "v1"'])})
    checker = PropagationChecker(resolvers=[a.address])
    statuses = checker.check_once([TxtExpectation(NAME, frozenset({"v1"}))])
    assert [(s.nameserver, s.server, s.state) for s in statuses] == [
        ("resolver", a.address, PRESENT)]


def test_timeout_asks_the_user_to_go_anyway(bind_factory):
    a = bind_factory({ZONE: zone_text(ZONE, NS)})
    interaction = ScriptedInteraction(answer=True)
    ctx = make_ctx(interaction=interaction)
    wait_for_txt([TxtExpectation(NAME, frozenset({"v1"}))], resolvers=[a.address], ctx=ctx,
                 timeout=0)
    assert interaction.actions and interaction.actions[0].kind == "dns-propagation"
    assert "missing" in interaction.actions[0].instructions


def test_cancel_stops_waiting(bind_factory):
    a = bind_factory({ZONE: zone_text(ZONE, NS)})
    cancel = CancelToken()
    ctx = make_ctx(cancel=cancel)
    ctx.resources.status_listener = lambda statuses: cancel.cancel()
    with pytest.raises(Cancelled):
        wait_for_txt([TxtExpectation(NAME, frozenset({"v1"}))], resolvers=[a.address],
                     ctx=ctx, timeout=60)
