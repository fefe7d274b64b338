"""A bar above a window's content for a problem that stays until it is fixed (e.g. no usable
keyring): what is wrong, what to do, and a button to hide it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from ui.errors import describe
from ui.theme import icon
from ui.views.markup import escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticeBar", text)


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_tr("Warning"))
        self.picture = QLabel()
        self.picture.setPixmap(icon("warning").pixmap(24, 24))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(_tr("Warning text"))
        self.hide_button = QToolButton()
        self.hide_button.setText(_tr("&Hide"))
        self.hide_button.setAccessibleName(_tr("Hide this warning"))
        self.hide_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_error(self, exc: BaseException) -> None:
        report = describe(exc)
        if report.silent:
            return
        self.text.setText(f"<b>{escape(report.summary)}</b><br>{escape(report.hint)}")
        self.text.setToolTip(report.details)
        self.show()
