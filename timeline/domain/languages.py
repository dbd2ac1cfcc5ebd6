"""The app's languages, which way each reads, and the order texts fall back in.

One home for these facts: titles, names, messages, the UI and the CLI all ask here.
"""

from __future__ import annotations

from collections.abc import Sequence

from babel import Locale

#: Arabic, English and French: the order of every per-language tuple (titles, name forms).
LANGUAGES: tuple[str, ...] = ("ar", "en", "fr")
#: Where a text is missing, the languages read instead, in order: English and French share a
#: script and a direction, so each takes the other before Arabic (a French page of a
#: database with Arabic and English titles shows English ones, not Arabic among French).
_READ_INSTEAD = {"ar": ("en", "fr"), "en": ("fr", "ar"), "fr": ("en", "ar")}
#: What a reader gets who chose no language (the CLI, logs, messages with no translation).
DEFAULT_LANGUAGE = "en"
_RIGHT_TO_LEFT = frozenset({"ar"})
_LIST_SEPARATORS = {"ar": "، "}
_FIELD_SEPARATORS = {"ar": "، "}
_QUOTES = {"ar": ("«", "»"), "fr": ("«\u00a0", "\u00a0»")}


def is_right_to_left(language: str) -> bool:
    """True when a page in ``language`` reads right to left (and the UI is mirrored)."""
    return language in _RIGHT_TO_LEFT


def reading_order(language: str) -> tuple[str, ...]:
    """``language`` and then the languages its reader takes a missing text in; for no
    language (or one the app has not), :data:`LANGUAGES` as they are."""
    if language not in _READ_INSTEAD:
        return LANGUAGES
    return (language, *_READ_INSTEAD[language])


#: Each language's :func:`reading_order` as places in :data:`LANGUAGES` (and for no
#: language, or one the app has not, theirs in order): a frame picks a hundred titles.
_READ_AT = {lang: tuple(map(LANGUAGES.index, reading_order(lang))) for lang in LANGUAGES}
_READ_AT_OTHERWISE = tuple(range(len(LANGUAGES)))
#: Each language by its own name, as a chooser of languages lists them (capitalised as a
#: menu's entry, where CLDR writes "français").
OWN_NAMES = {"ar": "العربية", "en": "English", "fr": "Français"}


def language_names(language: str) -> dict[str, str]:
    """``language``'s name for each reader (CLDR's): "French", "français", "الفرنسية", for
    a message that names it in the reader's language, where it quoted its code ('fr')."""
    return {reader: Locale.parse(reader).languages[language] for reader in LANGUAGES}


def in_language(texts: Sequence[str], language: str) -> str:
    """The text of ``language`` from ``texts`` (one per :data:`LANGUAGES`), else the first
    one given in its :func:`reading_order`; empty when none is."""
    for place in _READ_AT.get(language, _READ_AT_OTHERWISE):
        if texts[place]:
            return texts[place]
    return ""


def list_separator(language: str) -> str:
    """What separates the items of a list in running text: the Arabic comma in Arabic."""
    return _LIST_SEPARATORS.get(language, ", ")


def field_separator(language: str) -> str:
    """What separates the parts of a one-line summary ("Morocco – Kazakhstan · 2024–2025 ·
    6 events"): a middle dot, but the Arabic comma in Arabic, where a dot beside
    Arabic-Indic digits reads as their zero (``١١ ·`` as ``١١٠``)."""
    return _FIELD_SEPARATORS.get(language, " · ")


def quoted(text: str, language: str) -> str:
    """``text`` between the quotation marks of ``language``: "«\u00a0visas\u00a0»" in French,
    "«visas»" in Arabic, "‘visas’" in English."""
    opening, closing = _QUOTES.get(language, ("‘", "’"))
    return f"{opening}{text}{closing}"


def with_label(label: str, text: str, language: str) -> str:
    """``text`` after its label ("In force: <title>"): French puts a no-break space before
    the colon ("En vigueur\u00a0: <titre>"), as every other French label of the app does."""
    colon = "\u00a0: " if language == "fr" else ": "
    return f"{label}{colon}{text}"
