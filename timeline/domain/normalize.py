"""One normal form for searching Arabic, French and English text as people type it.

The same function folds stored text (into an indexed column) and every query, so a search
for الاقتصادية finds الإقتصادية, محمد finds مُحَمَّد and مراكش finds مـــراكش. The original
text is kept for display.

An import normalises every row, so each step is one pass in C: regular expressions whose
character classes lie in the first plane (Python matches those against a bitmap), and
``str.replace`` for the few letters found to fold.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Letters whose variants people use interchangeably; hamza-on-carrier forms (أ إ آ ؤ ئ)
# decompose under NFD into a base letter plus a combining mark, which the mark filter drops.
_LETTER_FOLDS = {
    "ٱ": "ا",  # alef wasla
    "ة": "ه",  # ta marbuta
    "ى": "ي",  # alef maqsura
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian kaf
    "ـ": "",  # tatweel
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # Persian
}
_FOLDABLE = re.compile("[" + "".join(_LETTER_FOLDS) + "]")
_WORD = re.compile(r"\w+")
#: An ASCII text's bytes in normal form, one table look-up a byte: a letter in lower case,
#: a digit or ``_`` kept (what ``\w`` matches), anything else a space.
_ASCII_WORDS = bytes(
    ord(ch.lower()) if ch.isalnum() or ch == "_" else ord(" ") for ch in map(chr, range(128))
) + bytes(range(128, 256))
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_FIRST_PLANE, _PLANES_WITH_MARKS = 0x10000, 0x20000


def _character_class(codes: list[int]) -> re.Pattern[str]:
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    ranges = (f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in runs)
    return re.compile("[" + "".join(ranges) + "]+")


@cache
def _combining_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every combining character as two classes, the first plane's and the second's (built
    once, on first use); the rest of Unicode has none."""
    marks = [code for code in range(_PLANES_WITH_MARKS) if unicodedata.combining(chr(code))]
    return (
        _character_class([code for code in marks if code < _FIRST_PLANE]),
        _character_class([code for code in marks if code >= _FIRST_PLANE]),
    )


def _without_marks(text: str) -> str:
    first_plane, beyond = _combining_marks()
    bare = first_plane.sub("", text)
    return beyond.sub("", bare) if _ASTRAL.search(bare) else bare


def _unchanged_by_folding(char: str) -> bool:
    return (
        unicodedata.normalize("NFKD", char) == char
        and char.casefold() == char
        and not unicodedata.combining(char)
        and char not in _LETTER_FOLDS
    )


#: Texts of ASCII but capitals and of Arabic letters but those folded or decomposed (most
#: Arabic titles): each step of :func:`_folded` leaves them as they are, but the split into
#: words (none of these characters composes with another: tests/domain/test_normalize.py).
_PLAIN = _character_class(
    [code for code in (*range(128), *range(0x0600, 0x0700)) if _unchanged_by_folding(chr(code))]
)


def normalize(text: str) -> str:
    """Fold case, accents, harakat, hamza forms, ta marbuta, alef maqsura, tatweel and
    digits; punctuation becomes a space and spaces collapse."""
    if text.isascii():  # nothing to decompose, strip or fold but case: 3x quicker in bytes
        return " ".join(text.encode().translate(_ASCII_WORDS).decode().split())
    if _PLAIN.fullmatch(text):  # nothing to fold: 4x quicker
        return " ".join(_WORD.findall(text))
    return _folded(text)


def _folded(text: str) -> str:
    """:func:`normalize` of any text, step by step."""
    # Decompose before folding case too: compatibility forms such as ㎒ or 𝐀 decompose to
    # capitals that a fold done only beforehand would miss.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    folded = unicodedata.normalize("NFC", _without_marks(decomposed))
    for letter in set(_FOLDABLE.findall(folded)):
        folded = folded.replace(letter, _LETTER_FOLDS[letter])
    return " ".join(_WORD.findall(folded))


def search_terms(query: str) -> list[str]:
    """The normalised words of a query; every one must occur for a match. A word with the
    article is looked for without its alef ("الاتحاد" as "لاتحاد"): after the preposition
    لِ the article's alef is not written, and "الاتحاد" did not find "للاتحاد البرلماني
    الدولي" (to the Inter-Parliamentary Union)."""
    return [_without_articles_alef(word) for word in normalize(query).split()]


#: The shortest word whose article's alef a search leaves out (:func:`search_terms`): the
#: article and four letters. Shorter, the rest found other words: "الأمن" (security) as
#: "لامن" found "كلامنا" (our words), "القمة" (the summit) as "لقمة" found "لقمة" (a bite).
ARTICLE_DROPPED_FROM = 6


def _without_articles_alef(word: str) -> str:
    """``word`` without the alef of its article, if it has one before four letters or
    more."""
    return word[1:] if word.startswith("ال") and len(word) >= ARTICLE_DROPPED_FROM else word


def needed_terms(query: str) -> list[str]:
    """The terms of a query a match has to be asked for, in order: each once, and none
    held in another term, which every text holding that one holds too. The same events
    as :func:`search_terms`; typing on, "زيارة ا" is then asked of the text index as
    "زيارة" alone (20 ms at a million events), not with a one-letter substring looked for
    in the text of each of its events (200 ms)."""
    terms = list(dict.fromkeys(search_terms(query)))
    return [term for term in terms if not any(term != other and term in other for other in terms)]
