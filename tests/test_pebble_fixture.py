"""The Pebble fixture itself: a real directory over TLS with our CA bundle."""

import requests

from tests.support.pebble import Pebble


def test_pebble_serves_directory_with_profiles(pebble: Pebble) -> None:
    directory = requests.get(pebble.directory, verify=str(pebble.ca_bundle), timeout=5).json()
    assert "newOrder" in directory
    assert "renewalInfo" in directory
    assert set(directory["meta"]["profiles"]) == {"default", "shortlived"}
