"""http-01 by hand: show the URL and the exact content, wait for the user, self-check."""

from __future__ import annotations

from collections.abc import Sequence

from app.challenge_options import Http01Manual
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask, ManualAction, Solver, SolverContext
from app.validation.dns_common import ask_user
from app.validation.http_check import challenge_url, probe, self_check


class ManualHttpSolver(Solver):
    challenge_type = "http-01"

    def __init__(self, options: Http01Manual, ctx: SolverContext) -> None:
        super().__init__(ctx)
        self.options = options
        self.port = options.check_port or 80

    def _already_served(self, tasks: Sequence[ChallengeTask]) -> bool:
        return all(probe(t, self.port, self.ctx)[0] is True for t in tasks)

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        if self._already_served(tasks):
            return
        files = tuple({"url": challenge_url(t, self.port), "type": "http-file",
                       "name": f".well-known/acme-challenge/{t.token}",
                       "value": t.key_authorization} for t in tasks)
        lines = "\n".join(f"  {f['url']}\n    content: {f['value']}" for f in files)
        action = ManualAction(
            order_id=tasks[0].order_id if tasks else "", kind="http-file",
            title="Publish these challenge files",
            instructions="Make each URL return exactly its content (plain text, no HTML, "
                         "HTTP 200), then continue:\n" + lines,
            records=files)
        self.ctx.progress(ProgressEvent("http-manual", action.title, "waiting", lines))
        ask_user(action, self.ctx)

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        self_check(tasks, self.options, self.ctx)

    def validated(self, tasks: Sequence[ChallengeTask]) -> None:
        # Only now: before the CA has validated every name, the files are still needed.
        if tasks:
            self.ctx.progress(ProgressEvent("http-manual", "You can remove the challenge files "
                                            "now", "done"))

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        """The files are the user's to remove; nothing of ours to undo."""
