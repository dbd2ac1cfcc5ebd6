"""Text folded for matching, with every folded character traced back to the original.

Used by the article reader (timeline.domain.extract) and by search highlighting.

Matching works on one normal form (the search's: case, accents, harakat, hamza forms, ta
marbuta and Arabic-Indic digits folded), but results must point at the exact characters the
user pasted, so that the dialog highlights them and the command line quotes them. Folding
one character at a time keeps that map: a character may fold to nothing (a haraka, a
tatweel) or to several (ß, a ligature), never to something that moves.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from timeline.domain.normalize import ARTICLE_DROPPED_FROM, normalize


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start`` to ``end`` (exclusive) of the original text, and those characters."""

    start: int
    end: int
    text: str


TATWEEL = "ـ"


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """The folded form of one character. Spaces become one plain space; punctuation and
    symbols stay (dashes and slashes separate dates); letters and digits fold as in search."""
    if char.isspace():
        return " "
    category = unicodedata.category(char)
    if category[0] in "PS":
        return char
    folded = normalize(char)
    if folded or category[0] == "M" or char == TATWEEL:
        return folded  # marks and the tatweel vanish inside a word
    return " "  # control and format characters part words, as in normalize()


class FoldedText:
    """A text, its folded form, and the way back from folded offsets to original spans."""

    def __init__(self, text: str) -> None:
        self.original = text
        pieces: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            folded = fold_char(char)
            pieces.append(folded)
            origin.extend([index] * len(folded))
        self.text = "".join(pieces)
        self._origin = origin

    def span(self, start: int, end: int) -> Span:
        """The original span that folded characters ``start`` to ``end`` came from, with the
        marks that fold to nothing after its last letter (the tatweel of هـ, a shadda)."""
        first = self._origin[start]
        last = self._origin[end - 1] + 1
        while last < len(self.original) and not fold_char(self.original[last]):
            last += 1
        return Span(first, last, self.original[first:last])


def fold(text: str) -> str:
    """The folded form of a whole text (for the words of the data tables)."""
    return "".join(fold_char(char) for char in text)


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where in the *original* text the normalised ``terms`` (search words) occur, as
    (start, end) spans that include any harakat on the matched letters: for highlighting
    what a search found."""
    folded = FoldedText(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = folded.text.find(term) if term else -1
        while start >= 0:
            # A word searched without its article's alef (normalize.search_terms) is marked
            # with it where it has one: "الاتحاد", not "ا" left out of it.
            article = (
                len(term) >= ARTICLE_DROPPED_FROM - 1
                and term.startswith("ل")
                and start > 0
                and folded.text[start - 1] == "ا"
            )
            span = folded.span(start - article, start + len(term))
            spans.append((span.start, span.end))
            start = folded.text.find(term, start + len(term))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
