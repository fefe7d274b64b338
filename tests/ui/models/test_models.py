from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.challenge_options import Dns01Manual, Http01Listener
from app.domain import (
    Account,
    CertificateState,
    CertificateVersion,
    ChallengeConfig,
    Event,
    ManagedCertificate,
    OrderRecord,
    OrderState,
    ValidationPlan,
)
from ui.models.accounts import AccountTableModel
from ui.models.certificate_rows import CertificateRow, Expiry, certificate_rows, expiry_state
from ui.models.certificates import CertificateTableModel
from ui.models.events import EventTableModel
from ui.models.orders import OrderTableModel
from ui.models.table import RowRole

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def cert(cid: str, names: tuple[str, ...],
         status: CertificateState = CertificateState.ACTIVE) -> ManagedCertificate:
    return ManagedCertificate(
        id=cid, label="", account_id="a1", identifiers=names, key_type="ec256",
        key_policy="new", validation=ValidationPlan(ChallengeConfig(Http01Listener())),
        profile=None, preferred_chain=None, auto_renew=True, status=status, source="acme",
        current_version_id=None, ari_window_start=None, ari_window_end=None,
        ari_explanation_url=None, ari_checked_at=None, renew_at=None, created_at=NOW,
        updated_at=NOW)


def rows() -> list[CertificateRow]:
    base = certificate_rows([cert("c1", ("b.example.com",)),
                             cert("c2", ("xn--bcher-kva.example", "a.example.com"))],
                            {"a1": "Pebble"}, NOW)
    expired = CertificateRow("c3", "old", ("old.example",), "Pebble", NOW - dt.timedelta(90),
                             NOW - dt.timedelta(days=2), -2, CertificateState.ACTIVE, "", False,
                             None,
                             Expiry.EXPIRED)
    return [*base, expired]


def test_certificate_model(qtmodeltester: ModelTester) -> None:
    model = CertificateTableModel()
    model.set_rows(rows())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(1, 0).data() == "bücher.example, a.example.com"
    assert model.index(1, 1).data() == "Pebble"
    assert model.index(0, 2).data() == "not issued"
    assert "expired 2 d ago" in model.index(2, 2).data()
    assert model.index(2, 5).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(2, 2).data(Qt.ItemDataRole.DecorationRole) is not None


def test_filter_matches_every_term_and_sorts_by_date(qtmodeltester: ModelTester) -> None:
    model = CertificateTableModel()
    model.set_rows(rows())
    model.set_filter("BÜCHER a.example")
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.index(0, 0).data(RowRole).id == "c2"
    model.set_filter("")
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data(RowRole).id == "c3"  # the expired one first


def test_expiry_thresholds_scale_with_lifetime() -> None:
    nb = NOW - dt.timedelta(days=5)
    assert expiry_state(nb, NOW + dt.timedelta(hours=12), NOW) is Expiry.URGENT  # 6-day cert
    assert expiry_state(nb, NOW + dt.timedelta(days=1), NOW) is Expiry.SOON
    assert expiry_state(NOW - dt.timedelta(days=10), NOW + dt.timedelta(days=80), NOW) is \
        Expiry.OK
    assert expiry_state(NOW - dt.timedelta(days=70), NOW + dt.timedelta(days=20), NOW) is \
        Expiry.SOON
    assert expiry_state(None, None, NOW) is Expiry.NONE


def test_a_revoked_certificate_is_not_shown_as_valid(qapp: object) -> None:
    # Its expiry date no longer matters: grey and "revoked", never a green "89 d left".
    version = CertificateVersion(
        id="v1", certificate_id="c9", serial="0a", subject="CN=gone.example",
        issuer="CN=Pebble", names=("gone.example",), not_before=NOW - dt.timedelta(days=1),
        not_after=NOW + dt.timedelta(days=89), cert_pem="", chain_pem="", key_secret_id=None,
        key_type="ec256", ari_cert_id=None, order_id=None, replaced_by=None, revoked_at=NOW,
        revocation_reason="superseded", created_at=NOW)
    revoked = dataclasses.replace(cert("c9", ("gone.example",), CertificateState.REVOKED),
                                  current=version, current_version_id="v1")
    [row] = certificate_rows([revoked], {"a1": "Pebble"}, NOW)
    assert row.expiry is Expiry.NONE
    model = CertificateTableModel()
    model.set_rows([row])
    assert model.index(0, 2).data().endswith("(revoked)")
    assert "Revoked" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_accounts_orders_events_models(qtmodeltester: ModelTester) -> None:
    accounts = AccountTableModel()
    accounts.set_rows([Account("a1", "Pebble", "https://127.0.0.1/dir", None, None, "valid",
                               ("mailto:me@example.com",), "ec256", "k", None, None, None, NOW,
                               NOW)])
    qtmodeltester.check(accounts)
    assert accounts.index(0, 2).data() == "me@example.com"
    orders = OrderTableModel()
    orders.set_rows([OrderRecord("o1", "c1", "a1", "issue", OrderState.AWAITING_USER,
                                 ("a.example",),
                                 None, None, None, None, None,
                                 ValidationPlan(ChallengeConfig(Dns01Manual())), None, None, None,
                                 "Create these DNS TXT records", 1, NOW, NOW)])
    qtmodeltester.check(orders)
    assert orders.index(0, 2).data() == "Waiting for you"
    events = EventTableModel()
    events.set_rows([Event(1, NOW, "error", "order-failed", "boom", None, None, None),
                     Event(2, NOW, "info", "x", "fine", None, None, None)])
    qtmodeltester.check(events)
    assert events.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert events.index(1, 1).data(Qt.ItemDataRole.DecorationRole) is None


def test_rows_carry_the_search_text_and_the_names_sort_key() -> None:
    # Built with the rows (on a worker): the filter and the names column do no text work.
    row = rows()[1]
    model = CertificateTableModel()
    model.set_rows([row])
    columns = " ".join(model.index(0, c).data(Qt.ItemDataRole.AccessibleTextRole)
                       for c in range(model.columnCount()))
    assert row.search == columns.casefold()
    assert "bücher.example" in row.search and "pebble" in row.search
    assert row.sort_name == "bücher.example"
