"""Property tests of directory documents: whatever a server answers at the directory URL,
certdesk reads a directory or says clearly that it is not one."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.acme.client import AcmeClient
from app.crypto.keys import KeyType, generate_key
from app.errors import UserFacingError

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
KEY = generate_key(KeyType.EC256)
URL = "https://ca.test/dir"

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=15), children, max_size=5),
    max_leaves=25)
FIELDS = ["newNonce", "newAccount", "newOrder", "revokeCert", "keyChange", "renewalInfo",
          "meta"]
META_FIELDS = ["termsOfService", "website", "caaIdentities", "externalAccountRequired",
               "profiles"]


class _Answer:
    def __init__(self, body: bytes) -> None:
        self.content = body

    def json(self) -> Any:
        return json.loads(self.content)


class _Net:
    def __init__(self, body: bytes) -> None:
        self.body = body

    def get(self, url: str, *args: Any, **kwargs: Any) -> _Answer:
        return _Answer(self.body)


def _read(body: bytes) -> None:
    client = AcmeClient(URL, KEY, net=_Net(body))  # type: ignore[arg-type]
    try:
        info = client.info()
    except UserFacingError as exc:
        assert exc.message and exc.hint
        return
    assert isinstance(info.profiles, dict)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in info.profiles.items())
    assert all(isinstance(c, str) for c in info.caa_identities)
    assert info.terms_of_service is None or isinstance(info.terms_of_service, str)
    assert info.website is None or isinstance(info.website, str)


@SETTINGS
@given(st.binary(max_size=500))
def test_any_bytes(body: bytes) -> None:
    _read(body)


@SETTINGS
@given(JSON)
def test_any_json(doc: Any) -> None:
    _read(json.dumps(doc).encode())


@SETTINGS
@given(st.fixed_dictionaries({}, optional={f: JSON for f in FIELDS}),
       st.fixed_dictionaries({}, optional={f: JSON for f in META_FIELDS}))
def test_directory_shaped_json(doc: dict[str, Any], meta: dict[str, Any]) -> None:
    if meta:
        doc["meta"] = meta
    _read(json.dumps(doc).encode())
