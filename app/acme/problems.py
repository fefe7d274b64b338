"""ACME problem documents (RFC 8555 §6.7) turned into messages that say what to do."""

from __future__ import annotations

from typing import Any

from app.errors import AcmeError

_PREFIX = "urn:ietf:params:acme:error:"

# type -> (what happened, what to do)
_ADVICE: dict[str, tuple[str, str]] = {
    "accountDoesNotExist": (
        "The CA does not know this account (it may have been deleted or the CA was reset).",
        "Register it again with the same key: 'Register again' on the Accounts tab, or "
        "certdesk-cli account reregister."),
    "alreadyReplaced": (
        "The CA says this certificate was already replaced by another order.",
        "certdesk retries without marking it as a replacement; if this persists, issue anew."),
    "alreadyRevoked": ("The certificate is already revoked.", "Nothing more to do."),
    "badCSR": ("The CA rejected the certificate signing request.",
               "Check the key type and names; if you supplied a CSR, generate a new one."),
    "badNonce": ("The CA rejected a replay nonce repeatedly.", "Try again in a minute."),
    "badPublicKey": ("The CA does not accept this key type.",
                     "Choose another key type (EC P-256 or RSA 2048 are accepted everywhere)."),
    "badRevocationReason": ("The CA does not accept this revocation reason.",
                            "Choose another reason (unspecified, keyCompromise, superseded, "
                            "cessationOfOperation)."),
    "badSignatureAlgorithm": ("The CA does not accept this account key's signature algorithm.",
                              "Create the account with an EC P-256 or RSA key."),
    "caa": ("A CAA record on the domain forbids this CA from issuing.",
            "Add a CAA record allowing this CA (e.g. 0 issue \"letsencrypt.org\") or remove "
            "the restrictive one."),
    "compound": ("Several problems occurred.", "See the details for each name."),
    "connection": ("The CA could not connect to your server to validate the name.",
                   "Check that the name points to this server and the port is reachable from "
                   "the internet, or use DNS validation."),
    "dns": ("The CA could not look up the name in DNS.",
            "Check the DNS records of the name and its nameservers, then try again."),
    "externalAccountRequired": (
        "This CA requires external account binding (EAB).",
        "Get a key identifier and HMAC key from the CA's website and add them."),
    "incorrectResponse": (
        "The CA reached your server, but the validation response was wrong.",
        "Check that nothing else answers for this name (another web server, a proxy or CDN)."),
    "invalidContact": ("The CA rejected the contact e-mail address.",
                       "Use a real, deliverable e-mail address."),
    "invalidProfile": ("The CA does not offer the requested certificate profile.",
                       "Choose one of the profiles the CA lists, or leave the profile empty."),
    "malformed": ("The CA rejected a request as malformed.",
                  "This may be a certdesk bug; the details show what the CA said."),
    "orderNotReady": ("The order is not ready to be finalised.",
                      "Validation has not completed; resume the order."),
    "rateLimited": ("The CA's rate limit was reached.",
                    "Wait until the time the CA gives, then try again; use a staging CA for "
                    "tests."),
    "rejectedIdentifier": ("The CA will not issue for one of the names.",
                           "Remove that name (the CA's policy forbids it)."),
    "serverInternal": ("The CA had an internal error.", "Try again later."),
    "tls": ("The CA could not complete a TLS connection to validate the name.",
            "Check the TLS-ALPN responder / port 443 forwarding, or use another method."),
    "unauthorized": ("The CA refused: this account is not authorised for that.",
                     "Check that the names are validated and belong to this account."),
    "unsupportedContact": ("The CA does not support this contact type.",
                           "Use a mailto: e-mail address."),
    "unsupportedIdentifier": ("The CA does not support one of the identifiers.",
                              "IP addresses, for example, are supported only by some CAs."),
    "userActionRequired": ("The CA needs you to do something first (often: accept new terms).",
                           "Open the link the CA gave, then try again."),
}


def problem_to_error(problem: dict[str, Any] | Any, *, retry_after: float | None = None,
                     context: str = "") -> AcmeError:
    """Build an AcmeError from a problem document (dict) or an acme.messages.Error."""
    if not isinstance(problem, dict):
        problem = problem.to_partial_json() if hasattr(problem, "to_partial_json") else {
            "detail": str(problem)}
    ptype = str(problem.get("type") or "")
    short = ptype[len(_PREFIX):] if ptype.startswith(_PREFIX) else ptype
    detail = str(problem.get("detail") or "")
    what, todo = _ADVICE.get(short, (f"The CA reported a problem ({short or 'unknown'}).",
                                     "See the details; try again later."))
    subs = problem.get("subproblems") or []
    sub_lines = []
    for sub in subs:
        ident = (sub.get("identifier") or {}).get("value", "")
        sub_lines.append(f"{ident}: {sub.get('detail', '')}".strip(": "))
    if short == "rateLimited" and retry_after:
        todo = f"Wait about {_human_seconds(retry_after)} before trying again."
    instance = str(problem.get("instance") or "")
    if short == "userActionRequired" and instance:
        todo = f"Open {instance} and follow the CA's instructions, then try again."
    message = f"{context}: {what}" if context else what
    if detail:
        message += f" The CA said: {detail}"
    full_detail = "\n".join([ptype, detail, *sub_lines, instance]).strip()
    return AcmeError(message, todo, detail=full_detail, problem_type=short,
                     retry_after_seconds=retry_after, url=instance)


def _human_seconds(seconds: float) -> str:
    if seconds < 90:
        return f"{int(seconds)} seconds"
    if seconds < 5400:
        return f"{round(seconds / 60)} minutes"
    if seconds < 172800:
        return f"{round(seconds / 3600)} hours"
    return f"{round(seconds / 86400)} days"
