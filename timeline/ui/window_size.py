"""How small a window may be made without cutting the lines of its wrapped labels."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def keep_wrapped_lines_whole(window: QWidget) -> None:
    """Make ``window`` no lower than its layout needs at its narrowest, every line of its
    wrapped labels counted.

    Qt gives a window its layout's minimum size, which counts one line for a label that
    wraps: shrunk to it, the window cut such a label's other lines and squeezed the
    buttons below it. At any greater width the lines are fewer, so this height suffices.
    Call it once the texts are set.
    """
    layout = window.layout()
    assert layout is not None, "a window laid out by a layout"
    window.ensurePolished()
    layout.activate()  # the window's minimum width, from its layout
    if layout.hasHeightForWidth():
        margins = window.contentsMargins()
        width = window.minimumWidth() - margins.left() - margins.right()
        lowest = layout.minimumHeightForWidth(width) + margins.top() + margins.bottom()
        window.setMinimumHeight(lowest)
