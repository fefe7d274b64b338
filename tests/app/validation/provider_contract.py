"""The behaviour every DNS provider shares, run against each real (or mocked) backend."""

from __future__ import annotations

from collections.abc import Callable

from app.validation.providers.base import DnsProvider, TxtRecord


def check_contract(provider: DnsProvider, zone: str, read_txt: Callable[[str], set[str]]) -> None:
    name = f"_acme-challenge.www.{zone}"
    apex, wild = TxtRecord(zone, name, "value-apex"), TxtRecord(zone, name, "value-wild")
    assert read_txt(name) == set()
    provider.create_txt(apex)
    provider.create_txt(wild)  # a wildcard and its apex: one name, two values
    assert read_txt(name) == {"value-apex", "value-wild"}
    provider.delete_txt(apex)
    assert read_txt(name) == {"value-wild"}
    provider.delete_txt(apex)  # already gone: quietly fine
    provider.delete_txt(wild)
    assert read_txt(name) == set()
    assert provider.test(zone)
