"""The renewal timeline in the details pane and the next 30 days in Attention."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.challenge_options import Dns01Manual
from app.services.container import Services
from tests.support.certificates import add_certificate
from tests.ui.actions.conftest import open_window
from tests.ui.conftest import MakeCtx
from ui.tasks import InlineTaskRunner
from ui.views.timeline import moment_text

pytestmark = pytest.mark.gui

DAY = dt.timedelta(days=1)


def test_details_pane_draws_the_timeline(qtbot: QtBot, services: Services,
                                         make_ctx: MakeCtx) -> None:
    now = services.clock.now()
    cert = add_certificate(services.store, not_before=now - 10 * DAY, days=90, label="drawn")
    services.store.certificates.update(cert.id, ari_window_start=now + 49 * DAY,
                                       ari_window_end=now + 51 * DAY, renew_at=now + 50 * DAY)
    window = open_window(qtbot, make_ctx(services, inline=True))
    assert not window.details.timeline.isVisibleTo(window)
    window.inventory.table.selectRow(0)
    timeline = window.details.timeline
    qtbot.waitUntil(lambda: timeline.bar.timeline is not None, timeout=5000)
    assert timeline.isVisibleTo(window)
    legend = timeline.legend.text()
    for words in ("Issued", "The CA suggests renewing", "renews it automatically", "Expires"):
        assert words in legend
    assert "Expires" in timeline.bar.accessibleDescription()
    image = timeline.bar.grab().toImage()
    assert image.width() > 100 and image.height() >= 40
    colors = {image.pixelColor(x, 21).name() for x in range(0, image.width(), 3)}
    assert len(colors) >= 3  # bar, elapsed part and markers are drawn


def test_attention_lists_the_next_30_days_in_order(qtbot: QtBot, services: Services,
                                                   make_ctx: MakeCtx) -> None:
    now = services.clock.now()
    later = add_certificate(services.store, not_before=now - 70 * DAY, days=90, label="later",
                            options=Dns01Manual())
    add_certificate(services.store, not_before=now - 80 * DAY, days=90, label="sooner",
                    options=Dns01Manual())
    add_certificate(services.store, not_before=now, days=365, label="far")
    ctx = make_ctx(services, inline=True)
    window = open_window(qtbot, ctx)
    upcoming = window.attention_view.upcoming
    window.attention_view.refresh()
    assert isinstance(ctx.tasks, InlineTaskRunner)
    # Read only while shown: nothing until the Attention tab is opened.
    assert "upcoming" not in ctx.tasks.ran and not upcoming.moments
    window.tabs.setCurrentWidget(window.attention_view)
    qtbot.waitUntil(lambda: upcoming.table.model().rowCount() > 0, timeout=5000)
    labels = [m.label for m in upcoming.moments]
    assert upcoming.table.model().rowCount() == len(labels)
    assert upcoming.table.model().index(0, 2).data() == moment_text(upcoming.moments[0])
    assert "far" not in labels and {"later", "sooner"} <= set(labels)
    whens = [m.at for m in upcoming.moments]
    assert whens == sorted(whens)
    row = labels.index("later")
    with qtbot.waitSignal(window.attention_view.certificate_requested) as requested:
        upcoming.table.activated.emit(upcoming.table.model().index(row, 0))
    assert requested.args == [later.id]
