"""The rewrite of Qt's ToUnicode maps: letters for presentation forms, and a file whose
cross-reference table still points at every object (readers repair a broken one silently,
so extracting text alone would not notice); lines marked by their colour, and laid out so
that poppler reads them back in order."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor

from timeline.export.briefing import pdf_bytes
from timeline.export.briefing_export import plan_briefing
from timeline.export.pdf_logical import _COLOUR, LineTexts, _number, for_poppler, with_line_texts
from timeline.export.pdf_text import _cmap, _letters, cmap_mapping, real_arabic_text

pytestmark = pytest.mark.usefixtures("qapp")


def _offsets_point_at_their_objects(pdf: bytes) -> None:
    xref = pdf.rindex(b"\nxref\n") + 1
    declared = int(re.search(rb"startxref\s+(\d+)", pdf[xref:]).group(1))
    assert declared == xref
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf])", pdf[xref : pdf.index(b"trailer", xref)])
    for number, (offset, _generation, kind) in enumerate(entries):
        if kind == b"n":
            assert pdf[int(offset) :].startswith(f"{number} 0 obj".encode()), number


def test_the_rewritten_file_keeps_its_cross_references(sample_store, pair_request):
    page_layout = pair_request("ar").page.page_layout()
    pdf = pdf_bytes(plan_briefing(sample_store, pair_request("ar"), page_layout), page_layout)
    _offsets_point_at_their_objects(pdf)
    cmaps = re.findall(rb"beginbfchar\n(.*?)endbfchar", pdf, re.S)
    assert cmaps
    assert not re.search(rb"<(FB[5-9A-F]|F[CD]|FE[7-9A-F])[0-9A-F]{2}>", b"".join(cmaps))


def test_a_file_of_another_layout_is_left_alone():
    assert real_arabic_text(b"%PDF-1.7\nno table here\n%%EOF") == b"%PDF-1.7\nno table here\n%%EOF"


def test_both_kinds_of_ranges_are_read():
    cmap = (
        b"2 beginbfrange\n<0001> <0003> <0041>\n<0004> <0005> [<FEFB> <FB03>]\nendbfrange\n"
        b"1 beginbfchar\n<0006> <FE91>\nendbfchar\n"
    )
    mapping = cmap_mapping(cmap)
    assert mapping == {1: "A", 2: "B", 3: "C", 4: "\ufefb", 5: "\ufb03", 6: "\ufe91"}
    assert cmap_mapping(_cmap(mapping)) == mapping


def test_forms_become_letters_in_reading_order():
    assert [_letters(form) for form in "\ufefb\ufe91\ufb03b\t"] == ["لا", "ب", "ffi", "b", " "]


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


def test_a_lines_number_survives_the_pdf_colour():
    marks = LineTexts()
    base = QColor("#1d2330")
    for number in (1, 255, 256, 70000):
        while len(marks.texts) < number - 1:
            marks.texts[len(marks.texts) + 1] = ""
        colour = marks.colour(base, f"line {number}")
        written = f"{colour.redF():.9f} {colour.greenF():.9f} {colour.blueF():.9f} scn\n"
        assert _number(_COLOUR.search(written.encode())) == number
        assert marks.texts[number] == f"line {number}"
        assert abs(colour.red() - base.red()) <= 1 and abs(colour.blue() - base.blue()) <= 1
    unmarked = f"{base.redF():.9f} {base.greenF():.9f} {base.blueF():.9f} scn\n"
    assert _number(_COLOUR.search(unmarked.encode())) == 0


def test_line_texts_leave_a_file_of_another_layout_alone():
    pdf = b"%PDF-1.7\nno table here\n%%EOF"
    assert with_line_texts(pdf, {1: "text"}) == pdf
