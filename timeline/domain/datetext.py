"""Dates in words for a reader: regional Arabic month names, digits, Hijri beside.

A Moroccan officer writes "28 غشت 2024", a Syrian one "28 آب 2024", an Egyptian one
"28 أغسطس 2024". Month names come from CLDR (Babel), the same data Qt's QLocale uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache

from babel import Locale
from babel.lists import format_list

from timeline.domain.dates import EventDate, FuzzyDate, Precision
from timeline.domain.direction import slashed
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.hijri import to_hijri
from timeline.domain.messages import message
from timeline.domain.plurals import count_words, grouped


class DateStyle(StrEnum):
    """Which region's Gregorian month names an Arabic reader expects."""

    MAGHREB = "maghreb"  # ar_MA: يناير … غشت … دجنبر
    ALGERIA = "algeria"  # ar_DZ, ar_TN: جانفي … أوت
    LEVANT = "levant"  # ar_SY, ar_LB, ar_IQ, ar_JO: كانون الثاني … آب
    EGYPT = "egypt"  # ar_EG, Gulf: يناير … أغسطس

    @property
    def locale(self) -> str:
        return _STYLE_LOCALES[self]

    @property
    def arabic_digits(self) -> bool:
        """The region's usual digits: Latin in the Maghreb, Arabic-Indic in the East."""
        return self in (DateStyle.LEVANT, DateStyle.EGYPT)


_STYLE_LOCALES = {
    DateStyle.MAGHREB: "ar_MA",
    DateStyle.ALGERIA: "ar_DZ",
    DateStyle.LEVANT: "ar_SY",
    DateStyle.EGYPT: "ar_EG",
}

_COUNTRY_STYLES = {
    **dict.fromkeys(("MA", "EH", "MR"), DateStyle.MAGHREB),
    **dict.fromkeys(("DZ", "TN", "LY"), DateStyle.ALGERIA),
    **dict.fromkeys(("SY", "LB", "IQ", "JO", "PS"), DateStyle.LEVANT),
}

#: The Levant's two-word months in a letter and a number: كانون الثاني, تشرين الأول,
#: تشرين الثاني, كانون الأول (its one-word months, شباط … أيلول, have no shorter form).
_LEVANT_SHORT = {1: "ك2", 10: "ت1", 11: "ت2", 12: "ك1"}

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
#: A number written in Latin digits, not part of a Latin name ("COP29", "G20"): no letter,
#: nor another digit (which left "COP2٩"), on either side.
_LATIN_NUMBER = re.compile("(?<![A-Za-z0-9])[0-9]+(?![A-Za-z0-9])")


def style_for_locale(name: str, countries: Sequence[str] = ()) -> DateStyle:
    """A sensible default from a locale name such as ``ar_MA`` or ``fr_FR``.

    An Arabic locale's country decides. Any other locale (``en_US``, ``C``) says nothing of
    the reader's Arabic, so the first of ``countries`` with a style of its own does: a
    Morocco–Kazakhstan briefing is read in Rabat and says شتنبر. The plain names
    (يناير … سبتمبر) understood everywhere are the last resort."""
    language, _, region = name.replace("-", "_").partition("_")
    if language == "ar":
        return _COUNTRY_STYLES.get(region[:2].upper(), DateStyle.EGYPT)
    for country in countries:
        if country.upper() in _COUNTRY_STYLES:
            return _COUNTRY_STYLES[country.upper()]
    return DateStyle.EGYPT


def parse_date_style(text: str) -> DateStyle:
    try:
        return DateStyle(text.strip().lower())
    except ValueError:
        known = ", ".join(style.value for style in DateStyle)
        raise ValidationError(
            "date-style", message("date.unknown_style", text=text, known=known)
        ) from None


@cache
def _month_names(locale: str, width: str) -> tuple[str, ...]:
    months = Locale.parse(locale).months["format"][width]
    return tuple(months[number] for number in range(1, 13))


@dataclass(frozen=True, slots=True)
class DateFormat:
    """How dates are written for one reader."""

    language: str = "en"
    style: DateStyle = DateStyle.MAGHREB
    arabic_digits: bool | None = None  # None: the style's usual digits
    show_hijri: bool = True

    @property
    def _locale(self) -> str:
        return self.style.locale if self.language == "ar" else self.language

    @property
    def _indic(self) -> bool:
        """Whether numbers are written in Arabic-Indic digits."""
        if self.language != "ar":  # asked of every label: the style's rule only where it counts
            return False
        return self.style.arabic_digits if self.arabic_digits is None else self.arabic_digits

    def digits(self, text: str) -> str:
        return text.translate(_ARABIC_INDIC) if self._indic else text

    def number(self, value: int) -> str:
        """A count as this reader writes it: ``12,345``, ``12\u202f345``, ``12.345`` in
        Morocco, ``١٢٬٣٤٥`` in Arabic-Indic digits (the separators of the reader's locale).
        Under a thousand there is nothing to group: a badge's count skips Babel, every frame."""
        if 0 <= value < 1000:
            return self.digits(str(value))
        return self.digits(grouped(value, self._locale, "arab" if self._indic else "latn"))

    def count(self, value: int, what: str = "event") -> str:
        """``12,345 events``, ``١٢٬٣٤٥ حدثًا``: :func:`count_words` in this reader's numbers."""
        return self.digits(count_words(value, self.language, what, self.number(value)))

    def listed(self, items: Sequence[str]) -> str:
        """``1983 and 2022``, ``1983, 2022 et 2024``, ``١٩٨٣ و٢٠٢٢``: a list as this reader
        writes one (CLDR's patterns)."""
        return format_list(list(items), locale=self._locale)

    def month_name(self, month: int, short: bool = False) -> str:
        width = "abbreviated" if short and self.language != "ar" else "wide"
        return _month_names(self._locale, width)[month - 1]

    def month_abbreviation(self, month: int) -> str:
        """The month in the fewest letters still read as its name, for an axis too narrow
        for its short name: in the Levant its two-word months as its press writes them
        ("ك٢" for كانون الثاني), which CLDR does not have; elsewhere the short name. The
        axis showed the Levant's months as numbers where the Egyptian names fitted."""
        if self.language == "ar" and self.style is DateStyle.LEVANT and month in _LEVANT_SHORT:
            return self.digits(_LEVANT_SHORT[month])
        return self.month_name(month, short=True)

    def month_mark(self, month: int) -> str:
        """A month in a glyph or two, for a ruler of months with its years above: J F M …
        in English and French (CLDR's narrow names), the month's number in Arabic, whose
        narrow names (ي ف م, or ك ش آ in the Levant) no reader knows."""
        if self.language == "ar":
            return self.digits(str(month))
        return _month_names(self._locale, "narrow")[month - 1]

    def year(self, year: int) -> str:
        return self.digits(str(year))

    def month_year(self, year: int, month: int, short: bool = False) -> str:
        return f"{self.month_name(month, short)} {self.year(year)}"

    def month_year_abbreviated(self, year: int, month: int) -> str:
        """``Jan 2025``, ``ك٢ ٢٠٢٥``: :meth:`month_abbreviation` and the year."""
        return f"{self.month_abbreviation(month)} {self.year(year)}"

    def month_span(self, first: date, last: date, short: bool = False) -> str:
        """The months of ``first`` to ``last``, their year said once where they share it,
        as the days of a span are: ``March – May 2023``, ``November 2024 – February 2025``,
        ``March 2023``."""
        if (first.year, first.month) == (last.year, last.month):
            return self.month_year(first.year, first.month, short)
        since = (
            self.month_name(first.month, short)
            if first.year == last.year
            else self.month_year(first.year, first.month, short)
        )
        return f"{since} – {self.month_year(last.year, last.month, short)}"

    def year_span(self, first: int, last: int) -> str:
        """``2022–2023``, or ``2023`` alone: years, as numbers are, join without spaces."""
        return self.year(first) if first == last else f"{self.year(first)}–{self.year(last)}"

    def day_of_month(self, number: int) -> str:
        """A day's number before its month's name: the first is "1er" in French ("1er mars
        2025", "1er ramadan 1446 H"), as French writes it; any other, its number."""
        return "1er" if number == 1 and self.language == "fr" else str(number)

    def day(self, value: date, short: bool = False) -> str:
        month = self.month_name(value.month, short)
        return self.digits(f"{self.day_of_month(value.day)} {month} {value.year}")

    def typed_day(self, value: date) -> str:
        """A day as this reader types it, and as a field that reads typed days
        (``dateinput.parse_user_day``) shows it: ``2025-04-08``, ``٢٠٢٥/٠٤/٠٨`` in
        Arabic-Indic digits, whose hyphens a right-to-left line turns round (``٠٨-٠٤-٢٠٢٥``)
        where slashes keep the year first (:func:`slashed`)."""
        return slashed(self.digits(value.isoformat()))

    def moment(self, when: datetime, short: bool = True) -> str:
        """A day and its time, as a version saved, a backup taken or a file modified is
        dated: ``19 mars 2025 09:05``, ``١٩ مارس ٢٠٢٥ ٠٩:٠٥`` (a day and a month name keep
        their order in an Arabic line; an ISO day's hyphens between Arabic-Indic digits
        do not)."""
        return self.digits(f"{self.day(when.date(), short=short)} {when:%H:%M}")

    def fuzzy(self, value: FuzzyDate, short: bool = False) -> str:
        if value.precision is Precision.DAY:
            return self.day(value.earliest(), short)
        if value.precision is Precision.MONTH:
            assert value.month is not None
            return self.month_year(value.year, value.month, short)
        return self.year(value.year)

    def hijri(self, value: date) -> str:
        """``24 صفر 1446 هـ``; Latin readers get ``24 Safar 1446 AH``."""
        return self.hijri_span(value, value)

    def hijri_span(self, first: date, last: date) -> str:
        """The Umm al-Qura days from ``first`` to ``last``, written compactly
        (``7–11 شوال 1446 هـ``); empty outside the calendar's range."""
        ends = self._hijri_days(first, last)
        return self.digits(f"{_compact(*ends)} {self.hijri_era}") if ends else ""

    def hijri_as_known(self, when: EventDate) -> str:
        """The Hijri of an event's date as precisely as its Gregorian is known, the coarser
        end deciding: a date known to its year in Hijri years (``2020``: ``1441–1442 AH``),
        to its month in Hijri months (``March 2025``: ``Ramadan – Shawwal 1446 AH``), to its
        day in days. A year read "6 Jumada al-Ula 1441 – 16 Jumada al-Ula 1442 AH" on two
        lines of a briefing's table, days no one knew. Empty outside the calendar's range."""
        first, last = when.earliest(), when.latest()
        ends = (when.start, when.end or when.start)
        coarser = max((end.precision for end in ends), key=lambda precision: precision.coarseness)
        if coarser is Precision.YEAR:
            return self.hijri_years(first, last)
        if coarser is Precision.MONTH:
            return self.hijri_months(first, last)
        return self.hijri_span(first, last)

    def event_hijri(self, when: EventDate) -> str:
        """:meth:`hijri_as_known` on a line of its own (the details pane): a window says so
        as its Gregorian line does (``one day within 7–9 Shawwal 1446 AH``), where ``7–9
        Shawwal`` alone read as three days; French between its ends ("un jour entre le 7 et
        le 9 chawwal 1446 H")."""
        if not when.within:
            return self.hijri_as_known(when)
        if (
            when.start.precision is Precision.DAY
            and when.end
            and when.end.precision is Precision.DAY
        ):
            ends = self._hijri_days(when.earliest(), when.latest())
            if ends is None:
                return ""
            text = _between(*ends) if self.language == "fr" else _compact(*ends)
            text = self.digits(f"{text} {self.hijri_era}")
        else:
            text = self.hijri_as_known(when)
            if text and "–" not in text:  # one Hijri month or year: "un jour en chaabane"
                return self._words("within_one").format(span=text)
            if self.language == "fr":  # "un jour entre ramadan et chawwal 1446 H"
                text = text.replace(" – ", " et ").replace("–", " et ")
        return self._words("within").format(span=text) if text else ""

    def _hijri_days(self, first: date, last: date) -> tuple[Day, Day] | None:
        """The Umm al-Qura days of ``first`` and ``last`` as written, or None outside the
        calendar's range."""
        try:
            start, end = to_hijri(first), to_hijri(last)
        except ValidationError:
            return None
        language = self.language
        return (
            (self.day_of_month(start.day), start.month_name(language), start.year),
            (self.day_of_month(end.day), end.month_name(language), end.year),
        )

    def hijri_years(self, first: date, last: date) -> str:
        """The Umm al-Qura years that ``first`` to ``last`` fall in (``1445–1446 هـ``): what a
        table counting events year by year says beside each year, whose days (``25 Safar
        1401 – 5 Rabiʿ al-Awwal 1402 AH``) took two lines of every row; empty outside the
        calendar's range."""
        try:
            start, end = to_hijri(first).year, to_hijri(last).year
        except ValidationError:
            return ""
        years = str(start) if start == end else f"{start}–{end}"
        return self.digits(f"{years} {self.hijri_era}")

    def hijri_months(self, first: date, last: date) -> str:
        """The Umm al-Qura months that ``first`` to ``last`` fall in (``Rajab – Shaʿban 1446
        AH``): what a table counting events month by month says beside each month, in a
        line where the days took two; empty outside the calendar's range."""
        try:
            start, end = to_hijri(first), to_hijri(last)
        except ValidationError:
            return ""
        language = self.language
        if (start.year, start.month) == (end.year, end.month):
            text = f"{start.month_name(language)} {start.year}"
        elif start.year == end.year:
            text = f"{start.month_name(language)} – {end.month_name(language)} {end.year}"
        else:
            text = (
                f"{start.month_name(language)} {start.year} – {end.month_name(language)} {end.year}"
            )
        return self.digits(f"{text} {self.hijri_era}")

    @property
    def hijri_era(self) -> str:
        """What follows a Hijri year: "هـ"; "H" in French, as the Maghreb's French press
        writes it ("1er ramadan 1446 H"); "AH" in English."""
        return _HIJRI_ERA.get(self.language, "AH")

    def hijri_of(self, value: FuzzyDate) -> str:
        """The Hijri form of a fuzzy date, as precisely as it is known
        (:meth:`hijri_as_known`): the editor said "6 Jumada al-Ula 1441 – 16 Jumada al-Ula
        1442 AH" beside a year the list calls "1441–1442 AH"."""
        return self.hijri_as_known(EventDate(value))

    def event_date(self, when: EventDate, short: bool = False) -> str:
        """The Gregorian words for an event's date: one day, a span, or a window. ``short``
        for a narrow column: months abbreviated where the language has a form for it
        (``30 Sep – 2 Oct 2019``) and a window in fewer words (``a day in …``)."""
        if when.end is None:
            return self.fuzzy(when.start, short)
        # French says a window "entre … et …": "un jour entre le 5 et le 7 avril 2025" (it
        # read "un jour pendant 5–7 avril 2025"), in a narrow column "un jour entre févr. et
        # avr. 2025" (it read "un jour sur 4–12 mars 1981"; "entre … et …" alone is a span).
        between = when.within and self.language == "fr"
        if when.start.precision is Precision.DAY and when.end.precision is Precision.DAY:
            first, last = when.start.earliest(), when.end.latest()
            ends = (
                (self.day_of_month(first.day), self.month_name(first.month, short), first.year),
                (self.day_of_month(last.day), self.month_name(last.month, short), last.year),
            )
            if between and short:
                # A day of them, as French picks one ("un jour du 5 au 9 avr. 2025"): "un
                # jour entre le 5 et le 9 avr. 2025" wrapped in the list's column at 800×500.
                return f"un jour {self.digits(_from_to(*ends))}"
            text = self.digits(_between(*ends) if between else _compact(*ends))
        elif when.start.precision is when.end.precision is Precision.YEAR:
            years = (when.start.year, when.end.year)
            # "un jour entre 2022 et 2023" (it read "un jour entre 2022–2023")
            apart = between and years[0] != years[1]
            text = " et ".join(map(self.year, years)) if apart else self.year_span(*years)
        elif when.start.precision is when.end.precision is Precision.MONTH:
            first, last = when.start.earliest(), when.end.latest()
            text = self.month_span(first, last, short)
            if between:  # "un jour entre février et avril 2025"
                text = text.replace(" – ", " et ")
        else:
            text = self._unlike_ends(when.start, when.end, short, between)
        if when.within:
            return self._words("within_short" if short else "within").format(span=text)
        return text

    def _unlike_ends(self, start: FuzzyDate, end: FuzzyDate, short: bool, between: bool) -> str:
        """A span whose ends are known to unlike precisions, its year said once where both
        share it, as a span of days or of months says it: ``February – 10 March 2024``,
        ``entre le 5 avril et mai 2025`` (it read ``February 2024 – 10 March 2024``). A year
        at either end keeps both whole: "2024 – 10 March 2024" is not "– 10 March 2024"; so
        does a month and a day of it, "March – 10 March 2024" naming the month twice anyway."""
        shared = (
            start.year == end.year
            and Precision.YEAR not in (start.precision, end.precision)
            and start.earliest().month != end.earliest().month
        )
        first = self._day_or_month(start, short) if shared else self.fuzzy(start, short)
        said = [first, self.fuzzy(end, short)]
        if between:
            said = [f"le {text}" if value.precision is Precision.DAY else text
                    for text, value in zip(said, (start, end), strict=True)]  # fmt: skip
        return self.digits((" et " if between else " – ").join(said))

    def _day_or_month(self, value: FuzzyDate, short: bool) -> str:
        """A day or a month without its year: ``10 March``, ``March``."""
        month = self.month_name(value.earliest().month, short)
        if value.precision is Precision.DAY:
            return f"{self.day_of_month(value.earliest().day)} {month}"
        return month

    def event_date_with_hijri(self, when: EventDate) -> str:
        """``28 غشت 2024 (24 صفر 1446 هـ)`` when Hijri is shown and known."""
        text = self.event_date(when)
        if not self.show_hijri:
            return text
        hijri = self.hijri_as_known(when)
        return f"{text} ({hijri})" if hijri else text

    def _words(self, key: str) -> str:
        return _WORDS[key].get(self.language, _WORDS[key]["en"])


def shown_title(event: Event, fmt: DateFormat) -> str:
    """``event``'s title as a reader of ``fmt`` sees it, on screen and on paper: in their
    language (or the one it has), its numbers in their digits (:func:`in_digits`)."""
    return in_digits(event.title(fmt.language), fmt)


def in_digits(text: str, fmt: DateFormat) -> str:
    """Stored text (a title, a place, an office) with its numbers in the reader's digits:
    the 150th assembly, "الدورة 150", is "الدورة ١٥٠" on screen and in a briefing in
    Arabic-Indic digits, whose dates and counts are; a number inside a Latin name is left
    as written. What is stored, edited and searched stays as typed."""
    if not fmt._indic:  # the reader's digits are Latin: nothing to do, every label of a frame
        return text
    return _LATIN_NUMBER.sub(lambda number: fmt.digits(number.group()), text)


_WORDS = {
    "within": {
        "ar": "يوم ما خلال {span}",
        "en": "one day within {span}",
        "fr": "un jour entre {span}",
    },
    # Within one month or year, which French says "en" ("un jour entre chaabane" read
    # as half of a pair).
    "within_one": {
        "ar": "يوم ما خلال {span}",
        "en": "one day within {span}",
        "fr": "un jour en {span}",
    },
    "within_short": {
        "ar": "يوم خلال {span}",
        "en": "a day in {span}",
        "fr": "un jour entre {span}",
    },
}

#: What follows a Hijri year, by language (English's "AH" for any other).
_HIJRI_ERA = {"ar": "هـ", "fr": "H"}

Day = tuple[str, str, int]  # day (as written before its month), month name, year


def _between(first: Day, last: Day) -> str:
    """French's two ends of a window: ``le 5 et le 7 avril 2025``, ``le 30 avril et le 2
    mai 2025``, or the two days in full."""
    return _french_ends(first, last, ("le", "et le"))


def _from_to(first: Day, last: Day) -> str:
    """French's first and last of some days: ``du 5 au 7 avr. 2025``, ``du 30 avr. au 2 mai
    2025``, or the two days in full."""
    return _french_ends(first, last, ("du", "au"))


def _french_ends(first: Day, last: Day, words: tuple[str, str]) -> str:
    """Two days in French, each after its word (``words``), the month and year they share
    said once."""
    (d1, m1, y1), (d2, m2, y2), (before, after) = first, last, words
    if (m1, y1) == (m2, y2):
        return f"{before} {d1} {after} {d2} {m1} {y1}"
    if y1 == y2:
        return f"{before} {d1} {m1} {after} {d2} {m2} {y1}"
    return f"{before} {d1} {m1} {y1} {after} {d2} {m2} {y2}"


def _compact(first: Day, last: Day) -> str:
    """``28–29 April 2025``, ``30 April – 2 May 2025`` or the two days in full."""
    (d1, m1, y1), (d2, m2, y2) = first, last
    if first == last:
        return f"{d1} {m1} {y1}"
    if (m1, y1) == (m2, y2):
        return f"{d1}–{d2} {m1} {y1}"
    if y1 == y2:
        return f"{d1} {m1} – {d2} {m2} {y1}"
    return f"{d1} {m1} {y1} – {d2} {m2} {y2}"
