"""The briefing writes its PDF text itself: each paragraph's glyphs where Qt's shaping put
them, with the paragraph's string as its ``/ActualText`` arranged for poppler, each glyph
reading as its letters, and fonts embedded with only the glyphs used."""

from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRawFont, QTextOption, QTransform

from timeline.domain.direction import is_rtl_text
from timeline.export.briefing import pdf_bytes
from timeline.export.briefing_export import plan_briefing
from timeline.export.pdf_fonts import EmbeddedFont, subset_truetype
from timeline.export.pdf_text_layer import PdfTextPainter, for_poppler
from timeline.render.theme import app_font

pytestmark = pytest.mark.usefixtures("qapp")


def _streams(pdf: bytes) -> list[bytes]:
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            found.append(match.group(1))
    return found


def test_every_text_is_written_with_its_string(sample_store, pair_request):
    """Qt's writer draws no text of its own: every glyph on the page is inside a span
    that carries its paragraph's string, and every glyph reads as letters."""
    page_layout = pair_request("ar").page.page_layout()
    pdf = pdf_bytes(plan_briefing(sample_store, pair_request("ar"), page_layout), page_layout)
    streams = _streams(pdf)
    pages = [stream for stream in streams if b" Tj\n" in stream]
    assert pages
    for page in pages:
        outside = re.sub(rb"BDC\n.*?EMC\n", b"", page, flags=re.S)
        assert b" Tj" not in outside
        assert b"/ActualText <FEFF" in page
    cmaps = b"".join(stream for stream in streams if b"beginbfchar" in stream)
    assert cmaps
    assert not re.search(rb"<(FB[0-9A-F]|F[CD]|FE[7-9A-F])[0-9A-F]{2}>", cmaps)


@pytest.mark.parametrize(
    ("text", "align"),
    [
        ("Official visit 2024", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute),
        ("26 شتنبر 2024 – 26 نونبر 2025", Qt.AlignmentFlag.AlignRight),
        ("لقاء مع Murat Nurtleu في الرباط", Qt.AlignmentFlag.AlignHCenter),
        ("+12", Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignAbsolute),
    ],
)
def test_a_label_is_placed_where_qt_places_it(text, align):
    """The glyphs a PDF gets for a label are where Qt's own drawText puts them: the ink
    of both, drawn onto an image, covers the same box to the pixel."""
    font, rect = app_font(12), QRectF(10.3, 5.7, 300, 18)
    option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if is_rtl_text(text) else Qt.LayoutDirection.LeftToRight
    )
    images = []
    for writer in (False, True):
        image = QImage(400, 40, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = PdfTextPainter(QTransform()) if writer else QPainter()
        painter.begin(image)
        painter.setFont(font)
        painter.drawText(rect, text, option)
        if writer:  # what the PDF gets, drawn back onto the image by Qt
            for line in painter.pages[0][0].lines:
                for run in line:
                    for glyph, x, y in run.glyphs:
                        raw = QRawFont(run.font.raw)
                        raw.setPixelSize(run.size)
                        path = raw.pathForGlyph(glyph)
                        path.translate(x, y)
                        QPainter.fillPath(painter, path, QColor("#000000"))
        painter.end()
        images.append(image)
    assert _ink(images[0]) == pytest.approx(_ink(images[1]), abs=1)


def _ink(image: QImage) -> tuple[int, int, int, int]:
    """The box of the pixels darker than the paper."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).red() < 160:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def test_a_font_keeps_only_the_glyphs_used():
    raw = QRawFont.fromFont(app_font(12))
    tables = {tag: bytes(raw.fontTable(tag).data()) for tag in ("head", "maxp", "loca", "glyf")}
    used = set(raw.glyphIndexesForString("Rabat"))
    program = subset_truetype(tables, used)
    assert len(program) < len(tables["glyf"]) / 20
    count = struct.unpack(">H", tables["maxp"][4:6])[0]
    assert program.count(b"loca") == 1 and count > 100  # every glyph keeps its id


def test_glyphs_read_as_letters_not_forms():
    font = EmbeddedFont(QRawFont.fromFont(app_font(12)), "T1")
    font.chars.update("Rabat 2024")
    font.used.update(font.raw.glyphIndexesForString("Rabat 2024"))
    letters = set(font.to_unicode().values())
    assert letters == set("Rabt 2024")


def test_a_guillemet_drawn_mirrored_reads_as_one():
    """In right-to-left text Qt draws "»" with the glyph of "«": that glyph reads as "«"
    (no code at all in its ToUnicode map had pypdf read it as "m", its glyph id)."""
    font = EmbeddedFont(QRawFont.fromFont(app_font(12)), "T1")
    font.chars.update("page 2 »")
    font.used.update(font.raw.glyphIndexesForString("page 2 «"))
    assert set(font.to_unicode().values()) == set("page 2 «")


def _poppler_reads(laid: str, ltr: bool) -> str:
    """How poppler's pdftotext reads a line laid out left to right (TextOutputDev's
    reorderText): the model the arrangement is made for."""

    def strong_r(char: str) -> bool:  # vowel marks are neutral to it
        return unicodedata.bidirectional(char) in ("R", "AL")

    def strong_l(char: str) -> bool:
        return unicodedata.bidirectional(char) in ("L", "EN", "AN")

    out, size = [], len(laid)
    if ltr:
        start = 0
        while start < size:
            end = start
            while end < size and not strong_r(laid[end]):
                end += 1
            out.append(laid[start:end])
            start = end
            while end < size and not strong_l(laid[end]):
                end += 1
            out.append(laid[start:end][::-1])
            start = end
    else:
        start = size - 1
        while start >= 0:
            end = start
            while end >= 0 and not strong_l(laid[end]):
                end -= 1
            out.append(laid[end + 1 : start + 1][::-1])
            start = end
            while end >= 0 and not strong_r(laid[end]):
                end -= 1
            out.append(laid[end + 1 : start + 1])
            start = end
    return "".join(out)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="بتثجحخدذرسشص ةًُّ0123456789abcXYZ–·():,", max_size=40), st.booleans())
def test_poppler_reads_an_arranged_line_in_reading_order(text, ltr):
    def letters(value: str) -> str:
        """Letters and digits: what words and dates are made of."""
        neutral = ("WS", "ON", "CS", "ES", "ET", "B", "S", "BN", "NSM")
        return "".join(char for char in value if unicodedata.bidirectional(char) not in neutral)

    assert letters(_poppler_reads(for_poppler(text, ltr), ltr)) == letters(text)


@pytest.mark.parametrize(
    ("text", "ltr"),
    [("أُعدّ في 2 دجنبر 2026", False), ("Talks with مُحَمَّد بنُ علي in Rabat", True)],
)
def test_vowel_marks_inside_words_stay_with_their_letters(text, ltr):
    assert "".join(_poppler_reads(for_poppler(text, ltr), ltr).split()) == "".join(text.split())


def test_qts_drawing_stays_under_the_text(briefings, poppler, tmp_path):
    """The kinds' colours (the summary's swatches and chart, the timeline's markers) are
    on the page with the text written over them."""
    import subprocess

    prefix = tmp_path / "page"
    subprocess.run(
        [poppler._tool("pdftoppm"), "-r", "30", "-png", "-f", "1", "-l", "1",
         str(briefings("en")), str(prefix)],
        check=True,
    )  # fmt: skip
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    coloured = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if max(image.pixelColor(x, y).getRgb()[:3]) - min(image.pixelColor(x, y).getRgb()[:3]) > 60
    )
    assert coloured > 30


def test_text_in_a_font_it_cannot_embed_is_left_to_qt(monkeypatch):
    """A system font with PostScript outlines (a fallback elsewhere than here) is drawn by
    Qt's writer as before, rather than lost."""
    monkeypatch.setattr("timeline.export.pdf_text_layer.embeddable", lambda raw: False)
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = PdfTextPainter(QTransform())
    painter.begin(image)
    painter.setFont(app_font(12))
    painter.drawText(QRectF(0, 0, 200, 40), "Rabat", QTextOption(Qt.AlignmentFlag.AlignLeft))
    painter.end()
    assert painter.pages == [[]]
    assert _ink(image)  # drawn


def test_arabic_indic_numbers_copy_in_order_from_poppler_and_pypdf(
    sample_store, pair_request, poppler, tmp_path
):
    """A Levantine reader's briefing, its numbers in Arabic-Indic digits: a date, a Hijri
    date and a count copy as written, not digit by digit backwards. (pypdf reads those
    digits as neutral, like spaces, and so turns them round inside Arabic text.) Nor does
    any text read with a control character."""
    from pdf_readers import pypdf_text

    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.export.briefing_export import export_file

    request = pair_request("ar")
    fmt = DateFormat("ar", DateStyle.LEVANT, arabic_digits=True)
    request = replace(request, view=replace(request.view, fmt=fmt))
    path = tmp_path / "levant.pdf"
    export_file(sample_store, path, request)
    expected = ["١٩ آذار ٢٠٢٥", "١٩ رمضان ١٤٤٦ هـ", "٢٦ أيلول ٢٠٢٤", "٦ أحداث"]
    for text in (poppler.text(path, "-layout"), "".join(pypdf_text(path))):
        squeezed = poppler.squeezed(text)
        for words in expected:
            assert poppler.squeezed(words) in squeezed, words
        # The invisible spaces that give a span its width read as spaces, not as a code.
        assert not re.search("[\x00-\x08\x0e-\x1f]", text)


def test_words_copy_without_the_marks_that_ordered_them(
    sample_store, pair_request, poppler, tmp_path
):
    """Arabic words searched in a French briefing are painted inside directional isolates
    that keep their order among the sentence's (its subtitle): copied from the PDF they read
    as the words, without those invisible marks."""
    from pdf_readers import pypdf_text

    from timeline.export.briefing_export import export_file

    request = pair_request("fr")
    searched = replace(request.view.event_filter, text="الاتحاد")
    request = replace(request, view=replace(request.view, event_filter=searched))
    path = tmp_path / "searched.pdf"
    export_file(sample_store, path, request)
    marks = re.compile("[\u2066-\u2069]")  # poppler adds embeddings of its own
    for text in (poppler.text(path), "".join(pypdf_text(path))):
        assert not marks.search(text)
