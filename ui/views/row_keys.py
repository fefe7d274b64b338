"""A right-click menu, the Delete key and double-click for a list or table whose actions are
buttons beside it (endpoints, export targets, DNS credentials, notification channels)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu


class RowKeys(QObject):
    def __init__(self, view: QAbstractItemView, buttons: Sequence[QAbstractButton], *,
                 delete: QAbstractButton | None = None,
                 activate: QAbstractButton | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.buttons = list(buttons)
        self.delete = delete
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        view.installEventFilter(self)
        if activate is not None:  # double-click or Enter on a row
            view.activated.connect(lambda _i: activate.click() if activate.isEnabled() else None)

    def menu(self) -> QMenu:
        """The right-click menu: one entry per button, enabled like the button."""
        menu = QMenu(self.view)
        for button in self.buttons:
            if button.isHidden():
                continue
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        return menu

    def _on_view_context_menu_requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and self.delete is not None
                and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)):
            if self.delete.isEnabled():
                self.delete.click()
            return True
        return super().eventFilter(watched, event)
