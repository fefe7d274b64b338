"""What the user does by hand (manual DNS records), putting an order aside for it, and
recognising a parked order."""

from __future__ import annotations

from app.orders.parked import OrderParked
from app.validation.base import ManualAction
from app.wizard.parking import park

__all__ = ["ManualAction", "OrderParked", "park"]
