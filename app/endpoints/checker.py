"""Run endpoint checks (daily by default), record the verdicts and warn on changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.cancel import NEVER_CANCELLED, CancelToken
from app.clock import Clock
from app.endpoints.compare import WARNING_STATUSES, compare
from app.endpoints.probe import EndpointUnreachable, ServedCertificate, fetch_certificate
from app.errors import NotFound
from app.events import EndpointWarning, ServiceHooks
from app.storage.endpoints import Endpoint, EndpointRepository
from app.storage.store import Store

FetchFn = Callable[[str, int, str | None], ServedCertificate]


class EndpointChecker:
    def __init__(self, store: Store, hooks: ServiceHooks, clock: Clock, *,
                 fetch: FetchFn | None = None, timeout: float = 10.0) -> None:
        self._store = store
        self._hooks = hooks
        self._clock = clock
        self._fetch: FetchFn = fetch or (
            lambda host, port, sni: fetch_certificate(host, port, sni, timeout=timeout))
        self.endpoints = EndpointRepository(store.db)

    def interval(self) -> dt.timedelta:
        hours = float(self._store.settings.get("endpoint_check_hours") or 24)
        return dt.timedelta(hours=max(hours, 0.25))

    def check(self, endpoint: Endpoint) -> Endpoint:
        now = self._clock.now()
        try:
            cert = self._store.certificates.get(endpoint.certificate_id)
        except NotFound:
            return endpoint
        try:
            served = self._fetch(endpoint.host, endpoint.port, endpoint.sni)
        except EndpointUnreachable as exc:
            status, message, serial, not_after = "unreachable", exc.message, None, None
        else:
            verdict = compare(served.certificate, endpoint.sni or endpoint.host, cert.current,
                              self._store.certificates.versions(cert.id), now)
            status, message = verdict.status, verdict.message
            serial, not_after = verdict.served_serial, verdict.served_not_after
        updated = self.endpoints.record(endpoint.id, now=now, status=status, message=message,
                                        served_serial=serial, served_not_after=not_after)
        changed = (endpoint.status, endpoint.served_serial) != (status, serial)
        if status in WARNING_STATUSES and changed:
            label = cert.label or ", ".join(cert.identifiers)
            text = f"{label} on {endpoint.address}: {message}"
            self._store.events.add("endpoint_" + status, text, level="warning",
                                   certificate_id=cert.id)
            self._hooks.emit(EndpointWarning(cert.id, label, endpoint.id, endpoint.address,
                                             status, message))
        return updated

    def check_all(self, certificate_id: str | None = None, *,
                  cancel: CancelToken = NEVER_CANCELLED) -> list[Endpoint]:
        results = []
        for endpoint in self.endpoints.list(certificate_id):
            cancel.check()
            results.append(self.check(endpoint))
        return results

    def check_due(self, *, cancel: CancelToken = NEVER_CANCELLED) -> list[Endpoint]:
        now = self._clock.now()
        results = []
        for endpoint in self.endpoints.list():
            if endpoint.checked_at is None or endpoint.checked_at + self.interval() <= now:
                cancel.check()
                results.append(self.check(endpoint))
        return results

    def next_due_at(self) -> dt.datetime | None:
        moments = [(e.checked_at + self.interval()) if e.checked_at else self._clock.now()
                   for e in self.endpoints.list()]
        return min(moments) if moments else None
