"""Writing exports: owner-only keys, no overwrite without force, atomic replacement."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.crypto.formats.assemble import read_material
from app.crypto.formats.errors import ExportRefused, WriteFailed
from app.crypto.formats.export import ExportFormat, render
from app.crypto.formats.material import CertificateMaterial
from app.crypto.formats.write import write_files
from tests.support.local_ca import LocalCA

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture(scope="module")
def material() -> CertificateMaterial:
    ca = LocalCA()
    leaf = ca.issue()
    return read_material(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)


@posix_only
def test_private_files_are_0600_public_files_follow_umask(tmp_path: Path,
                                                         material: CertificateMaterial,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.storage.atomic._UMASK", 0o022)  # the umask read at start-up
    written = write_files(ExportFormat.PEM, render(material, "pem"), tmp_path)
    written += write_files(ExportFormat.PFX, render(material, "pfx", password="x"),
                           tmp_path / "a.pfx")
    written += write_files(ExportFormat.KEY, render(material, "key"), tmp_path / "a.key")
    modes = {w.path.name: stat.S_IMODE(w.path.stat().st_mode) for w in written}
    assert modes == {"cert.pem": 0o644, "chain.pem": 0o644, "fullchain.pem": 0o644,
                     "privkey.pem": 0o600, "a.pfx": 0o600, "a.key": 0o600}


@posix_only
def test_overwriting_a_world_readable_key_makes_it_private(tmp_path: Path,
                                                          material: CertificateMaterial) -> None:
    target = tmp_path / "a.key"
    target.write_text("old")
    target.chmod(0o644)
    write_files(ExportFormat.KEY, render(material, "key"), target, force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_no_overwrite_without_force(tmp_path: Path, material: CertificateMaterial) -> None:
    (tmp_path / "fullchain.pem").write_text("keep me")
    with pytest.raises(ExportRefused, match=r"fullchain\.pem"):
        write_files(ExportFormat.PEM, render(material, "pem"), tmp_path)
    assert (tmp_path / "fullchain.pem").read_text() == "keep me"
    assert not (tmp_path / "cert.pem").exists()  # nothing written at all
    write_files(ExportFormat.PEM, render(material, "pem"), tmp_path, force=True)
    assert (tmp_path / "fullchain.pem").read_text().startswith("-----BEGIN CERTIFICATE")


def test_failure_midway_leaves_old_file_intact(tmp_path: Path, material: CertificateMaterial,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "site.pfx"
    target.write_bytes(b"old pfx")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(WriteFailed, match="No space left") as info:
        write_files(ExportFormat.PFX, render(material, "pfx", password="x"), target, force=True)
    monkeypatch.undo()
    assert "disk space" in info.value.hint
    assert target.read_bytes() == b"old pfx"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.pfx"]  # no temp file left


def test_folder_format_refuses_a_file_path(tmp_path: Path, material: CertificateMaterial) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(ExportRefused, match="folder"):
        write_files(ExportFormat.PEM, render(material, "pem"), tmp_path / "f")


def test_single_file_into_a_folder_uses_default_name(tmp_path: Path,
                                                     material: CertificateMaterial) -> None:
    (written,) = write_files(ExportFormat.DER, render(material, "der", basename="site"), tmp_path)
    assert written.path == tmp_path / "site.cer"


def test_key_formats_need_a_key_and_pfx_a_password(material: CertificateMaterial) -> None:
    no_key = CertificateMaterial(material.leaf, material.chain)
    for fmt in ("key", "pfx", "pfx-compat"):
        with pytest.raises(ExportRefused, match="private key"):
            render(no_key, fmt, password="x")
    with pytest.raises(ExportRefused, match="password"):
        render(material, "pfx")
    assert [f.name for f in render(no_key, "pem")] == ["cert.pem", "chain.pem", "fullchain.pem"]
    with pytest.raises(ExportRefused, match="Unknown export format"):
        render(material, "jks")


def test_an_unwritable_destination_is_a_user_facing_error(tmp_path: Path,
                                                         material: CertificateMaterial) -> None:
    (tmp_path / "afile").write_text("not a folder")
    with pytest.raises(WriteFailed) as info:
        write_files(ExportFormat.PFX, render(material, "pfx", password="x"),
                    tmp_path / "afile" / "site.pfx")
    assert "site.pfx" in info.value.message
    assert info.value.hint


def test_key_file_is_restricted_before_it_gets_its_name(tmp_path: Path,
                                                        material: CertificateMaterial,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows the key's ACL is set on the empty temporary file, before any data."""
    seen: list[tuple[str, bool, bytes]] = []
    final = tmp_path / "a.key"

    def restrict(path: str | os.PathLike[str], **_: object) -> None:
        seen.append((Path(path).name, final.exists(), Path(path).read_bytes()))

    monkeypatch.setattr("app.os_integration.file_acl.restrict_to_owner", restrict)
    items = render(material, "key")
    write_files(ExportFormat.KEY, items, final)
    write_files(ExportFormat.PEM, render(material, "pem"), tmp_path / "pem")
    assert len(seen) == 2  # the key file and privkey.pem; public files are left alone
    name, existed, data = seen[0]
    assert name != "a.key" and not existed and data == b""
    assert final.read_bytes() == items[0].data
