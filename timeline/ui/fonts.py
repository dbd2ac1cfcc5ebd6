"""The widgets' font: Noto Sans, with Noto Sans Arabic UI for Arabic script.

Noto Sans Arabic UI is Noto Sans Arabic's design with vertical metrics made for user
interfaces: at 13 px an Arabic line is 18 px tall like a Latin one, not 28, so menus, fields,
panels and the status bar take no more height translated than in English and the window
still fits 800×500. The timeline's drawing and every export keep Noto Sans Arabic
(:func:`timeline.render.theme.app_font`), so the screen's timeline and its PDF stay the same.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from timeline.render.theme import app_font

WIDGET_FONT_FAMILIES = ("Noto Sans", "Noto Sans Arabic UI")


def widget_font(pixel_size: int = 13, bold: bool = False) -> QFont:
    """The application's font, or a widget's own size or weight of it."""
    return app_font(pixel_size, bold, WIDGET_FONT_FAMILIES)
