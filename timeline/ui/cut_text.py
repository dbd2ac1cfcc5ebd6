"""Text too long for its line, cut after a whole word: Qt elides inside a word, and
"…الحوار ا" or "Parliame…" on a minister's desk reads as a typing error."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from timeline.domain.direction import paired

ELLIPSIS = "\u2026"
#: What a text cut short does not end with, before its "…": a French colon's no-break
#: space too ("mais encore à venir …").
_TRAILING = " \u00a0\u202f—–-·,،:;؛"


def cut_at_a_word(text: str, width: float, advance: Callable[[str], float]) -> str | None:
    """``text`` on one line ``width`` wide (``advance``: a text's width): whole if it fits,
    else up to its last whole word that fits with "…" after it (no dash or comma before
    it); None where not even its first word does."""
    if advance(text) <= width:
        return text
    words = text.split(" ")
    fits, beyond = 0, len(words)  # the most words that fit, and the fewest that do not
    while beyond - fits > 1:
        middle = (fits + beyond) // 2
        if advance(_cut(words, middle)) <= width:
            fits = middle
        else:
            beyond = middle
    shown = _cut(words, fits)
    return shown if fits and shown != ELLIPSIS else None


def _cut(words: Sequence[str], count: int) -> str:
    """The first ``count`` words and "…", after the isolates they leave open are closed: cut
    inside a path's, a status line's "…" and the sentence's end went into the path's
    left-to-right island."""
    return paired(" ".join(words[:count]).rstrip(_TRAILING)) + ELLIPSIS
