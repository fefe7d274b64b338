"""A certificate's lifetime drawn as a timeline: issued, the CA's renewal window (ARI), the
planned renewal, reminders, expiry and a dns-persist-01 record's end; with a legend that says
the same in words (and is what screen readers read)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.timeline import Moment, MomentKind, Timeline
from ui.models.certificate_rows import Expiry
from ui.models.dates import local_time
from ui.theme import expiry_color
from ui.views.markup import escape


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Timeline", text, None, n)


def threshold_text(key: str) -> str:
    kind, _, value = key.partition(":")
    if kind == "days":
        return _tr("%n day(s) before expiry", int(float(value)))
    if kind == "percent":
        return _tr("{p}% of the lifetime left").format(p=value)
    return key


def moment_text(moment: Moment) -> str:
    """What happens at a moment, in words."""
    if moment.kind is MomentKind.ISSUED:
        return _tr("Issued")
    if moment.kind is MomentKind.RENEWAL_WINDOW:
        return _tr("The CA suggests renewing from here until {end}").format(
            end=local_time(moment.until))
    if moment.kind is MomentKind.RENEWAL:
        return (_tr("certdesk renews it automatically") if moment.automatic else
                _tr("Renewal due: needs you (manual validation or automatic renewal off)"))
    if moment.kind is MomentKind.REMINDER:
        text = _tr("Reminder: {when}").format(when=threshold_text(moment.detail))
        return text + (" " + _tr("(sent)") if moment.done else "")
    if moment.kind is MomentKind.EXPIRY:
        return _tr("Expires")
    return _tr("The DNS persist record for {name} stops being valid").format(
        name=moment.detail)


def moment_color(moment: Moment) -> QColor:
    if moment.kind is MomentKind.EXPIRY:
        return expiry_color(Expiry.EXPIRED)
    if moment.kind in (MomentKind.RENEWAL_WINDOW, MomentKind.ISSUED):
        return expiry_color(Expiry.OK)
    if moment.kind is MomentKind.RENEWAL:
        return expiry_color(Expiry.OK if moment.automatic else Expiry.SOON)
    if moment.kind is MomentKind.REMINDER:
        return QColor("#888888") if moment.done else expiry_color(Expiry.SOON)
    return QColor("#8a5cc2")


class TimelineBar(QWidget):
    """The drawing: the lifetime as a bar, elapsed time filled, markers for each moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    def sizeHint(self) -> QSize:
        return QSize(320, 30 + self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 30 + self.fontMetrics().height())

    def x_of(self, when: dt.datetime, rect: QRectF) -> float:
        assert self.timeline is not None
        span = (self.timeline.end - self.timeline.start).total_seconds() or 1.0
        share = (when - self.timeline.start).total_seconds() / span
        return rect.left() + rect.width() * min(max(share, 0.0), 1.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.timeline is None:
            return
        t = self.timeline
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        bar = QRectF(8, 16, self.width() - 16, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pal.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(bar, 4, 4)
        elapsed = QRectF(bar.left(), bar.top(), self.x_of(t.now, bar) - bar.left(),
                         bar.height())
        used = QColor(pal.color(QPalette.ColorRole.Highlight))
        used.setAlpha(140)
        painter.setBrush(used)
        painter.drawRoundedRect(elapsed, 4, 4)
        for m in t.moments:
            color = moment_color(m)
            x = self.x_of(m.at, bar)
            if m.kind is MomentKind.RENEWAL_WINDOW and m.until is not None:
                band = QColor(color)
                band.setAlpha(110)
                painter.setBrush(band)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRect(QRectF(x, bar.top() - 5, max(self.x_of(m.until, bar) - x, 3),
                                        bar.height() + 10))
            elif m.kind is MomentKind.RENEWAL:
                painter.setBrush(color)
                painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 1))
                painter.drawPolygon(QPolygonF([QPointF(x, bar.top() - 7),
                                               QPointF(x + 6, bar.center().y()),
                                               QPointF(x, bar.bottom() + 7),
                                               QPointF(x - 6, bar.center().y())]))
            elif m.kind is MomentKind.REMINDER:
                painter.setPen(QPen(color, 2))
                painter.drawLine(QPointF(x, bar.bottom() + 2), QPointF(x, bar.bottom() + 9))
            elif m.kind is MomentKind.EXPIRY:
                painter.setPen(QPen(color, 3))
                painter.drawLine(QPointF(x, bar.top() - 6), QPointF(x, bar.bottom() + 6))
            elif m.kind is MomentKind.PERSIST_UNTIL:
                painter.setBrush(color)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QPointF(x, bar.top() - 8), 4, 4)
        now_x = self.x_of(t.now, bar)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 2))
        painter.drawLine(QPointF(now_x, bar.top() - 8), QPointF(now_x, bar.bottom() + 8))
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        label = _tr("now")
        width = painter.fontMetrics().horizontalAdvance(label)
        left = min(max(now_x - width / 2, 0.0), self.width() - width)
        painter.drawText(QPointF(left, bar.bottom() + 8 + painter.fontMetrics().ascent()),
                         label)
        painter.end()


class TimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = TimelineBar()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend.setAccessibleName(_tr("Renewal timeline"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.legend)
        self.setAccessibleName(_tr("Renewal timeline"))
        self.set_timeline(None)

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.bar.timeline = timeline
        self.bar.update()
        self.setVisible(timeline is not None)
        if timeline is None:
            self.legend.clear()
            self.bar.setAccessibleDescription("")
            return
        rows = []
        plain = []
        for m in timeline.moments:
            past = (m.until or m.at) < timeline.now
            color = moment_color(m).name()
            text = moment_text(m)
            line = (f'<span style="color:{color}">●</span> '
                    f"{escape(local_time(m.at))} — {escape(text)}")
            rows.append(f'<span style="color:gray">{line}</span>' if past else line)
            plain.append(f"{local_time(m.at)}: {text}")
        self.legend.setText("<br>".join(rows))
        self.bar.setAccessibleDescription("; ".join(plain))
