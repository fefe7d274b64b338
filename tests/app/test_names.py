"""Names are checked and converted before anything contacts a CA."""

import pytest

from app.errors import InvalidInput
from app.names import parse_identifier, parse_identifiers


def test_idna2008_keeps_sharp_s() -> None:
    ident = parse_identifier("faß.de")
    assert ident.value == "xn--fa-hia.de"  # IDNA 2003 would give fass.de
    assert ident.display == "faß.de" and ident.is_idn


def test_uts46_mapping_and_case() -> None:
    assert parse_identifier("WWW.Bücher.Example.").value == "www.xn--bcher-kva.example"


def test_wildcard() -> None:
    ident = parse_identifier("*.Example.com")
    assert ident.is_wildcard and ident.value == "*.example.com"
    assert ident.base_domain == "example.com"


@pytest.mark.parametrize("text", ["192.0.2.7", "2001:db8::1", "[2001:db8::1]"])
def test_ip_addresses(text: str) -> None:
    ident = parse_identifier(text)
    assert ident.type == "ip"
    assert ident.value in {"192.0.2.7", "2001:db8::1"}


@pytest.mark.parametrize(("text", "fragment"), [
    ("", "empty"),
    ("*.*.example.com", "wrong place"),
    ("www.*.example.com", "wrong place"),
    ("https://example.com/", "not a host name"),
    ("admin@example.com", "not a host name"),
    ("localhost", "single label"),
    ("-lead.example.com", "hyphen"),
    ("a" * 64 + ".example.com", "not a valid domain name"),
    ("example.123", "numeric"),
])
def test_bad_names(text: str, fragment: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_identifier(text)
    assert fragment in info.value.message
    assert info.value.hint


def test_list_dedupes_and_splits_lines() -> None:
    idents = parse_identifiers(["a.example.com\nb.example.com", "A.example.com, c.example.com"])
    assert [i.value for i in idents] == ["a.example.com", "b.example.com", "c.example.com"]
    with pytest.raises(InvalidInput):
        parse_identifiers(["  "])


@pytest.mark.parametrize("text", ["fe80::1%$(id)", "fe80::1%eth0", "[fe80::1%25en0]",
                                  "fe80::1%0", "::1%`reboot`"])
def test_ipv6_zone_ids_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="zone id"):
        parse_identifier(text)


@pytest.mark.parametrize("text", ["a" * 4096 + ".com", "x." + "b" * 4096, "é" * 2000 + ".de",
                                  "*." + "c" * 5000, "d" * 3000])
def test_errors_about_huge_names_stay_short(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_identifier(text)
    assert len(str(info.value)) < 400 and "\n" not in str(info.value)


def test_idna_errors_in_plain_words() -> None:
    for raw, words in (("bad..name", "two dots in a row"), ("-x.example", "hyphen"),
                       ("foo_bar.example", "'_' is not allowed")):
        with pytest.raises(InvalidInput) as info:
            parse_identifier(raw)
        assert words in str(info.value) and "Empty Label" not in str(info.value)


def test_plain_ascii_names_parse_as_idna_would() -> None:
    """The fast path for plain names gives what the full IDNA processing gives."""
    import idna

    for name in ("WWW.Example.COM", "a-b.example.net", "x1.y2.example", "*.Shop.example.org",
                 "123.example.com"):
        ident = parse_identifier(name)
        bare = name[2:] if name.startswith("*.") else name
        full = idna.encode(bare, uts46=True, transitional=False).decode("ascii").lower()
        assert ident.value.removeprefix("*.") == full
        assert ident.display == ident.value
    for bad in ("ab--cd.example.com", "a..b.com", "-a.example.com", "a_b.example.com"):
        with pytest.raises(InvalidInput):
            parse_identifier(bad)
