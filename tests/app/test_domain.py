"""Order and certificate states are enums whose values are the strings already stored."""

from __future__ import annotations

from app.domain import CertificateState, OrderState
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate


def test_state_values_are_the_stored_strings() -> None:
    assert [s.value for s in OrderState] == [
        "created", "submitted", "validating", "awaiting-user", "finalizing", "downloading",
        "completed", "failed", "cancelled"]
    assert [s.value for s in CertificateState] == [
        "pending", "active", "revoked", "failed", "imported"]
    assert {s for s in OrderState if s.finished} == {
        OrderState.COMPLETED, OrderState.FAILED, OrderState.CANCELLED}


def test_states_read_back_as_enums(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    store.certificates.update(cert.id, status=CertificateState.FAILED)
    assert store.certificates.get(cert.id).status is CertificateState.FAILED
    row = store.db.query("SELECT status FROM certificates WHERE id=?", (cert.id,))[0]
    assert type(row["status"]) is str and row["status"] == "failed"
