"""The http-01 self-check: fetch the challenge URL as the CA would, before answering.

A failed validation counts against the CA's rate limits (Let's Encrypt: 5 per account, name
and hour), so wrong content or an error status stops the order here with what came back.
When the URL cannot be fetched from this computer at all (no local DNS for the name, NAT
without hairpinning) the check cannot tell and only warns.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Sequence

import requests

from app.challenge_options import HttpOptions
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask, ManualAction, SolverContext

log = logging.getLogger(__name__)

PREFIX = "/.well-known/acme-challenge/"
_TRAILING = b"\r\n\t "


def challenge_url(task: ChallengeTask, port: int = 80) -> str:
    host = task.identifier
    try:
        if ipaddress.ip_address(host).version == 6:
            host = f"[{host}]"
    except ValueError:
        pass
    where = host if port == 80 else f"{host}:{port}"
    return f"http://{where}{PREFIX}{task.token}"


def _default_get(url: str, timeout: float) -> tuple[int, bytes]:
    # Like a CA: follow redirects, accept any certificate on an https redirect.
    response = requests.get(url, timeout=timeout, allow_redirects=True, verify=False,
                            headers={"User-Agent": "certdesk-self-check"})
    return response.status_code, response.content[:4096]


def probe(task: ChallengeTask, port: int, ctx: SolverContext) -> tuple[bool | None, str]:
    """(True, url) when served right, (False, what came back), (None, why it was not fetched)."""
    url = challenge_url(task, port)
    get = ctx.http_get or ctx.resources.http_get or _default_get
    try:
        status, body = get(url, 10.0)
    except (requests.RequestException, OSError) as exc:
        return None, f"Could not fetch {url} from this computer: {exc}"
    if status != 200 or body.rstrip(_TRAILING) != task.key_authorization.encode():
        shown = body[:120].decode("utf-8", "replace") if body else "an empty body"
        return False, f"{url} answered HTTP {status} with {shown!r}"
    return True, url


def self_check(tasks: Sequence[ChallengeTask], options: HttpOptions,
               ctx: SolverContext) -> None:
    if options.self_check is False:
        return
    port = options.check_port or 80
    for task in tasks:
        ctx.cancel.check()
        ok, detail = probe(task, port, ctx)
        if ok is None:
            log.info("self-check not possible: %s", detail)
            ctx.progress(ProgressEvent("http-self-check", detail, "running",
                                       "The CA may still reach it; answering anyway."))
            continue
        if not ok:
            message = (f"Self-check failed for {task.identifier}: {detail} instead of the "
                       "challenge content.")
            if _send_anyway(task, message, ctx):
                log.warning("self-check failed, answering anyway at the user's word: %s",
                            message)
                ctx.progress(ProgressEvent("http-self-check", message, "done",
                                           "Sent to the CA anyway."))
                continue
            raise ValidationFailed(
                message,
                f"Check that requests for this name on port {port} reach the web server or "
                "folder certdesk writes to (virtual host, proxy, redirects), then try again. "
                "Nothing was sent to the CA, so no failed validation was counted.",
                detail=f"expected {task.key_authorization!r}")
        ctx.progress(ProgressEvent("http-self-check", f"{detail} serves the right content",
                                   "done"))


def _send_anyway(task: ChallengeTask, message: str, ctx: SolverContext) -> bool:
    """A failed self-check is a warning when someone can choose: this computer may see the
    site differently from the CA (split DNS, a proxy). Without anyone to ask, it stops."""
    if ctx.interaction is None:
        return False
    action = ManualAction(
        order_id=task.order_id, kind="self-check-failed",
        title="The self-check failed",
        instructions=f"{message}\n\nThe CA may see the site differently from this computer "
                     "(split DNS, a proxy), but if it sees the same, the validation fails and "
                     "counts against the CA's limit of failed validations. Send the order to "
                     "the CA anyway?")
    return bool(ctx.interaction.confirm(action, ctx.cancel))
