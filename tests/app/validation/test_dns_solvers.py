"""dns-01 solvers (API provider, manual, exec) with real BIND servers and propagation checks."""

from __future__ import annotations

import pytest

from app.challenge_options import Dns01Exec, Dns01Manual, Dns01Provider
from app.domain import ChallengeConfig
from app.errors import Cancelled, ValidationFailed
from app.validation.base import ChallengeTask, NeedsUserAction
from app.validation.dns_manual import ManualDnsSolver
from app.validation.dns_provider import ProviderDnsSolver
from app.validation.registry import build_solver, solver_for_leftover
from tests.app.validation.conftest import (
    DictSecrets,
    MemoryLeftovers,
    ScriptedInteraction,
    discovery,
    leftovers_of,
    make_ctx,
)
from tests.support.bind import zone_text

ZONE = "example.test."
NS = {"ns1.example.test.": "127.0.0.11"}


def task(identifier: str, key_auth: str, order: str = "o1") -> ChallengeTask:
    return ChallengeTask(order_id=order, identifier=identifier, identifier_type="dns",
                         challenge_type="dns-01", token="tok", key_authorization=key_auth,
                         challenge_url="https://ca.test/chall/1")


@pytest.fixture
def bind(bind_factory):
    return bind_factory({ZONE: zone_text(ZONE, NS)})


def provider_ctx(bind, **kwargs):
    secrets = DictSecrets({"bind": {**bind.credentials(), "provider": "rfc2136"}})
    return make_ctx(discovery(bind, {"127.0.0.11": bind.address}), credentials=secrets, **kwargs)


def test_provider_solver_creates_waits_and_cleans_up(bind):
    ctx = provider_ctx(bind)
    config = ChallengeConfig(Dns01Provider(credentials="bind"))
    solver = build_solver(config, ctx)
    assert isinstance(solver, ProviderDnsSolver)
    tasks = [task("example.test", "ka-apex"), task("*.example.test", "ka-wild")]
    solver.present(tasks)
    name = "_acme-challenge.example.test."
    assert bind.txt(name) == {tasks[0].dns_value, tasks[1].dns_value}
    assert len(ctx.leftovers.items) == 2
    assert all("key_secret" not in str(data) for _, _, data in ctx.leftovers.items.values())
    solver.wait_until_ready(tasks)
    solver.cleanup(tasks)
    assert bind.txt(name) == set()
    assert ctx.leftovers.items == {}


def test_provider_solver_follows_cname_into_the_delegated_zone(bind_factory):
    other = "delegate.test."
    zones = {ZONE: zone_text(ZONE, NS, ["_acme-challenge.www IN CNAME www.delegate.test."]),
             other: zone_text(other, {"ns.delegate.test.": "127.0.0.21"})}
    bind = bind_factory(zones)
    secrets = DictSecrets({"bind": {**bind.credentials(), "provider": "rfc2136"}})
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address, "127.0.0.21": bind.address}),
                   credentials=secrets)
    solver = build_solver(ChallengeConfig(Dns01Provider(credentials="bind")),
                          ctx)
    tasks = [task("www.example.test", "ka")]
    solver.present(tasks)
    assert bind.txt("www.delegate.test.") == {tasks[0].dns_value}
    solver.wait_until_ready(tasks)
    solver.cleanup(tasks)
    assert bind.txt("www.delegate.test.") == set()


def test_crash_leftover_is_cleaned_on_next_start(bind):
    ctx = provider_ctx(bind)
    solver = build_solver(ChallengeConfig(Dns01Provider(credentials="bind")),
                          ctx)
    tasks = [task("example.test", "ka")]
    solver.present(tasks)  # ... and the app crashes here
    [(_order, kind, data)] = ctx.leftovers.items.values()
    cls = solver_for_leftover(kind)
    assert cls is ProviderDnsSolver
    cls.cleanup_leftover(data, provider_ctx(bind))
    assert bind.txt("_acme-challenge.example.test.") == set()


def test_wrong_record_value_times_out_with_what_was_seen_and_cleans_up(bind):
    ctx = provider_ctx(bind)
    config = ChallengeConfig(Dns01Provider(credentials="bind", propagation_timeout=0.3))
    solver = build_solver(config, ctx)
    tasks = [task("example.test", "ka")]
    solver.present(tasks)
    bind.delete(ZONE, "_acme-challenge.example.test.")
    bind.add(ZONE, "_acme-challenge.example.test.", "TXT", "someone-elses-value")
    try:
        with pytest.raises(ValidationFailed) as info:
            solver.wait_until_ready(tasks)
    finally:
        solver.cleanup(tasks)
    assert "other value" in info.value.message and "someone-elses-value" in info.value.message
    assert ctx.leftovers.items == {}


def test_provider_errors_are_clear(bind):
    secrets = DictSecrets({"bind": {**bind.credentials(), "provider": "rfc2136",
                                    "key_name": "nobody."}})
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address}), credentials=secrets)
    solver = build_solver(ChallengeConfig(Dns01Provider(credentials="bind")),
                          ctx)
    tasks = [task("example.test", "ka")]
    with pytest.raises(ValidationFailed) as info:
        solver.present(tasks)
    solver.cleanup(tasks)
    assert "TSIG" in info.value.message
    # the failed delete keeps the leftover for the next start
    assert len(leftovers_of(ctx).items) == 1


def test_manual_without_interaction_parks_the_order(bind):
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address}))
    solver = build_solver(ChallengeConfig(Dns01Manual()), ctx)
    assert isinstance(solver, ManualDnsSolver)
    tasks = [task("example.test", "ka-apex"), task("*.example.test", "ka-wild")]
    with pytest.raises(NeedsUserAction) as info:
        solver.present(tasks)
    action = info.value.action
    assert action.kind == "dns-record" and len(action.records) == 2
    assert {r["name"] for r in action.records} == {"_acme-challenge.example.test."}
    assert {r["value"] for r in action.records} == {t.dns_value for t in tasks}
    # the user creates the records; resuming the order goes straight to the check
    for t in tasks:
        bind.add(ZONE, t.dns_record_name, "TXT", t.dns_value)
    solver = build_solver(ChallengeConfig(Dns01Manual()), ctx)
    solver.present(tasks)
    solver.wait_until_ready(tasks)
    solver.cleanup(tasks)


def test_manual_with_interaction(bind):
    tasks = [task("example.test", "ka")]

    def create(action):
        for record in action.records:
            bind.add(ZONE, record["name"], "TXT", record["value"])

    interaction = ScriptedInteraction(on_confirm=create)
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address}), interaction=interaction)
    solver = build_solver(ChallengeConfig(Dns01Manual()), ctx)
    solver.present(tasks)
    solver.wait_until_ready(tasks)
    assert tasks[0].dns_value in interaction.actions[0].instructions


def test_manual_declined_is_a_cancel(bind):
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address}),
                   interaction=ScriptedInteraction(answer=False))
    solver = build_solver(ChallengeConfig(Dns01Manual()), ctx)
    with pytest.raises(Cancelled):
        solver.present([task("example.test", "ka")])


def test_exec_hook_with_authoritative_check(bind, tmp_path):
    hook = tmp_path / "hook.sh"
    log = tmp_path / "calls"
    hook.write_text(f"#!/bin/sh\necho \"$@\" >> {log}\n")
    hook.chmod(0o755)
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address}), leftovers=MemoryLeftovers())
    solver = build_solver(ChallengeConfig(Dns01Exec(command=str(hook), propagation_timeout=0.2)),
                          ctx)
    tasks = [task("example.test", "ka")]
    solver.present(tasks)
    with pytest.raises(ValidationFailed) as info:  # the hook did not really create it
        solver.wait_until_ready(tasks)
    solver.cleanup(tasks)
    assert "missing" in info.value.message
    assert log.read_text().split("\n")[:2] == [
        f"present _acme-challenge.example.test. {tasks[0].dns_value}",
        f"cleanup _acme-challenge.example.test. {tasks[0].dns_value}"]
