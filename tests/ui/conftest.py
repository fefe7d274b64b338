"""GUI test fixtures: an isolated QSettings, services over a fresh home, an AppContext."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from app.services.bootstrap import open_services
from app.services.container import Services
from app.services.preferences import PreferencesService
from tests.support.pebble import Pebble
from ui.bridge import CoreEventBridge
from ui.context import AppContext
from ui.tasks import InlineTaskRunner, Runner, TaskRunner
from ui.translations import install as install_translations
from ui.translations import remove as remove_translations


@pytest.fixture(autouse=True, scope="session")
def english_translations(qapp: QCoreApplication) -> Iterator[None]:
    """What the app installs for an English system: the English plural forms."""
    translators = install_translations(qapp, QLocale(QLocale.Language.English))
    yield
    remove_translations(qapp, translators)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("certdesk-tests")
    QCoreApplication.setApplicationName("certdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))


@pytest.fixture
def services(home: Path) -> Iterator[Services]:
    svc = open_services(home)
    yield svc
    svc.close()


@pytest.fixture
def pebble_services(home: Path, pebble: Pebble) -> Iterator[Services]:
    svc = open_services(home, ca_bundle=str(pebble.ca_bundle))
    yield svc
    svc.close()


MakeCtx = Callable[..., AppContext]


@pytest.fixture
def make_ctx(qapp: object) -> Iterator[MakeCtx]:
    made: list[AppContext] = []
    threaded: list[TaskRunner] = []

    def make(services: Services, *, inline: bool = False) -> AppContext:
        bridge = CoreEventBridge(services.hooks)
        runner: Runner
        if inline:
            runner = InlineTaskRunner()
        else:
            runner = TaskRunner(dispatcher=bridge.dispatcher)  # as the app does
            threaded.append(runner)
        ctx = AppContext(services=services, preferences=PreferencesService(services.store),
                         tasks=runner, bridge=bridge)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.tasks.shutdown()
    for threads in threaded:
        # The tasks still running (cancelled, they end soon) end here: one ending later may
        # use services already closed, and write to the keyring of no test (a file in the
        # working directory) once this test's environment is restored.
        threads.shutdown(wait=True)
    for ctx in made:
        ctx.bridge.close()
