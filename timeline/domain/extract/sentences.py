"""Sentences of news prose, each with its place in the text.

One dated sentence makes one proposal (or each of its statements between semicolons that
has its own date and cue), so the split decides what an event's summary is.
A line break always ends a sentence (headlines, paragraphs); so do . ! ? ؟ … unless the
dot belongs to a number (2.5), an initial (M. Bourita, U.S.) or an abbreviation followed by
more of the same sentence (févr. 2025, Jan. 5).
"""

from __future__ import annotations

import re

from timeline.domain.folding import Span

_END = re.compile(r"[.!?؟…]+[\"'»”’)\]]*|\n")


def _continues(text: str, dot: int, mark: str) -> bool:
    """True when the full stop at ``dot`` (the whole mark being ``mark``) does not end the
    sentence."""
    if mark != ".":
        return False  # ! ? ؟ … an ellipsis or a closing quote always end it
    words = text[:dot].split()
    before = words[-1] if words else ""
    after = text[dot + 1 :].lstrip(" \t")
    if before[-1:].isdigit() and after[:1].isdigit():
        return True  # 2.5
    if len(before.rsplit(".", 1)[-1]) == 1 and before[-1:].isupper():
        return True  # an initial: M. Bourita, U.S.
    return bool(after) and (after[0].isdigit() or after[0].islower())


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text``, stripped, in order; empty ones are left out."""
    spans: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        if _continues(text, match.start(), match.group()):
            continue
        _append(spans, text, start, match.end())
        start = match.end()
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + len(piece) - len(piece.lstrip())
        spans.append(Span(first, first + len(stripped), stripped))
