"""Help → About certdesk: version, licence, and the licences of the bundled components."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.about import AboutInfo, about_info
from ui.context import AppContext
from ui.theme import icon
from ui.views.markup import escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def _heading(version: str, licence: str = "MIT") -> str:
    return (f"<h2>certdesk {escape(version)}</h2>"
            + _tr("<p>A desktop manager for ACME certificates.</p>")
            + _tr("<p>Released under the {licence} licence. certdesk is built on open-source "
                  "components; their licences are listed below.</p>").format(
                      licence=escape(licence)))


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("About certdesk"))
        self.setWindowIcon(icon("certdesk"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(_heading(QCoreApplication.applicationVersion()))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        tabs = QTabWidget()
        self.components = QTextBrowser()
        self.components.setPlaceholderText(_tr("Loading…"))
        self.notices = QPlainTextEdit()
        self.notices.setReadOnly(True)
        self.notices.setPlaceholderText(_tr("Loading…"))
        self.components.setAccessibleName(_tr("Components"))
        self.notices.setAccessibleName(_tr("Licence texts"))
        tabs.addTab(self.components, _tr("&Components"))
        tabs.addTab(self.notices, _tr("&Licence texts"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctx.tasks.run(lambda _c: about_info(), on_success=self._on_info_loaded,
                      on_failure=self._on_info_failed, owner=self, name="about: licences")

    def _on_info_loaded(self, info: AboutInfo) -> None:
        self.heading.setText(_heading(info.version, info.licence))
        if info.components:
            rows = "".join(f"<tr><td>{escape(c.name)}</td><td>{escape(c.version)}"
                           f"</td><td>{escape(c.licence)}</td></tr>"
                           for c in info.components)
            self.components.setHtml(
                "<table cellpadding='3'><tr><th align='left'>" + _tr("Component")
                + "</th><th align='left'>" + _tr("Version") + "</th><th align='left'>"
                + _tr("Licence") + "</th></tr>" + rows + "</table>")
        else:
            self.components.setPlainText(_tr("See the licence texts."))
        self.notices.setPlainText(info.notices)

    def _on_info_failed(self, exc: BaseException) -> None:
        self.components.setPlainText(_tr("The component list could not be read: ") + str(exc))
