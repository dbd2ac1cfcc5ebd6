"""The app's languages, which way each reads, and the order texts fall back in.

One home for these facts: titles, names, messages, the UI and the CLI all ask here.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Arabic, English and French, in the order a missing text falls back to another.
LANGUAGES: tuple[str, ...] = ("ar", "en", "fr")
#: What a reader gets who chose no language (the CLI, logs, messages with no translation).
DEFAULT_LANGUAGE = "en"
_RIGHT_TO_LEFT = frozenset({"ar"})
_LIST_SEPARATORS = {"ar": "، "}
_FIELD_SEPARATORS = {"ar": "، "}


def is_right_to_left(language: str) -> bool:
    """True when a page in ``language`` reads right to left (and the UI is mirrored)."""
    return language in _RIGHT_TO_LEFT


def in_language(texts: Sequence[str], language: str) -> str:
    """The text of ``language`` from ``texts`` (one per :data:`LANGUAGES`), else the first
    one given in the fallback order; empty when none is."""
    if language in LANGUAGES:
        preferred = texts[LANGUAGES.index(language)]
        if preferred:
            return preferred
    return next((text for text in texts if text), "")


def list_separator(language: str) -> str:
    """What separates the items of a list in running text: the Arabic comma in Arabic."""
    return _LIST_SEPARATORS.get(language, ", ")


def field_separator(language: str) -> str:
    """What separates the parts of a one-line summary ("Morocco – Kazakhstan · 2024–2025 ·
    6 events"): a middle dot, but the Arabic comma in Arabic, where a dot beside
    Arabic-Indic digits reads as their zero (``١١ ·`` as ``١١٠``)."""
    return _FIELD_SEPARATORS.get(language, " · ")
