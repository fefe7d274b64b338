"""One ACME conversation with one CA for one account key.

Bodies are plain dicts (the JSON the CA sent), which the order engine stores and resumes from.
Build one AcmeClient per operation: it is not meant to be shared between threads. Clients
built with the same `CaConnections` share keep-alive connections, the directory and unused
nonces (app.acme.connections).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

import requests
from acme import errors as acme_errors
from acme import jws as acme_jws
from acme import messages
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from josepy.b64 import b64encode
from josepy.errors import DeserializationError
from josepy.interfaces import JSONDeSerializable

from app.acme.ari import ari_cert_id
from app.acme.connections import CaConnections
from app.acme.network import CertdeskNetwork, alg_for, jwk_for
from app.acme.retry_after import parse_retry_after
from app.cancel import NEVER_CANCELLED, CancelToken
from app.crypto.keys import PrivateKey
from app.errors import AcmeError, InvalidInput
from app.names import Identifier

log = logging.getLogger(__name__)

PEM_CHAIN = "application/pem-certificate-chain"


@dataclass(frozen=True)
class DirectoryInfo:
    url: str
    terms_of_service: str | None
    website: str | None
    external_account_required: bool
    profiles: dict[str, str]
    renewal_info: bool
    caa_identities: tuple[str, ...]


@dataclass(frozen=True)
class Response:
    body: dict[str, Any]
    location: str | None
    retry_after: float | None  # seconds
    links: dict[str, list[str]]


@dataclass(frozen=True)
class RenewalInfo:
    start: dt.datetime
    end: dt.datetime
    explanation_url: str | None
    retry_after: float | None


class AcmeClient:
    def __init__(self, directory_url: str, key: PrivateKey, *, account_uri: str | None = None,
                 ca_bundle: str | None = None, cancel: CancelToken = NEVER_CANCELLED,
                 net: CertdeskNetwork | None = None,
                 connections: CaConnections | None = None) -> None:
        """`net` is injectable (as in certbot's ClientV2(directory, net)); by default one is
        built for `key`, trusting `ca_bundle`, waiting through `cancel`, over `connections`
        when given."""
        self.directory_url = directory_url
        self.key = key
        self._connections = connections
        self.net = net or CertdeskNetwork(
            key, account_uri=account_uri, ca_bundle=ca_bundle, cancel=cancel,
            session=connections.session() if connections else None,
            nonces=connections.nonces(directory_url) if connections else None)
        self._directory: messages.Directory | None = None
        self._raw_directory: dict[str, Any] = {}

    # -- directory -----------------------------------------------------------------------
    @property
    def directory(self) -> messages.Directory:
        if self._directory is None and self._connections is not None:
            known = self._connections.directory(self.directory_url)
            if known is not None:
                self._directory, self._raw_directory = known
        if self._directory is None:
            response = self.net.get(self.directory_url)
            try:
                raw = response.json()
                if not isinstance(raw, dict):
                    raise ValueError("the directory is not a JSON object")
                # Directory.from_json replaces raw["meta"] with its own object: keep a copy of
                # the JSON as the CA sent it first (terms, CAA identities, EAB, profiles).
                self._raw_directory = json.loads(json.dumps(raw))
                self._directory = messages.Directory.from_json(raw)
                if self._connections is not None:
                    self._connections.remember_directory(self.directory_url, self._directory,
                                                         self._raw_directory)
            except (ValueError, TypeError, AttributeError, KeyError, RecursionError,
                    DeserializationError) as exc:
                raise AcmeError(f"{self.directory_url} is not an ACME directory.",
                                "Check the directory URL.", detail=str(exc)) from exc
        return self._directory

    def _url(self, name: str) -> str:
        try:
            return str(self.directory[name])
        except KeyError:
            raise AcmeError(f"The CA does not offer '{name}'.",
                            "This CA does not support that operation.") from None

    def info(self) -> DirectoryInfo:
        _ = self.directory
        raw = self._raw_directory
        # What the CA sent, read defensively: a field of the wrong type counts as absent.
        found = raw.get("meta")
        meta: dict[str, Any] = found if isinstance(found, dict) else {}
        profiles = meta.get("profiles")
        identities = meta.get("caaIdentities")
        return DirectoryInfo(
            url=self.directory_url,
            terms_of_service=_text(meta.get("termsOfService")),
            website=_text(meta.get("website")),
            external_account_required=meta.get("externalAccountRequired") is True,
            profiles={k: v for k, v in profiles.items() if isinstance(v, str)}
            if isinstance(profiles, dict) else {},
            renewal_info=isinstance(raw.get("renewalInfo"), str),
            caa_identities=tuple(i for i in identities if isinstance(i, str))
            if isinstance(identities, list) else (),
        )

    # -- requests --------------------------------------------------------------------------
    def post(self, url: str, payload: Any) -> Response:
        kwargs: dict[str, Any] = {"new_nonce_url": self._url("newNonce")}
        obj = _Json(payload) if isinstance(payload, dict) else payload
        response = self.net.post(url, obj, **kwargs)
        return self._response(response)

    def post_as_get(self, url: str) -> Response:
        return self.post(url, None)

    def _response(self, response: requests.Response) -> Response:
        try:
            body = response.json() if response.content else {}
        except ValueError:
            body = {}
        links: dict[str, list[str]] = {}
        for link in requests.utils.parse_header_links(response.headers.get("Link", "")):
            if "rel" in link and "url" in link:
                links.setdefault(link["rel"], []).append(link["url"])
        return Response(
            body=body if isinstance(body, dict) else {},
            location=response.headers.get("Location"),
            retry_after=parse_retry_after(response.headers.get("Retry-After"),
                                          dt.datetime.now(dt.UTC)),
            links=links,
        )

    # -- accounts ----------------------------------------------------------------------------
    def register(self, emails: list[str], *, agree_tos: bool, eab_kid: str | None = None,
                 eab_hmac_key: str | None = None) -> Response:
        info = self.info()
        payload: dict[str, Any] = {"contact": [f"mailto:{e}" for e in emails]}
        if info.terms_of_service and not agree_tos:
            raise InvalidInput(f"The CA's terms of service ({info.terms_of_service}) must be "
                               "accepted before an account can be registered.",
                               "Read them, then agree: tick the box in Add account, or add "
                               "--agree-tos to certdesk-cli account add.")
        if agree_tos:
            payload["termsOfServiceAgreed"] = True
        if eab_kid or eab_hmac_key:
            if not (eab_kid and eab_hmac_key):
                raise InvalidInput("EAB needs both a key identifier and an HMAC key.",
                                   "Enter both values from the CA's website.")
            try:
                payload["externalAccountBinding"] = messages.ExternalAccountBinding.from_data(
                    jwk_for(self.key).public_key(), eab_kid, eab_hmac_key.strip(),
                    self.directory)
            except (ValueError, TypeError) as exc:
                raise InvalidInput("The EAB HMAC key is not valid base64url.",
                                   "Copy the HMAC key exactly as the CA shows it.") from exc
        elif info.external_account_required:
            raise InvalidInput("This CA requires external account binding (EAB).",
                               "Enter the key identifier and HMAC key from the CA's website.")
        self.net.set_account_uri(None)
        try:
            response = self.post(self._url("newAccount"), payload)
        except acme_errors.ConflictError as exc:  # pragma: no cover - RFC 8555 uses 200
            raise AcmeError("This key already has an account at the CA.",
                            "Use 'recover' to add the existing account.") from exc
        if not response.location:
            raise AcmeError("The CA did not return an account URL.", "Try again later.")
        self.net.set_account_uri(response.location)
        return response

    def find_existing(self) -> Response:
        """RFC 8555 §7.3.1 onlyReturnExisting: the account for this key, if any."""
        self.net.set_account_uri(None)
        response = self.post(self._url("newAccount"), {"onlyReturnExisting": True})
        if response.location:
            self.net.set_account_uri(response.location)
        return response

    def account(self, uri: str) -> Response:
        return self.post_as_get(uri)

    def update_account(self, uri: str, payload: dict[str, Any]) -> Response:
        return self.post(uri, payload)

    def key_change(self, account_uri: str, new_key: PrivateKey) -> None:
        """RFC 8555 §7.3.5: an inner JWS by the new key, inside an outer JWS by the old key."""
        url = self._url("keyChange")
        old_jwk = jwk_for(self.key).public_key()
        inner_payload = json.dumps({"account": account_uri,
                                    "oldKey": old_jwk.to_partial_json()}).encode()
        inner = acme_jws.JWS.sign(inner_payload, key=jwk_for(new_key), alg=alg_for(new_key),
                                  nonce=None, url=url)
        self.post(url, inner)

    # -- orders ------------------------------------------------------------------------------
    def new_order(self, identifiers: list[Identifier], *, profile: str | None = None,
                  replaces: str | None = None) -> Response:
        payload: dict[str, Any] = {
            "identifiers": [{"type": i.type, "value": i.value} for i in identifiers]}
        if profile:
            payload["profile"] = profile
        if replaces:
            payload["replaces"] = replaces
        response = self.post(self._url("newOrder"), payload)
        if not response.location:
            raise AcmeError("The CA did not return an order URL.", "Try again.")
        return response

    def finalize(self, finalize_url: str, csr_der: bytes) -> Response:
        return self.post(finalize_url, {"csr": b64encode(csr_der).decode("ascii")})

    def download_certificate(self, url: str) -> tuple[str, list[str]]:
        """The certificate chain PEM, and the PEMs of the alternate chains (RFC 8555 §7.4.2)."""
        nonce_url = self._url("newNonce")
        headers = {"Content-Type": "application/jose+json", "Accept": PEM_CHAIN}
        main = self.net.post(url, None, headers=headers, new_nonce_url=nonce_url)
        alternates: list[str] = []
        for link in requests.utils.parse_header_links(main.headers.get("Link", "")):
            if link.get("rel") == "alternate" and link.get("url"):
                alternates.append(self.net.post(link["url"], None, headers=dict(headers),
                                                new_nonce_url=nonce_url).text)
        return main.text, alternates

    def revoke(self, cert: x509.Certificate, reason: int) -> None:
        der = cert.public_bytes(serialization.Encoding.DER)
        self.post(self._url("revokeCert"),
                  {"certificate": b64encode(der).decode("ascii"), "reason": reason})

    # -- ARI (RFC 9773) --------------------------------------------------------------------
    def renewal_info(self, cert: x509.Certificate) -> RenewalInfo | None:
        _ = self.directory
        if "renewalInfo" not in self._raw_directory:
            return None
        url = str(self.directory["renewalInfo"]).rstrip("/") + "/" + ari_cert_id(cert)
        response = self.net.get(url)
        body = response.json()
        window = body.get("suggestedWindow") or {}
        try:
            start = dt.datetime.fromisoformat(window["start"].replace("Z", "+00:00"))
            end = dt.datetime.fromisoformat(window["end"].replace("Z", "+00:00"))
        except (KeyError, ValueError, AttributeError) as exc:
            raise AcmeError("The CA's renewal information is malformed.",
                            "certdesk falls back to renewing at a third of the lifetime.",
                            detail=str(body)) from exc
        return RenewalInfo(start, end, body.get("explanationURL"),
                           parse_retry_after(response.headers.get("Retry-After"),
                                             dt.datetime.now(dt.UTC)))


class _Json(JSONDeSerializable):
    """A plain dict as a josepy object, so ClientNetwork can sign it."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_partial_json(self) -> dict[str, Any]:
        return self.data

    @classmethod
    def from_json(cls, jobj: Any) -> _Json:
        return cls(dict(jobj))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
