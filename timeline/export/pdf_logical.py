"""Text that copies and searches in reading order: each paragraph of a briefing carries
its words.

Qt's PDF writer puts glyphs on the page where they belong but says nothing of the order the
characters were written in. Each extractor then guesses that order back from positions,
and for Arabic mixed with numbers the guess is wrong: poppler reads "26 شتنبر 2024 – 26
نونبر" with the numbers around the dash swapped and a vowel mark torn from its letter; pypdf
takes glyphs in the order they are written and reverses right-to-left runs, so Qt's
right-to-left glyph order comes out backwards.

The cure is in how each paragraph is written. The briefing draws every paragraph of its own
text in a colour of its own — the theme's colour, changed in the low byte of its 16-bit
channels, imperceptibly — and :class:`LineTexts` remembers its characters under that
colour. Then each page's content stream is rewritten once: the runs of glyphs a paragraph
was drawn with are wrapped in a marked-content span whose ``/ActualText`` is its own text,
as PDF 1.5 provides for exactly this, arranged for the way poppler lays such a text out
(:func:`for_poppler`), between two invisible spaces that give the span the paragraph's
width; the runs are written in the order they are read, and the glyphs of a right-to-left
run from left to right, which is what extractors that ignore ``/ActualText`` (pypdf)
expect. The timeline's labels, drawn by the shared painter with no mark, get the same from
the runs of each label. Where the glyphs are drawn, and so what is printed, does not change.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

from PySide6.QtGui import QColor

from timeline.domain.direction import is_rtl_text
from timeline.export.pdf_text import cmap_mapping, object_span, replace_objects, xref_entries

_ID_LIMIT = 1 << 24
_TEXT = re.compile(rb"BT\n(.*?)ET\n", re.S)
_GLYPH = re.compile(rb"(-?[\d.]+) (-?[\d.]+) Td <([0-9A-Fa-f]*)> Tj\n")
_COLOUR = re.compile(rb"([\d.]+) ([\d.]+) ([\d.]+) scn\n")
_FONT = re.compile(rb"/(F\d+) ([\d.]+) Tf[^\n]*")


class LineTexts:
    """The text of each paragraph a briefing draws, under the colour it is drawn in."""

    def __init__(self) -> None:
        self.texts: dict[int, str] = {}

    def clear(self) -> None:
        """Forget every line: a new document is being painted."""
        self.texts.clear()

    def colour(self, base: QColor, text: str) -> QColor:
        """``base`` marked for ``text``: the low byte of each 16-bit channel holds a part
        of the line's number (XOR the high byte, so an unmarked colour reads as 0)."""
        number = len(self.texts) + 1
        if number >= _ID_LIMIT:
            return base
        self.texts[number] = text
        channels = []
        for value, shift in ((base.red(), 16), (base.green(), 8), (base.blue(), 0)):
            channels.append(value << 8 | (value ^ (number >> shift & 0xFF)))
        red, green, blue = channels
        return QColor.fromRgba64(red, green, blue, base.alpha() * 257)


def _number(colour: re.Match[bytes]) -> int:
    """The line number a colour carries (0: none)."""
    number = 0
    for part in colour.groups():
        value = round(float(part) * 65535)
        number = number << 8 | ((value >> 8) ^ (value & 0xFF))
    return number


@dataclass
class _Block:
    """One text object of a content stream, with the graphics state around it (q … Q)."""

    start: int
    end: int
    number: int
    direction: str  # R, L, EN (digits) or N (spaces, punctuation)
    left: float  # glyph origins, in text space
    right: float
    y: float
    size: float  # of the font
    data: bytes  # the whole q … Q
    chars: str  # in the order Qt wrote the glyphs: reading order within one run
    pre: bytes  # the state set between q and BT (colour, transparency)
    text: bytes  # BT … ET, the glyphs in the order readers want
    state: bytes  # its font and text matrix ("/F12 20 Tf 1 0 0 -1 0 0 Tm")
    space: bytes | None  # the code of its font's space, if it has one

    @property
    def x(self) -> float:
        return (self.left + self.right) / 2

    def beside(self, other: _Block) -> bool:
        """In the same font size: drawn with nothing between, the runs of one label."""
        return self.size == other.size


def _direction(text: str) -> str:
    kinds = {unicodedata.bidirectional(char) for char in text}
    if kinds & {"R", "AL"}:
        return "R"
    if "L" in kinds:
        return "L"
    return "EN" if kinds & {"EN", "AN"} else "N"


def _visual(body: bytes, glyphs: list[re.Match[bytes]]) -> bytes:
    """A right-to-left run's glyphs written in the opposite order (in the same places):
    Qt writes them in reading order, each vowel mark after its letter; readers that take
    glyphs in stream order reverse right-to-left runs, and so read them back in order."""
    placed, x, y = [], 0.0, 0.0
    for glyph in glyphs:
        x, y = x + float(glyph.group(1)), y + float(glyph.group(2))
        placed.append((x, y, glyph.group(3)))
    lines, last_x, last_y = [], 0.0, 0.0
    for x, y, codes in reversed(placed):
        lines.append(b"%.6f %.6f Td <%s> Tj\n" % (x - last_x, y - last_y, codes))
        last_x, last_y = x, y
    first, last = glyphs[0].start(), glyphs[-1].end()
    return body[:first] + b"".join(lines) + body[last:]


def _origins(glyphs: list[re.Match[bytes]]) -> tuple[float, float, float]:
    """The leftmost and rightmost glyph origins of a run, and its baseline."""
    xs, x, y = [], 0.0, 0.0
    for glyph in glyphs:
        x, y = x + float(glyph.group(1)), y + float(glyph.group(2))
        xs.append(x)
    return min(xs), max(xs), float(glyphs[0].group(2))


def _blocks(stream: bytes, fonts: dict[bytes, dict[int, str]]) -> list[_Block]:
    found = []
    for text in _TEXT.finditer(stream):
        start = stream.rfind(b"q\n", 0, text.start())
        end = stream.find(b"Q\n", text.end())
        font = _FONT.search(text.group(1))
        glyphs = list(_GLYPH.finditer(text.group(1)))
        if start < 0 or end < 0 or font is None or not glyphs:
            continue
        if b"BT\n" in stream[start : text.start()] or stream[text.end() : end].strip():
            continue
        mapping = fonts.get(font.group(1), {})
        chars = "".join(
            mapping.get(int(glyph.group(3)[n : n + 4], 16), "")
            for glyph in glyphs
            for n in range(0, len(glyph.group(3)), 4)
        )
        colours = list(_COLOUR.finditer(stream, start, text.start()))
        direction = _direction(chars)
        body = text.group(1)
        if direction == "R":
            body = _visual(body, glyphs)
        pre = stream[start + 2 : text.start()]
        shown = b"BT\n" + body + b"ET\n"
        number = _number(colours[-1]) if colours else 0
        left, right, y = _origins(glyphs)
        space = next((b"%04X" % code for code, char in mapping.items() if char == " "), None)
        found.append(
            _Block(
                start, end + 2, number, direction, left, right, y, float(font.group(2)),
                b"q\n" + pre + shown + b"Q\n", chars, pre, shown, font.group(0), space,
            )
        )  # fmt: skip
    return found


def _anchor(block: _Block, x: float, y: float) -> bytes:
    """An invisible space in the block's font at (x, y). poppler places an ``/ActualText``
    between the first glyph of its span and the end of the last one: a space at each end
    makes that the paragraph's whole width."""
    return b"BT\n%s\n3 Tr\n%.6f %.6f Td <%s> Tj\n0 Tr\nET\n" % (
        block.state, x, y, block.space or b"0000",
    )  # fmt: skip


def _marked(group: list[_Block], text: str, ltr: bool) -> bytes:
    """The runs of one line in reading order, in one graphics state, marked with the
    line's text."""
    ordered = _reading_order(group, is_rtl_text(text))
    spaced = [block for block in group if block.space is not None]
    pieces = [b"q\n", group[0].pre, _span(text, ltr)]
    # Both on the first line: poppler lays the text out along one line, not a diagonal.
    y = ordered[0].y
    if spaced:
        pieces.append(_anchor(spaced[0], min(block.left for block in group) - 1, y))
    pieces += [block.pre + block.text for block in ordered]
    if spaced:
        right = max(block.right for block in group) + _block_size(group)
        pieces.append(_anchor(spaced[-1], right, y))
    return b"".join([*pieces, b"EMC\nQ\n"])


def _block_size(group: list[_Block]) -> float:
    """About one glyph's advance at the line's largest font size."""
    return max(block.size for block in group) * 0.6


def _reading_order(blocks: list[_Block], rtl: bool) -> list[_Block]:
    """The runs of a paragraph in the order they are read: line by line, each across the
    line in the paragraph's direction, except that a run of the other direction (a Latin
    name in Arabic, an Arabic one in English) reads the other way. Numbers in a
    right-to-left line keep the line's order between them, as the Unicode bidirectional
    algorithm has it."""
    lines: dict[float, list[_Block]] = {}
    for block in blocks:  # lines in the order they were drawn: top to bottom
        lines.setdefault(round(block.y, 1), []).append(block)
    result: list[_Block] = []
    other = {"L"} if rtl else {"R"}
    for line in lines.values():
        run: list[_Block] = []
        for block in sorted(line, key=lambda block: -block.x if rtl else block.x):
            if block.direction in other or (run and block.direction == "N"):
                run.append(block)
                continue
            result += _flush(run, other)
            run = []
            result.append(block)
        result += _flush(run, other)
    return result


def _flush(run: list[_Block], other: set[str]) -> list[_Block]:
    """A run of the other direction reversed; neutral blocks after its last strong one stay
    in the line's order."""
    last = max((n for n, block in enumerate(run) if block.direction in other), default=-1)
    return run[: last + 1][::-1] + run[last + 1 :]


def _strong_l(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("L", "EN", "AN")


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


def _span(text: str, ltr: bool) -> bytes:
    units = for_poppler(text, ltr).encode("utf-16-be").hex().upper().encode()
    return b"/Span << /ActualText <FEFF" + units + b"> >>\nBDC\n"


def _reads_left_to_right(blocks: list[_Block]) -> bool:
    """Whether poppler reads the page left to right: more Latin letters than Arabic."""
    count = 0
    for block in blocks:
        for char in block.chars:
            kind = unicodedata.bidirectional(char)
            count += 1 if kind == "L" else -1 if kind in ("R", "AL") else 0
    return count >= 0


def _rewritten(stream: bytes, fonts: dict[bytes, dict[int, str]], texts: dict[int, str]) -> bytes:
    blocks = _blocks(stream, fonts)
    ltr = _reads_left_to_right(blocks)
    pieces, cursor, index = [], 0, 0
    while index < len(blocks):
        group = [blocks[index]]
        index += 1
        number = group[0].number
        while (
            index < len(blocks)
            and blocks[index].number == number
            and (number or blocks[index].beside(group[-1]))
            and not stream[group[-1].end : blocks[index].start].strip()
        ):
            group.append(blocks[index])
            index += 1
        pieces.append(stream[cursor : group[0].start])
        text = texts.get(number)
        if text is None and any(block.direction == "R" for block in group):
            # Drawn by the timeline, not marked: the runs of one label, read in order.
            in_stream = "".join(block.chars for block in group)
            ordered = _reading_order(group, is_rtl_text(in_stream))
            text = "".join(block.chars for block in ordered)
        if text is not None:
            pieces.append(_marked(group, text, ltr))
        else:
            pieces += [block.data for block in group]
        cursor = group[-1].end
    pieces.append(stream[cursor:])
    return b"".join(pieces)


def _stream(pdf: bytes, offsets: list[int], number: int) -> tuple[bytes, bytes] | None:
    """An object's dictionary and its decoded stream (Flate or none)."""
    start, end = object_span(pdf, offsets, number)
    obj = pdf[start:end]
    head = re.match(rb"\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n", obj, re.S)
    if head is None:
        return None
    length = re.search(rb"/Length (\d+)( 0 R)?", head.group(1))
    if length is None:
        return None
    size = int(length.group(1))
    if length.group(2):  # an indirect length: the number is in its own object
        size_start, size_end = object_span(pdf, offsets, size)
        found = re.search(rb"obj\s*(\d+)", pdf[size_start:size_end])
        if found is None:
            return None
        size = int(found.group(1))
    data = obj[head.end() : head.end() + size]
    if b"/FlateDecode" in head.group(1):
        data = zlib.decompress(data)
    return head.group(1), data


def _fonts(pdf: bytes, offsets: list[int]) -> dict[bytes, dict[int, str]]:
    """Each font resource's glyph codes -> text, from its ToUnicode map."""
    fonts = {}
    for name, number in set(re.findall(rb"/(F\d+) (\d+) 0 R", pdf)):
        start, end = object_span(pdf, offsets, int(number))
        found = re.search(rb"/ToUnicode (\d+) 0 R", pdf[start:end])
        if found is not None:
            stream = _stream(pdf, offsets, int(found.group(1)))
            fonts[name] = cmap_mapping(stream[1]) if stream else {}
    return fonts


def with_line_texts(pdf: bytes, texts: dict[int, str]) -> bytes:
    """``pdf`` (as Qt writes it) with each marked line's text as its ``/ActualText`` and
    its runs in reading order; any other layout is returned unchanged."""
    found = xref_entries(pdf)
    if found is None:
        return pdf
    offsets = [int(offset) for offset, _generation, _kind in found[2]]
    fonts = _fonts(pdf, offsets)
    replacements = {}
    for contents in re.findall(rb"/Type /Page\n(?:[^>]*?)/Contents (\d+) 0 R", pdf):
        number = int(contents)
        stream = _stream(pdf, offsets, number)
        if stream is None:
            continue
        data = zlib.compress(_rewritten(stream[1], fonts, texts))
        head = b"%d 0 obj\n<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n" % (number, len(data))
        replacements[number] = head + data + b"\nendstream\nendobj"
    return replace_objects(pdf, replacements)
