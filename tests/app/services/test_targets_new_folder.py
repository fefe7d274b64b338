"""A target whose folder does not exist yet: the folder is created and the files go into it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.inventory import InventoryService
from app.services.targets import TargetService, TargetSpec
from app.storage.store import Store
from tests.support.local_ca import LocalCA


@pytest.mark.parametrize("formats", [("pfx",), ("der", "pem")])
def test_missing_folder_is_created(home: Path, tmp_path: Path,
                                   formats: tuple[str, ...]) -> None:
    store = Store.open(home)
    try:
        ca = LocalCA("Folder")
        leaf = ca.issue(("folder.test",))
        inventory = InventoryService(store)
        cert = inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
        targets = TargetService(store, inventory)
        folder = tmp_path / "not" / "yet"
        target = targets.add_target(cert.id, TargetSpec(folder=str(folder), formats=formats,
                                                        password="pw"))
        result = targets.run_target(target.id)
        assert result.ok, result.message
        assert folder.is_dir()
        assert all(Path(f).parent == folder for f in result.files)
    finally:
        store.close()
