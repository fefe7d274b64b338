"""Every window, dialog and wizard page: fits a 1024×700 screen with nothing squeezed below
its minimum size, and every interactive control has a name screen readers can read."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain import Account
from app.services.container import Services
from tests.support.certificates import add_certificate
from tests.ui.conftest import MakeCtx
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.wizard.new_certificate import NewCertificateWizard

pytestmark = pytest.mark.gui

# The screen a window must fit: 1024×700, or the logical size of the scaled screen the scaled
# runs (test_every_window_scaled.py) give.
SCREEN = QRect(0, 0, *(int(v) for v in os.environ.get("CERTDESK_TEST_SCREEN",
                                                      "1024x700").split("x")))
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QTabBar)
Factory = Callable[[AppContext, Services], QWidget]


def _cert(services: Services) -> object:
    now = dt.datetime.now(dt.UTC)
    certs = services.certificates.list()
    return certs[0] if certs else add_certificate(services.store, not_before=now, days=90,
                                                  names=("fit.example.com",))


def _account() -> Account:
    now = dt.datetime.now(dt.UTC)
    return Account("a1", "Let's Encrypt — admin@example.com",
                   "https://ca.example/directory", None, None, "valid",
                   ("admin@example.com",), "ec256", "none", None, None, None, now, now)


def _main_window(ctx: AppContext, services: Services) -> MainWindow:
    _cert(services)
    window = MainWindow(ctx)
    window.refresh()
    return window


def _dialogs() -> Iterator[tuple[str, Factory]]:
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.account_dialog import AccountDialog
    from ui.dialogs.backup_dialog import BackupDialog
    from ui.dialogs.certificate_settings_dialog import CertificateSettingsDialog
    from ui.dialogs.contacts_dialog import ContactsDialog
    from ui.dialogs.endpoints_dialog import EndpointsDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.recover_account_dialog import RecoverAccountDialog
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.dialogs.revoke_dialog import RevokeDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from ui.dialogs.target_editor import TargetEditor
    from ui.dialogs.targets_dialog import TargetsDialog

    yield "main window", _main_window
    yield "about", lambda ctx, s: AboutDialog(ctx)
    yield "add account", lambda ctx, s: AccountDialog(ctx, initial="custom")
    yield "backup", lambda ctx, s: BackupDialog(ctx)
    yield "restore", lambda ctx, s: RestoreDialog(ctx)
    yield "renewal settings", lambda ctx, s: CertificateSettingsDialog(ctx, _cert(s))  # type: ignore[arg-type]
    yield "contacts", lambda ctx, s: ContactsDialog(ctx, _account())
    yield "endpoints", lambda ctx, s: EndpointsDialog(ctx, _cert(s))  # type: ignore[arg-type]
    yield "export", lambda ctx, s: ExportDialog(ctx, _cert(s))
    yield "import", lambda ctx, s: ImportDialog(ctx)
    yield "existing account", lambda ctx, s: RecoverAccountDialog(ctx)
    yield "revoke", lambda ctx, s: RevokeDialog(ctx, _cert(s))
    yield "settings", lambda ctx, s: SettingsDialog(ctx)
    yield "export targets", lambda ctx, s: TargetsDialog(ctx, _cert(s))
    yield "export target editor", lambda ctx, s: TargetEditor(ctx, _cert(s))
    yield "keyboard shortcuts", lambda ctx, s: ShortcutsDialog([])


def _wizard(ctx: AppContext, services: Services) -> NewCertificateWizard:
    return NewCertificateWizard(ctx, [_account()])


def _pages(widget: QWidget) -> Iterator[QWidget]:
    """The widget, and each tab of its tab widgets / page of a wizard in turn."""
    from PySide6.QtWidgets import QTabWidget

    yield widget
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisibleTo(widget):
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield widget


def _part_of_another_control(widget: QWidget) -> bool:
    """Inner parts Qt names through their owner: a spin box's or editable combo box's line
    edit, a table's header."""
    return isinstance(widget, QHeaderView) or isinstance(widget.parentWidget(),
                                                         (QComboBox, QAbstractSpinBox))


def unnamed_controls(window: QWidget) -> list[str]:
    missing = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, INTERACTIVE) or not control.isVisibleTo(window) or \
                _part_of_another_control(control):
            continue
        if not control.isEnabled() and isinstance(control, QAbstractButton) and \
                not control.text():
            continue
        iface = QAccessible.queryAccessibleInterface(control)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(control).__name__} {control.objectName()!r} "
                           f"in {type(control.parent()).__name__}")
    return missing


def squeezed(window: QWidget) -> list[str]:
    """Visible labels and controls smaller than they need, or outside the window."""
    found = []
    inside = window.rect()
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or not isinstance(child, (QLabel, *INTERACTIVE)):
            continue
        if isinstance(child, QAbstractItemView) or child.window() is not window or \
                _part_of_another_control(child):
            continue
        need = child.minimumSizeHint()
        if isinstance(child, QLabel) and child.wordWrap():
            need.setWidth(0)
            if child.hasHeightForWidth():
                need.setHeight(child.heightForWidth(child.width()))
        top_left = child.mapTo(window, child.rect().topLeft())
        area = QRect(top_left, child.size())
        if child.width() < need.width() or child.height() < need.height():
            found.append(f"{type(child).__name__} {_what(child)}: {child.width()}x"
                         f"{child.height()} < {need.width()}x{need.height()}")
        elif not _clipped_by_scroll(child, window) and not inside.contains(area):
            found.append(f"{type(child).__name__} {_what(child)} outside the window")
        elif _cut_by_pane(child):
            found.append(f"{type(child).__name__} {_what(child)} cut off at the right")
    return found


def _cut_by_pane(child: QWidget) -> bool:
    """Inside a pane that never scrolls sideways, a control reaching past its right edge is
    cut off for good."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    parent = child.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None or parent.horizontalScrollBarPolicy() != \
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return False
    viewport = parent.viewport()
    right = child.mapTo(viewport, child.rect().topRight()).x()
    return right > viewport.width() + 1


def _clipped_by_scroll(child: QWidget, window: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = child.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _what(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    value = text() if callable(text) else ""
    return repr((widget.accessibleName() or str(value))[:40])


def _check(qtbot: QtBot, widget: QWidget, label: str) -> list[str]:
    problems = []
    hint = widget.minimumSizeHint()
    if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
        problems.append(f"{label}: needs at least {hint.width()}x{hint.height()}")
    widget.show()  # at the size it opens with
    qtbot.waitExposed(widget)
    if widget.width() > SCREEN.width() or widget.height() > SCREEN.height():
        problems.append(f"{label}: opens at {widget.width()}x{widget.height()}")
        widget.resize(widget.size().boundedTo(SCREEN.size()))
    for page in _pages(widget):
        problems += [f"{label}: {p}" for p in squeezed(page)]
        problems += [f"{label}: unnamed {p}" for p in unnamed_controls(page)]
    return problems


@pytest.mark.parametrize("name,factory", list(_dialogs()), ids=[n for n, _ in _dialogs()])
def test_window_fits_1024x700_and_names_its_controls(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx, name: str,
        factory: Factory) -> None:
    ctx = make_ctx(services, inline=True)
    widget = factory(ctx, services)
    qtbot.addWidget(widget)
    problems = _check(qtbot, widget, name)
    if isinstance(widget, QDialog):
        widget.reject()
    assert not problems, "\n".join(problems)


def test_every_wizard_page_fits_and_names_its_controls(qtbot: QtBot, services: Services,
                                                       make_ctx: MakeCtx) -> None:
    from app.wizard.flow import Page

    wizard = _wizard(make_ctx(services, inline=True), services)
    qtbot.addWidget(wizard)
    problems = []
    for page in (Page.NAMES, Page.KEY, Page.ACCOUNT, Page.VALIDATION, Page.DNS_RECORDS,
                 Page.PROGRESS, Page.DONE):
        wizard.setStartId(int(page))
        wizard.restart()
        if page == Page.VALIDATION:
            wizard.flow.set_names("fit.example.com\n*.fit.example.com")
            wizard.validation_page.initializePage()
        problems += _check(qtbot, wizard, f"wizard page {page.name}")
    wizard.reject()
    assert not problems, "\n".join(problems)


def _mnemonic(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else None


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible button, buddy label and tab with an Alt+letter."""
    from PySide6.QtWidgets import QGroupBox

    found: list[tuple[str, str]] = []
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.window() is not window:
            continue
        texts: list[str] = []
        button = isinstance(child, QAbstractButton) and not isinstance(child.parentWidget(),
                                                                       QTabBar)
        buddy_label = isinstance(child, QLabel) and child.buddy() is not None
        if button or buddy_label:
            texts.append(child.text())  # type: ignore[attr-defined]
        elif isinstance(child, QGroupBox) and child.isCheckable():
            texts.append(child.title())
        elif isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count())]
        for text in texts:
            letter = _mnemonic(text)
            if letter:
                found.append((letter, text))
    return found


def test_wizard_pages_leave_alt_n_and_alt_b_to_next_and_back(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    from app.wizard.flow import Page

    wizard = _wizard(make_ctx(services, inline=True), services)
    qtbot.addWidget(wizard)
    wizard.show()
    clashes = []
    for page in (Page.NAMES, Page.KEY, Page.ACCOUNT, Page.VALIDATION):
        wizard.setStartId(int(page))
        wizard.restart()
        used = mnemonics(wizard.currentPage())
        clashes += [f"{page.name}: {text}" for letter, text in used if letter in "nb"]
        letters = [letter for letter, _ in used]
        clashes += [f"{page.name}: {text} twice" for letter, text in used
                    if letters.count(letter) > 1]
    wizard.reject()
    assert not clashes, clashes


def test_certificate_table_and_details_fit_without_sideways_scrolling(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    window = _main_window(make_ctx(services, inline=True), services)
    qtbot.addWidget(window)
    window.resize(SCREEN.size())
    window.show()
    qtbot.waitExposed(window)
    window.inventory.table.selectRow(0)
    qtbot.waitUntil(lambda: window.details.timeline.isVisible(), timeout=5000)
    table = window.inventory.table
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=3000)
    assert not [p for p in squeezed(window) if "cut off" in p]


def test_main_window_tabs_have_distinct_mnemonics_apart_from_the_menus(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    window = _main_window(make_ctx(services, inline=True), services)
    qtbot.addWidget(window)
    tabs = [_mnemonic(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    menus = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in tabs
    assert len(set(tabs)) == len(tabs) and not set(tabs) & set(menus)
    assert not window.settings_action.shortcut().isEmpty()


def test_keyboard_shortcuts_list(qtbot: QtBot, services: Services,
                                 make_ctx: MakeCtx) -> None:
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog

    window = _main_window(make_ctx(services, inline=True), services)
    qtbot.addWidget(window)
    assert window.shortcuts_action in window.help_menu.actions()
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    what = [w for _k, w in dialog.rows]
    assert "Settings" in what and "Renew" in what and "Keyboard shortcuts" in what
    assert any("Delete" in keys or "Del" in keys for keys, _w in dialog.rows)


def test_every_export_format_and_the_import_password_row_fit(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_dialog import ImportDialog

    ctx = make_ctx(services, inline=True)
    export = ExportDialog(ctx, _cert(services))
    qtbot.addWidget(export)
    export.show()
    qtbot.waitExposed(export)
    problems = []
    for i in range(export.format.count()):
        export.format.setCurrentIndex(i)
        QApplication.processEvents()  # let the layout settle, as the user would see it
        problems += [f"export as {export.format.currentText()}: {p}" for p in squeezed(export)]
    imports = ImportDialog(ctx)
    qtbot.addWidget(imports)
    imports.show()
    qtbot.waitExposed(imports)
    imports._show_password(True)
    QApplication.processEvents()
    problems += [f"import with password: {p}" for p in squeezed(imports)]
    assert not problems, "\n".join(problems)
