"""The glyph painter: a print preview shows a briefing's text as the printer and the PDF
do, though its pages are QPictures, which keep a run of text as a string and lay it out
again left to right."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPicture

from timeline.export.briefing import paint_document
from timeline.export.briefing_export import plan_briefing

pytestmark = pytest.mark.usefixtures("qapp")

TITLE = "العلاقات بين المغرب وكازاخستان: التسلسل الزمني"


class _PreviewPages(QPicture):
    """Every page on one picture, as a print preview records each of its own."""

    def newPage(self) -> bool:
        return True


def _word_gaps(image: QImage, rows: range) -> list[range]:
    """The blank stretches between the words of ``rows``, from left to right: wider than
    an Arabic letter's join, where the outlines and the glyphs might differ by a pixel."""
    inked = [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 160 for y in rows)
    ]
    return [range(left + 1, right) for left, right in pairwise(inked) if right - left > 6]


def test_a_previewed_arabic_title_keeps_its_colon_after_its_word(sample_store, pair_request):
    request = pair_request("ar", title=TITLE)
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    size = request.page.page_layout().fullRectPixels(96).size()
    direct, previewed = (QImage(size, QImage.Format.Format_RGB32) for _ in range(2))
    for image in (direct, previewed):
        image.fill(QColor("white"))
    painter = QPainter(direct)
    briefing.paint_page(painter, 0)
    painter.end()
    pages = _PreviewPages()
    pages.setBoundingRect(QRect(0, 0, size.width(), size.height()))
    assert paint_document(pages, briefing)  # type: ignore[arg-type]  # one page on another
    painter = QPainter(previewed)
    pages.play(painter)
    painter.end()
    title = range(0, 34)  # the title's line, the same on every page
    # The colon and the space beside it swapped sides: the gap between the words moved.
    gaps = list(zip(_word_gaps(previewed, title), _word_gaps(direct, title), strict=True))
    assert len(gaps) == TITLE.count(" ")
    assert all(abs(seen.start - drawn.start) <= 1 for seen, drawn in gaps)
