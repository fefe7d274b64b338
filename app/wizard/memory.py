"""What the new-certificate wizard remembers between runs: the values typed into each
method's form (listener address and port, DNS resolvers, webroot, hook command, credentials)
and the last validation method used for each name.

Secrets never go in here (method forms hold none: DNS credentials are stored by name).
The memory is a plain JSON value kept in the store's settings (`wizard_memory`).
"""

from __future__ import annotations

from typing import Any

from app.names import parse_identifier
from app.wizard.flow import NewCertificateFlow
from app.wizard.methods import METHODS, MethodKey, method

SETTING = "wizard_memory"
REMEMBERED_FIELDS = frozenset({"address", "port", "resolvers", "webroot", "command",
                               "credentials"})
MAX_NAMES = 500


def remember(memory: dict[str, Any] | None, flow: NewCertificateFlow) -> dict[str, Any]:
    """The memory after issuing with `flow`'s choices (a new dict; `memory` is unchanged)."""
    old = memory if isinstance(memory, dict) else {}
    values = {k: dict(v) for k, v in (old.get("values") or {}).items() if isinstance(v, dict)}
    for key in flow.methods_in_use():
        typed = flow.draft.method_values.get(key, {})
        kept = {k: v for k, v in typed.items() if k in REMEMBERED_FIELDS and v not in ("", None)}
        if kept:
            values[key.value] = kept
    methods = {k: v for k, v in (old.get("methods") or {}).items() if isinstance(v, str)}
    for ident in flow.draft.names.identifiers:
        chosen = flow.method_for(ident.value).value
        keys = [ident.value]
        if not ident.is_wildcard and ident.type == "dns" and "." in ident.value:
            keys.append("." + ident.value.split(".", 1)[1])  # "names under the parent"
        for name in keys:
            methods.pop(name, None)
            methods[name] = chosen
    while len(methods) > MAX_NAMES:  # oldest first (dicts keep insertion order)
        methods.pop(next(iter(methods)))
    return {"values": values, "methods": methods}


def recall_values(memory: dict[str, Any] | None, flow: NewCertificateFlow) -> None:
    """Prefill every method's form with the values used last time (unless already set)."""
    values = (memory or {}).get("values") or {}
    for info in METHODS:
        saved = values.get(info.key.value)
        if isinstance(saved, dict):
            current = flow.draft.method_values.setdefault(info.key, {})
            for name, value in saved.items():
                if name in REMEMBERED_FIELDS:
                    current.setdefault(name, value)


def remembered_method(memory: dict[str, Any] | None, name: str) -> MethodKey | None:
    """The method last used for `name` or, failing that, for other names under its closest
    parent domain (never just a top-level domain). None if that method cannot validate it."""
    methods = (memory or {}).get("methods") or {}
    ident = parse_identifier(name)
    keys = [ident.value]
    if not ident.is_wildcard and ident.type == "dns":
        labels = ident.value.split(".")
        keys += ["." + ".".join(labels[i:]) for i in range(1, len(labels) - 1)]
    for candidate in keys:
        found = methods.get(candidate)
        if isinstance(found, str) and found in {m.value for m in MethodKey}:
            key = MethodKey(found)
            return key if method(key).accepts(ident) else None
    return None


def recall_methods(memory: dict[str, Any] | None, flow: NewCertificateFlow) -> None:
    """Choose for each name the method used for it last time: the most common one becomes
    the default, the others per name."""
    chosen = {i.value: remembered_method(memory, i.value)
              for i in flow.draft.names.identifiers}
    known = [k for k in chosen.values() if k is not None]
    if not known:
        return
    default = max(set(known), key=known.count)
    flow.set_method(default)
    for name, key in chosen.items():
        if key is not None and key != default:
            flow.set_method(key, name)
