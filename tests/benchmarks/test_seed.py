"""The seed generator fills a home with a realistic, consistent inventory."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from cryptography import x509

from app.storage.store import Store
from benchmarks.seed import main, seed


def test_seed_writes_certificates_versions_orders_and_events(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = seed(home, 40, 4)
    store = Store.open(home)
    try:
        certs = store.certificates.all()
        assert len(certs) == result.certificates == 40
        assert all(c.current is not None for c in certs)
        acme = [c for c in certs if c.source == "acme"]
        assert acme
        orders = store.orders.all()
        assert len(orders) == result.orders
        per_cert = Counter(o.certificate_id for o in orders)
        assert all(per_cert[c.id] == 4 for c in acme)
        assert {o.kind for o in orders} == {"issue", "renew"}
        events = store.events.all(limit=10_000)
        assert len(events) == result.events > 0
        # Real certificates: the PEM parses and matches the stored names and dates.
        for cert in certs[:10]:
            assert cert.current is not None
            parsed = x509.load_pem_x509_certificate(cert.current.cert_pem.encode())
            sans = parsed.extensions.get_extension_for_class(x509.SubjectAlternativeName)
            assert list(sans.value.get_values_for_type(x509.DNSName)) == list(cert.identifiers)
            assert parsed.not_valid_after_utc == cert.current.not_after
        # Varied expiries: not all the same, and most still valid.
        now = dt.datetime.now(dt.UTC)
        left = [c.current.not_after - now for c in certs if c.current]
        assert len({d.days for d in left}) > 5
        assert sum(d > dt.timedelta(0) for d in left) > len(left) / 2
        versions = sum(len(store.certificates.versions(c.id)) for c in certs)
        assert versions == result.versions > len(certs)
    finally:
        store.close()


def test_seed_is_repeatable_and_runs_from_the_command_line(tmp_path: Path,
                                                           capsys: object) -> None:
    assert main(["--home", str(tmp_path / "a"), "--certificates", "5",
                 "--orders-per-certificate", "2"]) == 0
    seed(tmp_path / "b", 5, 2)
    labels = []
    for name in ("a", "b"):
        store = Store.open(tmp_path / name)
        labels.append(sorted(c.label for c in store.certificates.all()))
        store.close()
    assert labels[0] == labels[1]
