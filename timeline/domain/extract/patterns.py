"""Regular expressions for words as they appear in running Arabic, French and English text.

Arabic glues conjunctions, prepositions and the article to the word: المغرب is also
بالمغرب, والمغرب, للمغرب. The tables list the bare forms; these builders add the clitics
(و ف ب ل ك and ال, with ل + ال written لل), the future prefix س of a present-tense verb
(يدخل, سيدخل: "will enter" reports the same kind of event) and the endings of adjectives,
so no table needs every combination. Patterns run on folded text (see :mod:`.folding`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from timeline.domain.folding import fold

#: Gender and number endings of an Arabic nisba adjective (ة is folded to ه).
ARABIC_ENDINGS = "(?:ه|ين|ون|تين|تان|ان|ات)?"
#: French gender and number endings (marocain/e/s, algérien/ne/s) and English plurals.
LATIN_ENDINGS = "(?:e|s|es|ne|nes)?"
#: Any ending: a stem (زيار matches زيارة, زيارات; visit matches visited).
ANY_ENDING = r"\w*"

_WORD = re.compile(r"\w+")


def is_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


#: The letters a present-tense verb starts with, which the future prefix س goes before.
_PRESENT_TENSE = ("ي", "ت", "ن")


def _first_arabic_word(word: str, article: bool) -> str:
    """An Arabic word with its possible clitics; ``article`` lets a bare word take ال."""
    if word.startswith("ال") and len(word) > 3:
        return f"(?:[وف]?[بك]?ال|[وف]?لل){re.escape(word[2:])}"
    prefix = "[وف]?(?:[بك]?ال|لل|[بلك])?" if article else "[وف]?[بلك]?"
    if word.startswith(_PRESENT_TENSE):
        prefix = f"{prefix}|[وف]?س"
    return f"(?:{prefix}){re.escape(word)}"


def phrase_pattern(form: str, ending: str = "", article: bool = False) -> str:
    """The pattern of a phrase from a table: its folded words in order, separated by any
    non-word characters; the first takes Arabic clitics, the last takes ``ending``."""
    words = _WORD.findall(fold(form))
    if not words:
        raise ValueError(f"'{form}' has no word")
    parts = [re.escape(word) for word in words]
    if is_arabic(words[0]):
        parts[0] = _first_arabic_word(words[0], article)
    tail = "" if ending == ANY_ENDING else r"(?!\w)"
    return r"(?<!\w)" + r"\W+".join(parts) + ending + tail


def adjective_ending(form: str) -> str:
    """The endings an adjective stem of this script takes."""
    return ARABIC_ENDINGS if is_arabic(form) else LATIN_ENDINGS


def alternation(patterns: list[str]) -> re.Pattern[str]:
    """One compiled pattern trying the longest alternatives first."""
    ordered = sorted(set(patterns), key=len, reverse=True)
    return re.compile("|".join(f"(?:{pattern})" for pattern in ordered))


_T = TypeVar("_T")


def longest_apart(
    patterns: Iterable[tuple[_T, re.Pattern[str]]], folded: str
) -> list[tuple[int, int, _T]]:
    """Where each pattern matches ``folded`` (start, end, its value), in text order, the
    longest kept where two overlap: جنوب السودان over السودان, New York City over York."""
    found = sorted(
        (
            (match.start(), match.end(), value)
            for value, pattern in patterns
            for match in pattern.finditer(folded)
        ),
        key=lambda item: (item[0], item[0] - item[1]),
    )
    kept: list[tuple[int, int, _T]] = []
    reach = 0
    for start, end, value in found:
        if start >= reach:
            kept.append((start, end, value))
            reach = end
    return kept
