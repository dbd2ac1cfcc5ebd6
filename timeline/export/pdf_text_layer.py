"""A PDF's text written by the briefing itself, as it paints: glyphs and words together.

Qt's PDF writer puts each glyph where it belongs but says nothing of the characters it was
shaped from or the order they are read in (its code for that is switched off), so every
extractor guesses the order back from positions, and guesses Arabic mixed with numbers
wrong. Here the painter that paints a briefing onto the PDF writer is a
:class:`PdfTextPainter`: the same painting code (the timeline's painter, the briefing's
paragraphs) calls it as it calls any painter, and it paints everything but text through Qt.
Text — a label drawn in a rectangle, a laid-out paragraph — it keeps, with its string, its
shaped glyphs (Qt's own shaping: the same glyphs in the same places), its colour and clip,
and writes it into the page itself:

- each paragraph is one marked-content span whose ``/ActualText`` is its string (PDF 1.5
  provides this for text whose glyphs do not spell it), arranged for the way poppler lays
  such a span out (:func:`for_poppler`), between two invisible spaces that give the span
  the paragraph's width;
- its glyphs are written line by line in reading order — Qt's string index of each glyph
  says which comes first — and a right-to-left stretch from left to right, which is what
  extractors that read glyphs rather than ``/ActualText`` (pypdf) turn back into order;
  so are Arabic-Indic digits read after Arabic letters, which pypdf turns round too
  (:func:`_pypdf_order`);
- each glyph reads as its letters (:mod:`timeline.export.pdf_fonts`).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QGlyphRun, QRawFont, QTransform

from timeline.domain.direction import without_direction_marks
from timeline.export.briefing_words import WORD_JOINER
from timeline.export.glyph_painter import GlyphPainter
from timeline.export.pdf_fonts import EmbeddedFont, reads_as


@dataclass(frozen=True, slots=True)
class _Run:
    """Glyphs of one font and one direction, side by side, in the order Qt shaped them
    (for right-to-left text: the order they are read, each vowel mark after its letter)."""

    font: EmbeddedFont
    size: float  # in points
    rtl: bool
    index: int  # where in the string Qt says its first glyph comes from
    glyphs: tuple[tuple[int, float, float], ...]  # glyph id, origin in points on the page
    chars: str  # the character each glyph is shaped from (its first, for a ligature)

    @property
    def order(self) -> tuple[int, float]:
        """Its place in the line's reading order: by the string, and within one stretch
        of the string (Qt may give a whole stretch's start) in the run's direction."""
        x = self.glyphs[0][1]
        return self.index, -x if self.rtl else x


@dataclass(frozen=True, slots=True)
class _Text:
    """One paragraph or label: its string and its glyphs, line by line."""

    text: str
    colour: tuple[float, float, float]
    clips: tuple[QRectF, ...]  # on the page, in points
    lines: tuple[tuple[_Run, ...], ...]


def page_transform(paint_rect: QRectF, page_height: float, resolution: int) -> QTransform:
    """From the PDF writer's device pixels to PDF points (origin at the page's bottom left),
    as Qt's writer places its own drawing: ``paint_rect`` in device pixels, the page's
    height in points."""
    scale = 72.0 / resolution
    return QTransform(
        scale, 0, 0, -scale, scale * paint_rect.left(), page_height - scale * paint_rect.top()
    )


class PdfTextPainter(GlyphPainter):
    """A painter onto Qt's PDF writer that writes the text itself (see the module)."""

    def __init__(self, to_page: QTransform) -> None:
        super().__init__()
        self.to_page = to_page
        self.fonts: dict[tuple[str, str], EmbeddedFont] = {}
        self.embeddable: dict[tuple[str, str], bool] = {}
        self.pages: list[list[_Text]] = [[]]

    def new_page(self) -> None:
        self.pages.append([])

    def _font(self, raw: QRawFont) -> EmbeddedFont:
        key = (raw.familyName(), raw.styleName())
        if key not in self.fonts:
            self.fonts[key] = EmbeddedFont(QRawFont(raw), f"T{len(self.fonts) + 1}")
        return self.fonts[key]

    def _embeds(self, raw: QRawFont) -> bool:
        key = (raw.familyName(), raw.styleName())
        if key not in self.embeddable:
            self.embeddable[key] = embeddable(raw)
        return self.embeddable[key]

    def keep(
        self, text: str, lines: list[list[QGlyphRun]], at: QPointF, clip: QRectF | None = None
    ) -> bool:
        """Keep a text for the page; False (Qt draws it) when a font it falls back on is not
        one this writer embeds (a system font with PostScript outlines)."""
        if not all(self._embeds(run.rawFont()) for runs in lines for run in runs):
            return False
        on_page = self.transform() * self.to_page
        scale = math.hypot(on_page.m11(), on_page.m12())
        read = reads_as(text)
        kept = []
        for runs in lines:
            line = []
            for run in runs:
                ids = run.glyphIndexes()
                if not ids:
                    continue
                raw = run.rawFont()
                font = self._font(raw)
                font.chars.update(text)
                font.used.update(ids)
                points = [on_page.map(at + position) for position in run.positions()]
                glyphs = tuple(
                    (glyph, point.x(), point.y()) for glyph, point in zip(ids, points, strict=True)
                )
                indexes = run.stringIndexes() or [0] * len(ids)
                try:
                    chars = "".join(map(read.__getitem__, indexes))
                except IndexError:  # not seen from Qt: a glyph from outside its string
                    chars = " " * len(ids)
                size = raw.pixelSize() * scale
                line.append(_Run(font, size, run.isRightToLeft(), indexes[0], glyphs, chars))
            if line:
                kept.append(tuple(line))
        if not kept:
            return True
        anchor = kept[0][0].font  # its space, at each end of the span, reads as a space
        space = anchor.space()
        if space is not None:
            anchor.chars.add(" ")
            anchor.used.add(space)
        clips = [self.clipBoundingRect()] if self.hasClipping() else []
        clips += [clip] if clip is not None else []
        colour = self.pen().color()
        self.pages[-1].append(
            _Text(
                read,
                (colour.redF(), colour.greenF(), colour.blueF()),
                tuple(on_page.mapRect(rect) for rect in clips),
                tuple(kept),
            )
        )
        return True

    def page_content(self, number: int) -> bytes:
        """The text of page ``number`` as PDF content, in the page's default space."""
        texts = self.pages[number] if number < len(self.pages) else []
        ltr = _reads_left_to_right(texts)
        pypdf = _PypdfReading()
        return b"".join(_content(text, ltr, pypdf) for text in texts)


def embeddable(raw: QRawFont) -> bool:
    """Whether the font has TrueType outlines, the kind :mod:`timeline.export.pdf_fonts`
    embeds (the bundled Noto fonts have)."""
    return not raw.fontTable("glyf").isEmpty()


def _reads_left_to_right(texts: list[_Text]) -> bool:
    """Whether poppler reads the page left to right: more Latin letters than Arabic."""
    count = 0
    for text in texts:
        for char in text.text:
            kind = unicodedata.bidirectional(char)
            count += 1 if kind == "L" else -1 if kind in ("R", "AL") else 0
    return count >= 0


def _content(text: _Text, ltr: bool, pypdf: _PypdfReading) -> bytes:
    parts = [b"q\n"]
    for clip in text.clips:
        parts.append(
            b"%.3f %.3f %.3f %.3f re W n\n" % (clip.x(), clip.y(), clip.width(), clip.height())
        )
    parts.append(b"%.4f %.4f %.4f rg\n" % text.colour)
    parts.append(_span(text.text, ltr))
    runs = [run for line in text.lines for run in line]
    xs = [x for run in runs for _glyph, x, _y in run.glyphs]
    first = text.lines[0][0]
    space = first.font.space()
    # poppler places an /ActualText between the first glyph of its span and the end of the
    # last: an invisible space at each end, both on the first line, makes that the
    # paragraph's whole width along one line.
    if space is not None:
        parts.append(_anchor(first, space, min(xs) - 1))
    for line in text.lines:
        parts += [_run(run, pypdf) for run in sorted(line, key=lambda run: run.order)]
    if space is not None:
        parts.append(_anchor(first, space, max(xs) + 0.6 * max(run.size for run in runs)))
    parts.append(b"EMC\nQ\n")
    return b"".join(parts)


def _anchor(first: _Run, space: int, x: float) -> bytes:
    return b"BT\n/%s %.3f Tf\n3 Tr\n%.3f %.3f Td <%04X> Tj\n0 Tr\nET\n" % (
        first.font.name.encode(), first.size, x, first.glyphs[0][2], space,
    )  # fmt: skip


def _run(run: _Run, pypdf: _PypdfReading) -> bytes:
    """A run's glyphs where Qt put them, in the order pypdf reads back as the run's
    (:func:`_pypdf_order`)."""
    parts = [b"BT\n/%s %.3f Tf\n" % (run.font.name.encode(), run.size)]
    last_x = last_y = 0.0
    for at in pypdf.order(run):
        glyph, x, y = run.glyphs[at]
        parts.append(b"%.3f %.3f Td <%04X> Tj\n" % (x - last_x, y - last_y, glyph))
        last_x, last_y = x, y
    parts.append(b"ET\n")
    return b"".join(parts)


#: What pypdf (7) reads as neutral — kept in the direction of the letters read before it —
#: and as right to left: Arabic-Indic digits are both Arabic and neutral to it.
_PYPDF_NEUTRAL = (
    ("\x00", "\x2f"), ("\x3a", "\x40"), ("\xa0", "\xa0"),
    ("\u0660", "\u066d"), ("\u06f0", "\u06f9"),
    ("\u2000", "\u206f"), ("\u20a0", "\u21ff"),
)  # fmt: skip
_PYPDF_RTL = (("\u0590", "\u08ff"), ("\ufb1d", "\ufdff"), ("\ufe70", "\ufeff"))
_PYPDF_RTL_TEXT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@functools.cache
def _pypdf_kind(char: str) -> bool | None:
    """None for a character pypdf reads as neutral, else whether it reads right to left."""
    if any(low <= char <= high for low, high in _PYPDF_NEUTRAL):
        return None
    return any(low <= char <= high for low, high in _PYPDF_RTL)


class _PypdfReading:
    """pypdf's direction as it reads a page's glyphs in the order they are written: it
    turns round every stretch read while its last letter was right to left."""

    def __init__(self) -> None:
        self.rtl = False  # pypdf starts each page left to right

    def order(self, run: _Run) -> Sequence[int]:
        """The run's glyphs in the order to write them: a right-to-left run from left to
        right; in a left-to-right run, a stretch pypdf reads as neutral after Arabic
        letters (Arabic-Indic digits) from right to left. pypdf turns both round."""
        chars = run.chars
        if run.rtl:
            for char in chars:  # the last of them pypdf reads: the first of the string
                kind = _pypdf_kind(char)
                if kind is not None:
                    self.rtl = kind
                    break
            return range(len(chars) - 1, -1, -1)
        if not self.rtl and _PYPDF_RTL_TEXT.search(chars) is None:
            return range(len(chars))  # read as written, and still left to right
        written: list[int] = []
        stretch: list[int] = []
        for at, char in enumerate(chars):
            kind = _pypdf_kind(char)
            if kind is None:
                stretch.append(at)
                continue
            written += stretch[::-1] if self.rtl else stretch
            stretch = []
            self.rtl = kind
            written.append(at)
        return written + (stretch[::-1] if self.rtl else stretch)


#: Read by poppler as part of a number (its character table types them with the digits):
#: the Arabic comma beside a number stays with it, as Latin letters and digits do.
_POPPLER_NUMBERS = frozenset("،")


def _strong_l(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("L", "EN", "AN") or char in _POPPLER_NUMBERS


def _strong_r(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def for_poppler(text: str, ltr: bool) -> str:
    """``text`` arranged so that poppler gives it back in reading order.

    poppler lays an ``/ActualText`` out left to right and then reads each line as it reads
    glyphs: on a page that reads left to right, runs of right-to-left letters are
    reversed; on one that reads right to left, the line is read from its right end and
    only its runs of Latin letters and digits are left as they are. This arrangement is
    the one those rules turn back into ``text``: letters, digits and vowel marks in order.
    (Punctuation, spaces and a vowel mark at the end of a run of the other direction cannot
    be placed there in poppler's reading: it moves them to the run's other end.)
    """
    inner, opposite = (_strong_r, _strong_l) if ltr else (_strong_l, _strong_r)
    sections: list[tuple[bool, str]] = []  # (a run of the inner kind, its text)
    start, size = 0, len(text)
    while start < size:
        end = last = start
        if inner(text[start]):
            while end < size and not opposite(text[end]):
                last = end if inner(text[end]) else last
                end += 1
            sections.append((True, text[start : last + 1]))
            start = last + 1
        else:
            while end < size and not inner(text[end]):
                end += 1
            sections.append((False, text[start:end]))
            start = end
    if ltr:  # the right-to-left runs are reversed by poppler
        return "".join(part[::-1] if run else part for run, part in sections)
    return "".join(part if run else part[::-1] for run, part in reversed(sections))


#: Characters that only hold a line together: copied, "1446 –\u2060 5" would not be found by
#: a search for "1446 – 5".
_JOINERS = str.maketrans("", "", WORD_JOINER)


def _span(text: str, ltr: bool) -> bytes:
    # Copied with the words, the marks and joiners are noise.
    words = without_direction_marks(text).translate(_JOINERS)
    units = for_poppler(words, ltr).encode("utf-16-be").hex().upper().encode()
    return b"/Span << /ActualText <FEFF" + units + b"> >>\nBDC\n"
