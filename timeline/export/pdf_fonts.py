"""The fonts of a PDF's text, embedded by the briefing's own text writer.

Each font the text was shaped in (a :class:`QRawFont`: Noto Sans, Noto Sans Arabic, bold or
not) is embedded as a composite font whose character ids are the glyph ids Qt shaped with,
so the writer puts down exactly the glyphs the screen shows. The embedded program is the
font's TrueType tables with every glyph the document does not use emptied (ids kept), and
each glyph says which letters it stands for (its ``ToUnicode`` map): the letter it is the
form of — ب for every shape of beh, لا for the lam-alef ligature, a space for the space,
never a presentation-form code point that no search matches.
"""

from __future__ import annotations

import functools
import math
import struct
import unicodedata
import zlib
from dataclasses import dataclass, field

from PySide6.QtGui import QRawFont

#: Code points whose glyphs a shaper picks for letters: presentation forms and ligatures.
_FORMS = ((0xFB00, 0xFB06), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_KEPT_TABLES = ("cvt ", "fpgm", "prep", "hhea", "hmtx", "maxp")
_MORE_COMPONENTS, _WORDS, _SCALE, _XY_SCALE, _TWO_BY_TWO = 0x20, 0x01, 0x08, 0x40, 0x80


def _is_form(char: str) -> bool:
    return any(low <= ord(char) <= high for low, high in _FORMS)


#: Characters that read, searched or copied, as others: a tab and a space that does not
#: wrap (a date's, tying its day, month and year) as a space, a hyphen that does not wrap
#: (in a Hijri month's name) as a hyphen, so that "19 mars 2025" and "al-oula" are found.
_READ_AS = {"\t": " ", "\u00a0": " ", "\u2011": "-"}
_READ_AS_TABLE = str.maketrans(_READ_AS)


def reads_as(text: str) -> str:
    """``text`` as a reader searching or copying it reads it (:data:`_READ_AS`)."""
    return text.translate(_READ_AS_TABLE)


def _letters(char: str) -> str:
    """What a glyph reached through ``char`` reads as: the letters of a form."""
    if char in _READ_AS:
        return _READ_AS[char]
    return unicodedata.normalize("NFKC", char) if _is_form(char) else char


@functools.cache
def _mirrored() -> frozenset[str]:
    """Characters drawn mirrored in right-to-left text (brackets, guillemets): there the
    shaper picks the glyph of their partner, "»" drawn as "«"."""
    return frozenset(chr(code) for code in range(0x10000) if unicodedata.mirrored(chr(code)))


def _preference(char: str) -> tuple[bool, bool, int]:
    """Base letters before their forms, printable before controls."""
    return _is_form(char), unicodedata.category(char) == "Cc", ord(char)


def _components(glyph: bytes) -> list[int]:
    """The glyph ids a composite glyph is built of."""
    found, at = [], 10
    while at + 4 <= len(glyph):
        flags, component = struct.unpack(">HH", glyph[at : at + 4])
        found.append(component)
        at += 4 + (4 if flags & _WORDS else 2)
        at += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
        if not flags & _MORE_COMPONENTS:
            break
    return found


def _sfnt(tables: dict[str, bytes]) -> bytes:
    """A TrueType file of these tables."""
    count = len(tables)
    power = 2 ** int(math.log2(count))
    head = struct.pack(">IHHHH", 0x00010000, count, power * 16, int(math.log2(power)),
                       count * 16 - power * 16)  # fmt: skip
    records, body = [], b""
    offset = 12 + 16 * count
    for tag in sorted(tables):
        data = tables[tag]
        padded = data + b"\0" * (-len(data) % 4)
        checksum = sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
        records.append(struct.pack(">4sIII", tag.encode("ascii"), checksum, offset, len(data)))
        body += padded
        offset += len(padded)
    return head + b"".join(records) + body


def subset_truetype(tables: dict[str, bytes], used: set[int]) -> bytes:
    """The font of ``tables`` with only the glyphs ``used`` (and what they are built of)
    left in it; every glyph keeps its id."""
    head = bytearray(tables["head"])
    long_offsets = struct.unpack(">h", head[50:52])[0] == 1
    count = struct.unpack(">H", tables["maxp"][4:6])[0]
    unit = "I" if long_offsets else "H"
    offsets = struct.unpack(
        f">{count + 1}{unit}", tables["loca"][: (count + 1) * struct.calcsize(unit)]
    )
    if not long_offsets:
        offsets = tuple(offset * 2 for offset in offsets)
    glyf = tables["glyf"]
    kept: set[int] = set()
    todo = [0, *used]
    while todo:
        glyph = todo.pop()
        if glyph in kept or glyph >= count:
            continue
        kept.add(glyph)
        data = glyf[offsets[glyph] : offsets[glyph + 1]]
        if len(data) >= 10 and struct.unpack(">h", data[:2])[0] < 0:
            todo += _components(data)
    new_glyf, new_offsets = bytearray(), []
    for glyph in range(count):
        new_offsets.append(len(new_glyf))
        if glyph in kept:
            data = glyf[offsets[glyph] : offsets[glyph + 1]]
            new_glyf += data + b"\0" * (-len(data) % 4)
    new_offsets.append(len(new_glyf))
    head[8:12] = b"\0\0\0\0"  # the whole file's checksum adjustment: not checked by readers
    head[50:52] = struct.pack(">h", 1)
    result = {tag: tables[tag] for tag in _KEPT_TABLES if tables.get(tag)}
    result.update(
        head=bytes(head),
        loca=struct.pack(f">{count + 1}I", *new_offsets),
        glyf=bytes(new_glyf),
    )
    return _sfnt(result)


@dataclass
class EmbeddedFont:
    """One font of the document's text: the glyphs used, and the letters each stands for."""

    raw: QRawFont
    name: str  # its resource name on every page, "T1"
    used: set[int] = field(default_factory=set)
    chars: set[str] = field(default_factory=set)  # every character set in this font
    _space: int | None = field(default=None, repr=False)  # 0: it has none

    @property
    def postscript_name(self) -> str:
        """Its name in the PDF: a subset's, a tag of six capitals before the font's name."""
        family = "".join(self.raw.familyName().split())
        style = "".join(self.raw.styleName().split()) or "Regular"
        digest = zlib.crc32(repr(sorted(self.used)).encode())
        tag = "".join(chr(ord("A") + (digest >> (5 * n)) % 26) for n in range(6))
        return f"{tag}+{family}-{style}"

    def space(self) -> int | None:
        """The glyph of a space, if the font has one (asked of Qt once: every text on every
        page wants it)."""
        if self._space is None:
            glyphs = self.raw.glyphIndexesForString(" ")
            self._space = glyphs[0] if glyphs and glyphs[0] else 0
        return self._space or None

    def to_unicode(self) -> dict[int, str]:
        """Each used glyph's letters, from the font's own character map: a glyph the shaper
        picked for a letter is reached by that letter, by one of its forms or, mirrored in
        right-to-left text, by its partner (the glyph of "«" for a "»")."""
        candidates = set(self.chars)
        for low, high in _FORMS:
            candidates.update(chr(code) for code in range(low, high + 1))
        found: dict[int, str] = {}
        self._find(sorted(candidates, key=_preference), found)
        if len(found) < len(self.used - {0}):  # a mirrored glyph, say
            self._find(sorted(_mirrored() - candidates), found)
        return found

    def _find(self, chars: list[str], found: dict[int, str]) -> None:
        """Used glyphs not found yet that ``chars`` reach, each by the first that does."""
        for char, glyph in zip(chars, self.raw.glyphIndexesForString("".join(chars)), strict=False):
            if glyph and glyph in self.used and glyph not in found:
                found[glyph] = _letters(char)

    def widths(self) -> dict[int, float]:
        """Each used glyph's advance in thousandths of the font size."""
        design = QRawFont(self.raw)
        design.setPixelSize(self.raw.unitsPerEm())
        glyphs = sorted(self.used)
        advances = design.advancesForGlyphIndexes(glyphs, QRawFont.LayoutFlag.UseDesignMetrics)
        scale = 1000.0 / self.raw.unitsPerEm()
        return {glyph: advance.x() * scale for glyph, advance in zip(glyphs, advances, strict=True)}

    def metrics(self) -> tuple[list[float], float, float]:
        """Its box, ascent and descent in thousandths of the font size."""
        scale = 1000.0 / self.raw.unitsPerEm()
        box = struct.unpack(">hhhh", self.table("head")[36:44])
        size = self.raw.pixelSize()
        return (
            [value * scale for value in box],
            self.raw.ascent() * 1000.0 / size,
            -self.raw.descent() * 1000.0 / size,
        )

    def table(self, tag: str) -> bytes:
        return bytes(self.raw.fontTable(tag).data())

    def program(self) -> bytes:
        """The TrueType program to embed: the used glyphs only."""
        tags = ("head", "loca", "glyf", *_KEPT_TABLES)
        return subset_truetype({tag: self.table(tag) for tag in tags}, self.used)
