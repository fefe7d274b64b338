"""The acme library's ClientNetwork, fixed for certdesk's needs.

- The JWS algorithm follows the key (ES256/ES384/RS256); the library defaults to RS256 and fails
  with a bare AssertionError on an EC key.
- badNonce is retried with a short backoff for up to a time budget, not a count (the library
  retries once): a CA that rejects most nonces but works still gets through. The waits go
  through the operation's cancel token, so a cancel never waits for them.
- Retry-After on error responses is kept (rateLimited), network failures become AcmeError.
- An extra CA bundle can be trusted for private ACME servers.
- The environment's proxy and CA bundle variables are read once per host, not on every request
  (requests scans the whole environment twice per request: a fifth of an order's CPU time).
- ClientNetwork is not thread-safe (one nonce set, `account` toggled during requests): every
  request goes through one lock, and each operation builds its own client. What is shared
  between clients, and safe to share, comes in: the HTTP session (keep-alive connections) and
  the CA's unused nonces (app.acme.connections).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

import requests
from acme import errors as acme_errors
from acme import messages
from acme.client import ClientNetwork
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from josepy.errors import DeserializationError
from josepy.jwa import ES256, ES384, ES512, RS256, JWASignature
from josepy.jwk import JWK, JWKEC, JWKRSA

from app import __version__
from app.acme.connection_cause import connection_cause
from app.acme.connections import NoncePool
from app.acme.problems import problem_to_error
from app.acme.retry_after import parse_retry_after
from app.cancel import NEVER_CANCELLED, CancelToken
from app.crypto.keys import PrivateKey
from app.errors import AcmeError

log = logging.getLogger(__name__)

#: How long one request may take before the CA is considered unreachable (seconds).
REQUEST_TIMEOUT: float = 45.0
#: How long one request keeps retrying badNonce (each answer carries a fresh nonce).
BAD_NONCE_BUDGET = 60.0
_FIRST_NONCE_WAIT = 0.02
_MAX_NONCE_WAIT = 0.5


def jwk_for(key: PrivateKey) -> JWK:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return JWKEC(key=key)
    return JWKRSA(key=key)


def alg_for(key: PrivateKey) -> JWASignature:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return {256: ES256, 384: ES384, 521: ES512}[key.curve.key_size]
    assert isinstance(key, rsa.RSAPrivateKey)
    return RS256


class _ProblemWithRetryAfter(Exception):
    def __init__(self, error: messages.Error, retry_after: str | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class CertdeskNetwork(ClientNetwork):
    def __init__(self, key: PrivateKey, *, account_uri: str | None = None,
                 ca_bundle: str | None = None, timeout: float | None = None,
                 cancel: CancelToken = NEVER_CANCELLED,
                 bad_nonce_budget: float = BAD_NONCE_BUDGET,
                 monotonic: Callable[[], float] = time.monotonic,
                 session: requests.Session | None = None,
                 nonces: NoncePool | None = None) -> None:
        """`session` and `nonces`, when given, are shared with other clients of the same CA
        (the session is then not closed with this network)."""
        super().__init__(jwk_for(key), alg=alg_for(key),
                         verify_ssl=ca_bundle or _environment_bundle() or True,  # type: ignore[arg-type]  # requests' verify
                         user_agent=f"certdesk/{__version__}",
                         timeout=timeout if timeout is not None else REQUEST_TIMEOUT)  # type: ignore[arg-type]
        self.lock = threading.RLock()
        self.cancel = cancel
        self.bad_nonce_budget = bad_nonce_budget
        self._monotonic = monotonic
        self.bad_nonce_retries = 0  # over this network's life, for logs and tests
        self.set_account_uri(account_uri)
        # What requests would take from the environment on each request, taken once: the CA
        # bundle variables when no bundle is given, the proxies per host (below).
        self._own_session = session is None
        if session is not None:
            self.session.close()  # the one the library made, unused
            self.session = session
        self.session.trust_env = False
        self._proxies: dict[str, dict[str, str]] = {}
        self._shared_nonces = nonces

    def __del__(self) -> None:
        if getattr(self, "_own_session", True):
            super().__del__()

    def _add_nonce(self, response: requests.Response) -> None:
        super()._add_nonce(response)  # checks the header as the library does
        if self._shared_nonces is not None:
            self._shared_nonces.add(self._nonces.pop())

    def _get_nonce(self, url: str, new_nonce_url: str) -> str:
        if self._shared_nonces is None:
            return super()._get_nonce(url, new_nonce_url)
        while True:  # another client may take the nonce just fetched: then fetch again
            nonce = self._shared_nonces.take()
            if nonce is not None:
                return nonce
            self._add_nonce(self._check_response(self.head(new_nonce_url or url),
                                                 content_type=None))

    def _proxies_for(self, url: str) -> dict[str, str]:
        """The environment's proxies for url's scheme and host (none when no_proxy names
        it), as requests works them out."""
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        found = self._proxies.get(key)
        if found is None:
            found = self._proxies[key] = dict(requests.utils.get_environ_proxies(key))
        return found

    def set_account_uri(self, uri: str | None) -> None:
        self.account = (messages.RegistrationResource(uri=uri, body=messages.Registration())
                        if uri else None)

    @classmethod
    def _check_response(cls, response: requests.Response,
                        content_type: str | None = None) -> requests.Response:
        if response.status_code == 409:
            # RFC 8555 uses 409 for e.g. alreadyReplaced; the library drops the problem body.
            try:
                problem = messages.Error.from_json(response.json())
            except (ValueError, DeserializationError):
                problem = None
            if problem is not None:
                raise _ProblemWithRetryAfter(problem, response.headers.get("Retry-After"))
        try:
            return super()._check_response(response, content_type=content_type)
        except messages.Error as error:
            raise _ProblemWithRetryAfter(error, response.headers.get("Retry-After")) from None

    def _send_request(self, method: str, url: str, *args: Any, **kwargs: Any
                      ) -> requests.Response:
        kwargs.setdefault("proxies", self._proxies_for(url))
        try:
            return super()._send_request(method, url, *args, **kwargs)
        except requests.exceptions.SSLError as exc:
            cause = connection_cause(exc) or "certificate not trusted"
            hint = ("Check the directory URL's host name." if cause.startswith("host name")
                    else "For a private CA, choose its root certificate as the CA bundle "
                         "(the CA bundle field when adding the account, or --ca-bundle or "
                         "CERTDESK_CA_BUNDLE on the command line).")
            raise AcmeError(
                f"{cause[0].upper()}{cause[1:]}: the TLS certificate of the ACME server at "
                f"{_host(url)} was refused.", hint, detail=str(exc)) from exc
        except requests.exceptions.RequestException as exc:
            cause = connection_cause(exc)
            raise AcmeError(
                (f"{cause[0].upper()}{cause[1:]}: " if cause else "")
                + f"could not reach the ACME server at {_host(url)}.",
                "Check the network connection, proxy and the directory URL, then try again.",
                detail=str(exc)) from exc

    def post(self, url: str, obj: Any, *args: Any, **kwargs: Any) -> requests.Response:
        with self.lock:
            deadline = self._monotonic() + self.bad_nonce_budget
            wait = _FIRST_NONCE_WAIT
            while True:
                self.cancel.check()
                try:
                    return self._post_once(url, obj, *args, **kwargs)
                except _ProblemWithRetryAfter as exc:
                    if exc.error.code != "badNonce" or self._monotonic() + wait > deadline:
                        raise self._to_error(exc) from None
                    self.bad_nonce_retries += 1
                    log.debug("badNonce on %s, retry %d", url, self.bad_nonce_retries)
                    self.cancel.sleep(wait)
                    wait = min(wait * 2, _MAX_NONCE_WAIT)
                except acme_errors.ConflictError:
                    raise
                except acme_errors.ClientError as exc:
                    raise AcmeError(f"The ACME server at {_host(url)} sent an unexpected answer.",
                                    "Check the directory URL; try again later.",
                                    detail=str(exc)) from exc

    def get(self, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        with self.lock:
            try:
                return super().get(url, *args, **kwargs)
            except _ProblemWithRetryAfter as exc:
                raise self._to_error(exc) from None
            except acme_errors.ClientError as exc:
                raise AcmeError(f"{url} did not return an ACME resource.",
                                "Check the directory URL.", detail=str(exc)) from exc

    @staticmethod
    def _to_error(exc: _ProblemWithRetryAfter) -> AcmeError:
        retry = parse_retry_after(exc.retry_after, dt.datetime.now(dt.UTC))
        return problem_to_error(exc.error.to_partial_json(), retry_after=retry)


def _environment_bundle() -> str | None:
    """The CA bundle requests takes from the environment when none is given."""
    return os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or None


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url
