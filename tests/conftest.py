"""Shared fixtures: an isolated home and keyring per test, and a real Pebble per worker."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.events import ServiceHooks
from app.storage.store import Store
from tests.support.network_guard import install as install_network_guard
from tests.support.pebble import Pebble
from tests.support.wincred_keyring import WinCredLikeKeyring

install_network_guard()

ROOT = Path(__file__).resolve().parents[1]
KEYRING_BACKEND = "tests.support.wincred_keyring.WinCredLikeKeyring"


#: Fixtures that start Pebble, BIND or PowerDNS, and names that start them directly: tests using
#: any are marked `servers`, so `-m "not servers"` runs the rest where none is installed (CI on
#: Windows and macOS).
_SERVER_FIXTURES = frozenset({"pebble", "pebble_factory", "pebble_services", "bind", "pdns",
                              "bind_factory", "bind_servers", "bind_pebble", "eab_pebble"})
_SERVER_NAMES = ("Pebble", "BindServer", "PowerDnsServer", "start_binds", "bind_servers")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = getattr(item, "module", None)
        names = set(getattr(item, "fixturenames", ()))
        if names & _SERVER_FIXTURES or any(
                hasattr(module, n) for n in _SERVER_NAMES) or any(
                "pebble" in n or "bind" in n or "pdns" in n for n in names):
            item.add_marker(pytest.mark.servers)


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets a fresh Credential-Manager-like keyring, shared with its subprocesses."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("CERTDESK_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", KEYRING_BACKEND)
    guard = ROOT / "tests" / "support" / "netguard"
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [
        str(ROOT), str(guard), os.environ.get("PYTHONPATH")])))
    previous = keyring.get_keyring()
    keyring.set_keyring(WinCredLikeKeyring())
    yield path
    keyring.set_keyring(previous)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("CERTDESK_HOME", str(path))
    return path


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    """The store of the test's home, closed afterwards."""
    s = Store.open(home)
    yield s
    s.close()


@pytest.fixture
def hooks() -> ServiceHooks:
    return ServiceHooks()


@pytest.fixture(scope="session")
def pebble(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pebble]:
    """One Pebble + challtestsrv per test worker, with real validation."""
    server = Pebble(workdir=tmp_path_factory.mktemp("pebble"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pebble_factory(tmp_path: Path) -> Iterator[object]:
    """Start Pebbles with special settings: pebble_factory(env={...}, config={...})."""
    started: list[Pebble] = []

    def make(**kwargs: object) -> Pebble:
        server = Pebble(workdir=tmp_path / f"pebble{len(started)}", **kwargs)  # type: ignore[arg-type]
        started.append(server)
        return server.start()

    yield make
    for server in started:
        server.stop()
