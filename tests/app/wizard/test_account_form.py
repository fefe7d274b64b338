from app.wizard.account_form import AccountForm, ca_choices, parse_emails


def test_presets_get_staging_twins_and_custom_entry() -> None:
    presets = [{"key": "letsencrypt-staging", "name": "LE staging", "staging": True,
                "directory": "https://acme-staging-v02.api.letsencrypt.org/directory"},
               {"key": "letsencrypt", "name": "Let's Encrypt",
                "directory": "https://acme-v02.api.letsencrypt.org/directory",
                "staging_key": "letsencrypt-staging"},
               {"key": "zerossl", "name": "ZeroSSL", "directory": "https://acme.zerossl.com/v2/DV90",
                "eab_required": True, "eab_help": "https://app.zerossl.com/developer"}]
    choices = ca_choices(presets)
    assert [c.key for c in choices] == ["letsencrypt", "letsencrypt-staging", "zerossl", "custom"]
    assert choices[1].staging and not choices[0].staging
    assert choices[2].eab_required and choices[2].eab_help
    assert choices[0].directory == "letsencrypt" and choices[0].url.startswith("https://")


def test_form_problems() -> None:
    choices = ca_choices([{"key": "z", "name": "Z", "directory": "https://z/dir",
                           "eab_required": True}])
    form = AccountForm(choice=choices[0], emails_text="me@example.com, nope", tos_url="https://tos")
    problems = form.problems()
    assert any("nope" in p for p in problems)
    assert any("EAB" in p for p in problems)
    assert any("terms" in p for p in problems)
    form.emails_text = "me@example.com"
    form.eab_kid, form.eab_hmac_key, form.agree_tos = "kid", "hmac", True
    assert form.problems() == []
    fields = form.request_fields()
    assert fields["emails"] == ["me@example.com"] and fields["eab_kid"] == "kid"


def test_custom_url_required() -> None:
    form = AccountForm(choice=ca_choices([])[-1])
    assert form.shows_eab and form.problems() == ["Enter the CA's directory URL (https://...)."]
    form.custom_url = "https://127.0.0.1:14000/dir"
    assert form.directory == "https://127.0.0.1:14000/dir" and form.problems() == []


def test_parse_emails() -> None:
    assert parse_emails("a@b.c; d@e.f x") == (["a@b.c", "d@e.f"], ["x"])


def test_repr_hides_the_eab_hmac_key() -> None:
    form = AccountForm(eab_kid="kid-1", eab_hmac_key="hmac-secret-value")
    assert "hmac-secret-value" not in repr(form)
    assert "kid-1" in repr(form)
