"""Opens the store in a home folder and builds the services over it (front ends' one call)."""

from __future__ import annotations

from pathlib import Path

from app.paths import log_dir, resolve_home
from app.services.container import Services, build_services
from app.storage.store import Store

# The data folder, for front ends that set up paths (Qt settings, logs) before the services.
__all__ = ["log_dir", "open_services", "resolve_home"]


def open_services(home: str | Path | None = None, *, ca_bundle: str | None = None) -> Services:
    return build_services(Store.open(home), ca_bundle=ca_bundle)
