"""Countries as ISO 3166-1 alpha-2 codes, named from CLDR in the reader's language."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pycountry
from babel import Locale

from timeline.domain.errors import ValidationError
from timeline.domain.messages import Message, message
from timeline.domain.normalize import normalize

#: The standard whose two-letter codes name countries.
ISO_3166 = 3166


@cache
def _codes() -> frozenset[str]:
    return frozenset(country.alpha_2 for country in pycountry.countries)


def not_a_code(text: str) -> Message:
    """Why ``text`` names no country; the standard's number is a value, written in the
    reader's digits ("ISO ٣١٦٦" for an Egyptian reader), its part in words in Arabic: a
    hyphen between Arabic-Indic digits would reorder "٣١٦٦-١" in a right-to-left line."""
    return message("country.not_a_code", text=text, standard=ISO_3166)


def parse_country(text: str, field: str = "countries") -> str:
    """Read an ISO alpha-2 code in any case; a ValidationError names an unknown one."""
    code = text.strip().upper()
    if code not in _codes():
        raise ValidationError(field, not_a_code(text))
    return code


def is_country(code: str) -> bool:
    return code in _codes()


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def country_name(code: str, language: str = "en") -> str:
    """The CLDR name of a country in ``language`` (ar, en, fr), falling back to ISO's."""
    name = _locale(language).territories.get(code)
    if name:
        return str(name)
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else code


def reading_order(codes: Iterable[str], language: str, host: str | None = None) -> list[str]:
    """An event's countries as its reader looks for them: the host first, then the others
    by their names in ``language`` (folded as the country picker lists them). Codes are
    stored sorted, and "KZ" before "MA" read "Kazakhstan – Morocco" for a visit to Rabat,
    "Allemagne" after "Autriche" in French."""
    return sorted(codes, key=lambda code: (code != host, normalize(country_name(code, language))))


def country_names(codes: Iterable[str], language: str, host: str | None = None) -> str:
    """The countries named in their reading order: "Morocco – Azerbaijan – Kazakhstan"."""
    return " – ".join(country_name(code, language) for code in reading_order(codes, language, host))


def alpha3(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise ValidationError("countries", not_a_code(code))
    return country.alpha_3
