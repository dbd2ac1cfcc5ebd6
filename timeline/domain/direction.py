"""Which way a text reads, from its own letters (not from the UI language)."""

from __future__ import annotations

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
