"""Settings: defaults saved to the store, DNS credentials form generated from provider fields."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.errors import SecretStoreError
from app.services.container import Services
from tests.ui.conftest import MakeCtx
from ui.dialogs.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def test_defaults_are_saved(qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    dialog = SettingsDialog(make_ctx(services, inline=True))
    qtbot.addWidget(dialog)
    dialog.key_type.setCurrentIndex(dialog.key_type.findData("rsa3072"))
    dialog.reminder_days.setText("20, 5 10 5")
    dialog.auto_renew.setChecked(False)
    assert dialog.renewals_per_ca.value() == 4
    dialog.renewals_per_ca.setValue(2)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        save.click()
    settings = services.store.settings
    assert settings.get("default_key_type") == "rsa3072"
    assert settings.get("reminder_days") == [20, 10, 5]
    assert settings.get("auto_renew") is False
    assert settings.get("renewals_per_ca") == 2
    assert str(services.store.home) in [field.text() for field in dialog.findChildren(QLineEdit)]


def test_credentials_form_generated_and_saved(qtbot: QtBot, services: Services,
                                              make_ctx: MakeCtx) -> None:
    dialog = SettingsDialog(make_ctx(services, inline=True))
    qtbot.addWidget(dialog)
    panel = dialog.credentials
    index = panel.provider.findData("rfc2136")
    assert index >= 0
    panel.provider.setCurrentIndex(index)
    info = next(p for p in panel.providers if p.name == "rfc2136")
    assert set(panel.inputs) == {f.name for f in info.fields}
    secret = next(f.name for f in info.fields if f.secret)
    assert panel.inputs[secret].echoMode() == panel.inputs[secret].EchoMode.Password
    for spec in info.fields:
        if spec.required and not panel.inputs[spec.name].text():
            panel.inputs[spec.name].setText("127.0.0.1" if "server" in spec.name else
                                            "c2VjcmV0" if spec.secret else "x")
    panel.name.setText("lab")
    with qtbot.waitSignal(panel.saved, timeout=5000):
        panel.save_button.click()
    assert [c.name for c in services.dns_credentials.saved()] == ["lab"]
    assert panel.list.count() == 1


def test_unreadable_account_list_keeps_the_saved_default(qtbot: QtBot, services: Services,
                                                         make_ctx: MakeCtx,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    services.store.settings.set("default_account_id", "acc-123")

    def broken() -> list[object]:
        raise SecretStoreError("The keyring is locked.", "Unlock it.")

    monkeypatch.setattr(services.accounts, "list", broken)
    dialog = SettingsDialog(make_ctx(services, inline=True))
    qtbot.addWidget(dialog)
    assert dialog.values()["default_account_id"] == "acc-123"
    assert "keyring is locked" in dialog.account.toolTip()
