"""The bundled fonts an SVG's text is drawn in, carried inside the SVG.

Qt writes text as text, placed where its own shaping in the bundled Noto fonts put each
run, and names the fonts. A browser on a machine without them (no Noto Sans Arabic)
drew the text in a fallback of other widths: labels ran into each other and past their
markers. Each font the text uses is embedded as a ``@font-face`` of just the letters it
draws, with its shaping tables (Arabic's joining forms and ligatures), in a compressed
WOFF: a few tens of kilobytes a font. (A viewer that reads no CSS fonts, as most word
processors, still draws its own.)
"""

from __future__ import annotations

import base64
import functools
import html
import io
import re
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

from timeline.export.svg_text import TEXT
from timeline.locations import fonts_dir

_FAMILY = re.compile(r'font-family="([^"]*)"')
_WEIGHT = re.compile(r'font-weight="(\d+)"')
_OPENING = re.compile(r"<svg\b[^>]*>")
#: No font file, and no letter: a family the app does not ship.
_NONE: tuple[Path, frozenset[str]] = (Path(), frozenset())


@functools.cache
def _bundled(folder: Path) -> dict[tuple[str, int], tuple[Path, frozenset[str]]]:
    """The fonts shipped in ``folder``, by family name and weight (400, 700), and the
    letters each has."""
    found = {}
    for path in sorted(folder.glob("*.ttf")):
        with TTFont(path, lazy=True) as font:
            names = font["name"]
            family = names.getDebugName(16) or names.getDebugName(1)
            letters = frozenset(map(chr, font.getBestCmap()))
            found[family, font["OS/2"].usWeightClass] = path, letters
    return found


def _used(
    document: str, bundled: dict[tuple[str, int], tuple[Path, frozenset[str]]]
) -> dict[tuple[str, int], set[str]]:
    """The letters each bundled family and weight draws: a viewer takes each letter from
    the first family of a text's list that has it (an English drawing's digits from Noto
    Sans, never from Noto Sans Arabic, which has them too)."""
    used: dict[tuple[str, int], set[str]] = {}
    for attributes, text in TEXT.findall(document):
        family, weight = _FAMILY.search(attributes), _WEIGHT.search(attributes)
        if family is None or not text:
            continue
        bold = 700 if weight is not None and int(weight.group(1)) >= 600 else 400
        faces = [(name.strip().strip("'\""), bold) for name in family.group(1).split(",")]
        for letter in set(html.unescape(text)):
            face = next((face for face in faces if letter in bundled.get(face, _NONE)[1]), None)
            if face is not None:
                used.setdefault(face, set()).add(letter)
    return used


@functools.lru_cache(maxsize=32)
def _subset_woff(path: Path, letters: frozenset[str]) -> bytes:
    """The font at ``path`` cut down to ``letters`` and what shaping them can reach (a
    third of a second for a font's shaping tables: the same drawing again takes none)."""
    options = subset.Options()
    options.layout_features = ["*"]  # joining forms, ligatures, marks, kerning
    options.flavor = "woff"
    options.name_IDs = [1, 2, 16, 17]  # the family and style a viewer matches
    options.notdef_outline = True
    font = TTFont(path)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(letters))
    subsetter.subset(font)
    written = io.BytesIO()
    font.flavor = "woff"
    font.save(written)
    return written.getvalue()


def with_fonts(document: str, folder: Path | None = None) -> str:
    """``document`` (an SVG) with a ``@font-face`` for each bundled font its text is in;
    fonts it names that are not bundled (none, as the app draws) are left to the viewer."""
    bundled = _bundled(folder or fonts_dir())
    faces = []
    for (family, weight), letters in sorted(_used(document, bundled).items()):
        path = bundled[family, weight][0]
        data = base64.b64encode(_subset_woff(path, frozenset(letters))).decode("ascii")
        faces.append(
            f'@font-face{{font-family:"{family}";font-weight:{weight};font-style:normal;'
            f'src:url(data:font/woff;base64,{data}) format("woff")}}'
        )
    opening = _OPENING.search(document)
    if not faces or opening is None:
        return document
    style = f'<defs><style type="text/css">\n{chr(10).join(faces)}\n</style></defs>\n'
    return document[: opening.end()] + "\n" + style + document[opening.end() :]
