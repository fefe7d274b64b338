"""The certificate details pane: what it is, how long it lasts, what happened, what to do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CertdeskError
from app.services.timeline import MomentKind, Timeline
from ui.models.certificate_rows import display_name, expiry_state
from ui.models.dates import local_time
from ui.theme import expiry_color
from ui.views.flow_layout import FlowLayout
from ui.views.markup import escape
from ui.views.timeline import TimelineView

if TYPE_CHECKING:  # the parser of PEM texts is imported where a certificate is first shown
    from app.wizard.certificate_facts import CertificateFacts


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DetailsPane", text, None, n)


def _split_fingerprint(text: str, per_line: int = 8) -> str:
    """Eight bytes a line, so fingerprints fit a narrow pane."""
    parts = text.split(":")
    return "\n".join(":".join(parts[i:i + per_line]) for i in range(0, len(parts), per_line))


def _split_serial(text: str, width: int = 20) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _date(value: dt.datetime | None) -> str:
    return local_time(value)


class DetailsPane(QScrollArea):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(_tr("Certificate details"))
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        buttons = FlowLayout()  # wraps in a narrow pane instead of cutting buttons off
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.validity = QProgressBar()
        self.validity.setAccessibleName(_tr("Validity period used"))
        self.validity.setTextVisible(False)
        self.validity.setMaximumHeight(8)
        self.validity_text = QLabel()
        outer.addWidget(self.validity)
        outer.addWidget(self.validity_text)
        self.timeline_label = QLabel("<b>" + _tr("Timeline") + "</b>")
        self.timeline = TimelineView()
        outer.addWidget(self.timeline_label)
        outer.addWidget(self.timeline)
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("names", _tr("Names")), ("subject", _tr("Subject")),
                           ("chain", _tr("Issuer chain")), ("valid", _tr("Valid")),
                           ("serial", _tr("Serial")), ("sha256", _tr("SHA-256")),
                           ("sha1", _tr("SHA-1")), ("key", _tr("Key")),
                           ("profile", _tr("Profile")), ("ari", _tr("Renewal window")),
                           ("renew_at", _tr("Next renewal")), ("method", _tr("Validation"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                          Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setAccessibleName(label)
            if key in ("serial", "sha256", "sha1"):
                value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            form.addRow(label + ":", value)
            self.fields[key] = value
        outer.addWidget(self.body)
        self.history_label = QLabel("<b>" + _tr("History") + "</b>")
        outer.addWidget(self.history_label)
        self.history = QListWidget()
        self.history.setAccessibleName(_tr("History"))
        self.history.setMinimumHeight(90)
        self.history.setWordWrap(True)
        outer.addWidget(self.history, 1)
        self.buttons = buttons
        outer.addStretch(0)
        self.facts: CertificateFacts | None = None
        self._auto_renew = False
        self.show_certificate(None)

    def show_certificate(self, cert: Any, now: dt.datetime | None = None,
                         method: str = "",
                         facts: CertificateFacts | CertdeskError | None = None) -> None:
        """`facts`: parsed from the certificate's PEM on a worker (else parsed here)."""
        now = now or dt.datetime.now(dt.UTC)
        self._auto_renew = cert is not None and bool(cert.auto_renew)
        self.history.clear()
        self.facts = None
        self.show_timeline(None)
        if cert is None:
            self.title.setText("<i>" + _tr("Select a certificate to see its details.") + "</i>")
            for label in self.fields.values():
                label.clear()
            self._show_parts(False)
            return
        self._show_parts(True)
        names = [display_name(n) for n in cert.identifiers]
        self.title.setText(f"<h3>{escape(cert.label or names[0])}</h3>")
        self.fields["names"].setText("\n".join(
            f"{d}  ({a})" if d != a else d for d, a in zip(names, cert.identifiers, strict=True)))
        self.fields["profile"].setText(cert.profile or _tr("CA default"))
        if cert.ari_window_start and cert.ari_window_end:
            self.fields["ari"].setText(f"{_date(cert.ari_window_start)} – "
                                       f"{_date(cert.ari_window_end)}")
        else:
            self.fields["ari"].setText(_tr("not provided by the CA"))
        self.fields["renew_at"].setText(_date(cert.renew_at) if cert.auto_renew
                                        else _tr("automatic renewal is off"))
        self.fields["method"].setText(method)
        version = cert.current
        if version is None:
            for key in ("subject", "chain", "valid", "serial", "sha256", "sha1", "key"):
                self.fields[key].setText("—")
            self.validity.hide()
            self.validity_text.hide()
            return
        if facts is None:
            from app.wizard.certificate_facts import facts_from_pem

            try:
                facts = facts_from_pem(version.fullchain_pem)
            except CertdeskError as exc:
                facts = exc
        if isinstance(facts, CertdeskError):
            self.fields["subject"].setText(str(facts))
            return
        self.facts = facts
        self.fields["subject"].setText(facts.subject or _tr(
            "(empty: the names are in the certificate's subject alternative names)"))
        self.fields["chain"].setText("\n↳ ".join(facts.chain))
        self.fields["valid"].setText(f"{_date(facts.not_before)} – {_date(facts.not_after)}")
        self.fields["serial"].setText(_split_serial(facts.serial))
        self.fields["sha256"].setText(_split_fingerprint(facts.sha256))
        self.fields["sha1"].setText(_split_fingerprint(facts.sha1))
        self.fields["key"].setText(facts.key)
        used = int(facts.elapsed_fraction(now) * 100)
        days = (facts.not_after - now).days
        self.validity.setRange(0, 100)
        self.validity.setValue(used)
        self.validity_text.setText(
            _tr("Expired %n day(s) ago", -days) if days < 0 else
            _tr("{p}% of the lifetime used — %n day(s) left", days).format(p=used))
        color = expiry_color(expiry_state(facts.not_before, facts.not_after, now)).name()
        self.validity.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        self.validity.show()
        self.validity_text.show()

    def add_action(self, action: QAction) -> QToolButton:
        """One more button in the row under the title (e.g. "Endpoints…")."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setVisible(self.body.isVisibleTo(self))
        self.buttons.insertWidget(self.buttons.count(), button)
        return button

    def _show_parts(self, visible: bool) -> None:
        for widget in (self.validity, self.validity_text, self.body, self.history_label,
                       self.history):
            widget.setVisible(visible)
        for i in range(self.buttons.count()):
            item = self.buttons.itemAt(i)
            button = item.widget() if item is not None else None
            if button is not None:
                button.setVisible(visible)

    def show_timeline(self, timeline: Timeline | None) -> None:
        """What will happen when (loaded on a worker after the certificate was shown)."""
        self.timeline.set_timeline(timeline)
        self.timeline_label.setVisible(timeline is not None)
        # The planned moment (due time and this certificate's spread), as the timeline and
        # the renewal itself have it; the stored due time alone is up to an hour early, and
        # empty before the CA has suggested a window.
        planned = [m.at for m in (timeline.moments if timeline is not None else ())
                   if m.kind is MomentKind.RENEWAL]
        if planned and self._auto_renew:
            self.fields["renew_at"].setText(_date(planned[0]))

    def show_history(self, events: Sequence[Any]) -> None:
        self.history.clear()
        for event in events:
            self.history.addItem(f"{_date(event.at)}  {event.message}")
