"""Hijri dates in the Umm al-Qura calendar, the one users expect (not Qt's tabular one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hijridate import Gregorian, Hijri

from timeline.domain.errors import ValidationError
from timeline.domain.languages import LANGUAGES
from timeline.domain.messages import message

#: The span hijridate's Umm al-Qura tables cover.
FIRST_GREGORIAN = date(1924, 8, 1)
LAST_GREGORIAN = date(2077, 11, 16)
FIRST_HIJRI_YEAR = 1343
LAST_HIJRI_YEAR = 1500

#: The months in French, which hijridate does not have: CLDR's French transliterations (its
#: Islamic calendar for ``fr``), hyphenated alike, lower case as French writes months.
_FRENCH_MONTHS = (
    "mouharram",
    "safar",
    "rabia al-awal",
    "rabia ath-thani",
    "joumada al-oula",
    "joumada ath-thania",
    "rajab",
    "chaabane",
    "ramadan",
    "chawwal",
    "dhou al-qi’da",
    "dhou al-hijja",
)


@dataclass(frozen=True, slots=True)
class HijriDate:
    """A day of the Umm al-Qura calendar."""

    year: int
    month: int
    day: int

    def month_name(self, language: str = "ar") -> str:
        """The month's name in Arabic, French or English (any other language)."""
        if language == "fr":
            return _FRENCH_MONTHS[self.month - 1]
        name: str = Hijri(self.year, self.month, self.day).month_name(
            "ar" if language == "ar" else "en"
        )
        return name

    def month_length(self) -> int:
        return Hijri(self.year, self.month, 1).month_length()

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def to_hijri(value: date) -> HijriDate:
    """The Umm al-Qura date of a Gregorian day; a ValidationError outside the tables."""
    if not FIRST_GREGORIAN <= value <= LAST_GREGORIAN:
        raise ValidationError(
            "date",
            message(
                "hijri.no_umm_al_qura_date",
                day=value.isoformat(),
                first=FIRST_GREGORIAN.isoformat(),
                last=LAST_GREGORIAN.isoformat(),
            ),
        )
    hijri = Gregorian(value.year, value.month, value.day).to_hijri()
    return HijriDate(hijri.year, hijri.month, hijri.day)


def from_hijri(year: int, month: int, day: int) -> date:
    """The Gregorian day of an Umm al-Qura date; says which part does not exist."""
    if not FIRST_HIJRI_YEAR <= year <= LAST_HIJRI_YEAR:
        raise ValidationError(
            "hijri",
            message(
                "hijri.year_out_of_range", year=year, first=FIRST_HIJRI_YEAR, last=LAST_HIJRI_YEAR
            ),
        )
    if not 1 <= month <= 12:
        raise ValidationError("hijri", message("hijri.no_such_month", month=month))
    try:
        length = Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError) as error:
        raise ValidationError("hijri", str(error)) from error
    if not 1 <= day <= length:
        first = HijriDate(year, month, 1)
        name = {language: first.month_name(language) for language in LANGUAGES}
        raise ValidationError(
            "hijri", message("hijri.no_such_day", name=name, year=year, length=length, day=day)
        )
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError) as error:
        raise ValidationError("hijri", str(error)) from error


def parse_hijri(text: str) -> date:
    """Read ``YYYY-MM-DD`` in the Hijri calendar and return its Gregorian day."""
    parts = text.strip().split("-")
    # At most four digits a part: int() refuses (ValueError) numbers of 4,300 digits.
    if len(parts) != 3 or not all(part.isdecimal() and len(part) <= 4 for part in parts):
        raise ValidationError("hijri", message("hijri.not_a_date", text=text))
    year, month, day = (int(part) for part in parts)
    return from_hijri(year, month, day)
