"""Putting an order aside for the user (manual DNS records) and recognising a parked order."""

from __future__ import annotations

from app.orders.engine import OrderParked
from app.wizard.parking import park

__all__ = ["OrderParked", "park"]
