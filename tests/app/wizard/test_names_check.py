from app.wizard.names_check import MANY_NAMES, NameNotice, check_names


def test_valid_names_one_per_line_and_duplicates_dropped() -> None:
    check = check_names("www.example.com\nexample.com\nWWW.example.com\n\n")
    assert check.ok
    assert check.values == ("www.example.com", "example.com")
    assert [e.duplicate for e in check.entries] == [False, False, True]


def test_errors_carry_line_number_and_hint() -> None:
    check = check_names("good.example\nbad_name.example\n")
    assert not check.ok
    (err,) = check.errors
    assert err.line == 2 and err.text == "bad_name.example"
    assert err.error and err.hint


def test_idn_shown_in_both_forms_and_notices() -> None:
    check = check_names("bücher.example\n*.example.org")
    idn = check.identifiers[0]
    assert idn.value == "xn--bcher-kva.example" and idn.display == "bücher.example"
    assert check.notices == {NameNotice.IDN, NameNotice.WILDCARD}


def test_many_names_warns() -> None:
    text = "\n".join(f"h{i}.example.com" for i in range(MANY_NAMES + 1))
    assert NameNotice.MANY in check_names(text).notices
    assert NameNotice.MANY not in check_names("a.example.com").notices


def test_empty_is_not_ok() -> None:
    assert not check_names("  \n").ok
