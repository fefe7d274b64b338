"""http-01: webroot, manual and listener modes with the self-check, against real servers."""

from __future__ import annotations

import functools
import socket
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from app.challenge_options import Http01Listener, Http01Manual, Http01Webroot
from app.domain import ChallengeConfig
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask, NeedsUserAction
from app.validation.http_webroot import WebrootSolver
from app.validation.registry import build_solver, solver_for_leftover
from tests.app.validation.conftest import ScriptedInteraction, leftovers_of, make_ctx
from tests.support.ports import free_port


def task(token: str = "tok123", identifier: str = "www.example.test") -> ChallengeTask:
    return ChallengeTask(order_id="o1", identifier=identifier, identifier_type="dns",
                         challenge_type="http-01", token=token,
                         key_authorization=f"{token}.thumbprint",
                         challenge_url="https://ca.test/chall/1")


def local_get(port: int):
    """ctx.http_get that reaches NAME:port at 127.0.0.1 (the test names do not resolve)."""
    def get(url: str, timeout: float) -> tuple[int, bytes]:
        path = url.split("/", 3)[3]
        r = requests.get(f"http://127.0.0.1:{port}/{path}", timeout=timeout)
        return r.status_code, r.content
    return get


@pytest.fixture
def webserver(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield root, server.server_address[1]
    server.shutdown()
    server.server_close()


def test_webroot_writes_checks_and_removes(webserver):
    root, port = webserver
    ctx = make_ctx(http_get=local_get(port))
    solver = build_solver(ChallengeConfig(Http01Webroot(webroot=str(root))),
                          ctx)
    tasks = [task("t1"), task("t2", "example.test")]
    solver.present(tasks)
    path = root / ".well-known" / "acme-challenge" / "t1"
    assert path.read_text() == "t1.thumbprint"
    assert len(leftovers_of(ctx).items) == 2
    solver.wait_until_ready(tasks)
    solver.cleanup(tasks)
    assert not path.exists() and leftovers_of(ctx).items == {}


def test_webroot_self_check_shows_what_came_back(webserver, tmp_path):
    _root, port = webserver
    elsewhere = tmp_path / "not-served"
    elsewhere.mkdir()
    ctx = make_ctx(http_get=local_get(port))
    solver = build_solver(ChallengeConfig(Http01Webroot(webroot=str(elsewhere))), ctx)
    tasks = [task()]
    solver.present(tasks)
    with pytest.raises(ValidationFailed) as info:
        solver.wait_until_ready(tasks)
    solver.cleanup(tasks)
    assert "HTTP 404" in info.value.message and "www.example.test" in info.value.message
    assert "no failed validation was counted" in info.value.hint
    assert not any(elsewhere.rglob("tok123"))


@pytest.mark.parametrize("send_anyway", [True, False])
def test_failed_self_check_asks_whoever_is_there(webserver, tmp_path, send_anyway):
    _root, port = webserver
    elsewhere = tmp_path / "not-served"
    elsewhere.mkdir()
    interaction = ScriptedInteraction(answer=send_anyway)
    ctx = make_ctx(http_get=local_get(port), interaction=interaction)
    solver = build_solver(ChallengeConfig(Http01Webroot(webroot=str(elsewhere))), ctx)
    tasks = [task()]
    solver.present(tasks)
    try:
        if send_anyway:
            solver.wait_until_ready(tasks)  # the user chose to go on: no error
        else:
            with pytest.raises(ValidationFailed, match="HTTP 404"):
                solver.wait_until_ready(tasks)
    finally:
        solver.cleanup(tasks)
    [question] = interaction.actions
    assert question.kind == "self-check-failed" and "HTTP 404" in question.instructions


def test_webroot_leftover_after_crash(webserver):
    root, _port = webserver
    ctx = make_ctx()
    solver = build_solver(ChallengeConfig(Http01Webroot(webroot=str(root))),
                          ctx)
    solver.present([task()])
    [(_o, kind, data)] = leftovers_of(ctx).items.values()
    assert solver_for_leftover(kind) is WebrootSolver
    WebrootSolver.cleanup_leftover(data, make_ctx())
    assert not (root / ".well-known" / "acme-challenge" / "tok123").exists()


def test_webroot_missing_folder(tmp_path):
    solver = build_solver(ChallengeConfig(Http01Webroot(webroot=str(tmp_path / "nope"))),
                          make_ctx())
    with pytest.raises(ValidationFailed) as info:
        solver.present([task()])
    assert "not a folder" in info.value.message


def test_unreachable_url_only_warns(webserver):
    root, _port = webserver
    events: list[ProgressEvent] = []
    ctx = make_ctx(progress=events.append,
                   http_get=local_get(free_port()))  # nothing listens there
    solver = build_solver(ChallengeConfig(Http01Webroot(webroot=str(root))),
                          ctx)
    solver.present([task()])
    solver.wait_until_ready([task()])
    solver.cleanup([task()])
    assert any("Could not fetch" in e.message for e in events)


def test_manual_parks_then_passes_once_published(webserver):
    root, port = webserver
    ctx = make_ctx(http_get=local_get(port))
    config = ChallengeConfig(Http01Manual())
    with pytest.raises(NeedsUserAction) as info:
        build_solver(config, ctx).present([task()])
    [record] = info.value.action.records
    assert record["url"] == "http://www.example.test/.well-known/acme-challenge/tok123"
    assert record["value"] == "tok123.thumbprint"
    target = root / record["name"]
    target.parent.mkdir(parents=True)
    target.write_text(record["value"] + "\n")
    solver = build_solver(config, ctx)
    solver.present([task()])  # resumed: already served, no prompt
    solver.wait_until_ready([task()])


def test_manual_with_interaction(webserver):
    root, port = webserver

    def publish(action):
        for record in action.records:
            target = root / record["name"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(record["value"])

    interaction = ScriptedInteraction(on_confirm=publish)
    ctx = make_ctx(http_get=local_get(port), interaction=interaction)
    events: list[ProgressEvent] = []
    ctx.progress = events.append
    solver = build_solver(ChallengeConfig(Http01Manual()), ctx)
    solver.present([task()])
    solver.wait_until_ready([task()])
    assert "tok123.thumbprint" in interaction.actions[0].instructions
    # "You can remove the files" only once the CA has validated, never on cleanup alone
    # (cleanup also runs when the order failed).
    solver.cleanup([task()])
    assert not any("remove the challenge files" in e.message for e in events)
    solver.validated([task()])
    assert "remove the challenge files" in events[-1].message


def test_listener_serves_and_self_checks():
    port = free_port()
    ctx = make_ctx(http_get=local_get(port))
    solver = build_solver(ChallengeConfig(Http01Listener(address="127.0.0.1", port=port)), ctx)
    solver.present([task()])
    try:
        solver.wait_until_ready([task()])
        other = requests.get(f"http://127.0.0.1:{port}/.well-known/acme-challenge/other",
                             timeout=5)
        assert other.status_code == 404  # only pending tokens are served
    finally:
        solver.cleanup([task()])
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/", timeout=2)


def test_listener_port_busy_is_a_clear_error():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        solver = build_solver(ChallengeConfig(Http01Listener(address="127.0.0.1", port=port)),
                              make_ctx())
        with pytest.raises(ValidationFailed) as info:
            solver.present([task()])
        solver.cleanup([task()])
    assert "already in use" in info.value.message and "webroot" in info.value.hint


def test_fetcher_from_resources_when_the_context_has_none(webserver):

    root, port = webserver
    ctx = make_ctx()
    ctx.resources.http_get = local_get(port)
    solver = build_solver(ChallengeConfig(Http01Webroot(webroot=str(root / "elsewhere"))), ctx)
    (root / "elsewhere").mkdir()
    solver.present([task()])
    with pytest.raises(ValidationFailed):
        solver.wait_until_ready([task()])
    solver.cleanup([task()])


def test_webroot_writes_an_iis_web_config_once_and_leaves_it(tmp_path: Path) -> None:
    """IIS answers 404.3 for extensionless files unless the folder maps them to a type."""
    root = tmp_path / "wwwroot"
    root.mkdir()
    solver = build_solver(ChallengeConfig(Http01Webroot(webroot=str(root))),
                          make_ctx())
    solver.present([task()])
    config = root / ".well-known" / "acme-challenge" / "web.config"
    assert b'<mimeMap fileExtension="." mimeType="text/plain" />' in config.read_bytes()
    solver.cleanup([task()])
    assert config.exists()  # other orders may use the folder; the next renewal needs it too
    config.write_text("<configuration>mine</configuration>")
    solver.present([task()])
    solver.cleanup([task()])
    assert config.read_text() == "<configuration>mine</configuration>"
