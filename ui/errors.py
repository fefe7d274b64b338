"""The one place that decides how an error is shown to the user.

UserFacingError: its message and hint, the detail expandable. Cancelled: nothing. Anything
else is a bug: logged with its traceback, shown with the traceback in the details box.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import Cancelled, UserFacingError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


@dataclass(frozen=True)
class ErrorReport:
    summary: str  # one line: what happened
    hint: str  # what to do
    details: str  # expandable
    silent: bool = False
    bug: bool = False


def describe(exc: BaseException) -> ErrorReport:
    if isinstance(exc, Cancelled):
        return ErrorReport("", "", "", silent=True)
    if isinstance(exc, UserFacingError):
        return ErrorReport(exc.message, exc.hint, exc.detail)
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return ErrorReport(
        _tr("Something went wrong: {kind}: {text}").format(kind=type(exc).__name__,
                                                            text=str(exc) or "-"),
        _tr("This is a bug in certdesk. Please report it with the details below."),
        details, bug=True)


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    """Show `exc` window-modally (does not block); returns the box, or None when silent."""
    report = describe(exc)
    if report.silent:
        return None
    if report.bug:
        log.error("unexpected error", exc_info=exc)
    else:
        log.info("error shown: %s", report.summary)
    box = QMessageBox(QMessageBox.Icon.Critical if report.bug else QMessageBox.Icon.Warning,
                      _tr("certdesk"), report.summary, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAccessibleName(_tr("Error"))
    if report.hint:
        box.setInformativeText(report.hint)
    if report.details:
        box.setDetailedText(report.details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
