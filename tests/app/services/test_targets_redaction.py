"""A failing target command that prints the password: the password is kept nowhere."""

from __future__ import annotations

import base64
import logging
import shlex
import sys
from pathlib import Path

import pytest

from app.clock import FakeClock
from app.events import CoreEvent, ServiceHooks
from app.redaction import REDACTED, redact
from app.services.inventory import InventoryService
from app.services.targets import TargetService, TargetSpec
from app.storage.store import Store
from tests.support.local_ca import NOW, LocalCA

PASSWORD = "Tr0ub4dor&3 it's"


def _py(code: str) -> str:
    return f"{shlex.quote(sys.executable)} -c {shlex.quote(code)}"


# What scripts do: `set -x` tracing, printing the environment, encoding the value.
NOISY = _py(
    "import os, sys, base64, shlex;"
    "pw = os.environ['CERTDESK_PASSWORD'];"
    "print('+ import-pfx -P', shlex.quote(pw));"
    "print('CERTDESK_PASSWORD=' + pw);"
    "print('b64', base64.b64encode(pw.encode()).decode());"
    "print('hex', pw.encode().hex());"
    "print(open(os.environ['CERTDESK_TARGET_DIR'] + '/privkey.pem').read());"
    "sys.exit(2)")


def test_failing_command_output_is_redacted_before_it_is_stored_logged_or_shown(
        tmp_path: Path, home: Path, store: Store, hooks: ServiceHooks,
        caplog: pytest.LogCaptureFixture) -> None:
    ca = LocalCA()
    leaf = ca.issue(("redact.test",))
    clock = FakeClock(NOW)
    inventory = InventoryService(store, clock=clock)
    cert = inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    targets = TargetService(store, inventory, hooks=hooks, clock=clock)
    seen: list[CoreEvent] = []
    hooks.subscribe(seen.append)
    target = targets.add_target(cert.id, TargetSpec(
        folder=str(tmp_path / "out"), formats=("pem", "pfx"), password=PASSWORD,
        command=NOISY))

    with caplog.at_level(logging.DEBUG):
        (result,) = targets.run_targets(cert.id)

    assert not result.ok and result.command_exit_code == 2
    assert REDACTED in result.message and "import-pfx" in result.message
    key_body = leaf.key_pem.decode().splitlines()[1]
    shown = [result.message, targets.get(target.id).last_message or "",
             *(e.message for e in store.events.all(certificate_id=cert.id)),
             *(str(e.payload) for e in seen), caplog.text]
    forms = [PASSWORD, base64.b64encode(PASSWORD.encode()).decode().rstrip("="),
             PASSWORD.encode().hex(), "Tr0ub4dor", key_body]
    for text in shown:
        for form in forms:
            assert form not in text
    store.close()
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert PASSWORD.encode() not in data and key_body.encode() not in data, path


@pytest.mark.parametrize("secret", ["a'b", "pass word", 'q"uote\\', "ünï-cødé-pw"])
def test_every_form_of_a_secret_is_redacted(secret: str) -> None:
    text = (f"raw {secret} | sh '{secret.replace(chr(39), chr(39) + chr(92) + chr(39) * 2)}'"
            f" | b64 {base64.b64encode(secret.encode()).decode()}")
    out = redact(text, [secret])
    assert secret not in out and "raw [redacted]" in out
    if len(secret.encode()) >= 6:
        assert base64.b64encode(secret.encode()).decode().rstrip("=") not in out
