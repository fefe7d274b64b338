"""Errors of the order engine a front end may show: user-facing, with a message and a hint."""

from __future__ import annotations

from app.errors import UserFacingError, ValidationFailed
from app.orders.engine import AbandonedOrder, OrderParked


def test_a_parked_order_says_what_to_do_and_how_to_go_on() -> None:
    parked = OrderParked("o1", "Create 1 DNS record", "_acme-challenge.example.com TXT abc")
    assert isinstance(parked, UserFacingError)
    assert "Create 1 DNS record" in parked.message and "TXT abc" in parked.message
    assert "resume" in parked.hint and "o1" in parked.hint
    assert (parked.order_id, parked.title) == ("o1", "Create 1 DNS record")


def test_an_abandoned_order_carries_the_cas_reason() -> None:
    cause = ValidationFailed("Validation of example.com failed: connection refused.",
                             "Check that port 80 reaches this machine.", detail="problem")
    abandoned = AbandonedOrder("o2", cause)
    assert isinstance(abandoned, UserFacingError)
    assert "o2" in abandoned.message and "connection refused" in abandoned.message
    assert abandoned.hint == cause.hint and abandoned.detail == "problem"
    assert abandoned.cause is cause
