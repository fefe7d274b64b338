"""Order queries ask SQL for what they need: one certificate's orders, unfinished ones, the
newest per certificate."""

from __future__ import annotations

import datetime as dt
import uuid

from app.challenge_options import Http01Listener
from app.domain import ChallengeConfig, OrderRecord, OrderState, ValidationPlan
from app.storage.store import Store

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _order(cert: str, state: OrderState, minute: int) -> OrderRecord:
    at = T0 + dt.timedelta(minutes=minute)
    return OrderRecord(
        id=str(uuid.uuid4()), certificate_id=cert, account_id="acct", kind="renew",
        state=state, identifiers=("a.example.com",), order_url=None, finalize_url=None,
        cert_url=None, key_secret_id=None, csr_pem=None,
        validation=ValidationPlan(ChallengeConfig(Http01Listener())), profile=None, replaces=None,
        preferred_chain=None, error=None, attempts=0, created_at=at, updated_at=at)


def test_queries_by_certificate_state_and_newest(store: Store) -> None:
    a = [_order("A", OrderState.COMPLETED, 1), _order("A", OrderState.FAILED, 2),
         _order("A", OrderState.CANCELLED, 3)]
    b = [_order("B", OrderState.FAILED, 4), _order("B", OrderState.AWAITING_USER, 5)]
    c = [_order("C", OrderState.SUBMITTED, 0), _order("C", OrderState.COMPLETED, 6)]
    for order in [*b, *a, *c]:
        store.orders.add(order)
    assert [o.id for o in store.orders.for_certificate("A")] == [o.id for o in a]
    assert [o.id for o in store.orders.for_certificate("A", limit=2)] == [a[1].id, a[2].id]
    assert [o.id for o in store.orders.unfinished()] == [c[0].id, b[1].id]
    assert store.orders.all(unfinished_only=True) == store.orders.unfinished()
    assert [o.id for o in store.orders.unfinished_for("B")] == [b[1].id]
    assert store.orders.unfinished_for("A") == []
    # Newest non-cancelled order per certificate, kept only where it is failed or waiting.
    newest = store.orders.latest_per_certificate((OrderState.FAILED, OrderState.AWAITING_USER))
    assert [o.id for o in newest] == [a[1].id, b[1].id]


def test_orders_of_a_certificate_are_read_through_an_index(store: Store) -> None:
    plan = store.db.query("EXPLAIN QUERY PLAN SELECT * FROM orders WHERE certificate_id=?"
                          " ORDER BY created_at", ("A",))
    assert any("idx_orders_cert" in str(tuple(row)) for row in plan)
