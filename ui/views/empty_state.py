"""A friendly placeholder that says what to do first, with the button that does it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import icon


class EmptyState(QWidget):
    def __init__(self, icon_name: str, title: str, text: str, action: QAction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(460)
        self.text.setMinimumHeight(self.text.heightForWidth(460))
        for w in (picture, heading):
            layout.addWidget(w)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button: QPushButton | None = None
        if action is not None:
            self.button = QPushButton(action.icon(), action.text().replace("&", ""))
            self.button.setAccessibleName(action.text().replace("&", ""))
            self.button.clicked.connect(action.trigger)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setAccessibleName(title)
