"""The wizard remembers form values and the method per name between runs."""

from __future__ import annotations

from app.wizard.flow import NewCertificateFlow
from app.wizard.memory import recall_methods, recall_values, remember, remembered_method
from app.wizard.methods import MethodKey


def _flow(names: str) -> NewCertificateFlow:
    flow = NewCertificateFlow(account_ids=["a"])
    flow.set_names(names)
    return flow


def test_values_and_methods_come_back_next_time() -> None:
    first = _flow("www.example.com\n*.example.com")
    first.set_method(MethodKey.HTTP_LISTENER)
    first.set_method(MethodKey.DNS_MANUAL, "*.example.com")
    first.set_method_values(MethodKey.HTTP_LISTENER, {"address": "127.0.0.1", "port": 8080})
    first.set_method_values(MethodKey.DNS_MANUAL, {"resolvers": "192.0.2.53"})
    memory = remember({}, first)

    second = _flow("shop.example.com\n*.example.com")
    recall_values(memory, second)
    assert second.draft.method_values[MethodKey.HTTP_LISTENER] == {"address": "127.0.0.1",
                                                                  "port": 8080}
    assert second.draft.method_values[MethodKey.DNS_MANUAL] == {"resolvers": "192.0.2.53"}
    recall_methods(memory, second)
    assert second.method_for("*.example.com") is MethodKey.DNS_MANUAL
    assert second.method_for("shop.example.com") is MethodKey.HTTP_LISTENER  # via parent


def test_a_method_that_cannot_validate_the_name_is_not_recalled() -> None:
    memory = remember({}, _flow("example.com"))  # default: built-in web server
    assert remembered_method(memory, "example.com") is MethodKey.HTTP_LISTENER
    assert remembered_method(memory, "*.example.com") is None
    assert remembered_method({}, "example.com") is None
    assert remembered_method({"methods": {"example.com": "nonsense"}}, "example.com") is None


def test_memory_is_bounded_and_keeps_no_blank_values() -> None:
    memory: dict[str, object] = {}
    flow = _flow("a.example.com")
    flow.set_method_values(MethodKey.HTTP_LISTENER, {"address": "", "port": 80})
    memory = remember(memory, flow)
    assert memory["values"] == {"http-listener": {"port": 80}}
    for i in range(510):
        memory = remember(memory, _flow(f"n{i}.example.org"))
    methods = memory["methods"]
    assert isinstance(methods, dict) and len(methods) == 500 and "n509.example.org" in methods
