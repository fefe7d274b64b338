"""Loaded by Python subprocesses that tests start: keep them on loopback too."""

from tests.support.network_guard import install

install()
