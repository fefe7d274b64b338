"""Page 1: the names, one per line, checked as you type."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWizardPage

from app.wizard.flow import NewCertificateFlow, Page
from app.wizard.names_check import MANY_NAMES, NameNotice


def _escape(text: str) -> str:
    # Qt's rich text shows &#x27; literally: quotes need no escaping outside attributes.
    return html.escape(text, quote=False)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("NamesPage", text, None, n)


class NamesPage(QWizardPage):
    def __init__(self, flow: NewCertificateFlow) -> None:
        super().__init__()
        self.flow = flow
        self.setTitle(_tr("Which names should the certificate cover?"))
        self.setSubTitle(_tr("One name per line, e.g. www.example.com. Wildcards (*.example.com) "
                             "and international names are fine."))
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(_tr("Names, one per line"))
        self.edit.setPlaceholderText("example.com\nwww.example.com")
        self.edit.setTabChangesFocus(True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(_tr("Name check"))
        layout = QVBoxLayout(self)
        label = QLabel(_tr("N&ames:"))  # Alt+N is the wizard's Next
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.feedback)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        if flow.draft.names.identifiers:  # re-issuing: the certificate's names
            self.edit.setPlainText("\n".join(i.display for i in flow.draft.names.identifiers))

    def _on_edit_text_changed(self) -> None:
        check = self.flow.set_names(self.edit.toPlainText())
        lines: list[str] = []
        for entry in check.errors:
            lines.append("✗ " + _escape(_tr("Line {n}: {error} {hint}").format(
                n=entry.line, error=entry.error, hint=entry.hint)))
        idns = [i for i in check.identifiers if i.is_idn]
        for ident in idns[:5]:
            lines.append("• " + _escape(_tr("{display} is sent to the CA as {ascii}").format(
                display=ident.display, ascii=ident.value)))
        notices = check.notices
        if NameNotice.WILDCARD in notices:
            lines.append("• " + _escape(_tr(
                "A wildcard covers one level of subdomains (not the base name itself) and "
                "needs DNS validation.")))
        if NameNotice.IP in notices:
            lines.append("• " + _escape(_tr(
                "IP addresses need HTTP or TLS-ALPN validation and a CA that supports them.")))
        for warning in check.script_warnings[:5]:
            lines.append("⚠ " + _escape(_tr(
                "{unicode} mixes {scripts} letters and may imitate another name; the CA sees "
                "{ascii}. Check that this is the name you own.").format(
                unicode=warning.unicode_form, scripts=" + ".join(warning.scripts),
                ascii=warning.ascii_form)))
        if NameNotice.MANY in notices:
            lines.append("⚠ " + _escape(_tr(
                "{n} names: most CAs allow at most {max} per certificate.").format(
                n=len(check.identifiers), max=MANY_NAMES)))
        if check.ok:
            lines.insert(0, "✓ " + _escape(_tr("%n name(s) ready.", len(check.identifiers))))
        self.feedback.setText("<br>".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.flow.can_leave(Page.NAMES)
