"""Settings page "Notifications": the channels (e-mail, webhooks) with a Test button, and a
form to add one with the events it receives. Every service call runs on a worker."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.notification_types import (
    NotifyEvent,
    SmtpSecurity,
    WebhookFormat,
    parse_server,
)
from app.services.notifications import (
    ChannelInfo,
    Delivery,
    EmailChannelSpec,
    NotificationService,
    WebhookChannelSpec,
)
from ui.context import AppContext
from ui.errors import show_error
from ui.views.row_keys import RowKeys

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotificationsPage", text)


SECURITY_LABELS = ((SmtpSecurity.STARTTLS, "STARTTLS (port 587 or 25)"),
                   (SmtpSecurity.TLS, "TLS from the start (port 465)"),
                   (SmtpSecurity.NONE, "No encryption (internal relay, no login)"))
FORMAT_LABELS = ((WebhookFormat.GENERIC, "Generic JSON"), (WebhookFormat.SLACK, "Slack"),
                 (WebhookFormat.TEAMS, "Microsoft Teams (Workflows)"),
                 (WebhookFormat.NTFY, "ntfy"))


class NotificationsPage(QWidget):
    channels_loaded = Signal(list)  # list[ChannelInfo]
    channel_added = Signal(object)  # ChannelInfo
    channel_removed = Signal(str)
    tested = Signal(object)  # Delivery
    rules_applied = Signal(object)  # ChannelInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service: NotificationService = ctx.services.notifications
        self._channels: dict[str, ChannelInfo] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("certdesk tells people when a renewal fails, a certificate needs "
                           "someone, an endpoint serves an old certificate or a deployment did "
                           "not take effect — also from the scheduled renewal at night."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Notification channels"))
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.test_button = QPushButton(_tr("&Test"))
        self.test_button.setAccessibleName(_tr("Send a test notification"))
        self.test_button.clicked.connect(self._on_test_clicked)
        self.remove_button = QPushButton(_tr("&Remove"))
        self.remove_button.setAccessibleName(_tr("Remove the channel"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.row_keys = RowKeys(self.list, [self.test_button, self.remove_button],
                                delete=self.remove_button, activate=self.test_button)
        row.addWidget(self.test_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Notification status"))
        layout.addWidget(self.status)
        layout.addWidget(self._build_rules())
        layout.addWidget(self._build_form())
        self._update_buttons()
        self._show_rules()
        self.reload()

    # -- the selected channel's rules ---------------------------------------------------------
    def _build_rules(self) -> QGroupBox:
        box = QGroupBox(_tr("What the selected channel receives"))
        self.rules_box = box
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        self.rule_events: dict[NotifyEvent, QCheckBox] = {}
        for i, event in enumerate(NotifyEvent):
            check = QCheckBox(_tr(event.description))
            check.setAccessibleName(_tr("Selected channel: {event}").format(
                event=check.text()))
            self.rule_events[event] = check
            grid.addWidget(check, i // 2, i % 2)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.rule_digest = QCheckBox(_tr("Daily digest"))
        self.rule_digest.setAccessibleName(_tr("Selected channel: daily digest"))
        self.apply_rules_button = QPushButton(_tr("A&pply"))
        self.apply_rules_button.setAccessibleName(_tr("Apply the selected channel's events"))
        self.apply_rules_button.clicked.connect(self._on_apply_rules_clicked)
        row.addWidget(self.rule_digest)
        row.addStretch(1)
        row.addWidget(self.apply_rules_button)
        layout.addLayout(row)
        return box

    def _show_rules(self) -> None:
        channel = self._channels.get(self.selected() or "")
        self.rules_box.setEnabled(channel is not None)
        for event, check in self.rule_events.items():
            check.setChecked(channel is not None and event in channel.events)
        self.rule_digest.setChecked(channel is not None and channel.digest)

    def _on_apply_rules_clicked(self) -> None:
        name = self.selected()
        if name is None:
            return
        selected = tuple(e for e, check in self.rule_events.items() if check.isChecked())
        digest = self.rule_digest.isChecked()
        service = self.service
        self.ctx.tasks.run(lambda _c: service.set_rules(name, selected, digest=digest),
                           on_success=self._on_rules_applied, on_failure=self._on_failure,
                           owner=self, name="notify-rules")

    def _on_rules_applied(self, info: ChannelInfo) -> None:
        self.status.setText(_tr("Saved what '{name}' receives.").format(name=info.name))
        self.rules_applied.emit(info)
        self.reload()

    # -- the add form -------------------------------------------------------------------------
    def _build_form(self) -> QGroupBox:
        box = QGroupBox(_tr("Add a channel"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setAccessibleName(_tr("Channel name"))
        self.name.setPlaceholderText(_tr("e.g. ops-mail"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(_tr("Channel kind"))
        self.kind.addItem(_tr("E-mail (SMTP)"), "email")
        self.kind.addItem(_tr("Webhook"), "webhook")
        form.addRow(_tr("&Name:"), self.name)
        form.addRow(_tr("&Kind:"), self.kind)
        self.kinds = QStackedWidget()
        self.kinds.addWidget(self._email_fields())
        self.kinds.addWidget(self._webhook_fields())
        self.kind.currentIndexChanged.connect(self.kinds.setCurrentIndex)
        form.addRow(self.kinds)
        events = QWidget()
        grid = QGridLayout(events)
        grid.setContentsMargins(0, 0, 0, 0)
        self.events: dict[NotifyEvent, QCheckBox] = {}
        for i, event in enumerate(NotifyEvent):
            box_ = QCheckBox(_tr(event.description))
            box_.setChecked(True)
            box_.setAccessibleName(box_.text())
            self.events[event] = box_
            grid.addWidget(box_, i // 2, i % 2)
        form.addRow(_tr("Send:"), events)
        self.digest = QCheckBox(_tr("Collect into one message a day (daily digest)"))
        self.digest.setAccessibleName(self.digest.text())
        form.addRow("", self.digest)
        self.add_button = QPushButton(_tr("&Add channel"))
        self.add_button.setAccessibleName(_tr("Add the channel"))
        self.add_button.clicked.connect(self._on_add_clicked)
        form.addRow("", self.add_button)
        return box

    def _email_fields(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.smtp = QLineEdit()
        self.smtp.setAccessibleName(_tr("SMTP server"))
        self.smtp.setPlaceholderText("smtp.example.com:587")
        self.security = QComboBox()
        self.security.setAccessibleName(_tr("Encryption"))
        for value, label in SECURITY_LABELS:
            self.security.addItem(_tr(label), value.value)
        self.from_address = QLineEdit()
        self.from_address.setAccessibleName(_tr("From address"))
        self.recipients = QLineEdit()
        self.recipients.setAccessibleName(_tr("To addresses"))
        self.recipients.setPlaceholderText(_tr("ops@example.com, oncall@example.com"))
        self.username = QLineEdit()
        self.username.setAccessibleName(_tr("SMTP user name"))
        self.password = QLineEdit()
        self.password.setAccessibleName(_tr("SMTP password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.email_ca = QLineEdit()
        self.email_ca.setAccessibleName(_tr("CA file for the SMTP server"))
        self.email_ca.setPlaceholderText(_tr("optional: PEM file of a private CA"))
        form.addRow(_tr("&Server:"), self.smtp)
        form.addRow(_tr("&Encryption:"), self.security)
        form.addRow(_tr("&From:"), self.from_address)
        form.addRow(_tr("&To:"), self.recipients)
        form.addRow(_tr("&User name:"), self.username)
        form.addRow(_tr("&Password:"), self.password)
        form.addRow(_tr("&CA file:"), self.email_ca)
        return page

    def _webhook_fields(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.url = QLineEdit()
        self.url.setAccessibleName(_tr("Webhook URL"))
        # The URL usually is the credential: shown only while it is edited.
        self.url.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.format = QComboBox()
        self.format.setAccessibleName(_tr("Webhook format"))
        for value, label in FORMAT_LABELS:
            self.format.addItem(_tr(label), value.value)
        self.webhook_ca = QLineEdit()
        self.webhook_ca.setAccessibleName(_tr("CA file for the webhook"))
        self.webhook_ca.setPlaceholderText(_tr("optional: PEM file of a private CA"))
        form.addRow(_tr("&URL:"), self.url)
        form.addRow(_tr("F&ormat:"), self.format)
        form.addRow(_tr("C&A file:"), self.webhook_ca)
        return page

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        service = self.service
        self.ctx.tasks.run(lambda _c: service.channels(), on_success=self._on_channels,
                           on_failure=self._on_failure, owner=self, name="notify-channels")

    def _on_channels(self, channels: list[ChannelInfo]) -> None:
        current = self.selected()
        self._channels = {c.name: c for c in channels}
        self.list.clear()
        for c in channels:
            events = _tr("all events") if set(c.events) == set(NotifyEvent) else \
                ", ".join(e.value for e in c.events)
            text = f"{c.name} — {c.destination} ({events}" + \
                (_tr("; daily digest") if c.digest else "") + ")"
            item = QListWidgetItem(text)
            item.setData(256, c.name)
            self.list.addItem(item)
            if c.name == current:
                self.list.setCurrentItem(item)
        self._update_buttons()
        self._show_rules()
        self.channels_loaded.emit(channels)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(256)) if item is not None else None

    def _on_list_current_changed(self, *_: object) -> None:
        self._update_buttons()
        self._show_rules()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.test_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # -- actions ------------------------------------------------------------------------------
    def _on_test_clicked(self) -> None:
        name = self.selected()
        if name is None:
            return
        self.status.setText(_tr("Sending a test notification through '{name}'…").format(
            name=name))
        self.test_button.setEnabled(False)
        service = self.service
        self.ctx.tasks.run(lambda _c: service.test(name), on_success=self._on_tested,
                           on_failure=self._on_test_failed, owner=self, name="notify-test")

    def _on_tested(self, result: Delivery) -> None:
        self.status.setText(result.message)
        self._update_buttons()
        self.tested.emit(result)

    def _on_test_failed(self, exc: BaseException) -> None:
        self.status.setText(_tr("The test notification was not delivered."))
        self._update_buttons()
        show_error(self, exc)

    def _on_remove_clicked(self) -> None:
        name = self.selected()
        if name is None:
            return
        service = self.service
        self.ctx.tasks.run(lambda _c: service.remove(name),
                           on_success=lambda _info: self._on_removed(name),
                           on_failure=self._on_failure, owner=self, name="notify-remove")

    def _on_removed(self, name: str) -> None:
        self.status.setText(_tr("Removed '{name}'.").format(name=name))
        self.channel_removed.emit(name)
        self.reload()

    def _selected_events(self) -> tuple[NotifyEvent, ...]:
        return tuple(e for e, box in self.events.items() if box.isChecked())

    def _on_add_clicked(self) -> None:
        try:
            spec = self._spec()
        except Exception as exc:
            show_error(self, exc)
            return
        service = self.service

        def add(_control: object) -> ChannelInfo:
            if isinstance(spec, EmailChannelSpec):
                return service.add_email(spec)
            return service.add_webhook(spec)

        self.add_button.setEnabled(False)
        self.ctx.tasks.run(add, on_success=self._on_added, on_failure=self._on_add_failed,
                           owner=self, name="notify-add")

    def _spec(self) -> EmailChannelSpec | WebhookChannelSpec:
        name = self.name.text().strip()
        if self.kind.currentData() == "email":
            host, port, security = parse_server(self.smtp.text(),
                                                SmtpSecurity(self.security.currentData()))
            recipients = tuple(a.strip() for a in self.recipients.text().replace(";", ",")
                               .split(",") if a.strip())
            return EmailChannelSpec(
                name, host, port, self.from_address.text().strip(), recipients, security=security,
                username=self.username.text().strip() or None,
                password=self.password.text() or None,
                ca_file=self.email_ca.text().strip() or None,
                events=self._selected_events(), digest=self.digest.isChecked())
        return WebhookChannelSpec(
            name, self.url.text().strip(), WebhookFormat(self.format.currentData()),
            ca_file=self.webhook_ca.text().strip() or None, events=self._selected_events(),
            digest=self.digest.isChecked())

    def _on_added(self, info: ChannelInfo) -> None:
        self.add_button.setEnabled(True)
        self.status.setText(_tr("Added '{name}'. Send a test to check it.").format(
            name=info.name))
        for field in (self.name, self.password, self.url):
            field.clear()
        self.channel_added.emit(info)
        self.reload()

    def _on_add_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        show_error(self, exc)

    def _on_failure(self, exc: BaseException) -> None:
        show_error(self, exc)
