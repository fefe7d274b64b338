"""The DNS credential service both faces use: the same saved sets, never their values."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, NotFound
from app.services.container import build_services
from app.storage.store import Store


def test_saved_credentials_through_the_services(store: Store) -> None:
    creds = build_services(store).dns_credentials
    assert "cloudflare" in [p.name for p in creds.providers()]
    assert creds.provider("rfc2136").name == "rfc2136"
    summary = creds.add("cf", "cloudflare", {"auth_token": "s3cret-token-value"})
    assert [c.name for c in creds.saved()] == ["cf"]
    assert "s3cret" not in repr(summary.to_json())
    with pytest.raises(InvalidInput):
        creds.add("cf", "cloudflare", {"auth_token": "other"})
    creds.remove("cf")
    assert creds.saved() == []
    with pytest.raises(NotFound):
        creds.test("cf")
