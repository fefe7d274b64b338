"""`certdesk-cli dns …` end to end through main(), with a real BIND for `credentials test`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli.main import main
from tests.support.bind import BindServer, zone_text

ZONE = "example.test."


def run(capsys, home, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_providers_lists_builtin_and_lexicon_with_fields(capsys, home):
    code, out, _ = run(capsys, home, "--json", "dns", "providers")
    assert code == 0
    data = {p["name"]: p for p in json.loads(out)}
    assert {"rfc2136", "powerdns", "acme-dns", "cloudflare", "route53", "ovh"} <= set(data)
    token = next(f for f in data["cloudflare"]["fields"] if f["name"] == "auth_token")
    assert token["secret"] is True
    code, out, _ = run(capsys, home, "dns", "providers", "rfc2136")
    assert "key_secret [secret, required]" in out


def test_credentials_add_list_test_remove_with_bind(capsys, home, tmp_path):
    bind = BindServer(tmp_path / "bind",
                      {ZONE: zone_text(ZONE, {"ns1.example.test.": "127.0.0.11"})}).start()
    try:
        secrets = tmp_path / "tsig.secret"
        secrets.write_text(f"key_secret={bind.key_secret}\n")
        code, out, err = run(capsys, home, "dns", "credentials", "add", "--provider", "rfc2136",
                             "--name", "lab", "--field", f"server={bind.address}",
                             "--field", f"key_name={bind.key_name}",
                             "--secrets-file", str(secrets))
        assert code == 0, err
        assert out.strip().splitlines()[-1] == "lab"
        code, out, _ = run(capsys, home, "--json", "dns", "credentials", "list")
        [item] = json.loads(out)
        assert item["name"] == "lab" and "key_secret" in item["fields"]
        assert bind.key_secret not in out
        code, out, err = run(capsys, home, "dns", "credentials", "test", "lab", "--zone", ZONE)
        assert code == 0 and "accepted" in out, err
        code, out, _ = run(capsys, home, "dns", "credentials", "remove", "lab")
        assert code == 0
        code, _, err = run(capsys, home, "dns", "credentials", "test", "lab")
        assert code == 1 and "No DNS credentials named 'lab'" in err
    finally:
        bind.stop()


def test_secret_on_the_command_line_is_refused(capsys, home):
    code, _, err = run(capsys, home, "dns", "credentials", "add", "--provider", "cloudflare",
                       "--name", "cf", "--field", "auth_token=hunter2")
    assert code == 1 and "may not be given on the command line" in err
    assert "hunter2" not in err


def test_secrets_from_stdin(home, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "--home", str(home), "dns", "credentials", "add",
         "--provider", "cloudflare", "--name", "cf", "--secrets-file", "-"],
        input='{"auth_token": "from-stdin"}', capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "--home", str(home), "--json", "dns",
         "credentials", "list"], capture_output=True, text=True, timeout=60)
    assert json.loads(proc.stdout)[0]["fields"] == ["auth_token"]
    assert "from-stdin" not in proc.stdout


def test_persist_record(capsys, home):
    code, out, _ = run(capsys, home, "--json", "dns", "persist-record", "*.example.com",
                       "--issuer", "letsencrypt.org",
                       "--account-uri", "https://acme-v02.api.letsencrypt.org/acme/acct/1",
                       "--persist-until", "2027-01-01T00:00:00Z")
    assert code == 0
    data = json.loads(out)
    assert data == {"name": "_validation-persist.example.com.", "type": "TXT",
                    "value": "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org"
                             "/acme/acct/1; policy=wildcard; persistUntil=1798761600"}


@pytest.mark.parametrize("argv, words", [
    (["dns", "providers", "nope"], "Unknown DNS provider"),
    (["dns", "credentials", "add", "--provider", "cloudflare", "--name", "x",
      "--field", "nofield"], "not KEY=VALUE"),
])
def test_errors(capsys, home, argv, words):
    code, _, err = run(capsys, home, *argv)
    assert code == 1 and words in err
