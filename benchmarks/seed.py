"""Fill a certdesk home with a realistic inventory, quickly, without a CA.

    python -m benchmarks.seed --home DIR --certificates 10000 --orders-per-certificate 6

Every certificate version is a real PEM certificate signed by a local CA made once per run;
names, key types, lifetimes, expiries, states, validation methods, orders and activity events
vary the way a large estate does (most certificates mid-life, a few due, expired, failed,
imported, revoked, or with an order waiting for a manual DNS step). Everything is written
through app.storage in one transaction. The seeded account points at a directory on the loopback
discard port, where nothing answers: the data is for trying certdesk at scale, and a renewal
attempt fails at once without leaving the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.domain import (
    Account,
    CertificateState,
    CertificateVersion,
    ManagedCertificate,
    OrderRecord,
    OrderState,
    ValidationPlan,
)
from app.storage.rows import to_iso
from app.storage.store import Store

WORDS = ("shop", "mail", "api", "vpn", "intranet", "portal", "billing", "status", "git", "wiki",
         "crm", "erp", "files", "cloud", "auth", "sso", "cdn", "static", "dev", "staging",
         "test", "db", "grafana", "jira", "build", "docs", "support", "remote", "chat", "news")
ZONES = ("example.com", "example.net", "example.org", "contoso.test", "fabrikam.test",
         "northwind.test", "adventure-works.test", "tailspin.test", "wingtip.test", "litware.test")
SEED_DIRECTORY = "https://127.0.0.1:9/directory"  # nothing answers: no renewal leaves the machine


@dataclass(frozen=True)
class SeedResult:
    certificates: int
    versions: int
    orders: int
    events: int
    seconds: float


class _Signer:
    """A local CA made once; leaf certificates share one key (only the signature varies)."""

    def __init__(self, now: dt.datetime) -> None:
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "certdesk seed CA")])
        self.ca_name = name
        self.ca_cert = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self.ca_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=3650))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.ca_key, hashes.SHA256()))
        self.chain_pem = self.ca_cert.public_bytes(serialization.Encoding.PEM).decode()
        self.leaf_public = ec.generate_private_key(ec.SECP256R1()).public_key()

    def sign(self, names: list[str], not_before: dt.datetime, not_after: dt.datetime
             ) -> tuple[str, str]:
        serial = x509.random_serial_number()
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(self.ca_name).public_key(self.leaf_public).serial_number(serial)
            .not_valid_before(not_before).not_valid_after(not_after)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]),
                           critical=False)
            .sign(self.ca_key, hashes.SHA256()))
        return cert.public_bytes(serialization.Encoding.PEM).decode(), format(serial, "x")


def _plan(rng: random.Random) -> ValidationPlan:
    """A validation plan as stored (the JSON form outlives the classes that read it)."""
    roll = rng.random()
    if roll < 0.55:
        method, options = "http-01", {"mode": "listener", "address": "", "port": 80}
    elif roll < 0.80:
        method, options = "dns-01", {"mode": "provider", "provider": "cloudflare",
                                     "credentials": "cf"}
    elif roll < 0.95:
        method, options = "http-01", {"mode": "webroot", "webroot": "/var/www/html"}
    else:
        method, options = "dns-01", {"mode": "manual"}
    return ValidationPlan.from_json({"default": {"method": method, "options": options}})


def _names(rng: random.Random, index: int) -> list[str]:
    zone = rng.choice(ZONES)
    first = f"{rng.choice(WORDS)}{index}.{zone}"
    extra = [f"{w}.{first}" for w in rng.sample(WORDS, rng.choice((0, 0, 1, 1, 2, 4)))]
    return [first, *extra]


def seed(home: Path, certificates: int, orders_per_certificate: int, *,
         seed_value: int = 1, now: dt.datetime | None = None) -> SeedResult:
    started = time.perf_counter()
    rng = random.Random(seed_value)
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)  # as X.509 stores them
    signer = _Signer(now)
    store = Store.open(home)
    counts = {"versions": 0, "orders": 0, "events": 0}
    events: list[tuple[Any, ...]] = []
    try:
        with store.db.transaction() as conn:
            account = Account(
                id=str(uuid.uuid4()), name="Seeded account (not a real CA)",
                directory_url=SEED_DIRECTORY, preset=None,
                uri="https://127.0.0.1:9/acct/1", status="valid",
                contacts=("mailto:admin@example.com",), key_type="ec256",
                key_secret_id="seed-no-key", eab_kid=None, tos_url=None, ca_bundle=None,
                created_at=now - dt.timedelta(days=800), updated_at=now)
            store.accounts.add(account)
            for index in range(certificates):
                _seed_one(store, conn, rng, signer, account, index, orders_per_certificate,
                          now, counts, events)
            rows = sorted(events, key=lambda e: str(e[0]))
            conn.executemany(
                "INSERT INTO events(at, level, kind, message, certificate_id, account_id,"
                " order_id) VALUES(?,?,?,?,?,?,?)", rows)
            counts["events"] = len(events)
    finally:
        store.close()
    return SeedResult(certificates, counts["versions"], counts["orders"], counts["events"],
                      time.perf_counter() - started)


def _seed_one(store: Store, conn: object, rng: random.Random, signer: _Signer,
              account: Account, index: int, orders: int, now: dt.datetime,
              counts: dict[str, int], events: list[tuple[Any, ...]]) -> None:
    cert_id = str(uuid.uuid4())
    names = _names(rng, index)
    imported = rng.random() < 0.05
    lifetime = dt.timedelta(days=365 if imported else rng.choice((90, 90, 90, 90, 6)))
    roll = rng.random()
    # Most certificates are in the first two thirds of their life; a few are due or expired.
    if roll < 0.94:
        age = lifetime * rng.uniform(0.0, 0.6)
    elif roll < 0.98:
        age = lifetime * rng.uniform(0.67, 0.95)
    else:
        age = lifetime * rng.uniform(1.01, 1.5)
    current_start = now - age
    versions = 1 if imported else max(1, min(orders, rng.randint(orders - 2, orders)))
    created = current_start - lifetime * (versions - 1) * (2 / 3) - dt.timedelta(hours=1)
    status = (CertificateState.IMPORTED if imported else
              CertificateState.FAILED if rng.random() < 0.01 else CertificateState.ACTIVE)
    plan = _plan(rng)
    store.certificates.add(ManagedCertificate(
        id=cert_id, label=names[0] if rng.random() < 0.7 else f"{names[0]} ({index})",
        account_id=None if imported else account.id, identifiers=tuple(names),
        key_type="ec256", key_policy="new", validation=plan, profile=None,
        preferred_chain=None, auto_renew=not imported and rng.random() < 0.95, status=status,
        source="imported" if imported else "acme", current_version_id=None,
        ari_window_start=None, ari_window_end=None, ari_explanation_url=None,
        ari_checked_at=None, renew_at=None, created_at=created, updated_at=now))
    order_ids: list[str] = []
    for n in range(0 if imported else orders):
        order_id = str(uuid.uuid4())
        at = created + (current_start - created) * (n / max(1, orders - 1))
        if n < versions:
            state = OrderState.COMPLETED
        elif n == orders - 1 and rng.random() < 0.05:
            state = (OrderState.AWAITING_USER if plan.default.options.mode == "manual"
                     else OrderState.FAILED)
        else:
            state = rng.choice((OrderState.FAILED, OrderState.FAILED, OrderState.CANCELLED))
        error = "urn:ietf:params:acme:error:connection: Timeout during connect" \
            if state == "failed" else None
        store.orders.add(OrderRecord(
            id=order_id, certificate_id=cert_id, account_id=account.id,
            kind="issue" if n == 0 else "renew", state=state, identifiers=tuple(names),
            order_url=f"https://127.0.0.1:9/order/{order_id}",
            finalize_url=f"https://127.0.0.1:9/finalize/{order_id}",
            cert_url=f"https://127.0.0.1:9/cert/{order_id}" if state == "completed" else None,
            key_secret_id=None, csr_pem=None, validation=plan, profile=None, replaces=None,
            preferred_chain=None, error=error, attempts=1, created_at=at, updated_at=at))
        counts["orders"] += 1
        order_ids.append(order_id)
        level, kind = ("error", "order_failed") if state == "failed" else (
            ("info", "issued" if n == 0 else "renewed") if state == "completed"
            else ("warning", "order_" + state))
        events.append((to_iso(at), level, kind, f"{names[0]}: {kind.replace('_', ' ')}",
                       cert_id, account.id, order_id))
    for v in range(versions):
        start = (current_start - lifetime * (versions - 1 - v) * (2 / 3)).replace(microsecond=0)
        pem, serial = signer.sign(names, start, start + lifetime)
        revoked = v < versions - 1 and rng.random() < 0.02
        store.certificates.add_version(CertificateVersion(
            id=str(uuid.uuid4()), certificate_id=cert_id, serial=serial,
            subject=f"CN={names[0]}", issuer="CN=certdesk seed CA", names=tuple(names),
            not_before=start, not_after=start + lifetime, cert_pem=pem,
            chain_pem=signer.chain_pem, key_secret_id=None, key_type="ec256",
            ari_cert_id=None, order_id=order_ids[v] if order_ids else None, replaced_by=None,
            revoked_at=start + lifetime / 3 if revoked else None,
            revocation_reason="superseded" if revoked else None, created_at=start))
        counts["versions"] += 1
    if status != "active":
        store.certificates.update(cert_id, status=status)
    if imported:
        events.append((to_iso(created), "info", "imported", f"{names[0]}: imported", cert_id,
                       None, None))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.seed", description=__doc__)
    parser.add_argument("--home", required=True, help="data folder to fill (created if needed)")
    parser.add_argument("--certificates", type=int, default=10000)
    parser.add_argument("--orders-per-certificate", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1, help="random seed (same data each run)")
    args = parser.parse_args(argv)
    home = Path(args.home)
    home.mkdir(parents=True, exist_ok=True)
    result = seed(home, args.certificates, args.orders_per_certificate, seed_value=args.seed)
    print(f"seeded {home}: {result.certificates} certificates, {result.versions} versions, "
          f"{result.orders} orders, {result.events} events in {result.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
