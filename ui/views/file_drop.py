"""Accept files dropped from a file manager onto a widget, without subclassing it.

An event filter: install it on the widget (and on children that would take the drop
themselves, such as line edits) and connect `files_dropped`. Only drags that carry local
files are taken; text drags still reach the widgets that want them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

# Suffixes the import dialog understands; other files are still offered (the parser decides).
CERTIFICATE_SUFFIXES = (".pem", ".crt", ".cer", ".der", ".pfx", ".p12", ".p7b", ".p7c", ".key")
KEY_SUFFIXES = (".key",)


def dropped_files(mime: QMimeData | None) -> list[str]:
    """The local file paths a drag carries (URLs that are not local files are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class FileDropFilter(QObject):
    files_dropped = Signal(list)  # list[str]

    def watch(self, *widgets: QWidget) -> FileDropFilter:
        for widget in widgets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)
        return self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = dropped_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                self.files_dropped.emit(files)
                return True
        return False
