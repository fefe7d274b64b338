"""The details pane: a certificate without a subject (names only in the SAN) says so; the next
renewal is the planned moment."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from app.errors import InvalidInput
from app.services.container import Services
from app.services.timeline import MomentKind
from app.wizard.certificate_facts import CertificateFacts
from tests.support.certificates import add_certificate
from ui.models.certificate_details import read_details
from ui.models.dates import local_time
from ui.views.details_pane import DetailsPane

pytestmark = pytest.mark.gui


def _no_subject_pem(now: dt.datetime) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(x509.Name([]))
            .issuer_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "CA")]))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=6))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("six.example")]), True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def test_empty_subject_is_explained(qapp: object, services: Services) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(services.store, not_before=now, days=6, names=("six.example",))
    assert cert.current is not None
    short_lived = dataclasses.replace(cert, current=dataclasses.replace(
        cert.current, cert_pem=_no_subject_pem(now), chain_pem=""))
    pane = DetailsPane([])
    pane.show_certificate(short_lived, now)
    assert "subject alternative names" in pane.fields["subject"].text()


def test_next_renewal_is_the_planned_moment(qapp: object, services: Services) -> None:
    """Before the CA suggests a window the stored due time is empty; the pane shows the moment
    the timeline (and the renewal) plans, not a dash beside it."""
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(services.store, not_before=now, days=90, names=("plan.example",))
    assert cert.renew_at is None
    pane = DetailsPane([])
    pane.show_certificate(cert, now)
    timeline = services.timeline.for_certificate(cert.id)
    assert timeline is not None
    [planned] = [m.at for m in timeline.moments if m.kind is MomentKind.RENEWAL]
    pane.show_timeline(timeline)
    assert pane.fields["renew_at"].text() == local_time(planned)
    off = add_certificate(services.store, not_before=now, days=90, names=("off.example",),
                          auto_renew=False)
    pane.show_certificate(off, now)
    pane.show_timeline(services.timeline.for_certificate(off.id))
    assert pane.fields["renew_at"].text() == "automatic renewal is off"


def test_details_are_read_with_their_facts_and_history_on_a_worker(
        qapp: object, services: Services) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(services.store, not_before=now, days=90, names=("read.example",))
    details = read_details(services, cert.id)
    assert details.cert.id == cert.id and details.cert.current is not None
    assert isinstance(details.facts, CertificateFacts)
    pane = DetailsPane([])
    pane.show_certificate(details.cert, now, facts=details.facts)
    assert pane.facts is details.facts  # not parsed again on the GUI thread
    assert pane.fields["sha256"].text().replace("\n", ":") == details.facts.sha256
    pane.show_history(details.history)
    assert pane.history.count() == len(details.history)


def test_a_certificate_that_cannot_be_read_says_why(qapp: object, services: Services) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(services.store, not_before=now, days=90, names=("bad.example",))
    pane = DetailsPane([])
    pane.show_certificate(cert, now, facts=InvalidInput("not a certificate"))
    assert pane.fields["subject"].text() == "not a certificate"
    assert pane.facts is None
