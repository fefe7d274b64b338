"""The busy bar, status line and outcome display that dialogs running one job share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar, QWidget

from ui.errors import describe, show_error
from ui.views.markup import escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("JobStatus", text)


def busy_bar() -> QProgressBar:
    """An indeterminate bar, hidden until the job runs."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setAccessibleName(_tr("Working"))
    bar.setVisible(False)
    return bar


def status_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(_tr("Status"))
    return label


def show_failure(parent: QWidget, label: QLabel, exc: BaseException) -> None:
    """What went wrong and what to do, in red; a bug also gets the details dialog."""
    report = describe(exc)
    if report.bug:
        show_error(parent, exc)
    label.setText("<span style='color:#c62828'>" + escape(report.summary)
                  + "</span><br>" + escape(report.hint))


def cancel_becomes_close(buttons: QDialogButtonBox) -> None:
    """After the job is done, the only thing left to do is close."""
    close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    close.setText(_tr("&Close"))
    close.setFocus()
