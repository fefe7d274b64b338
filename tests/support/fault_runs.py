"""Issuing through the fault proxy: the fault catalogue and the checks every run makes."""

from __future__ import annotations

import email.utils
import time
from pathlib import Path

from app.errors import UserFacingError
from app.services.accounts import AccountRequest
from app.services.certificates import IssueRequest
from app.services.container import Services
from tests.support.acme_env import http_plan, services_for
from tests.support.fault_proxy import Fault, FaultProxy, problem
from tests.support.pebble import Pebble


def http_date(seconds: float) -> str:
    return email.utils.formatdate(time.time() + seconds, usegmt=True)


SCENARIOS = {
    "429-rate-limited-seconds": Fault("status", "/order-plz", "POST", status=429,
                                      headers={"Retry-After": "1"},
                                      body=problem("rateLimited", "too many new orders")),
    "503-retry-after-date": Fault("status", "/finalize-order/", "POST", status=503,
                                  headers={"Retry-After": lambda: http_date(2)},
                                  body=problem("serverInternal", "maintenance")),
    "500-on-authz": Fault("status", "/authZ/", "POST", status=500,
                          body=problem("serverInternal", "boom")),
    "reset-on-new-order": Fault("reset", "/order-plz", "POST"),
    "hang-on-order-poll": Fault("hang", "/my-order/", "POST"),
    "truncated-new-order": Fault("truncate", "/order-plz", "POST"),
    "certificate-as-html": Fault("replace", "/certZ/", "POST", content_type="text/html",
                                 body=b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
    "certificate-as-problem": Fault("replace", "/certZ/", "POST",
                                    content_type="application/pem-certificate-chain",
                                    body=problem("serverInternal", "no certificate")),
}


def fresh(fault: Fault) -> Fault:
    """A copy that has not fired yet (SCENARIOS holds templates)."""
    return Fault(**{**fault.__dict__, "fired": 0})


def services_via(home: Path, pebble: Pebble, proxy: FaultProxy) -> tuple[Services, str]:
    services = services_for(home, pebble)
    account = services.accounts.register(AccountRequest(
        directory=proxy.directory, emails=["admin@example.com"], agree_tos=True))
    return services, account.id


def issue_through(services: Services, account_id: str, name: str, pebble: Pebble,
                  proxy: FaultProxy, *, attempts: int = 12
                  ) -> tuple[object, list[UserFacingError]]:
    """Run one order until it has its certificate; after every failure check that the error is
    one clear line with a hint, that the order is kept and that nothing was stored. Returns the
    certificate and the errors seen."""
    order = services.certificates.prepare(IssueRequest(account_id, names=[name],
                                                       validation=http_plan(pebble)))
    errors: list[UserFacingError] = []
    for _ in range(attempts):
        try:
            if not errors:
                return services.certificates.run_order(order.id), errors
            (cert,) = services.certificates.resume(order.id)
            return cert, errors
        except UserFacingError as exc:
            errors.append(exc)
            assert "\n" not in str(exc) and exc.hint, exc
            kept = [o for o in services.certificates.orders(unfinished_only=True)
                    if o.id == order.id]
            assert kept, f"the order was not kept after: {exc}"
            assert services.certificates.get(order.certificate_id).current is None
    raise AssertionError(f"no certificate after {attempts} attempts: {errors}")


def check_issued(services: Services, cert: object) -> None:
    current = getattr(cert, "current", None)
    assert current is not None and "BEGIN CERTIFICATE" in current.cert_pem
    assert "<html>" not in current.cert_pem and "serverInternal" not in current.cert_pem
    assert len(services.certificates.history(getattr(cert, "id", "")).versions) == 1
