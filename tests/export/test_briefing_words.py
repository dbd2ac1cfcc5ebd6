"""The fixed words of a briefing: every character drawn in the bundled fonts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QRawFont

from timeline.domain.datetext import DateFormat
from timeline.export.briefing_words import _WORDS, word
from timeline.render.theme import FONT_FAMILIES, app_font

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_every_character_of_the_fixed_words_is_in_a_bundled_font(language):
    """A character no bundled font has is drawn in a fallback of the machine's (the
    arrows of "Continues on page 2 →" were DejaVu's), or not at all."""
    fonts = []
    for family in FONT_FAMILIES:
        font = app_font(12)
        font.setFamilies([family])
        fonts.append(QRawFont.fromFont(font))
    values = {"n": 2, "total": 5, "days": "", "kind": "", "day": "", "year": 2025, "count": 3,
              "heading": "", "period": "", "span": ""}  # fmt: skip
    for key in _WORDS:
        text = word(key, DateFormat(language), **values)
        for char in set(text) - {" "}:
            assert any(font.glyphIndexesForString(char)[0] for font in fonts), (key, char)
