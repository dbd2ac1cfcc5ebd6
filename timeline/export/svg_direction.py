"""Right-to-left runs of an SVG's text, marked so that a viewer lays them out as Qt did.

Qt writes each run of a line as a text element of its own, placed at its left edge, and
splits a line wherever its font changes: in an Arabic title the letters come from Noto Sans
Arabic, the spaces and punctuation between them from Noto Sans, so " (" and ": " stand
alone. A viewer reads each element left to right unless told otherwise: a browser drew
"زيارة (رسمية) إلى الرباط: محادثات" as "زيارة) رسمية (إلى الرباط :محادثات", each bracket
facing the wrong way and each colon on the wrong side of its space. An element of Arabic
letters, or of punctuation between Arabic runs, is marked right to left, anchored at its
end, which right to left is its left edge: where Qt placed it. Runs with Latin letters,
and numbers alone, are left as they are ("12–15" right to left would read "15–12").
"""

from __future__ import annotations

import html
import re
import unicodedata

_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")
_RIGHT_TO_LEFT = {"R", "AL"}
#: Characters that take the direction of what is around them (and marks, which take the
#: direction of their letter).
_NEUTRAL = {"WS", "ON", "CS", "ES", "ET", "BN", "S", "B", "NSM"}
_MARKED = ' direction="rtl" text-anchor="end"'


def _kind(text: str) -> str:
    """ "rtl" for a run with right-to-left letters and no left-to-right ones, "neutral" for
    punctuation and spaces alone, else "ltr" (Latin letters, numbers)."""
    classes = {unicodedata.bidirectional(char) for char in text}
    if "L" in classes:
        return "ltr"
    if classes & _RIGHT_TO_LEFT:
        return "rtl"
    return "neutral" if classes <= _NEUTRAL else "ltr"


def in_reading_order(document: str) -> str:
    """``document`` (Qt's SVG) with each right-to-left run marked so (see the module): a
    run of Arabic letters, and punctuation alone beside one, with no Latin run on either
    side (a bracket between two Latin words is Latin's, and Qt writes it in their run)."""
    found = list(_TEXT.finditer(document))
    kinds = [_kind(html.unescape(match.group(2))) for match in found]
    pieces, written = [], 0
    for number, match in enumerate(found):
        kind = kinds[number]
        if kind == "neutral":
            around = set(kinds[max(number - 1, 0) : number + 2]) - {"neutral"}
            kind = "rtl" if around == {"rtl"} else "ltr"
        if kind != "rtl":
            continue
        at = match.start(1)
        pieces += [document[written:at], _MARKED]
        written = at
    return "".join(pieces) + document[written:]
