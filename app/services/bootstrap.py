"""Opens the store in a home folder and builds the services over it (front ends' one call)."""

from __future__ import annotations

from pathlib import Path

from app.paths import log_dir, resolve_home
from app.services.container import Services, build_services
from app.storage.store import Store

# The data folder, for front ends that set up paths (Qt settings, logs) before the services.
__all__ = ["check_secret_store", "log_dir", "open_services", "resolve_home"]


def open_services(home: str | Path | None = None, *, ca_bundle: str | None = None) -> Services:
    return build_services(Store.open(home), ca_bundle=ca_bundle)


def check_secret_store(services: Services) -> None:
    """Raise SecretStoreError (with what to do) unless the OS credential store works, so a
    front end can say so at start instead of when something is first stored. Creates the
    master key on a fresh home; touches the keyring, so call it off the GUI thread."""
    services.store.secrets.check_available()
