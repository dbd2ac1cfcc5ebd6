"""The fixed words of a briefing: every character drawn in the bundled fonts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QRawFont

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.export.briefing_words import _WORDS, unbroken, word
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
              "heading": "", "period": "", "periods": "", "span": "", "them": "منهما",
              "so_far": " حتى الآن", "cancelled": ""}  # fmt: skip
    for key in _WORDS:
        text = word(key, DateFormat(language), **values)
        for char in set(text) - {" "}:
            assert any(font.glyphIndexesForString(char)[0] for font in fonts), (key, char)


@pytest.mark.parametrize(
    ("language", "style", "drawn"),
    [
        ("ar", DateStyle.MAGHREB, "«"),
        ("ar", DateStyle.EGYPT, "«"),
        ("en", DateStyle.MAGHREB, None),
        ("fr", DateStyle.MAGHREB, None),
    ],
)
@pytest.mark.parametrize("said", ["next", "table_next"])
def test_continues_on_page_points_the_way_the_reader_goes_on(qapp, language, style, drawn, said):
    """The glyph drawn, not the character written: in Arabic the "»" after the page's number
    is mirrored, drawn as "«", pointing left as the reader goes on. Text extraction reads
    the character written and cannot tell: "«" written there was drawn "»", pointing back
    into the page. In French a lone "»" is a closing quotation mark with none opened ("Suite
    du tableau page 3 »"), and English says it alike: no guillemet."""
    from timeline.export.briefing_table import paragraph

    fmt = DateFormat(language, style)
    text = word(said, fmt, n=fmt.digits("2"))
    runs = paragraph(text, app_font(12), 800.0, language == "ar").layout.glyphRuns()
    glyphs = {
        mark: any(
            run.rawFont().glyphIndexesForString(mark)[0] in run.glyphIndexes() for run in runs
        )
        for mark in "«»"
    }
    assert glyphs == {mark: mark == drawn for mark in "«»"}
    if drawn is not None:  # never alone at the start of a line
        assert text.endswith(f"{fmt.digits('2')}\u00a0»")


@pytest.mark.parametrize(
    ("language", "tied"),
    [("en", "1\u00a0Sep\u00a01979"), ("fr", "1er\u00a0sept.\u00a01979")],
)
def test_a_short_date_keeps_its_year_with_its_month(language, tied):
    """The window's narrow list writes months short ("a day in 23 Aug – 1 Sep 1979") and
    wraps a date too long for its column: "1 Sep / 1979" left the year alone on a line."""
    fmt = DateFormat(language)
    window = EventDate(
        FuzzyDate.from_date(date(1979, 8, 23)), FuzzyDate.from_date(date(1979, 9, 1)), True
    )
    assert tied in unbroken(fmt.event_date(window, short=True), fmt)
