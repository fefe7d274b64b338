"""The phases of an order with their states, the current one in bold, and the elapsed time.

Shared by the wizard's progress page and the renewal dialog. The elapsed time comes from the
core's clock and is redrawn once a second while the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.progress import ProgressEvent
from app.wizard.steps import PHASE_LABELS, Phase, StepState, StepTracker
from ui.theme import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepsView", text)


_ICONS = {StepState.PENDING: "", StepState.RUNNING: "pending", StepState.WAITING: "waiting",
          StepState.DONE: "ok", StepState.FAILED: "error", StepState.SKIPPED: ""}
_STATE_TEXT = {StepState.PENDING: "pending", StepState.RUNNING: "running",
               StepState.WAITING: "waiting", StepState.DONE: "done", StepState.FAILED: "failed",
               StepState.SKIPPED: "not needed"}


def elapsed_text(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    minutes, sec = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{sec:02d}" if hours else f"{minutes}:{sec:02d}"


def _blank() -> QIcon:
    """An empty icon the size of the others, so pending steps line up with the rest."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class StepsView(QWidget):
    def __init__(self, monotonic: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monotonic = monotonic
        self.tracker = StepTracker()
        self.events: list[ProgressEvent] = []
        self._started: float | None = None
        self._stopped: float | None = None
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setAccessibleName(_tr("Current step"))
        self.elapsed = QLabel()
        self.elapsed.setAccessibleName(_tr("Elapsed time"))
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Steps"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read like a label, not a control
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._items: dict[Phase, QListWidgetItem] = {}
        for phase in Phase:
            item = QListWidgetItem()
            self._items[phase] = item
            self.list.addItem(item)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(_tr("Notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.current)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.elapsed)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._render()

    # -- feeding ---------------------------------------------------------------------------
    def start(self) -> None:
        self.tracker.reset()
        self.events.clear()
        self._started = self._monotonic()
        self._stopped = None
        self._timer.start()
        self._render()

    def add_event(self, event: ProgressEvent) -> None:
        if self._started is None:
            self.start()
        self.events.append(event)
        self.tracker.apply(event)
        self._render()

    def fail(self, message: str) -> Phase:
        phase = self.tracker.fail(message)
        self._stop()
        return phase

    def finish(self) -> None:
        self.tracker.finish()
        self._stop()

    def stop(self) -> None:
        """Stop the clock without judging (cancelled, parked)."""
        self._stop()

    def _stop(self) -> None:
        self._stopped = self._monotonic()
        self._timer.stop()
        self._render()

    # -- drawing ---------------------------------------------------------------------------
    def seconds(self) -> float:
        if self._started is None:
            return 0.0
        end = self._stopped if self._stopped is not None else self._monotonic()
        return end - self._started

    def _on_timer_timeout(self) -> None:
        self.elapsed.setText(_tr("Elapsed: {time}").format(time=elapsed_text(self.seconds())))

    def _render(self) -> None:
        for status in self.tracker.phases:
            item = self._items[status.phase]
            label = _tr(PHASE_LABELS[status.phase])
            text = label
            if status.state is StepState.SKIPPED:
                text += " — " + _tr("not needed")
            elif status.message and status.state != StepState.PENDING:
                text += f" — {status.message}"
            detail = status.detail.strip()
            if detail and "\n" not in detail and len(detail) <= 120 \
                    and status.state in (StepState.WAITING, StepState.FAILED):
                text += f" ({detail})"  # longer details (records, files) are shown elsewhere
            item.setText(text)
            item.setToolTip(status.detail or status.message)
            item.setIcon(icon(_ICONS[status.state]) if _ICONS[status.state] else _blank())
            item.setData(0x0100, status.state.value)  # Qt.UserRole: for tests and styling
            quiet = status.state in (StepState.PENDING, StepState.SKIPPED)
            item.setForeground(self.palette().color(
                QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.Text))
            font = item.font()
            font.setBold(status.phase == self.tracker.current)
            item.setFont(font)
            item.setData(0x0C, _tr("{step}: {state}").format(  # AccessibleTextRole
                step=label, state=_tr(_STATE_TEXT[status.state])))
        current = self.tracker.current
        failed = [st for st in self.tracker.phases if st.state is StepState.FAILED]
        if failed:
            self.current.setText(_tr("Failed at: {step}").format(
                step=_tr(PHASE_LABELS[failed[0].phase])))
        elif current is not None and self._stopped is None:
            status = self.tracker.status(current)
            self.current.setText(_tr("Now: {step}").format(step=_tr(PHASE_LABELS[current])))
            self.current.setToolTip(status.message)
        elif self._stopped is None:
            self.current.setText(_tr("Starting…") if self._started is not None else "")
        else:
            self.current.clear()
        self.notes.setText("\n".join(self.tracker.notes))
        self.notes.setVisible(bool(self.tracker.notes))
        self._on_timer_timeout()
