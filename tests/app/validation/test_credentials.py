"""DNS credentials: encrypted in the store, listed without values, tested against BIND."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, NotFound
from app.storage.store import Store
from app.validation.credentials import PROVIDER_KEY, CredentialStore
from app.validation.providers.base import ProviderError
from tests.support.bind import zone_text

ZONE = "example.test."


@pytest.fixture
def store(home):
    store = Store.open(home)
    yield store
    store.close()


def test_add_list_read_remove(store, home):
    creds = CredentialStore(store)
    summary = creds.add("cf", "cloudflare", {"auth_token": "s3cret-token-value"})
    assert summary.provider == "cloudflare" and summary.fields == ("auth_token",)
    assert [c.name for c in creds.list()] == ["cf"]
    assert creds.credentials("cf") == {"auth_token": "s3cret-token-value",
                                       PROVIDER_KEY: "cloudflare"}
    store.close()
    raw = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert b"s3cret-token-value" not in raw  # never in plaintext on disk
    store2 = Store.open(home)
    try:
        creds2 = CredentialStore(store2)
        assert creds2.credentials("cf")["auth_token"] == "s3cret-token-value"
        creds2.remove("cf")
        assert creds2.list() == []
        assert not store2.db.query("SELECT 1 FROM secrets")
        with pytest.raises(NotFound):
            creds2.credentials("cf")
    finally:
        store2.close()


def test_rejects_unknown_fields_names_and_duplicates(store):
    creds = CredentialStore(store)
    with pytest.raises(InvalidInput) as info:
        creds.add("cf", "cloudflare", {"api_token": "x"})
    assert "auth_token" in info.value.hint
    with pytest.raises(InvalidInput):
        creds.add("bad name", "cloudflare", {"auth_token": "x"})
    with pytest.raises(InvalidInput):
        creds.add("x", "no-such-provider", {})
    creds.add("cf", "cloudflare", {"auth_token": "x"})
    with pytest.raises(InvalidInput):
        creds.add("cf", "cloudflare", {"auth_token": "y"})
    creds.add("cf", "cloudflare", {"auth_token": "y"}, replace=True)
    assert creds.credentials("cf")["auth_token"] == "y"
    assert len(store.db.query("SELECT 1 FROM secrets")) == 1


def test_missing_required_field(store):
    with pytest.raises(ProviderError):
        CredentialStore(store).add("b", "rfc2136", {"server": "127.0.0.1"})


def test_test_against_real_bind(store, bind_factory):
    bind = bind_factory({ZONE: zone_text(ZONE, {"ns1.example.test.": "127.0.0.11"})})
    creds = CredentialStore(store)
    creds.add("bind", "rfc2136", bind.credentials())
    assert "accepted" in creds.test("bind", ZONE)
    creds.add("bad", "rfc2136", bind.credentials() | {"key_name": "nobody."})
    with pytest.raises(ProviderError):
        creds.test("bad", ZONE)
