"""Make the text of Qt's PDFs search and copy as real letters, Arabic and Latin.

Qt's PDF engine tells readers which characters each glyph stands for (the ``ToUnicode`` map
of each font) by looking the glyph up in the font's character map. A shaped Arabic letter —
the initial, medial or final form of ب — is reachable there only through the legacy
"presentation form" code points (U+FE91 …), and the "ffi" of "Official" only through the
ligature U+FB03, so copying or searching the PDF gives those: a search for "رمضان" or for
"Official" finds nothing. The space of the Arabic font is reached through the tab, so words
copy with tabs between them. Here each such map is rewritten with the letters the forms
stand for (their NFKC decomposition, in reading order: a lam-alef ligature becomes لا) and
spaces for tabs, and the cross-reference table is moved to match. Nothing else in the file
changes. The order of the letters is :mod:`timeline.export.pdf_logical`'s business.
"""

from __future__ import annotations

import re
import unicodedata

_LATIN_LIGATURES = (0xFB00, 0xFB06)
_ARABIC_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_BLOCK = re.compile(rb"beginbf(char|range)(.*?)endbf(?:char|range)", re.S)
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_CMAP_HEAD = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_CMAP_TAIL = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


def _is_form(char: str) -> bool:
    low, high = _LATIN_LIGATURES
    return low <= ord(char) <= high or any(low <= ord(char) <= high for low, high in _ARABIC_FORMS)


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", "surrogatepass")


def _shifted(hex_digits: bytes, step: int) -> str:
    """A bfrange destination ``step`` codes on: its last UTF-16 unit counts up."""
    raw = bytearray(bytes.fromhex(hex_digits.decode()))
    last = int.from_bytes(raw[-2:], "big") + step
    raw[-2:] = last.to_bytes(2, "big")
    return bytes(raw).decode("utf-16-be", "surrogatepass")


def cmap_mapping(cmap: bytes) -> dict[int, str]:
    """Glyph code -> text, from the bfchar and both kinds of bfrange lines of a CMap."""
    found: dict[int, str] = {}
    for kind, body in _BLOCK.findall(cmap):
        for line in body.splitlines():
            codes = _HEX.findall(line)
            if kind == b"char" and len(codes) == 2:
                found[int(codes[0], 16)] = _text(codes[1])
            elif kind == b"range" and len(codes) >= 3:
                first, last = int(codes[0], 16), int(codes[1], 16)
                if b"[" in line:
                    for step, target in enumerate(codes[2:]):
                        found[first + step] = _text(target)
                else:
                    for step in range(last - first + 1):
                        found[first + step] = _shifted(codes[2], step)
    return found


def _letters(char: str) -> str:
    """The letters of a presentation form (a space for a tab)."""
    if char == "\t":
        return " "
    return unicodedata.normalize("NFKC", char) if _is_form(char) else char


def _cmap(mapping: dict[int, str]) -> bytes:
    lines = [
        f"<{code:04X}> <{text.encode('utf-16-be', 'surrogatepass').hex().upper()}>".encode()
        for code, text in sorted(mapping.items())
    ]
    blocks = [lines[n : n + 100] for n in range(0, len(lines), 100)]  # at most 100 a block
    body = b"".join(
        f"{len(block)} beginbfchar\n".encode() + b"\n".join(block) + b"\nendbfchar\n"
        for block in blocks
    )
    return _CMAP_HEAD + body + _CMAP_TAIL


def _rewritten(number: int, obj: bytes) -> bytes | None:
    """The ToUnicode object with real letters, or None when it needs no change."""
    found = re.match(rb"\s*<<\s*/Length (\d+)\s*>>\s*stream\r?\n", obj[obj.find(b"obj") + 3 :])
    if found is None:
        return None
    start = obj.find(b"obj") + 3 + found.end()
    mapping = cmap_mapping(obj[start : start + int(found.group(1))])
    if not any(_is_form(char) or char == "\t" for text in mapping.values() for char in text):
        return None
    data = _cmap({code: "".join(map(_letters, text)) for code, text in mapping.items()})
    head = f"{number} 0 obj\n<< /Length {len(data)} >>\nstream\n".encode()
    return head + data + b"\nendstream\nendobj"


def xref_entries(pdf: bytes) -> tuple[int, int, list[tuple[bytes, bytes, bytes]]] | None:
    """Where the cross-reference table and trailer start, and the table's entries; None
    for a layout other than the one-section table Qt writes."""
    xref_at = pdf.rfind(b"\nxref\n") + 1
    trailer_at = pdf.find(b"trailer", xref_at)
    if xref_at == 0 or trailer_at < 0:
        return None
    return xref_at, trailer_at, _XREF_ENTRY.findall(pdf[xref_at:trailer_at])


def object_span(pdf: bytes, offsets: list[int], number: int) -> tuple[int, int]:
    start = offsets[number]
    return start, pdf.find(b"endobj", start) + len(b"endobj")


def replace_objects(pdf: bytes, replacements: dict[int, bytes]) -> bytes:
    """``pdf`` with the objects of these numbers replaced whole ("N 0 obj … endobj"), and
    the cross-reference table moved to match. Nothing else in the file changes."""
    found = xref_entries(pdf)
    if found is None or not replacements:
        return pdf
    xref_at, trailer_at, entries = found
    offsets = [int(offset) for offset, _generation, _kind in entries]
    edits = sorted(
        (*object_span(pdf, offsets, number), replacement)
        for number, replacement in replacements.items()
    )
    pieces, moved, cursor = [], [], 0
    for start, end, replacement in edits:
        pieces += [pdf[cursor:start], replacement]
        moved.append((end, len(replacement) - (end - start)))
        cursor = end
    pieces.append(pdf[cursor:xref_at])

    def shift(offset: int) -> int:
        return offset + sum(delta for end, delta in moved if end <= offset)

    table = [f"xref\n0 {len(entries)}\n".encode()]
    for (offset, generation, kind), old in zip(entries, offsets, strict=True):
        new = shift(old) if kind == b"n" else int(offset)
        table.append(f"{new:010d} {generation.decode()} {kind.decode()} \n".encode())
    tail = pdf[trailer_at:]
    tail = re.sub(rb"startxref\s+\d+", f"startxref\n{shift(xref_at)}".encode(), tail)
    return b"".join(pieces) + b"".join(table) + tail


def real_arabic_text(pdf: bytes) -> bytes:
    """``pdf`` with its ToUnicode maps giving letters instead of presentation forms.

    Written for the one-section cross-reference table Qt produces; any other layout is
    returned unchanged rather than risked.
    """
    found = xref_entries(pdf)
    if found is None:
        return pdf
    offsets = [int(offset) for offset, _generation, _kind in found[2]]
    replacements: dict[int, bytes] = {}
    for number in sorted({int(n) for n in re.findall(rb"/ToUnicode (\d+) 0 R", pdf)}):
        if number >= len(offsets):
            return pdf
        start, end = object_span(pdf, offsets, number)
        replacement = _rewritten(number, pdf[start:end])
        if replacement is not None:
            replacements[number] = replacement
    return replace_objects(pdf, replacements)


def _pdf_string(text: str) -> bytes:
    """A PDF text string any reader decodes: UTF-16 with its byte order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def with_metadata(pdf: bytes, subject: str, language: str) -> bytes:
    """``pdf`` with a subject in its document information and its language (``/Lang``, a
    BCP 47 tag) in its catalog: what Qt's writer has no setting for. Readers and screen
    readers take the language from there."""
    found = xref_entries(pdf)
    if found is None:
        return pdf
    _xref_at, trailer_at, entries = found
    offsets = [int(offset) for offset, _generation, _kind in entries]
    trailer = pdf[trailer_at:]
    info = re.search(rb"/Info (\d+) 0 R", trailer)
    root = re.search(rb"/Root (\d+) 0 R", trailer)
    additions = {}
    if info is not None and subject:
        additions[int(info.group(1))] = b"/Subject " + _pdf_string(subject)
    if root is not None:
        additions[int(root.group(1))] = b"/Lang (" + language.encode("ascii") + b")"
    replacements = {}
    for number, addition in additions.items():
        start, end = object_span(pdf, offsets, number)
        body = pdf[start:end]
        close = body.rfind(b">>")
        replacements[number] = body[:close] + addition + b"\n" + body[close:]
    return replace_objects(pdf, replacements)
