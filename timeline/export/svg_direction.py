"""Right-to-left runs of an SVG's text, marked so that a viewer lays them out as Qt did.

Qt writes each run of a line as a text element of its own, placed at its left edge, and
splits a line wherever its font or its direction changes: in an Arabic title the letters
come from Noto Sans Arabic, the spaces and punctuation between them from Noto Sans, so " ("
and ": " stand alone. A viewer reads each element left to right unless told otherwise: a
browser drew "زيارة (رسمية) إلى الرباط: محادثات" as "زيارة) رسمية (إلى الرباط :محادثات",
each bracket facing the wrong way and each colon on the wrong side of its space. An element
of Arabic letters, or of punctuation that Qt laid out right to left, is marked so, anchored
at its end, which right to left is its left edge: where Qt placed it. Runs with Latin
letters, and numbers alone, are left as they are ("12–15" right to left read "15–12").

Which way Qt laid out punctuation alone is worked out as the Unicode bidirectional
algorithm does (rules N1 and N2), from the runs either side of it on its line: between
right-to-left runs (Arabic letters or numbers) it is right to left, between Latin ones left
to right, and otherwise it takes its line's direction, that of the line's first letter.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

from timeline.export.svg_text import TEXT

#: A group Qt opens for what it draws next, with the transform its text is placed in.
_GROUP = re.compile(r"<g\b[^>]*?(?:transform=\"([^\"]*)\")?[^>]*>")
_Y = re.compile(r'\by="([^"]*)"')
_RIGHT_TO_LEFT = {"R", "AL"}
#: Characters that take the direction of what is around them (and marks, which take the
#: direction of their letter).
_NEUTRAL = {"WS", "ON", "CS", "ES", "ET", "BN", "S", "B", "NSM"}
_MARKED = ' direction="rtl" text-anchor="end"'


def _kind(text: str) -> str:
    """ "rtl" (right-to-left letters, no Latin ones), "ltr" (Latin letters), "arabic
    number" (Arabic-Indic figures), "number" (European figures and what joins them) or
    "neutral" (punctuation and spaces alone)."""
    classes = {unicodedata.bidirectional(char) for char in text}
    if "L" in classes:
        return "ltr"
    if classes & _RIGHT_TO_LEFT:
        return "rtl"
    if classes <= _NEUTRAL:
        return "neutral"
    return "arabic number" if "AN" in classes else "number"


def _resolved(kinds: Sequence[str], line: str) -> list[str]:
    """The direction of each run of one line, in the order Qt wrote them (the text's):
    a neutral run takes that of the runs either side, else the ``line``'s (at a line's
    ends, too). Beside punctuation, Arabic-Indic figures count as right to left, and
    European ones as the letter before them (the line's, with none)."""

    def side(at: int | None) -> str:
        if at is None:
            return line
        kind = kinds[at]
        if kind == "arabic number":
            return "rtl"
        if kind == "number":
            return next((k for k in reversed(kinds[:at]) if k in ("rtl", "ltr")), line)
        return kind

    resolved = []
    for number, kind in enumerate(kinds):
        if kind != "neutral":
            resolved.append(kind)
            continue
        before = next((n for n in range(number - 1, -1, -1) if kinds[n] != "neutral"), None)
        after = next((n for n in range(number + 1, len(kinds)) if kinds[n] != "neutral"), None)
        sides = {side(before), side(after)}
        resolved.append(sides.pop() if len(sides) == 1 else line)
    return resolved


def in_reading_order(document: str, right_to_left: bool) -> str:
    """``document`` (Qt's SVG) with each right-to-left run marked so (see the module); a
    line is the runs Qt wrote one after another at one height, and reads in the drawing's
    direction (``right_to_left`` for an Arabic one)."""
    groups = [(match.start(), match.group(1) or "") for match in _GROUP.finditer(document)]
    found = list(TEXT.finditer(document))
    kinds = [_kind(html.unescape(match.group(2))) for match in found]
    lines: list[list[int]] = []  # runs written one after another at one height
    at_group, last = 0, None
    for number, match in enumerate(found):
        while at_group + 1 < len(groups) and groups[at_group + 1][0] < match.start():
            at_group += 1
        transform = groups[at_group][1] if groups and groups[0][0] < match.start() else ""
        y = _Y.search(match.group(1))
        place = (transform, y.group(1) if y else "")
        if place != last:
            lines.append([])
        lines[-1].append(number)
        last = place
    direction = "rtl" if right_to_left else "ltr"
    marked: set[int] = set()
    for members in lines:
        resolved = _resolved([kinds[number] for number in members], direction)
        marked.update(n for n, kind in zip(members, resolved, strict=True) if kind == "rtl")
    pieces, written = [], 0
    for number in sorted(marked):
        at = found[number].start(1)
        pieces += [document[written:at], _MARKED]
        written = at
    return "".join(pieces) + document[written:]
