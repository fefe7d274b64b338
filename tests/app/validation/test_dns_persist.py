"""dns-persist-01: record value, parsing, and the solver against a real BIND."""

from __future__ import annotations

import datetime as dt

import pytest

from app.challenge_options import DnsPersist01
from app.clock import FakeClock
from app.domain import ChallengeConfig
from app.storage.dns_persist import PersistMemory
from app.storage.store import Store
from app.validation.base import ChallengeTask, NeedsUserAction
from app.validation.dns_persist import (
    parse_persist_value,
    persist_record_name,
    persist_record_value,
    why_not,
)
from app.validation.registry import build_solver
from tests.app.validation.conftest import ScriptedInteraction, discovery, make_ctx
from tests.support.bind import zone_text

ZONE = "example.test."
ACCOUNT = "https://ca.test/acme/acct/42"
ISSUERS = ["ca.test", "other-name.ca.test"]
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def task(identifier: str) -> ChallengeTask:
    return ChallengeTask(order_id="o1", identifier=identifier, identifier_type="dns",
                         challenge_type="dns-persist-01", token="", key_authorization="",
                         challenge_url="https://ca.test/chall/1",
                         extra={"issuer-domain-names": ISSUERS, "account_uri": ACCOUNT})


def test_record_name_and_value():
    assert persist_record_name("*.www.example.test") == "_validation-persist.www.example.test."
    assert persist_record_value("CA.test.", ACCOUNT) == f"ca.test; accounturi={ACCOUNT}"
    until = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    assert persist_record_value("ca.test", ACCOUNT, wildcard=True, persist_until=until) == (
        f"ca.test; accounturi={ACCOUNT}; policy=wildcard; persistUntil=1798761600")


def test_matching_rules():
    value = persist_record_value("ca.test", ACCOUNT)
    assert why_not(value, ISSUERS, ACCOUNT, False, NOW) is None
    assert why_not(value.replace("ca.test;", "other-name.ca.test;"), ISSUERS, ACCOUNT, False,
                   NOW) is None
    assert "not https" in (why_not(value, ISSUERS, ACCOUNT + "0", False, NOW) or "")
    assert "policy=wildcard" in (why_not(value, ISSUERS, ACCOUNT, True, NOW) or "")
    assert "names the CA" in (why_not(value.replace("ca.test", "evil.test", 1), ISSUERS,
                                      ACCOUNT, False, NOW) or "")
    expired = persist_record_value("ca.test", ACCOUNT,
                                   persist_until=NOW - dt.timedelta(seconds=1))
    assert "expired" in (why_not(expired, ISSUERS, ACCOUNT, False, NOW) or "")
    mixed = f"ca.test;AccountURI={ACCOUNT};  Policy=Wildcard"
    assert parse_persist_value(mixed).wildcard
    assert why_not(mixed, ISSUERS, ACCOUNT, True, NOW) is None


@pytest.fixture
def bind(bind_factory):
    return bind_factory({ZONE: zone_text(ZONE, {"ns1.example.test.": "127.0.0.11"})})


@pytest.fixture
def memory(home):
    store = Store.open(home)
    yield PersistMemory(store.db)
    store.close()


def test_tells_the_record_once_then_validates_silently(bind, memory):
    clock = FakeClock(NOW)
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address}), clock=clock)
    ctx.resources.persist_memory = memory
    config = ChallengeConfig(DnsPersist01())
    tasks = [task("www.example.test"), task("*.www.example.test")]
    solver = build_solver(config, ctx)
    with pytest.raises(NeedsUserAction) as info:
        solver.present(tasks)
    action = info.value.action
    [record] = action.records
    assert record["name"] == "_validation-persist.www.example.test."
    assert record["value"] == f"ca.test; accounturi={ACCOUNT}; policy=wildcard"
    assert "new account" in action.instructions
    [remembered] = memory.for_name("www.example.test")
    assert remembered.record_value == record["value"] and remembered.confirmed_at is None

    bind.add(ZONE, record["name"], "TXT", record["value"])
    for _ in range(2):  # first issuance, then a renewal: no prompt, no DNS change
        solver = build_solver(config, ctx)
        solver.present(tasks)
        solver.wait_until_ready(tasks)
        solver.cleanup(tasks)
    assert bind.txt(record["name"]) == {record["value"]}
    [remembered] = memory.for_name("www.example.test")
    assert remembered.confirmed_at is not None and remembered.last_validated_at is not None


def test_a_record_for_another_account_is_explained(bind):
    other = persist_record_value("ca.test", "https://ca.test/acme/acct/1")
    bind.add(ZONE, "_validation-persist.example.test.", "TXT", other)
    interaction = ScriptedInteraction(answer=True, on_confirm=lambda action: bind.add(
        ZONE, action.records[0]["name"], "TXT", action.records[0]["value"]))
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address}), interaction=interaction,
                   clock=FakeClock(NOW))
    solver = build_solver(ChallengeConfig(DnsPersist01()), ctx)
    solver.present([task("example.test")])
    assert "names the account https://ca.test/acme/acct/1" in interaction.actions[0].instructions
    solver.wait_until_ready([task("example.test")])


def test_expired_record_is_not_ready(bind):
    expired = persist_record_value("ca.test", ACCOUNT, persist_until=NOW - dt.timedelta(days=1))
    bind.add(ZONE, "_validation-persist.example.test.", "TXT", expired)
    ctx = make_ctx(discovery(bind, {"127.0.0.11": bind.address}), clock=FakeClock(NOW))
    solver = build_solver(ChallengeConfig(DnsPersist01(propagation_timeout=0.2)), ctx)
    with pytest.raises(NeedsUserAction) as info:
        solver.present([task("example.test")])
    assert "expired" in info.value.action.instructions
