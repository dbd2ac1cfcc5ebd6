"""An SVG's right-to-left runs are marked so: a viewer lays each out as Qt placed it, its
brackets facing the right way and its colons on the right side."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest

from timeline.export.briefing_export import export_file
from timeline.export.svg_direction import in_reading_order

_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")


def _svg(*runs: str) -> str:
    texts = "".join(
        f'<text x="{10 * n}" y="5">{html.escape(run)}</text>' for n, run in enumerate(runs)
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg">{texts}</svg>'


def _marked(document: str) -> list[str]:
    return [
        html.unescape(text) for attributes, text in _TEXT.findall(document) if "rtl" in attributes
    ]


def test_arabic_runs_and_the_punctuation_between_them_are_right_to_left():
    """ "زيارة (رسمية) إلى الرباط: محادثات" as Qt writes it, a run per font: a browser drew
    "زيارة) رسمية (إلى الرباط :محادثات"."""
    runs = ("زيارة", " (", "رسمية", ") ", "إلى", " ", "الرباط", ": ", "محادثات")
    assert _marked(in_reading_order(_svg(*runs), True)) == list(runs)


@pytest.mark.parametrize(
    "runs",
    [
        ("Visit: Rabat (talks), day ",),  # Latin, its punctuation in its own run
        ("12–15",),  # numbers alone: right to left they would read 15–12
        ("2025", " – ", "2026"),
        ("Visit to", " (", "الرباط"),  # a bracket beside a Latin run is not Arabic's alone
    ],
)
def test_latin_runs_numbers_and_punctuation_beside_them_are_left_as_they_are(runs):
    marked = _marked(in_reading_order(_svg(*runs), False))
    assert marked == [run for run in runs if run == "الرباط"]


def test_a_marked_run_is_anchored_at_its_end_which_right_to_left_is_where_qt_placed_it():
    document = in_reading_order(_svg("الرباط"), True)
    assert '<text direction="rtl" text-anchor="end" x="0" y="5">الرباط</text>' in document


@pytest.mark.parametrize("language", ["ar", "en"])
def test_an_svg_marks_every_run_of_arabic_letters_and_none_of_latin_ones(
    qapp, sample_store, pair_request, tmp_path, language
):
    path = tmp_path / "drawing.svg"
    export_file(sample_store, path, pair_request(language))
    arabic = latin = 0
    for attributes, text in _TEXT.findall(path.read_text(encoding="utf-8")):
        classes = {unicodedata.bidirectional(char) for char in html.unescape(text)}
        if "AL" in classes and "L" not in classes:
            assert 'direction="rtl"' in attributes, text
            arabic += 1
        if "L" in classes:
            assert "direction" not in attributes, text
            latin += 1
    assert (arabic > 30) is (language == "ar") and (latin > 30) is (language == "en")


@pytest.mark.parametrize(
    ("runs", "arabic_drawing", "right_to_left"),
    [
        # A year in brackets in an Arabic title: numbers count as right to left.
        (("زيارة", " (", "2025", ") ", "إلى"), True, {"زيارة", " (", ") ", "إلى"}),
        (("زيارة", " (", "2025", ") ", "إلى"), False, {"زيارة", " (", ") ", "إلى"}),
        # A Latin name in an Arabic title: the bracket between takes the drawing's way.
        (("مباحثات", " ", "OTAN", " (", "حلف", ")"), True, {"مباحثات", " ", " (", "حلف", ")"}),
        # An Arabic name in an English title: the same, left to right.
        (("Visit", " (", "الرباط", ") ", "to Rabat"), False, {"الرباط"}),
    ],
)
def test_punctuation_beside_numbers_and_latin_words_takes_the_direction_qt_gave_it(
    runs, arabic_drawing, right_to_left
):
    """A browser drew "زيارة (2025) إلى" as "زيارة) 2025) إلى" and "OTAN (حلف الناتو)"
    with its brackets facing away: a number beside Arabic counts as right to left, and a
    bracket between Latin and Arabic takes its line's direction."""
    assert set(_marked(in_reading_order(_svg(*runs), arabic_drawing))) == right_to_left


def test_each_line_of_a_wrapped_label_is_read_on_its_own():
    """The runs of the line above are not this line's neighbours."""
    above = '<text x="0" y="5">Visit to</text>'
    below = '<text x="0" y="20">«</text><text x="5" y="20">مشترك</text>'
    document = f'<svg xmlns="http://www.w3.org/2000/svg">{above}{below}</svg>'
    assert _marked(in_reading_order(document, True)) == ["«", "مشترك"]
