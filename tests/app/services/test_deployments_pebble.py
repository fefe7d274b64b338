"""End to end: a certificate renewed at Pebble is exported by its target, and the server that
should serve it keeps the old one: the deployment is reported as failed, listed under
Attention and notified to a local webhook receiver."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from app.services.notifications import WebhookChannelSpec
from app.services.targets import TargetSpec
from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.pebble import Pebble
from tests.support.tls_server import SwappableTlsServer
from tests.support.webhook_receiver import webhook_receiver

pytestmark = [pytest.mark.pebble]


def test_renewal_deployed_but_not_served_is_a_failed_deployment(home: Path, pebble: Pebble,
                                                                 tmp_path: Path) -> None:
    name = "deploy-stale.example.com"
    services = services_for(home, pebble)
    server = SwappableTlsServer(tmp_path)
    try:
        account = new_account(services, pebble)
        cert = issue(services, account, [name], http_plan(pebble))
        assert cert.current is not None
        old = services.inventory.material(cert.id, cert.current.id)
        assert isinstance(old.key, ec.EllipticCurvePrivateKey)
        server.serve(old.leaf, old.key)  # the server keeps this one whatever is deployed
        target = services.targets.add_target(cert.id, TargetSpec(str(tmp_path / "out"),
                                                                 ("pem",)))
        services.deployments.set_verification(target.id, f"127.0.0.1:{server.port}",
                                              server_name=name, within_seconds=1)
        with webhook_receiver() as receiver:
            services.notifications.add_webhook(WebhookChannelSpec("ops", receiver.url()))
            renewed = services.certificates.renew(cert.id, force=True)
            (post,) = receiver.wait_for(1)
        assert renewed.current is not None and renewed.current.serial != cert.current.serial
        assert format(old.leaf.serial_number, "x") == cert.current.serial.lower()
        body = post.json()
        assert body["event"] == "deployment_failed" and name in body["subject"]
        assert "still serves the previous certificate" in body["message"]
        assert renewed.current.serial in body["message"]
        (item,) = [i for i in services.monitoring.attention() if i.kind == "deployment_failed"]
        assert item.certificate_id == cert.id
        assert (tmp_path / "out").is_dir()  # the files were written: only the server is stale
    finally:
        server.close()
        services.close()
