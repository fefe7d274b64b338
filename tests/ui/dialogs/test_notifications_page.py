"""Settings → Notifications: add an e-mail and a webhook channel, test them against real
servers on loopback, remove one; input problems are shown, not raised."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.support.smtp_server import smtp_server
from tests.support.webhook_receiver import webhook_receiver
from tests.ui.conftest import MakeCtx
from ui.dialogs.notifications_page import NotificationsPage

pytestmark = pytest.mark.gui


def test_add_test_and_remove_channels(qtbot: QtBot, services: Services, make_ctx: MakeCtx,
                                      tmp_path: Path) -> None:
    page = NotificationsPage(make_ctx(services, inline=True))
    qtbot.addWidget(page)
    assert page.list.count() == 0 and not page.test_button.isEnabled()
    with smtp_server(tmp_path / "smtp", users={"u": "p w"}) as smtp, \
            webhook_receiver() as receiver:
        page.name.setText("mail")
        page.smtp.setText(f"localhost:{smtp.port}")
        page.from_address.setText("certdesk@example.com")
        page.recipients.setText("a@example.com; b@example.com")
        page.username.setText("u")
        page.password.setText("p w")
        page.email_ca.setText(str(smtp.ca_file))
        with qtbot.waitSignal(page.channels_loaded, timeout=5000):
            page.add_button.click()
        page.kind.setCurrentIndex(page.kind.findData("webhook"))
        assert page.kinds.currentIndex() == 1
        page.name.setText("chat")
        page.url.setText(receiver.url("/hook?token=T0K3N"))
        page.format.setCurrentIndex(page.format.findData("slack"))
        page.events[next(iter(page.events))].setChecked(False)
        with qtbot.waitSignal(page.channels_loaded, timeout=5000):
            page.add_button.click()
        texts = [page.list.item(i).text() for i in range(page.list.count())]
        assert len(texts) == 2 and texts[0].startswith("chat") and "T0K3N" not in texts[0]
        assert "renewal_failed" not in texts[0] and "all events" in texts[1]
        assert page.password.text() == "" and page.url.text() == ""
        for row in (0, 1):
            page.list.setCurrentRow(row)
            with qtbot.waitSignal(page.tested, timeout=10000) as blocker:
                page.test_button.click()
            assert blocker.args is not None and blocker.args[0].ok
        (post,) = receiver.wait_for(1)
        (mail,) = smtp.wait_for(1)
    assert "blocks" in post.json()
    assert mail.authenticated_as == "u" and mail.rcpt_tos == ["a@example.com", "b@example.com"]
    page.list.setCurrentRow(0)
    with qtbot.waitSignal(page.channel_removed, timeout=5000):
        page.remove_button.click()
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert [c.name for c in services.notifications.channels()] == ["mail"]


def test_problems_are_shown(qtbot: QtBot, services: Services, make_ctx: MakeCtx,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.dialogs.notifications_page.show_error",
                        lambda parent, exc: shown.append(exc))
    page = NotificationsPage(make_ctx(services, inline=True))
    qtbot.addWidget(page)
    page.name.setText("bad")
    page.smtp.setText("smtp.example.com:notaport")
    page.add_button.click()
    assert "HOST:PORT" in str(shown[-1])
    page.smtp.setText("smtp.example.com:587")
    page.recipients.setText("ops@example.com")
    page.from_address.setText("nobody")
    page.add_button.click()
    assert "e-mail address" in str(shown[-1])
    assert services.notifications.channels() == []
    assert page.add_button.isEnabled()


def test_settings_show_the_page(qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(make_ctx(services, inline=True))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Notifications" in titles
    tab = dialog.tabs.widget(titles.index("Notifications"))
    assert tab is not None
    assert tab is dialog.notifications or tab.isAncestorOf(dialog.notifications)


def test_the_selected_channels_events_can_be_changed(qtbot: QtBot, services: Services,
                                                     make_ctx: MakeCtx,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.notification_types import NotifyEvent
    from app.services.notifications import WebhookChannelSpec

    services.notifications.add_webhook(WebhookChannelSpec("hook", "https://hooks.example/x"))
    page = NotificationsPage(make_ctx(services, inline=True))
    qtbot.addWidget(page)
    assert not page.rules_box.isEnabled()
    page.list.setCurrentRow(0)
    assert page.rules_box.isEnabled()
    assert all(check.isChecked() for check in page.rule_events.values())
    for event, check in page.rule_events.items():
        check.setChecked(event is NotifyEvent.RENEWAL_FAILED)
    page.rule_digest.setChecked(True)
    with qtbot.waitSignal(page.rules_applied, timeout=5000):
        page.apply_rules_button.click()
    (channel,) = services.notifications.channels()
    assert channel.events == (NotifyEvent.RENEWAL_FAILED,) and channel.digest
    for check in page.rule_events.values():
        check.setChecked(False)
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.dialogs.notifications_page.show_error",
                        lambda parent, exc: shown.append(exc))
    page.apply_rules_button.click()
    assert shown and "at least one event" in str(shown[0])
