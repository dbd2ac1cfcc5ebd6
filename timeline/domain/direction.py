"""Which way a text reads, from its own letters (not from the UI language), and keeping a
value's own direction inside a sentence."""

from __future__ import annotations

import re
import unicodedata


def is_rtl_text(text: str) -> bool:
    """True when the first strongly directional character is right to left (Arabic,
    Hebrew): a title in Arabic reads right to left even in an English window."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


#: Unicode isolates (UAX #9): what stands between an initiator and its PDI is laid out on
#: its own, as one neutral unit of the sentence around it (Qt's text layout supports them).
LEFT_TO_RIGHT_ISOLATE = "\u2066"
RIGHT_TO_LEFT_ISOLATE = "\u2067"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_INITIATORS = frozenset((LEFT_TO_RIGHT_ISOLATE, RIGHT_TO_LEFT_ISOLATE, FIRST_STRONG_ISOLATE))


#: Directional formatting characters (isolates, embeddings, marks): they order a line as
#: it is laid out, and its glyphs are placed in that order; in text a program reads (a PDF's
#: copied words, ``--describe``, an SVG's text) they are noise.
DIRECTION_MARKS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NO_MARKS = str.maketrans("", "", DIRECTION_MARKS)


def without_direction_marks(text: str) -> str:
    """``text`` as plain words for a program to read: an Arabic ruler's decade without
    the isolates that keep its first year on the right."""
    return text.translate(_NO_MARKS)


#: A date written with hyphens (2025-03-19, ١٤٤٦-٠٩-٠١): an example of what to type.
_TYPED_EXAMPLE = re.compile(r"\d+(?:-\d+)+")


def ltr(value: object) -> str:
    """``value`` as a left-to-right island in a sentence of either direction: a path, URL,
    version or identifier put into Arabic text keeps its order ("/tmp/a.sqlite3", not
    "tmp/a.sqlite3/"), and its slashes and brackets do not trade places with the sentence's.

    For text that is shown, not copied: a copied selection keeps the invisible marks."""
    return _isolated(str(value), LEFT_TO_RIGHT_ISOLATE)


def ltr_examples(text: str) -> str:
    """``text`` with each date written with hyphens in it isolated (:func:`ltr`), so that it
    shows as the field it is typed into shows it: after Arabic words, "1446-09-01" took
    their direction and read "01-09-1446" (in Arabic-Indic digits, hyphens turn a date
    round even typed alone, and the example shows it so)."""
    return _TYPED_EXAMPLE.sub(lambda example: ltr(example.group()), text)


#: A hyphen between Arabic-Indic digits (٢٠٢٥-٠٢-٣٠).
_INDIC_HYPHEN = re.compile("(?<=[\u0660-\u0669])-(?=[\u0660-\u0669])")


def slashed(text: str) -> str:
    """``text`` with each day or month written year first in Arabic-Indic digits written
    with slashes: ``٢٠٢٥/٠٣/٠١``, as a reader in those digits types it. Their hyphens turn
    it round in a right-to-left line, isolated or not (``٠١-٠٣-٢٠٢٥``), where slashes keep
    the year first; Latin digits keep their hyphens (``2025-03-01``)."""
    return _INDIC_HYPHEN.sub("/", text)


def ltr_path(value: object) -> str:
    """A path as :func:`ltr` makes it, each of its names in its own direction: "/tmp/بيانات
    2025/2024" reads so, where a left-to-right island alone joins the Arabic name's number
    to the next name's ("/tmp/2025/2024 بيانات": a number, a slash and a number are one)."""
    names = re.split(r"([/\\])", str(value))
    return ltr("".join(isolate(name) if has_rtl(name) else name for name in names))


def has_rtl(text: str) -> bool:
    """Whether any letter of ``text`` is written right to left (Arabic, Hebrew), wherever it
    stands: "COP29: مؤتمر الأطراف في باكو" has Arabic letters, though its first is Latin."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def rtl(value: object) -> str:
    """``value`` as a right-to-left island: a range of years alone on an Arabic ruler
    ("2020–2029", no letter to say its direction) reads from the right, its first year on
    the right, as the same range does in an Arabic sentence."""
    return _isolated(str(value), RIGHT_TO_LEFT_ISOLATE)


#: Right-to-left mark: a strong right-to-left character that shows nothing.
RIGHT_TO_LEFT_MARK = "\u200f"


def rtl_line(value: object) -> str:
    """``value`` as a line that reads right to left though it has no letter to say so (a
    label's direction is its first strong character's): an Arabic toolbar's page count
    "/ 2", after its page number, read "1 2 /" from the right."""
    return f"{RIGHT_TO_LEFT_MARK}{value}"


def isolate(value: object) -> str:
    """``value`` reading in the direction of its own first letter (a title, a reason in
    another language), without reordering the sentence it is put into."""
    return _isolated(str(value), FIRST_STRONG_ISOLATE)


def _isolated(text: str, initiator: str) -> str:
    """``text`` between ``initiator`` and a PDI; once is enough (isolating twice changes
    nothing), and isolates the text brings unpaired are paired so that none can end ours
    early (a stray PDI) or swallow the sentence after it (a stray initiator)."""
    text = paired(text)
    if text.startswith(initiator) and _closes_at_end(text):
        return text
    return f"{initiator}{text}{POP_DIRECTIONAL_ISOLATE}"


def paired(text: str) -> str:
    """``text`` without PDIs that close nothing, and with a PDI for each initiator left open
    (also for a text cut short inside an isolate, whose end would take the rest of its line
    into it)."""
    kept: list[str] = []
    open_isolates = 0
    for char in text:
        if char == POP_DIRECTIONAL_ISOLATE:
            if open_isolates == 0:
                continue
            open_isolates -= 1
        elif char in _INITIATORS:
            open_isolates += 1
        kept.append(char)
    return "".join(kept) + POP_DIRECTIONAL_ISOLATE * open_isolates


def _closes_at_end(text: str) -> bool:
    """Whether the isolate ``text`` opens with is the one its last character closes."""
    depth = 0
    for index, char in enumerate(text):
        if char in _INITIATORS:
            depth += 1
        elif char == POP_DIRECTIONAL_ISOLATE:
            depth -= 1
            if depth == 0:
                return index == len(text) - 1
    return False
