"""Giving up an unfinished order, the one way whether the user cancelled a running order (its
cancel token) or a parked one (`orders cancel`).

RFC 8555 cannot cancel orders, so the order's pending authorizations are deactivated at the CA
(§7.5.2) through a client not tied to any cancel token; its validation leftovers are removed;
it is marked cancelled, and a first issue that never got a certificate is marked failed
instead of staying pending. What the CA could not undo expires there by itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from app.acme.authorizations import deactivate_pending
from app.domain import CertificateState, OrderRecord, OrderState
from app.errors import CertdeskError
from app.events import OrderProgressed, ServiceHooks
from app.orders.leftovers import StoreLeftovers
from app.services.accounts import AccountService
from app.storage.store import Store
from app.validation.base import SolverContext

log = logging.getLogger(__name__)

CANCELLED_BY_USER = "Cancelled by the user"


@dataclass(frozen=True)
class OrderCancellation:
    order: OrderRecord
    deactivated: list[str]  # authorization URLs deactivated at the CA
    leftovers_cleaned: int
    problems: list[str]  # what could not be undone


class OrderAbandoner:
    def __init__(self, store: Store, accounts: AccountService, leftovers: StoreLeftovers,
                 hooks: ServiceHooks, context: Callable[[], SolverContext]) -> None:
        self._store = store
        self._accounts = accounts
        self._leftovers = leftovers
        self._hooks = hooks
        self._context = context

    def abandon(self, order_id: str) -> OrderCancellation:
        order = self._store.orders.get(order_id)
        deactivated, problems = self._release_authorizations(order)
        cleaned = self._leftovers.cleanup_all(self._context(), order.id)
        remaining = len(self._leftovers.pending(order.id))
        if remaining:
            problems.append(f"{remaining} validation leftover(s) could not be removed")
        order = self._store.orders.update(order.id, state=OrderState.CANCELLED,
                                          error=CANCELLED_BY_USER)
        message = (f"Order cancelled; {len(deactivated)} authorization(s) deactivated at the "
                   "CA" + (f" ({'; '.join(problems)})" if problems else ""))
        self._store.events.add("order-cancelled", message, level="warning",
                               certificate_id=order.certificate_id,
                               account_id=order.account_id, order_id=order.id)
        if self._store.certificates.get(order.certificate_id).current is None:
            self._store.certificates.update(order.certificate_id,
                                            status=CertificateState.FAILED)
        self._hooks.emit(OrderProgressed(order.id, order.certificate_id, "cancelled", message,
                                         "done"))
        return OrderCancellation(order, deactivated, cleaned, problems)

    def _release_authorizations(self, order: OrderRecord) -> tuple[list[str], list[str]]:
        if not order.order_url:
            return [], []  # never reached the CA
        try:
            # A fresh client: the one of a cancelled run refuses to send anything.
            client = self._accounts.client_for(self._accounts.get(order.account_id))
        except CertdeskError as exc:
            return [], [f"the account could not be used: {exc}"]
        return deactivate_pending(client, order.order_url)
