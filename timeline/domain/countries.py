"""Countries as ISO 3166-1 alpha-2 codes, named from CLDR in the reader's language."""

from __future__ import annotations

import re
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


def parse_countries(texts: Iterable[str], field: str = "countries") -> tuple[str, ...]:
    """The codes :func:`parse_country` reads, in their order; a ValidationError names one
    given twice ("MA MA", "MA ma"): an event keeps each country once, and a bilateral
    meeting of Morocco with Morocco was said to name "1 given", an agreement between them
    "at least 2 parties, 1 given", of the two typed."""
    codes: list[str] = []
    for text in texts:
        code = parse_country(text, field)
        if code in codes:
            raise ValidationError(field, message("country.given_twice", country=code))
        codes.append(code)
    return tuple(codes)


def is_country(code: str) -> bool:
    return code in _codes()


def country_codes() -> frozenset[str]:
    """Every country's code (ISO 3166 alpha-2)."""
    return _codes()


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


#: Names CLDR gives only in a short form that no rule makes formal (Babel keeps none of
#: CLDR's alternative forms). CLDR tells the two Congos apart by their capitals, "Congo -
#: Kinshasa", whose spaced hyphen read as the dash between the two countries of a title;
#: their UN names say it instead. Arabic CLDR writes Timor-Leste with that hyphen too
#: ("تيمور - ليشتي"); a space joins it here, as CLDR joins "غينيا بيساو" (Guinea-Bissau).
#: "St. Vincent & Grenadines" lacks the article of its name, "Hong Kong SAR China" a
#: comma. The names of disputed territories are CLDR's, untouched.
_FORMAL = {
    ("CD", "en"): "Democratic Republic of the Congo",
    ("CD", "fr"): "République démocratique du Congo",
    ("CD", "ar"): "جمهورية الكونغو الديمقراطية",
    ("CG", "en"): "Republic of the Congo",
    ("CG", "fr"): "République du Congo",
    ("CG", "ar"): "جمهورية الكونغو",
    ("TL", "ar"): "تيمور ليشتي",
    ("VC", "en"): "Saint Vincent and the Grenadines",
    ("HK", "en"): "Hong Kong SAR, China",
    ("MO", "en"): "Macao SAR, China",
}

#: CLDR's English names are the informal ones of a list ("St. Kitts & Nevis"); a title
#: for a minister spells them out.
_SAINT = re.compile(r"^St\. ")


@cache
def country_name(code: str, language: str = "en") -> str:
    """The name of a country in ``language`` (ar, en, fr): CLDR's, written out in full in
    English, or :data:`_FORMAL`'s; ISO's for a code CLDR does not name."""
    formal = _FORMAL.get((code, language))
    if formal:
        return formal
    name = short_name(code, language)
    if not name:
        country = pycountry.countries.get(alpha_2=code)
        return country.name if country else code
    if language == "en":
        return _SAINT.sub("Saint ", name).replace(" & ", " and ")
    return name


def short_name(code: str, language: str) -> str | None:
    """CLDR's own name of a country in ``language``, informal as lists write it ("St. Kitts
    & Nevis", "Congo - Kinshasa"): what a person may still type to find it."""
    name = _locale(language).territories.get(code)
    return str(name) if name else None


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
