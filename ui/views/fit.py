"""Size a dialog to its contents, wrapped text included.

QWidget.adjustSize() caps a window at two thirds of the screen, which on a small or highly
scaled screen (1920×1080 at 200 % is 960×540) squeezes every field of a dialog, and a
top-level layout ignores the height wrapped labels need. fit_height() asks the layout for the
height its contents need at the current width and resizes to exactly that, within the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def needed_height(widget: QWidget, width: int) -> int:
    layout = widget.layout()
    if layout is None:
        return widget.sizeHint().height()
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return layout.totalSizeHint().height()


def fit_height(widget: QWidget, *, grow_only: bool = False) -> None:
    """Resize `widget` to the height its contents need (only ever taller with grow_only)."""
    width = max(widget.width(), widget.minimumSizeHint().width())
    need = needed_height(widget, width)
    screen = widget.screen()
    if screen is not None:
        need = min(need, screen.availableGeometry().height())
    if grow_only:
        need = max(need, widget.height())
    widget.resize(width, need)
