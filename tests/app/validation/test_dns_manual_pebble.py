"""Manual dns-01 against Pebble: when the user is told the TXT records may go."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.cancel import CancelToken
from app.challenge_options import Dns01Manual
from app.domain import ChallengeConfig, ValidationPlan
from app.errors import CertdeskError
from app.progress import ProgressEvent
from app.services.certificates import IssueRequest
from app.validation.base import ManualAction
from tests.support.acme_env import new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble

DELETE_NOTE = "You can delete the _acme-challenge TXT records now"


class Admin:
    """Creates each record in the challtestsrv, with the wrong value when told to."""

    def __init__(self, pebble: Pebble, *, wrong: bool = False) -> None:
        assert pebble.challtestsrv is not None
        self.srv = pebble.challtestsrv
        self.wrong = wrong
        self.names: list[str] = []

    def confirm(self, action: ManualAction, cancel: CancelToken) -> bool:
        for record in action.records:  # "dns-propagation" (continue anyway?) has none: yes
            self.names.append(record["name"])
            self.srv.set_txt(record["name"], "wrong" if self.wrong else record["value"])
        return True


def _plan(pebble: Pebble) -> ValidationPlan:
    assert pebble.challtestsrv is not None
    return ValidationPlan(ChallengeConfig(Dns01Manual(resolvers=(pebble.challtestsrv.resolver,),
                                                      propagation_timeout=0.1)))


@pytest.mark.parametrize("wrong", [False, True], ids=["validated", "refused"])
def test_delete_note_only_after_every_authorization_is_valid(home: Path, pebble: Pebble,
                                                              wrong: bool) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    admin = Admin(pebble, wrong=wrong)
    events: list[ProgressEvent] = []

    def progress(event: ProgressEvent) -> None:
        events.append(event)

    name = f"manual-{uuid.uuid4().hex[:8]}.example.com"
    request = IssueRequest(account.id, names=[name], validation=_plan(pebble))
    try:
        if wrong:
            with pytest.raises(CertdeskError):
                services.certificates.issue(request, progress=progress,
                                            interaction=admin)
        else:
            services.certificates.issue(request, progress=progress, interaction=admin)
    finally:
        for record_name in admin.names:
            admin.srv.clear_txt(record_name)
        services.close()
    messages = [e.message for e in events]
    if wrong:
        assert DELETE_NOTE not in messages
    else:
        assert messages.index(DELETE_NOTE) > messages.index("All names validated")
