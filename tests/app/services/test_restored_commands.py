"""Commands a restored backup brings back (target commands, DNS exec hooks) wait for the user."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.challenge_options import Dns01Exec
from app.cli.main import main
from app.domain import ChallengeConfig, ValidationPlan
from app.services.backup import BackupService
from app.services.inventory import InventoryService
from app.services.restored_commands import CommandNotConfirmed, check_plan_hooks
from app.services.targets import TargetService, TargetSpec
from app.storage.store import Store
from tests.support.local_ca import LocalCA

PASSPHRASE = "restore passphrase 1"


def _touch(path: Path) -> str:
    code = f"open({str(path)!r}, 'w').write('ran')"
    return f"{shlex.quote(sys.executable)} -c {shlex.quote(code)}"


@pytest.fixture
def restored(tmp_path: Path) -> Iterator[tuple[Store, str, Path, str]]:
    """A home restored from a backup holding a target command and a DNS exec hook."""
    source = Store.open(tmp_path / "source")
    ca = LocalCA()
    leaf = ca.issue(("restored.test",))
    inventory = InventoryService(source)
    cert = inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    marker = tmp_path / "ran.txt"
    TargetService(source, inventory).add_target(cert.id, TargetSpec(
        folder=str(tmp_path / "deploy"), formats=("pem",), command=_touch(marker)))
    hook = "/usr/local/bin/dns-hook --zone example"
    source.certificates.update(cert.id, validation=ValidationPlan(
        ChallengeConfig(Dns01Exec(command=hook))))
    # the source runs its own commands without asking
    assert TargetService(source, inventory).run_targets(cert.id)[0].ok and marker.exists()
    marker.unlink()
    BackupService(source).backup(tmp_path / "all.backup", PASSPHRASE)
    source.close()
    target_home = Store.open(tmp_path / "restored")
    BackupService(target_home).restore(tmp_path / "all.backup", PASSPHRASE)
    yield target_home, cert.id, marker, hook
    target_home.close()


def test_restored_commands_wait_until_confirmed(restored: tuple[Store, str, Path, str]) -> None:
    store, cert_id, marker, _hook = restored
    backup = BackupService(store)
    targets = TargetService(store, InventoryService(store))
    waiting = backup.awaiting_commands()
    assert sorted(w.kind.value for w in waiting) == ["dns-exec", "target"]

    (result,) = targets.run_targets(cert_id)
    assert not result.ok and "not run" in result.message and "confirm" in result.message
    assert result.files and not marker.exists()  # files deployed, the command held back
    plan = store.certificates.get(cert_id).validation
    with pytest.raises(CommandNotConfirmed, match="DNS hook"):
        check_plan_hooks(store, plan, cert_id)

    target_key = next(w.key for w in waiting if w.kind.value == "target")
    assert backup.confirm_command(target_key) == 1
    assert targets.run_targets(cert_id)[0].ok and marker.exists()
    with pytest.raises(CommandNotConfirmed):
        check_plan_hooks(store, plan, cert_id)  # confirming one does not confirm the other
    assert backup.confirm_all_commands() == 1
    check_plan_hooks(store, plan, cert_id)
    assert backup.awaiting_commands() == []


def test_cli_lists_and_confirms(restored: tuple[Store, str, Path, str],
                                capsys: pytest.CaptureFixture[str]) -> None:
    store, _cert_id, _marker, hook = restored
    home = str(store.home)
    assert main(["--home", home, "restored-commands"]) == 0
    out = capsys.readouterr().out
    assert hook in out and "target:" in out and "dns-exec:" in out
    assert main(["--home", home, "restored-commands", "confirm", "target:nope"]) == 1
    assert "No restored command" in capsys.readouterr().err
    assert main(["--home", home, "restored-commands", "confirm", "--all"]) == 0
    assert "2 command(s) confirmed" in capsys.readouterr().out
    assert BackupService(store).awaiting_commands() == []
