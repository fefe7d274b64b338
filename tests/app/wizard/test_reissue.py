"""Prefilling the wizard's flow from a certificate to re-issue it."""

from __future__ import annotations

import datetime as dt

from app.challenge_options import Dns01Manual, Http01Listener
from app.crypto.keys import KeyType
from app.domain import ChallengeConfig, ManagedCertificate, ValidationPlan
from app.wizard.flow import KeySource, NewCertificateFlow, Page
from app.wizard.methods import MethodKey
from app.wizard.reissue import prefill, reissuable

NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def _cert(**changes: object) -> ManagedCertificate:
    fields: dict[str, object] = dict(
        id="c1", label="Shop", account_id="acc2", identifiers=("shop.example", "*.shop.example"),
        key_type="rsa3072", key_policy="new",
        validation=ValidationPlan(
            ChallengeConfig(Http01Listener(address="127.0.0.1", port=8080)),
            {"*.shop.example": ChallengeConfig(Dns01Manual(resolvers=("127.0.0.1:53",)))}),
        profile="shortlived", preferred_chain=None, auto_renew=False, status="active",
        source="acme", current_version_id=None, ari_window_start=None, ari_window_end=None,
        ari_explanation_url=None, ari_checked_at=None, renew_at=None, created_at=NOW,
        updated_at=NOW)
    fields.update(changes)
    return ManagedCertificate(**fields)  # type: ignore[arg-type]


def test_prefill_copies_names_key_account_and_methods() -> None:
    flow = NewCertificateFlow(account_ids=["acc1"])
    prefill(flow, _cert())
    d = flow.draft
    assert [i.value for i in d.names.identifiers] == ["shop.example", "*.shop.example"]
    assert d.key_type is KeyType.RSA3072 and d.key_source is KeySource.NEW
    assert d.account_id == "acc2" and "acc2" in flow.account_ids
    assert d.profile == "shortlived" and d.label == "Shop" and d.auto_renew is False
    assert flow.method_for("shop.example") is MethodKey.HTTP_LISTENER
    assert flow.method_for("*.shop.example") is MethodKey.DNS_MANUAL
    assert flow.can_leave(Page.VALIDATION)
    plan = flow.validation_plan()
    assert plan.for_name("shop.example").options == Http01Listener(address="127.0.0.1",
                                                                   port=8080)
    assert plan.for_name("*.shop.example").options == Dns01Manual(resolvers=("127.0.0.1:53",))


def test_only_acme_certificates_with_a_known_key_are_reissuable() -> None:
    assert reissuable(_cert())
    assert not reissuable(_cert(source="imported"))
    assert not reissuable(_cert(key_policy="csr"))
