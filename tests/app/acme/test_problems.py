from app.acme.problems import problem_to_error


def test_rate_limited_says_when() -> None:
    err = problem_to_error({"type": "urn:ietf:params:acme:error:rateLimited",
                            "detail": "too many certificates"}, retry_after=7200)
    assert err.problem_type == "rateLimited"
    assert "too many certificates" in err.message
    assert "2 hours" in err.hint


def test_user_action_required_points_at_the_instance() -> None:
    err = problem_to_error({"type": "urn:ietf:params:acme:error:userActionRequired",
                            "detail": "new terms", "instance": "https://ca.example/tos"})
    assert "https://ca.example/tos" in err.hint and err.url == "https://ca.example/tos"


def test_subproblems_are_kept() -> None:
    err = problem_to_error({"type": "urn:ietf:params:acme:error:compound", "detail": "x",
                            "subproblems": [{"type": "urn:ietf:params:acme:error:caa",
                                             "detail": "CAA forbids",
                                             "identifier": {"type": "dns",
                                                            "value": "a.example"}}]})
    assert "a.example: CAA forbids" in err.detail


def test_every_known_type_has_advice() -> None:
    for name in ("badCSR", "caa", "dns", "connection", "unauthorized", "rejectedIdentifier",
                 "alreadyReplaced", "serverInternal", "badNonce", "invalidProfile"):
        err = problem_to_error({"type": f"urn:ietf:params:acme:error:{name}"})
        assert err.hint and "unknown" not in err.message


def test_unknown_type() -> None:
    err = problem_to_error({"type": "urn:example:weird", "detail": "odd"})
    assert "urn:example:weird" in err.message and err.hint
