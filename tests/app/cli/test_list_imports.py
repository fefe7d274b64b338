"""`certdesk-cli list` builds the services without loading what only talking to a CA or a DNS
server needs (the acme library, requests, dnspython, dns-lexicon): those load when a service
method first needs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.seed import seed

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("acme", "josepy", "requests", "dns", "lexicon", "app.orders.engine",
         "app.validation.providers.catalog")


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ), timeout=120)


def test_list_loads_no_protocol_libraries(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home, 3, 1)
    code = ("import json, sys; from app.cli.main import main\n"
            f"code = main(['--home', {str(home)!r}, '--json', 'list'])\n"
            f"print(json.dumps([code, [m for m in {HEAVY!r} if m in sys.modules]]))\n")
    proc = _run(code)
    assert proc.returncode == 0, proc.stderr
    *listing, last = proc.stdout.strip().splitlines()
    assert json.loads(last) == [0, []]
    assert len(json.loads("\n".join(listing))) == 3  # the certificates were listed


def test_lists_load_no_certificate_parser_accounts_or_dns_providers(tmp_path: Path) -> None:
    """Both lists read stored values only: not the certificate parser of the cryptography
    library (its largest part to import), the account service (keys, CAs) or the DNS
    provider catalogue, neither by the command modules nor by the services."""
    home = tmp_path / "home"
    seed(home, 2, 1)
    unused = ("cryptography.x509", "app.services.accounts", "app.services.dns_credentials")
    for args in (["list"], ["--json", "list"]):
        code = ("import sys; from app.cli.main import main\n"
                f"code = main(['--home', {str(home)!r}, *{args!r}])\n"
                f"print(code, [m for m in {unused!r} if m in sys.modules])\n")
        proc = _run(code)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip().splitlines()[-1] == "0 []", args


def test_the_engine_still_loads_when_an_order_needs_it(tmp_path: Path) -> None:
    code = ("import sys; from app.services.bootstrap import open_services\n"
            f"services = open_services(__import__('pathlib').Path({str(tmp_path / 'h')!r}))\n"
            "before = 'acme' in sys.modules\n"
            "engine = services.certificates.engine\n"
            "print(before, 'acme' in sys.modules, engine is services.certificates.engine)\n"
            "services.close()\n")
    proc = _run(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "False True True"
