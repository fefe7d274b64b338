"""AccountRequest without a CA: what it shows of itself."""

from __future__ import annotations

from app.services.accounts import AccountRequest


def test_repr_hides_the_eab_hmac_key() -> None:
    request = AccountRequest(directory="zerossl", eab_kid="kid-1",
                             eab_hmac_key="hmac-secret-value")
    assert "hmac-secret-value" not in repr(request)
    assert "kid-1" in repr(request)
