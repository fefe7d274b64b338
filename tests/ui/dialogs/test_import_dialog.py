"""The import dialog: drop, paste, password, damaged files and duplicates (nothing stored)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.support.local_ca import Issued, LocalCA
from tests.ui.conftest import MakeCtx
from ui.dialogs.import_dialog import ImportDialog, _Source, sort_dropped

pytestmark = pytest.mark.gui


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(widget: QWidget, mime: QMimeData) -> bool:
    """Drag over `widget` and drop; True when the drag was accepted."""
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(5, 5), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(5, 5), actions, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA("Import")


def write_pem(tmp_path: Path, ca: LocalCA, leaf: Issued) -> tuple[Path, Path]:
    cert = tmp_path / "cert.pem"
    key = tmp_path / "privkey.pem"
    cert.write_bytes(leaf.cert_pem + ca.chain_pem)
    key.write_bytes(leaf.key_pem)
    return cert, key


def open_dialog(qtbot: QtBot, ctx: object, **kwargs: object) -> ImportDialog:
    dialog = ImportDialog(ctx, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_drop_certificate_and_key_then_import(qtbot: QtBot, tmp_path: Path, ca: LocalCA,
                                              services: Services, make_ctx: MakeCtx) -> None:
    cert_file, key_file = write_pem(tmp_path, ca, ca.issue(("drop.test", "www.drop.test")))
    dialog = open_dialog(qtbot, make_ctx(services))  # the real (threaded) runner
    with qtbot.waitSignal(dialog.previewed, timeout=10000) as blocker:
        assert drop(dialog, file_mime(key_file, cert_file))
    assert not isinstance(blocker.args[0], BaseException), dialog.preview.text()
    assert dialog.path.text() == str(cert_file) and dialog.key_path.text() == str(key_file)
    assert dialog.fields["names"].text() == "drop.test, www.drop.test"
    assert "Import Intermediate" in dialog.fields["issuer"].text()
    assert "in 8" in dialog.fields["expires"].text()  # 90 days, issued yesterday
    assert dialog.fields["key"].text().startswith("Yes, EC P-256")
    assert dialog.fields["duplicate"].text() == "No"
    assert services.certificates.list() == []  # nothing stored by the preview
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as done:
        dialog.import_button.click()
    stored = services.certificates.list()
    assert [c.id for c in stored] == [done.args[0].id]
    assert stored[0].current is not None and stored[0].current.key_secret_id


def test_text_drags_are_left_alone(qtbot: QtBot, services: Services,
                                   make_ctx: MakeCtx) -> None:
    dialog = open_dialog(qtbot, make_ctx(services, inline=True))
    mime = QMimeData()
    mime.setText("just text")
    assert not drop(dialog, mime)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/cert.pem")])  # not a local file
    assert not drop(dialog, mime)


def test_drop_on_the_path_field_goes_to_the_dialog(qtbot: QtBot, tmp_path: Path, ca: LocalCA,
                                                   services: Services,
                                                   make_ctx: MakeCtx) -> None:
    cert_file, _key = write_pem(tmp_path, ca, ca.issue(("field.test",)))
    dialog = open_dialog(qtbot, make_ctx(services, inline=True))
    assert drop(dialog.path, file_mime(cert_file))
    assert dialog.path.text() == str(cert_file)  # not "file:///..." typed into it
    assert dialog.fields["names"].text() == "field.test"
    assert dialog.fields["key"].text().startswith("No")


def test_paste_pem_text(qtbot: QtBot, ca: LocalCA, services: Services,
                        make_ctx: MakeCtx) -> None:
    leaf = ca.issue(("paste.test",))
    dialog = open_dialog(qtbot, make_ctx(services, inline=True))
    QGuiApplication.clipboard().setText((leaf.cert_pem + ca.chain_pem + leaf.key_pem).decode())
    dialog.paste_from_clipboard()
    assert dialog.fields["names"].text() == "paste.test", dialog.preview.text()
    assert dialog.fields["key"].text().startswith("Yes")
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()
    [cert] = services.certificates.list()
    assert cert.identifiers == ("paste.test",)


def test_typing_pem_text_previews_after_a_pause(qtbot: QtBot, ca: LocalCA, services: Services,
                                                make_ctx: MakeCtx) -> None:
    dialog = open_dialog(qtbot, make_ctx(services, inline=True))
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        dialog.text.setPlainText(ca.issue(("typed.test",)).cert_pem.decode())
    assert dialog.fields["names"].text() == "typed.test"


def test_pfx_asks_for_its_password(qtbot: QtBot, tmp_path: Path, ca: LocalCA,
                                   services: Services, make_ctx: MakeCtx) -> None:
    leaf = ca.issue(("pfx.test",))
    pfx = tmp_path / "site.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"site", leaf.key, leaf.cert, [ca.intermediate.cert], BestAvailableEncryption(b"s3cret")))
    dialog = open_dialog(qtbot, make_ctx(services, inline=True))
    assert not dialog.password.isVisible()
    assert drop(dialog, file_mime(pfx))
    assert dialog.password.isVisible()
    assert "protected by a password" in dialog.preview.text()
    assert not dialog.import_button.isEnabled()
    dialog.password.setText("wrong")
    dialog.password.returnPressed.emit()
    assert "password" in dialog.preview.text().lower()
    assert "color" in dialog.preview.text()  # shown as an error
    assert not dialog.import_button.isEnabled()
    assert services.certificates.list() == []
    dialog.password.setText("s3cret")
    dialog.password.returnPressed.emit()
    assert dialog.fields["names"].text() == "pfx.test", dialog.preview.text()
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()
    assert [c.identifiers for c in services.certificates.list()] == [("pfx.test",)]


@pytest.mark.parametrize("cut", ["pem", "der"])
def test_truncated_file_is_refused(qtbot: QtBot, tmp_path: Path, ca: LocalCA, cut: str,
                                   services: Services, make_ctx: MakeCtx) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    leaf = ca.issue(("cut.test",))
    data = leaf.cert_pem if cut == "pem" else leaf.cert.public_bytes(Encoding.DER)
    path = tmp_path / f"cut.{cut}"
    path.write_bytes(data[: len(data) // 2])
    dialog = open_dialog(qtbot, make_ctx(services, inline=True), files=[str(path)])
    assert dialog.preview_result is None
    status = dialog.preview.text()
    assert any(w in status for w in ("damaged", "truncated", "cut off")), status
    assert not dialog.import_button.isEnabled()
    assert dialog.fields["names"].text() == "—"
    assert services.certificates.list() == []


def test_duplicate_is_shown_and_not_imported(qtbot: QtBot, tmp_path: Path, ca: LocalCA,
                                             services: Services, make_ctx: MakeCtx) -> None:
    cert_file, key_file = write_pem(tmp_path, ca, ca.issue(("dup.test",)))
    inventory = services.inventory
    inventory.import_file(cert_file, key_path=key_file, label="Existing entry")
    dialog = open_dialog(qtbot, make_ctx(services, inline=True), files=[str(cert_file)])
    assert "Existing entry" in dialog.fields["duplicate"].text()
    assert "already in certdesk" in dialog.preview.text()
    assert not dialog.import_button.isEnabled()
    assert len(services.certificates.list()) == 1


def test_sort_dropped_finds_the_key_by_content() -> None:
    contents = {"/a/cert.pem": b"-----BEGIN CERTIFICATE-----",
                "/a/privkey.pem": b"-----BEGIN PRIVATE KEY-----",
                "/a/other.crt": b"-----BEGIN CERTIFICATE-----",
                "/a/site.key": b""}
    out = sort_dropped(["/a/privkey.pem", "/a/cert.pem", "/a/other.crt"], contents.__getitem__)
    assert (out.certificate, out.key, out.ignored) == ("/a/cert.pem", "/a/privkey.pem",
                                                       ("/a/other.crt",))
    out = sort_dropped(["/a/site.key"], contents.__getitem__)
    assert (out.certificate, out.key) == (None, "/a/site.key")


def test_source_repr_hides_password_and_pasted_text() -> None:
    source = _Source(path="a.pfx", key_path="", text="-----BEGIN PRIVATE KEY-----x",
                     password="pfx-secret-pw")
    assert "pfx-secret-pw" not in repr(source)
    assert "PRIVATE KEY" not in repr(source)
    assert "a.pfx" in repr(source)
