"""A path, URL or English message shown left to right in a label the user may copy from.

A label takes its paragraph's direction from the first letter it shows: a store message that
starts with a path in an Arabic-named folder ("/بيانات/أحداث.sqlite3: is locked") would read
right to left, its slashes at the wrong ends. Invisible isolates (domain.direction.ltr) would
fix the order but go into the clipboard with a copied selection, and a path pasted with them
into a terminal names no file. So the direction is said by the paragraph, not by characters.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def show_left_to_right(label: QLabel, text: str) -> None:
    """``text`` in ``label`` as one left-to-right paragraph, as text (never as markup), on
    the side the window reads from: in Arabic the About box's versions stood at the far
    left, 400 pixels from their names on the right."""
    label.setTextFormat(Qt.TextFormat.RichText)
    side = "right" if label.isRightToLeft() else "left"
    escaped = html.escape(text)
    label.setText(f'<div dir="ltr" align="{side}" style="white-space: pre-wrap">{escaped}</div>')
