"""Chain validation that says precisely what is wrong, link by link.

A TLS library answers "unable to get local issuer certificate"; an admin needs "the chain
ends at R11, whose issuer ISRG Root X1 is not among the trusted roots" or "the chain is in
the wrong order". Each problem has a stable `code` for the UI and a sentence for people.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes

from app.crypto.formats.describe import display_name, is_self_signed


@dataclass(frozen=True)
class ChainProblem:
    code: str  # expired | not-yet-valid | wrong-issuer | wrong-order | bad-signature | not-a-ca
    #            | issuer-missing | untrusted-root | no-chain
    severity: str  # error | warning
    message: str
    certificate: str  # display name of the certificate concerned


@dataclass(frozen=True)
class ChainReport:
    path: tuple[str, ...]  # display names, leaf first
    problems: tuple[ChainProblem, ...]
    trusted_root: str | None  # the root the chain was anchored to, when roots were given
    roots_checked: bool

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def summary(self) -> str:
        if not self.problems:
            anchor = f", trusted through {self.trusted_root}" if self.trusted_root else ""
            return "The chain is complete and valid" + anchor + "."
        return " ".join(p.message for p in self.problems)


def check_chain(leaf: x509.Certificate, chain: Sequence[x509.Certificate], *,
                at: dt.datetime, roots: Sequence[x509.Certificate] = ()) -> ChainReport:
    certs = [leaf, *chain]
    problems: list[ChainProblem] = []
    for cert in certs:
        problems.extend(_validity(cert, at))
    for child, parent in itertools.pairwise(certs):
        problems.extend(_link(child, parent, certs))
    top = certs[-1]
    trusted: str | None = None
    if not chain and not is_self_signed(leaf):
        problems.append(ChainProblem(
            "no-chain", "warning",
            f"No intermediate certificates are included: '{display_name(leaf)}' was issued by "
            f"'{_issuer_name(leaf)}', and servers must send that certificate too.",
            display_name(leaf)))
    if roots:
        trusted, problem = _anchor(top, roots)
        if problem is not None:
            problems.append(problem)
        elif trusted is not None:
            problems.extend(_validity_of_root(roots, top, at))
    return ChainReport(tuple(display_name(c) for c in certs), tuple(problems), trusted,
                       bool(roots))


def _issuer_name(cert: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    cns = cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(cns[0].value) if cns else cert.issuer.rfc4514_string()


def _validity(cert: x509.Certificate, at: dt.datetime) -> list[ChainProblem]:
    name = display_name(cert)
    if at > cert.not_valid_after_utc:
        return [ChainProblem("expired", "error",
                             f"'{name}' expired on {cert.not_valid_after_utc:%Y-%m-%d %H:%M} UTC.",
                             name)]
    if at < cert.not_valid_before_utc:
        return [ChainProblem("not-yet-valid", "error",
                             f"'{name}' is not valid before "
                             f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC.", name)]
    return []


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _link(child: x509.Certificate, parent: x509.Certificate,
          certs: list[x509.Certificate]) -> list[ChainProblem]:
    name, parent_name = display_name(child), display_name(parent)
    if child.issuer != parent.subject:
        elsewhere = any(c.subject == child.issuer for c in certs if c is not parent)
        if elsewhere:
            return [ChainProblem(
                "wrong-order", "error",
                f"The chain is in the wrong order: '{name}' was issued by "
                f"'{_issuer_name(child)}', but the next certificate is '{parent_name}'.", name)]
        return [ChainProblem(
            "wrong-issuer", "error",
            f"'{name}' was issued by '{_issuer_name(child)}', but the chain continues with "
            f"'{parent_name}', which did not issue it.", name)]
    problems: list[ChainProblem] = []
    try:
        child.verify_directly_issued_by(parent)
    except InvalidSignature:
        problems.append(ChainProblem(
            "bad-signature", "error",
            f"'{name}' names '{parent_name}' as its issuer, but that certificate's key did not "
            "sign it (a different certificate with the same name, or a damaged file).", name))
    except (ValueError, TypeError) as exc:
        problems.append(ChainProblem("bad-signature", "error",
                                     f"The signature on '{name}' could not be checked: {exc}.",
                                     name))
    if not _is_ca(parent):
        problems.append(ChainProblem(
            "not-a-ca", "error",
            f"'{parent_name}' is not a CA certificate, so it cannot issue '{name}'.",
            parent_name))
    return problems


def _anchor(top: x509.Certificate, roots: Sequence[x509.Certificate]
            ) -> tuple[str | None, ChainProblem | None]:
    name = display_name(top)
    fingerprints = {r.fingerprint(hashes.SHA256()) for r in roots}
    if top.fingerprint(hashes.SHA256()) in fingerprints:
        return name, None
    if is_self_signed(top):
        return None, ChainProblem(
            "untrusted-root", "error",
            f"The chain ends at the root '{name}', which is not a trusted root.", name)
    for root in roots:
        if root.subject == top.issuer:
            try:
                top.verify_directly_issued_by(root)
            except Exception:
                continue
            return display_name(root), None
    return None, ChainProblem(
        "issuer-missing", "error",
        f"The chain ends at '{name}', issued by '{_issuer_name(top)}', which is not among the "
        "trusted roots (an intermediate certificate is missing, or the root is not trusted).",
        name)


def _validity_of_root(roots: Sequence[x509.Certificate], top: x509.Certificate,
                      at: dt.datetime) -> list[ChainProblem]:
    for root in roots:
        if root.subject == top.issuer and root is not top:
            return _validity(root, at)
    return []
