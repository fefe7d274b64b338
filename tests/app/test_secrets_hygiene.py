"""Secrets hygiene as a scenario: every feature that touches a secret runs through
certdesk-cli with -v logging; then every file written, the logs, the output, and the argv and
environment of every process certdesk started (the DNS hook, the target command) are searched
for every secret used, in raw, hex, base64, UTF-16, PEM and DER forms. Any hit fails."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.crypto.keys import key_from_pem
from app.storage.store import Store
from tests.support.acme_env import ROOT
from tests.support.pebble import EAB_KEYS, HOOK, Pebble
from tests.support.secret_scan import (
    Needle,
    bytes_forms,
    files_under,
    key_forms,
    scan,
    text_forms,
)

pytestmark = pytest.mark.pebble

DUMP = ROOT / "tests" / "support" / "dump_process.py"
PFX_PASSWORD = "pfx-Pw-7731-quartz"
TARGET_PASSWORD = "target-Pw-5512-onyx"
BACKUP_PASSPHRASE = "backup passphrase 9981 garnet"
PDNS_API_KEY = "pdns-api-key-4471-jade"


class Runs:
    """certdesk-cli runs with -v (in this process, so the suite stays fast; the processes
    certdesk starts are real and recorded). Their arguments and output are haystacks too."""

    def __init__(self, pebble: Pebble) -> None:
        self.pebble = pebble
        self.haystacks: list[tuple[str, bytes]] = []

    def __call__(self, home: Path, *args: str, ok: bool = True) -> str:
        argv = ["-v", "--home", str(home), "--ca-bundle", str(self.pebble.ca_bundle), *args]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
        what = " ".join(args[:2])
        self.haystacks += [(f"argv of {what}", "\0".join(argv).encode()),
                           (f"stdout of {what}", out.getvalue().encode()),
                           (f"stderr of {what}", err.getvalue().encode())]
        if ok:
            assert code == 0, err.getvalue()
        lines = out.getvalue().strip().splitlines()
        return lines[-1] if lines else ""


def _dumps(path: Path) -> list[tuple[str, bytes]]:
    """Process records; a target command's CERTDESK_PASSWORD is its own, by design."""
    found = []
    if path.exists():
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            record: dict[str, Any] = json.loads(line)
            record["env"].pop("CERTDESK_PASSWORD", None)
            found.append((f"{path.name} process {number}", json.dumps(record).encode()))
    return found


def test_no_secret_leaks_anywhere(tmp_path: Path, pebble_factory: Any,
                                  test_keyring: Path) -> None:
    pebble: Pebble = pebble_factory(config={"externalAccountBindingRequired": True,
                                            "externalAccountMACKeys": EAB_KEYS})
    assert pebble.challtestsrv
    inputs, data, dumps = tmp_path / "inputs", tmp_path / "data", tmp_path / "dumps"
    for folder in (inputs, data, dumps):
        folder.mkdir()
    home, restored, out = data / "home", data / "restored", data / "out"
    files = {"eab": EAB_KEYS["kid-1"], "pfx": PFX_PASSWORD, "target": TARGET_PASSWORD,
             "backup": BACKUP_PASSPHRASE, "secrets": f"api_key={PDNS_API_KEY}\n"}
    for name, content in files.items():
        (inputs / name).write_text(content + "\n")
    run = Runs(pebble)
    hook = shlex.join([sys.executable, str(DUMP), str(dumps / "hook.jsonl"), "--",
                       sys.executable, str(HOOK), pebble.challtestsrv.mgmt_url])
    failing = shlex.join([sys.executable, str(DUMP), str(dumps / "target.jsonl"), "--fail"])

    account = run(home, "account", "add", "--directory", pebble.directory, "--email",
                  "hygiene@example.com", "--agree-tos", "--eab-kid", "kid-1",
                  "--eab-hmac-key-file", str(inputs / "eab"))
    cert = run(home, "issue", "--account", account, "-d", "hygiene.example.com",
               "--challenge", "dns-01", "--dns-exec", hook, "--dns-resolver",
               pebble.challtestsrv.resolver)
    run(home, "export", cert, "--format", "pfx", "--out", str(out / "site.pfx"),
        "--password-file", str(inputs / "pfx"))
    run(home, "target", "add", cert, "--folder", str(out / "target"), "--format", "pfx",
        "--password-file", str(inputs / "target"), "--command", failing)
    run(home, "target", "run", cert, ok=False)  # the command fails, printing the password
    run(home, "dns", "credentials", "add", "--name", "pdns", "--provider", "powerdns",
        "--field", "api_url=http://127.0.0.1:8081", "--secrets-file", str(inputs / "secrets"))
    run(home, "backup", "--out", str(out / "all.backup"), "--password-file",
        str(inputs / "backup"))
    run(restored, "restore", str(out / "all.backup"), "--password-file", str(inputs / "backup"))
    run(restored, "list")
    assert (dumps / "hook.jsonl").exists() and (dumps / "target.jsonl").exists()

    needles: list[Needle] = []
    for name, value in (("PFX password", PFX_PASSWORD), ("target password", TARGET_PASSWORD),
                        ("backup passphrase", BACKUP_PASSPHRASE),
                        ("PowerDNS API key", PDNS_API_KEY), ("EAB HMAC key", EAB_KEYS["kid-1"])):
        needles += text_forms(name, value)
    needles += bytes_forms("EAB HMAC key bytes",
                           base64.urlsafe_b64decode(EAB_KEYS["kid-1"] + "=="))
    for number, stored in enumerate(json.loads(test_keyring.read_text()).values()):
        needles += bytes_forms(f"master key {number}", base64.b64decode(stored))
    store = Store.open(home)
    try:
        acct = store.accounts.get(account)
        needles += key_forms("account key", key_from_pem(store.secrets.get(acct.key_secret_id)))
        version = store.certificates.get(cert).current
        assert version and version.key_secret_id
        needles += key_forms("certificate key",
                             key_from_pem(store.secrets.get(version.key_secret_id)))
    finally:
        store.close()

    haystacks = files_under(data) + run.haystacks + [("this process's environment",
                                                      json.dumps(dict(os.environ)).encode())]
    haystacks = haystacks + _dumps(dumps / "hook.jsonl") \
        + _dumps(dumps / "target.jsonl")
    assert len(haystacks) > 20 and any("certdesk-cli.log" in where for where, _ in haystacks)
    assert scan(haystacks, needles) == []
