"""An SVG drawing carries the fonts its text is in: a viewer without Noto fonts draws it as
the app does, not in a fallback of other widths."""

from __future__ import annotations

import base64
import html
import io
import re
import xml.etree.ElementTree as ET

import pytest
from fontTools.ttLib import TTFont

from timeline.export.briefing_export import export_file
from timeline.export.svg_fonts import with_fonts

_FACE = re.compile(
    r'@font-face\{font-family:"([^"]+)";font-weight:(\d+);[^}]*base64,([A-Za-z0-9+/=]+)\)'
)
_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")


def _faces(svg: str) -> dict[tuple[str, int], TTFont]:
    return {
        (family, int(weight)): TTFont(io.BytesIO(base64.b64decode(data)))
        for family, weight, data in _FACE.findall(svg)
    }


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_every_letter_of_an_svg_is_in_a_font_it_carries_with_its_shaping(
    qapp, sample_store, pair_request, tmp_path, language
):
    """Each letter of each text is found, as a viewer looks for it, in the first family of
    the text's list that has it, among the fonts the file carries, with the joining forms
    and ligatures an Arabic title is shaped with; the file is still XML."""
    path = tmp_path / "drawing.svg"
    export_file(sample_store, path, pair_request(language))
    svg = path.read_text(encoding="utf-8")
    ET.fromstring(svg)
    faces = _faces(svg)
    assert faces, "no font carried"
    drawn = 0
    for attributes, text in _TEXT.findall(svg):
        families = re.search(r'font-family="([^"]*)"', attributes).group(1).split(",")
        weight = 700 if 'font-weight="700"' in attributes else 400
        cmaps = [
            faces[face].getBestCmap() for face in ((f, weight) for f in families) if face in faces
        ]
        for letter in html.unescape(text):
            assert any(ord(letter) in cmap for cmap in cmaps), (letter, text, families)
            drawn += 1
    assert drawn > 200
    arabic_carried = any(family == "Noto Sans Arabic" for family, _weight in faces)
    assert arabic_carried is (language == "ar"), "digits and spaces come from Noto Sans"
    if language == "ar":
        arabic = faces["Noto Sans Arabic", 400]
        features = {record.FeatureTag for record in arabic["GSUB"].table.FeatureList.FeatureRecord}
        assert {"init", "medi", "fina", "rlig"} <= features


def test_a_font_the_app_does_not_ship_is_left_to_the_viewer(tmp_path):
    """Only bundled fonts are carried; text in another family, or none, changes nothing."""
    document = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<text x="0" y="5" font-family="Some Other Sans" font-weight="400">abc</text></svg>'
    )
    assert with_fonts(document) == document
    bundled = document.replace("Some Other Sans", "Some Other Sans,Noto Sans")
    carried = with_fonts(bundled)
    assert list(_faces(carried)) == [("Noto Sans", 400)]
    assert carried.startswith(bundled[: bundled.index(">") + 1])
    assert carried.endswith(bundled[bundled.index(">") + 1 :])
