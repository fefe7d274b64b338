"""Giving back what an abandoned order holds at the CA (RFC 8555 §7.5.2)."""

from __future__ import annotations

from app.acme.client import AcmeClient
from app.errors import CertdeskError


def deactivate_pending(client: AcmeClient, order_url: str) -> tuple[list[str], list[str]]:
    """Deactivate the order's pending authorizations; returns (deactivated URLs, problems).

    There is no way to cancel an order itself; deactivating its pending authorizations frees
    them at the CA (pending-authorization limits) and stops any validation of them.
    """
    try:
        authz_urls = client.post_as_get(order_url).body.get("authorizations", [])
    except CertdeskError as exc:
        return [], [f"the order could not be read at the CA: {exc}"]
    deactivated: list[str] = []
    problems: list[str] = []
    for url in authz_urls:
        try:
            if client.post_as_get(url).body.get("status") != "pending":
                continue
            client.post(url, {"status": "deactivated"})
            deactivated.append(url)
        except CertdeskError as exc:
            problems.append(f"{url} could not be deactivated: {exc}")
    return deactivated, problems
