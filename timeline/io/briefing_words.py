"""The fixed words of a briefing in its three languages, apart from the app's translations:
a briefing is written in the language chosen for the document, not the window's."""

from __future__ import annotations

from datetime import date

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat

_WORDS: dict[str, dict[str, str]] = {
    "page": {"ar": "صفحة {n} من {total}", "en": "Page {n} of {total}",
             "fr": "Page {n} sur {total}"},
    "part": {"ar": "الجزء {n} من {total}", "en": "Part {n} of {total}",
             "fr": "Partie {n} sur {total}"},
    "generated": {"ar": "أُعدّ في {day}", "en": "Generated on {day}", "fr": "Généré le {day}"},
    "none": {"ar": "لا أحداث في هذه المدة", "en": "No events in this period",
             "fr": "Aucun événement sur cette période"},
    "date": {"ar": "التاريخ", "en": "Date", "fr": "Date"},
    "kind": {"ar": "النوع", "en": "Kind", "fr": "Type"},
    "title": {"ar": "الحدث", "en": "Event", "fr": "Événement"},
    "place": {"ar": "المكان", "en": "Place", "fr": "Lieu"},
    "participants": {"ar": "المشاركون", "en": "Participants", "fr": "Participants"},
    "source": {"ar": "المصدر", "en": "Source", "fr": "Source"},
}  # fmt: skip


def word(key: str, fmt: DateFormat, **values: object) -> str:
    """The phrase ``key`` in the document's language, numbers in its digits."""
    forms = _WORDS[key]
    text = forms.get(fmt.language, forms["en"]).format(**values)
    return fmt.digits(text)


def days_words(first: date, last: date, fmt: DateFormat) -> str:
    """``26 September 2024 – 26 November 2025 (22 Rabi' I 1446 – 5 Jumada II 1447 AH)``."""
    when = (
        EventDate.on(first)
        if first == last
        else EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(last))
    )
    return fmt.event_date_with_hijri(when)
