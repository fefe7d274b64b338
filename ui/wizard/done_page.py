"""Page 7: done — what was issued, export buttons, where files went, next renewal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ui.models.certificate_rows import display_name
from ui.models.dates import local_time
from ui.theme import icon
from ui.views.markup import escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("DonePage", text)


class DonePage(QWizardPage):
    export_requested = Signal(str)  # format key

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_tr("Your certificate is ready"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(_tr("Certificate summary"))
        self.files = QLabel()
        self.files.setWordWrap(True)
        self.files.setAccessibleName(_tr("Exported files"))
        buttons = QHBoxLayout()
        for fmt, text in (("pem", _tr("Export &PEM files…")), ("pfx", _tr("Export P&FX…")),
                          ("", _tr("&More formats…"))):
            button = QPushButton(icon("export"), text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _c=False, f=fmt: self.export_requested.emit(f))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        layout.addWidget(self.files)
        layout.addStretch(1)
        self.certificate: Any = None

    def initializePage(self) -> None:
        # Enter on the last page means Finish, not the first export button that would
        # otherwise take the focus (and open a dialog the admin did not ask for).
        QTimer.singleShot(0, self, self._focus_finish)  # dropped if the page is gone

    def _focus_finish(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.button(QWizard.WizardButton.FinishButton).setFocus()

    def show_certificate(self, cert: Any, home: str) -> None:
        self.certificate = cert
        names = ", ".join(display_name(n) for n in cert.identifiers)
        version = cert.current
        lines = [_tr("<b>{label}</b> for {names}").format(label=escape(cert.label),
                                                          names=escape(names))]
        if version is not None:
            lines.append(_tr("Valid until {date}.").format(
                date=local_time(version.not_after)))
        if cert.auto_renew and cert.renew_at:
            lines.append(_tr("certdesk renews it automatically around {date}.").format(
                date=cert.renew_at.astimezone().strftime("%Y-%m-%d")))
        elif not cert.auto_renew:
            lines.append(_tr("Automatic renewal is off."))
        lines.append(_tr("The certificate and its key are stored (encrypted) in {home}. Export "
                         "them to use them on a server.").format(home=escape(home)))
        self.info.setText("<br>".join(lines))

    def add_exported(self, paths: list[str]) -> None:
        current = self.files.text()
        added = "<br>".join(escape(p) for p in paths)
        self.files.setText((current + "<br>" if current else
                            _tr("<b>Files written:</b>") + "<br>") + added)
