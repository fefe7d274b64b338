"""Building services against a Pebble for tests: accounts, validation plans, issuance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.challenge_options import Dns01Exec, Http01Listener
from app.crypto.keys import KeyType
from app.domain import Account, ChallengeConfig, ManagedCertificate, ValidationPlan
from app.services.accounts import AccountRequest
from app.services.certificates import IssueRequest
from app.services.container import Services, build_services
from app.storage.store import Store
from tests.support.pebble import Pebble

ROOT = Path(__file__).resolve().parents[2]


def services_for(home: Path, pebble: Pebble) -> Services:
    return build_services(Store.open(home), ca_bundle=str(pebble.ca_bundle))


def http_plan(pebble: Pebble) -> ValidationPlan:
    return ValidationPlan(ChallengeConfig(Http01Listener(address="127.0.0.1",
                                                         port=pebble.http_port)))


def dns_plan(pebble: Pebble) -> ValidationPlan:
    assert pebble.challtestsrv is not None
    return ValidationPlan(ChallengeConfig(Dns01Exec(command=pebble.challtestsrv.exec_hook(),
                                                    resolvers=(pebble.challtestsrv.resolver,))))


def new_account(services: Services, pebble: Pebble, key_type: KeyType = KeyType.EC256,
                **kwargs: Any) -> Account:
    return services.accounts.register(AccountRequest(
        directory=pebble.directory, emails=["admin@example.com"], agree_tos=True,
        key_type=key_type, **kwargs))


def issue(services: Services, account: Account, names: list[str], plan: ValidationPlan,
          **kwargs: Any) -> ManagedCertificate:
    return services.certificates.issue(IssueRequest(account.id, names=names, validation=plan,
                                                    **kwargs))


def cli(home: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120
        ) -> subprocess.CompletedProcess[str]:
    """Run certdesk-cli in a subprocess (a real process: crashes, exit codes, stdout)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "app.cli.main", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=timeout, env=full_env,
                          cwd=ROOT)


def cli_json(home: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    proc = cli(home, "--json", *args, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def set_renewal_info(pebble: Pebble, cert_pem: str, start: str, end: str) -> None:
    ari = {"suggestedWindow": {"start": start, "end": end},
           "explanationURL": "https://ca.example/why"}
    r = pebble.mgmt_post("/set-renewal-info/", {"Certificate": cert_pem,
                                                 "ARIResponse": json.dumps(ari)})
    r.raise_for_status()


def pebble_orders(services: Services, account: Account) -> list[str]:
    """The order URLs Pebble holds for an account (RFC 8555 §7.1.2.1), all pages."""
    client = services.accounts.client_for(account)
    body = client.account(account.uri or "").body
    url: str | None = body.get("orders")
    urls: list[str] = []
    while url:
        page = client.post_as_get(url)
        urls += page.body.get("orders", [])
        nxt = page.links.get("next")
        url = nxt[0] if nxt else None
    return urls
