"""The deployment dialog of an export target: choose a Windows preset and its options, see its
dry run, name the endpoint and check it against a real TLS server on loopback, save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.container import Services
from app.services.targets import TargetSpec
from tests.support.local_ca import LocalCA
from tests.support.tls_server import SwappableTlsServer
from tests.ui.conftest import MakeCtx
from ui.dialogs.deployment_dialog import DeploymentDialog
from ui.dialogs.targets_dialog import TargetsDialog

pytestmark = pytest.mark.gui


def _target(services: Services, tmp_path: Path) -> tuple[Any, Any]:
    ca = LocalCA("Deploy")
    leaf = ca.issue(("iis.example.test",))
    cert = services.inventory.import_certificate(leaf.cert_pem + ca.chain_pem,
                                                 key_data=leaf.key_pem)
    target = services.targets.add_target(cert.id, TargetSpec(str(tmp_path / "out"), ("pfx",),
                                                             password="pfx-pw"))
    return cert, target


def test_preset_dry_run_check_and_save(qtbot: QtBot, services: Services, make_ctx: MakeCtx,
                                       tmp_path: Path) -> None:
    ctx = make_ctx(services, inline=True)
    cert, target = _target(services, tmp_path)
    targets = TargetsDialog(ctx, cert)
    qtbot.addWidget(targets)
    qtbot.waitUntil(lambda: targets.deploy_button.isEnabled())
    dialog = targets.deploy_selected()
    assert isinstance(dialog, DeploymentDialog)
    qtbot.addWidget(dialog)
    assert not dialog.dry_run_button.isEnabled()  # no preset yet
    dialog.preset.setCurrentIndex(dialog.preset.findData("iis"))
    fields = dialog.option_fields
    assert isinstance(fields["site"], QLineEdit) and isinstance(fields["sni"], QCheckBox)
    fields["site"].setText("Default Web Site")
    fields["sni"].setChecked(True)
    assert "elevated" in dialog.about.text()
    with qtbot.waitSignal(dialog.dry_run_shown, timeout=5000):
        dialog.dry_run_button.click()
    text = dialog.output.toPlainText()
    assert "iis.ps1" in text and "CERTDESK_IIS_SITE=Default Web Site" in text
    assert "CERTDESK_PASSWORD=(hidden)" in text and "pfx-pw" not in text
    other = LocalCA("Other").issue(("iis.example.test",))
    server = SwappableTlsServer(tmp_path)
    try:
        from cryptography.hazmat.primitives.asymmetric import ec

        assert isinstance(other.key, ec.EllipticCurvePrivateKey)
        server.serve(other.cert, other.key)
        dialog.endpoint.setText(f"127.0.0.1:{server.port}")
        dialog.sni.setText("iis.example.test")
        dialog.within.setValue(1)
        with qtbot.waitSignal(dialog.checked, timeout=10000) as blocker:
            dialog.check_button.click()
    finally:
        server.close()
    assert blocker.args is not None and not blocker.args[0].ok
    assert "did not issue" in dialog.output.toPlainText()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    info = services.deployments.info(target.id)
    assert info.preset is not None and info.preset.options["site"] == "Default Web Site"
    assert info.verification is not None and info.verification.within_seconds == 1
    again = DeploymentDialog(ctx, target)
    qtbot.addWidget(again)
    assert again.preset.currentData() == "iis" and again.endpoint.text().endswith(
        f":{server.port}")
    site = again.option_fields["site"]
    assert isinstance(site, QLineEdit) and site.text() == "Default Web Site"
    assert "failed" in again.output.toPlainText()


def test_nothing_more_clears_and_bad_input_is_shown(qtbot: QtBot, services: Services,
                                                    make_ctx: MakeCtx, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.dialogs.deployment_dialog.show_error",
                        lambda parent, exc: shown.append(exc))
    _, target = _target(services, tmp_path)
    services.deployments.set_preset(target.id, services.deployments.presets()[0].key, {})
    dialog = DeploymentDialog(make_ctx(services, inline=True), target)
    qtbot.addWidget(dialog)
    store = dialog.option_fields["store"]
    assert isinstance(store, QComboBox) and store.currentData() == "CurrentUser"
    dialog.endpoint.setText("host:99999")
    dialog.save_button.click()
    assert shown and "port" in str(shown[-1])
    dialog.endpoint.setText("")
    dialog.preset.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    info = services.deployments.info(target.id)
    assert info.preset is None and info.verification is None
