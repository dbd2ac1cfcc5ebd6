"""The bundled fonts an SVG's text is drawn in, carried inside the SVG.

Qt writes text as text, placed where its own shaping in the bundled Noto fonts put each
run, and names the fonts. A viewer without them (a browser, a word processor on a machine
with no Noto Sans Arabic) drew the text in a fallback of other widths: labels ran into
each other and past their markers. Each font the text uses is embedded as a ``@font-face``
of just the letters it draws, with its shaping tables (Arabic's joining forms and
ligatures), in a compressed WOFF: a few tens of kilobytes a font.
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

from timeline.locations import fonts_dir

#: A text element as Qt's SVG generator writes it: its attributes, then its text.
_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")
_FAMILY = re.compile(r'font-family="([^"]*)"')
_WEIGHT = re.compile(r'font-weight="(\d+)"')
_OPENING = re.compile(r"<svg\b[^>]*>")


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


def _used(document: str) -> dict[tuple[str, int], set[str]]:
    """The letters each family and weight of the document's text may be asked for: a
    viewer takes each letter from the first family of a list that has it, so every
    family of the list is given the text (a subset keeps only the letters it has)."""
    used: dict[tuple[str, int], set[str]] = {}
    for attributes, text in _TEXT.findall(document):
        family, weight = _FAMILY.search(attributes), _WEIGHT.search(attributes)
        if family is None or not text:
            continue
        letters = set(html.unescape(text))
        bold = 700 if weight is not None and int(weight.group(1)) >= 600 else 400
        for name in family.group(1).split(","):
            used.setdefault((name.strip().strip("'\""), bold), set()).update(letters)
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
    for (family, weight), letters in sorted(_used(document).items()):
        path, has = bundled.get((family, weight), (None, frozenset()))
        drawn = has & letters
        if path is None or not drawn:  # an Arabic font beside English text
            continue
        data = base64.b64encode(_subset_woff(path, drawn)).decode("ascii")
        faces.append(
            f'@font-face{{font-family:"{family}";font-weight:{weight};font-style:normal;'
            f'src:url(data:font/woff;base64,{data}) format("woff")}}'
        )
    opening = _OPENING.search(document)
    if not faces or opening is None:
        return document
    style = f'<defs><style type="text/css">\n{chr(10).join(faces)}\n</style></defs>\n'
    return document[: opening.end()] + "\n" + style + document[opening.end() :]
