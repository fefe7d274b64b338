"""Directory URLs: https anywhere, plain http only to this machine."""

from __future__ import annotations

import pytest

from app.acme.presets import resolve_directory
from app.errors import InvalidInput
from app.wizard.account_form import AccountForm, ca_choices


@pytest.mark.parametrize("url", [
    "http://ca.example/directory", "http://10.0.0.5:14000/dir", "http://[2001:db8::1]/dir",
    "http://localhost.evil.example/dir", "http://127.0.0.1.nip.example/dir",
])
def test_plain_http_beyond_loopback_is_refused(url: str) -> None:
    with pytest.raises(InvalidInput, match="plain http") as info:
        resolve_directory(url)
    assert "https" in info.value.hint


@pytest.mark.parametrize("url", [
    "http://localhost:14000/dir", "http://127.0.0.1:4001/directory", "http://[::1]:14000/dir",
    "http://127.5.5.5/dir", "https://ca.example/directory", "https://10.0.0.5:14000/dir",
])
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    assert resolve_directory(url) == (url, None)


@pytest.mark.parametrize("url", ["https://user:pw@ca.example/dir", "https:///nohost"])
def test_urls_with_credentials_or_without_host_are_refused(url: str) -> None:
    with pytest.raises(InvalidInput):
        resolve_directory(url)


def test_presets_still_resolve() -> None:
    url, preset = resolve_directory("letsencrypt")
    assert preset is not None and url.startswith("https://")


def test_the_account_form_says_why() -> None:
    custom = ca_choices([])[-1]
    assert custom.custom
    problems = AccountForm(choice=custom, custom_url="http://ca.example/dir",
                           emails_text="me@example.com").problems()
    assert any("plain http" in p for p in problems)
    assert not [p for p in AccountForm(choice=custom, custom_url="https://ca.example/dir",
                                       emails_text="me@example.com").problems()
                if "directory" in p or "http" in p]
