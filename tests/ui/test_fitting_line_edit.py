"""A field's hint: the longest wording that fits, measured again when the font changes
(the hints in each language are checked in tests/translations)."""

from __future__ import annotations

from PySide6.QtGui import QFont

from timeline.ui.fitting_line_edit import FittingLineEdit

LONG, SHORT = "From (2024, 1446-09-01 AH)", "From"


def test_a_new_font_too_big_for_the_long_hint_falls_back_to_the_short_one(qtbot):
    line = FittingLineEdit((SHORT, LONG))
    qtbot.addWidget(line)
    line.resize(line.sizeHint())
    line.show()
    assert line.placeholderText() == LONG
    bigger = QFont(line.font())
    bigger.setPixelSize(2 * line.fontMetrics().height())
    line.setFont(bigger)  # no resize: the field keeps its width
    assert line.placeholderText() == SHORT
    assert line.sizeHint().width() > line.width(), "it asks for the room the long one needs"
