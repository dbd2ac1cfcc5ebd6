"""The rewrite of Qt's ToUnicode maps: letters for presentation forms, and a file whose
cross-reference table still points at every object (readers repair a broken one silently,
so extracting text alone would not notice)."""

from __future__ import annotations

import re

import pytest

from timeline.io.briefing import pdf_bytes
from timeline.io.briefing_export import plan_briefing
from timeline.io.pdf_text import _cmap, _letters, cmap_mapping, real_arabic_text

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
