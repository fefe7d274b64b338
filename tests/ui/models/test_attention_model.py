"""The attention and endpoint table models: Qt's model contract, worst-first order, colours."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.services.monitoring import AttentionItem, Endpoint, HealthState
from ui.models.attention import AttentionTableModel, attention_rows
from ui.models.endpoints import EndpointTableModel, is_warning, status_text
from ui.models.table import RowRole, SortRole

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def items() -> list[AttentionItem]:
    # The service hands them over worst first.
    return [
        AttentionItem("c1", "vpn.example.net", "expired", HealthState.CRITICAL,
                      "vpn.example.net expired on 2026-05-29.", "Renew it now.", NOW),
        AttentionItem("c2", "shop.example.com", "renewal_failed", HealthState.CRITICAL,
                      "Renewing shop.example.com failed 2 times: timeout",
                      "certdesk tries again in 10 minutes.", NOW + dt.timedelta(hours=1)),
        AttentionItem("c3", "www.example.com", "expiring", HealthState.EXPIRING,
                      "www.example.com expires in 9 days.", "Renew it now.",
                      NOW - dt.timedelta(days=2)),
        AttentionItem("c3", "www.example.com", "endpoint", HealthState.EXPIRING,
                      "127.0.0.1:8443: serves an old certificate", "Deploy it.", NOW, "e1"),
    ]


def test_attention_model_contract_and_order(qtmodeltester: ModelTester) -> None:
    model = AttentionTableModel()
    model.set_rows(attention_rows(items()))
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 6
    assert model.counts() == (2, 2)
    # Sorting by the first column keeps the service's worst-first order, even though the
    # "since" times are not in that order.
    model.sort(0, Qt.SortOrder.AscendingOrder)
    kinds = [model.index(r, 0).data(RowRole).item.kind for r in range(model.rowCount())]
    assert kinds == ["expired", "renewal_failed", "expiring", "endpoint"]
    assert model.index(0, 0).data() == "Critical"
    assert model.index(2, 0).data() == "Warning"
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) != \
        model.index(2, 0).data(Qt.ItemDataRole.DecorationRole)
    assert model.index(1, 2).data() == "Renewal failed"
    assert "tries again" in model.index(1, 5).data()
    assert model.index(3, 0).data(RowRole).id == "endpoint:c3:e1"
    assert model.index(2, 0).data(RowRole).id != model.index(3, 0).data(RowRole).id
    model.set_filter("shop")
    assert model.rowCount() == 1
    assert model.counts() == (2, 2)  # the counts are of every item, not the filtered ones
    model.set_filter("")
    assert model.index(0, 3).data(SortRole) == NOW.timestamp()
    model.set_rows(())
    qtmodeltester.check(model)
    assert model.counts() == (0, 0)


def endpoint(eid: str, status: str | None, message: str | None = None) -> Endpoint:
    return Endpoint(eid, "c1", "127.0.0.1", 8443, "www.example.com" if eid == "e1" else "",
                    NOW, NOW if status else None, status, None, None, message)


def test_endpoint_model_contract(qtmodeltester: ModelTester) -> None:
    model = EndpointTableModel()
    model.set_rows([endpoint("e1", "stale", "serves serial 01, current is 02"),
                    endpoint("e2", None), endpoint("e3", "ok", "serves the current one")])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "127.0.0.1:8443"
    assert model.index(0, 1).data() == "www.example.com"
    assert model.index(1, 1).data() == "(the host)"
    assert [model.index(r, 2).data() for r in range(3)] == [
        "Old certificate", "Not checked yet", "OK"]
    assert model.index(1, 3).data() == "—"
    assert is_warning("stale") and is_warning("unreachable")
    assert not is_warning("ok") and not is_warning(None)
    assert status_text("mismatch") == "Wrong certificate"


def test_delivery_problems_have_names() -> None:
    from ui.models.attention import kind_text

    assert kind_text("notification_failed") == "Notification not sent"
    assert kind_text("deployment_failed") == "Deployment failed"
