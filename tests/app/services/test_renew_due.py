"""renew_due renews everything that is due: one certificate's bug does not stop the rest,
and a cancel stops the whole batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.errors import Cancelled
from app.services.certificates import CertificateService
from app.storage.store import Store


class _Cert:
    def __init__(self, cid: str) -> None:
        self.id = cid
        self.auto_renew = True


def _service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, renew: Any) -> CertificateService:
    from app.services.accounts import AccountService

    store = Store.open(tmp_path)
    service = CertificateService(store, AccountService(store))
    monkeypatch.setattr(service, "due", lambda: [_Cert("a"), _Cert("b"), _Cert("c")])
    monkeypatch.setattr(service, "renew", renew)
    return service


def test_a_bug_in_one_renewal_does_not_stop_the_others(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    done: list[str] = []

    def renew(cert_id: str, **_k: Any) -> None:
        if cert_id == "b":
            raise KeyError("boom")
        done.append(cert_id)

    results = _service(tmp_path, monkeypatch, renew).renew_due()
    assert done == ["a", "c"]
    assert results[0] == ("a", None) and results[2] == ("c", None)
    assert results[1][0] == "b" and "KeyError" in (results[1][1] or "")


def test_cancel_stops_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    done: list[str] = []

    def renew(cert_id: str, **_k: Any) -> None:
        if cert_id == "b":
            raise Cancelled("Cancelled")
        done.append(cert_id)

    with pytest.raises(Cancelled):
        _service(tmp_path, monkeypatch, renew).renew_due()
    assert done == ["a"]
