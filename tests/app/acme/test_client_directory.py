"""The directory's `meta` as Pebble publishes it: terms, CAA identities, EAB, profiles."""

from __future__ import annotations

from typing import Any

import pytest

from app.acme.client import AcmeClient
from app.crypto.keys import KeyType, generate_key
from app.errors import InvalidInput
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def _client(pebble: Pebble) -> AcmeClient:
    return AcmeClient(pebble.directory, generate_key(KeyType.EC256),
                      ca_bundle=str(pebble.ca_bundle))


def test_meta_is_read(pebble: Pebble) -> None:
    info = _client(pebble).info()
    assert info.terms_of_service == "data:text/plain,Do%20what%20thou%20wilt"
    assert info.caa_identities == ("pebble.letsencrypt.org",)
    assert info.external_account_required is False
    assert info.profiles == {"default": "The default profile", "shortlived": "Six days"}
    assert info.renewal_info


def test_meta_survives_using_the_directory(pebble: Pebble) -> None:
    client = _client(pebble)
    _ = client.directory  # parsed once for the acme library ...
    assert client.info().terms_of_service  # ... and the terms are still there


def test_eab_required_is_detected(pebble_factory: Any) -> None:
    server: Pebble = pebble_factory(config={"externalAccountBindingRequired": True})
    client = _client(server)
    assert client.info().external_account_required is True
    with pytest.raises(InvalidInput, match="external account binding"):
        client.register(["admin@example.com"], agree_tos=True)


def test_register_without_agreeing_names_the_terms(pebble: Pebble) -> None:
    with pytest.raises(InvalidInput) as err:
        _client(pebble).register(["admin@example.com"], agree_tos=False)
    assert "data:text/plain,Do%20what%20thou%20wilt" in err.value.message
