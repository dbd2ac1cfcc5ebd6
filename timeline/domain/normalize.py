"""One normal form for searching Arabic, French and English text as people type it.

The same function folds stored text (into an indexed column) and every query, so a search
for الاقتصادية finds الإقتصادية, محمد finds مُحَمَّد and مراكش finds مـــراكش. The original
text is kept for display.
"""

from __future__ import annotations

import re
import unicodedata

# Letters whose variants people use interchangeably; hamza-on-carrier forms (أ إ آ ؤ ئ)
# decompose under NFD into a base letter plus a combining mark, which the mark filter drops.
_LETTER_FOLDS = str.maketrans(
    {
        "ٱ": "ا",  # alef wasla
        "ة": "ه",  # ta marbuta
        "ى": "ي",  # alef maqsura
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
        "ـ": None,  # tatweel
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # Persian
    }
)
_NOT_WORD = re.compile(r"[^\w]+")


def normalize(text: str) -> str:
    """Fold case, accents, harakat, hamza forms, ta marbuta, alef maqsura, tatweel and
    digits; punctuation becomes a space and spaces collapse."""
    # Decompose before folding case too: compatibility forms such as ㎒ or 𝐀 decompose to
    # capitals that a fold done only beforehand would miss.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", bare).translate(_LETTER_FOLDS)
    return " ".join(_NOT_WORD.sub(" ", folded).split())


def search_terms(query: str) -> list[str]:
    """The normalised words of a query; every one must occur for a match."""
    return normalize(query).split()
