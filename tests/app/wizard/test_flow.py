from app.challenge_options import Dns01Exec, Http01Listener
from app.crypto.keys import KeyType
from app.domain import ChallengeConfig
from app.wizard.flow import KeySource, NewCertificateFlow, Page
from app.wizard.methods import MethodKey


def test_names_page_blocks_until_valid() -> None:
    flow = NewCertificateFlow(account_ids=["acc1"])
    assert flow.problems(Page.NAMES) == ["Enter at least one name."]
    flow.set_names("ok.example\nnot valid!")
    assert flow.problems(Page.NAMES)[0].startswith("Line 2:")
    flow.set_names("ok.example")
    assert flow.can_leave(Page.NAMES)


def test_wildcard_switches_default_to_dns_and_manual_shows_records_page() -> None:
    flow = NewCertificateFlow(account_ids=["a"])
    flow.set_names("*.example.com")
    assert flow.draft.default_method is MethodKey.DNS_MANUAL
    assert flow.next_page(Page.VALIDATION) is Page.DNS_RECORDS


def test_automatic_method_skips_records_page_and_builds_plan() -> None:
    flow = NewCertificateFlow(account_ids=["a"], default_key_type=KeyType.RSA2048)
    flow.set_names("a.example.com\n*.b.example.com")
    flow.set_method(MethodKey.HTTP_LISTENER)
    flow.set_method(MethodKey.DNS_EXEC, "*.b.example.com")
    assert flow.problems(Page.VALIDATION) == ["DNS hook command: fill in 'Command'."]
    flow.set_method_values(MethodKey.DNS_EXEC, {"command": "hook"})
    flow.set_method_values(MethodKey.HTTP_LISTENER, {"port": 5002})
    assert flow.can_leave(Page.VALIDATION)
    assert flow.next_page(Page.VALIDATION) is Page.PROGRESS
    fields = flow.issue_fields()
    plan = fields["validation"]
    # no address: all of them
    assert plan.for_name("a.example.com") == ChallengeConfig(Http01Listener(port=5002))
    assert plan.for_name("*.b.example.com").options == Dns01Exec(command="hook")
    assert fields["key_type"] is KeyType.RSA2048 and fields["account_id"] == "a"


def test_a_value_the_method_refuses_blocks_with_its_reason() -> None:
    flow = NewCertificateFlow(account_ids=["a"])
    flow.set_names("a.example.com")
    flow.set_method(MethodKey.HTTP_LISTENER)
    flow.set_method_values(MethodKey.HTTP_LISTENER, {"port": "70000"})
    assert flow.problems(Page.VALIDATION) == [
        "Built-in web server (HTTP): 70000 is not a port number (port). Use 1-65535."]
    flow.set_method_values(MethodKey.HTTP_LISTENER, {"port": "8080"})
    assert flow.can_leave(Page.VALIDATION)


def test_wrong_method_for_wildcard_blocks() -> None:
    flow = NewCertificateFlow(account_ids=["a"])
    flow.set_names("*.example.com")
    flow.set_method(MethodKey.HTTP_LISTENER)
    assert "only DNS validation can prove it" in flow.problems(Page.VALIDATION)[0]


def test_key_and_account_pages() -> None:
    flow = NewCertificateFlow()
    assert flow.problems(Page.ACCOUNT)
    flow.draft.key_source = KeySource.CSR
    assert flow.problems(Page.KEY) == ["Choose a CSR file."]
    flow.draft.csr_pem = "-----BEGIN CERTIFICATE REQUEST-----"
    flow.draft.subject = {"C": "Germany"}
    assert "two-letter" in flow.problems(Page.KEY)[0]
    flow.draft.subject = {"C": "DE", "O": ""}
    assert flow.can_leave(Page.KEY)
    assert flow.issue_fields()["subject"] == {"C": "DE"}
    assert flow.next_page(Page.DONE) is None
