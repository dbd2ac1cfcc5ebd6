"""Reading a date a person typed: Gregorian (2025-03-19, 2025-03, 2025) or Hijri
(1446-09-19 هـ, 1446-09-19 AH), with Arabic-Indic digits allowed."""

from __future__ import annotations

import re
from datetime import date

from timeline.domain.characters import character_problem
from timeline.domain.dates import EventDate, FuzzyDate, Precision, not_a_date
from timeline.domain.errors import ValidationError
from timeline.domain.hijri import FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR, parse_hijri
from timeline.domain.messages import Message, message
from timeline.domain.normalize import normalize

_HIJRI_MARKS = frozenset(("ه", "ah", "h"))  # هـ after normalisation drops its tatweel
#: Said of a Gregorian date only where its year is one of the Hijri years (1446 CE); EC is
#: French's "ère commune".
_GREGORIAN_MARKS = frozenset(("م", "ce", "ad", "ec"))
#: French's usual mark of a Gregorian year, "apr. J.-C." (or "ap. J.-C."), is three words
#: once normalised; read as EC.
_AFTER_CHRIST = re.compile(r"\bapr? j c\b")
_MARKS = _HIJRI_MARKS | _GREGORIAN_MARKS
_NUMBERS = re.compile(r"\d{1,4}(?: \d{1,2}){0,2}")


def in_hijri_unless_marked(text: str) -> str:
    """``text`` marked Hijri where it names no calendar: a field that asks for a Hijri
    date (``add --hijri``, and its ``--end``) takes it with هـ, AH or H, or without."""
    words = _AFTER_CHRIST.sub("ec", normalize(text)).split()
    marked = any(word in _MARKS for word in words[:1] + words[-1:])
    return text if marked or not words else f"{text.strip()} هـ"


def parse_user_date(text: str, field: str = "date") -> FuzzyDate:
    """A Gregorian fuzzy date, converting a Hijri day; ValidationError names ``field``. A
    year of the Hijri years the app converts typed with neither هـ, AH or H nor م, CE, AD,
    EC or apr. J.-C. is refused: read as a Gregorian year, a Hijri date was taken
    centuries before the timeline."""
    # A byte that is not UTF-8 ("2024\xff") was folded away with the separators: 2024 saved.
    if (problem := character_problem(text)) is not None:
        raise ValidationError(field, problem)
    # normalize folds digits; separators become spaces
    words = _AFTER_CHRIST.sub("ec", normalize(text)).split()
    ends = words[:1] + words[-1:]
    hijri = any(word in _HIJRI_MARKS for word in ends)
    gregorian = any(word in _GREGORIAN_MARKS for word in ends)
    if hijri or gregorian:
        words = [word for word in words if word not in _MARKS]
    body = " ".join(words)
    if not _NUMBERS.fullmatch(body):
        shown = text.strip()  # refused with examples as the reader types them
        if hijri:
            hijri_input = message("date.not_a_hijri_date_input", text=shown)
            raise ValidationError(field, hijri_input.as_typed())
        raise not_a_date(field, shown).as_typed()
    numbers = body.split()
    unmarked = not (hijri or gregorian)
    if unmarked and FIRST_HIJRI_YEAR <= int(numbers[0]) <= LAST_HIJRI_YEAR:
        # A Hijri year typed without its mark (1446-09-19): read as Gregorian, it opened a
        # view of January 1800, the timeline's first day, and filtered every event out.
        raise ValidationError(field, message("date.hijri_unmarked", text=text.strip()))
    try:
        if hijri:
            if len(numbers) != 3:
                raise ValidationError(field, message("hijri.needs_day"))
            return FuzzyDate.from_date(parse_hijri("-".join(numbers)))
        return FuzzyDate(*(int(number) for number in numbers))
    except ValidationError as error:  # of the numbers read, in the reader's digits
        raise ValidationError(field, error.in_figures().detail) from None


def parse_user_day(text: str, field: str) -> date | None:
    """A day a person typed, Gregorian (2025-03-19) or Hijri (1446-09-19 هـ), in any
    digits, or None for nothing typed; a ValidationError names ``field`` and says what is
    wrong: no such day ("2025-02 has 28 days, not 30"), or no day at all."""
    shown = text.strip()
    if not shown:
        return None
    try:
        value = parse_user_date(shown, field)
    except ValidationError as error:
        if isinstance(error.detail, Message) and error.detail.id.startswith("date.not_a_"):
            raise not_a_typed_day(field, shown) from None
        raise
    if value.precision is not Precision.DAY:
        raise not_a_typed_day(field, shown)
    return value.earliest()


def not_a_typed_day(field: str, text: str) -> ValidationError:
    """The error of ``text`` typed for a day (``field``) that is none: a month, a year, or
    no date at all; its examples as the reader types them (:meth:`Message.as_typed`)."""
    return ValidationError(field, message("date.not_a_typed_day", text=text).as_typed())


def hijri_looking(when: EventDate) -> Message | None:
    """What to check about a date read from a file whose year is one of the Hijri years
    the app converts (1343–1500): a file's dates are Gregorian, so "1446-09-19" is kept
    as a day of 1446 CE, which the timeline (from 1800) never shows, but it was most likely
    copied from a Hijri source. Said with its Gregorian day where it is a Hijri day; None
    for any other date. Not refused: a 15th-century event exported reads back as it was."""
    start = when.start
    if not FIRST_HIJRI_YEAR <= start.year <= LAST_HIJRI_YEAR:
        return None
    if start.precision is Precision.DAY:
        try:
            day = parse_hijri(start.isoformat())
        except ValidationError:
            day = None  # 1446-12-30 in a month of 29 days: no Hijri day either
        if day is not None:
            return message(
                "import.hijri_year_kept_day", date=str(start), year=start.year, day=day.isoformat()
            )
    return message("import.hijri_year_kept", date=str(start), year=start.year)
