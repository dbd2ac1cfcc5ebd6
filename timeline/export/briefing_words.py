"""The fixed words of a briefing in its three languages, apart from the app's translations:
a briefing is written in the language chosen for the document, not the window's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.hijri import HijriDate
from timeline.domain.languages import field_separator

NO_BREAK = "\u00a0"
#: No line breaks beside it: after a dash, where a no-break space after it does not hold
#: the line (Unicode's line breaking breaks after a dash before one).
WORD_JOINER = "\u2060"
#: A day before its month (French's "1er" too), a year before its era (Python's \d is
#: Arabic-Indic digits too).
_NUMBER_BEFORE_WORD = re.compile(r"(?:(?<=\d)|(?<=\der)) (?=[^\W\d_])")
#: French's article before a day ("entre le 3 et le 11 septembre"), which stood alone.
_ARTICLE_BEFORE_DAY = re.compile(r"(?<=\ble) (?=\d)")

_WORDS: dict[str, dict[str, str]] = {
    "page": {"ar": "صفحة {n} من {total}", "en": "Page {n} of {total}",
             "fr": "Page {n} sur {total}"},
    "part": {"ar": "الجزء {n} من {total}: {days}", "en": "Part {n} of {total}: {days}",
             "fr": "Partie {n} sur {total}\u00a0: {days}"},
    "kind_count": {"ar": "{kind}: {n}", "en": "{kind}: {n}", "fr": "{kind}\u00a0: {n}"},
    # "{cancelled}": of them, those cancelled, counted in words ("1 cancelled").
    "kind_count_cancelled": {"ar": "{kind}: {n} ({cancelled})", "en": "{kind}: {n} ({cancelled})",
                             "fr": "{kind}\u00a0: {n} ({cancelled})"},
    "generated": {"ar": "أُعدّ في {day}", "en": "Prepared on {day}", "fr": "Préparé le {day}"},
    # In Arabic a guillemet, mirrored in its right-to-left line ("«"), points the way the
    # reader reads on, tied to the page's number; in French a lone "»" reads as a closing
    # quotation mark, and English says it in words alike (the bundled fonts have no arrow).
    "next": {"ar": "يتبع في الصفحة {n}\u00a0»", "en": "Continues on page {n}",
             "fr": "Suite page {n}"},
    "table_next": {"ar": "يتبع الجدول في الصفحة {n}\u00a0»",
                   "en": "The table continues on page {n}",
                   "fr": "Suite du tableau page {n}"},
    "glance": {"ar": "العلاقة في لمحة", "en": "The relationship at a glance",
               "fr": "La relation en bref"},
    "latest": {"ar": "آخر حدث من كل نوع", "en": "Latest event of each kind",
               "fr": "Dernier événement de chaque type"},
    "agreements": {"ar": "الاتفاقات", "en": "Agreements", "fr": "Accords"},
    "no_agreements": {"ar": "لا اتفاقات في هذا الاختيار", "en": "No agreements in this selection",
                      "fr": "Aucun accord dans cette sélection"},
    # Agreements counted, none of them taken place by the day of the briefing (all planned).
    "no_agreements_yet": {"ar": "لم يتمّ أيٌّ منها بعد", "en": "None has taken place yet",
                          "fr": "Aucun n’a encore eu lieu"},
    # Agreements counted, every one of them cancelled.
    "no_agreements_held": {"ar": "لم يتمّ أيٌّ منها", "en": "None took place",
                           "fr": "Aucun n’a eu lieu"},
    # A section that lists none of them says how many there are.
    "all_listed": {"ar": "{count} في الجدول", "en": "{count} in the table",
                   "fr": "{count} dans le tableau"},
    # "{so_far}": "so_far" where the busiest period is under way, events still to come.
    "busiest_year": {"ar": "أكثر السنوات نشاطًا: {period} ({count}{so_far})",
                     "en": "Busiest year: {period} ({count}{so_far})",
                     "fr": "Année la plus active\u00a0: {period} ({count}{so_far})"},
    "busiest_month": {"ar": "أكثر الأشهر نشاطًا: {period} ({count}{so_far})",
                      "en": "Busiest month: {period} ({count}{so_far})",
                      "fr": "Mois le plus actif\u00a0: {period} ({count}{so_far})"},
    "busiest_day": {"ar": "أكثر الأيام نشاطًا: {period} ({count}{so_far})",
                    "en": "Busiest day: {period} ({count}{so_far})",
                    "fr": "Jour le plus actif\u00a0: {period} ({count}{so_far})"},
    # Two or three periods tied for the most ("{them}": "of_two" or "of_more").
    "busiest_years": {"ar": "أكثر السنوات نشاطًا: {periods} ({count} لكلٍّ {them}{so_far})",
                      "en": "Busiest years: {periods} ({count} each{so_far})",
                      "fr": "Années les plus actives\u00a0: {periods} ({count} chacune{so_far})"},
    "busiest_months": {"ar": "أكثر الأشهر نشاطًا: {periods} ({count} لكلٍّ {them}{so_far})",
                       "en": "Busiest months: {periods} ({count} each{so_far})",
                       "fr": "Mois les plus actifs\u00a0: {periods} ({count} chacun{so_far})"},
    "busiest_days": {"ar": "أكثر الأيام نشاطًا: {periods} ({count} لكلٍّ {them}{so_far})",
                     "en": "Busiest days: {periods} ({count} each{so_far})",
                     "fr": "Jours les plus actifs\u00a0: {periods} ({count} chacun{so_far})"},
    "so_far": {"ar": " حتى الآن", "en": " so far", "fr": " à ce jour"},
    # Arabic's "each of the two" and "each of them" in a tie's line; English and French
    # say "each" alike.
    "of_two": {"ar": "منهما", "en": "", "fr": ""},
    "of_more": {"ar": "منها", "en": "", "fr": ""},
    # A period of a summary table that begins after the day of the briefing; wrapped, if
    # need be, before the words saying so, not inside them.
    "period_to_come": {"ar": "{period} (لم\u00a0يحن\u00a0بعد)", "en": "{period} (to\u00a0come)",
                       "fr": "{period} (à\u00a0venir)"},
    # A row of the table by month (by day) after the months (days): the events known only
    # to a longer span, named for the years (months) they may have begun in ("2023",
    # "2023–2024"; "March 2023"); wrapped before the words saying so, not inside them.
    "month_not_known": {"ar": "{span}، الشهر\u00a0غير\u00a0معروف",
                        "en": "{span}, month\u00a0not\u00a0known",
                        "fr": "{span}, mois\u00a0inconnu"},
    "day_not_known": {"ar": "{span}، اليوم\u00a0غير\u00a0معروف",
                      "en": "{span}, day\u00a0not\u00a0known",
                      "fr": "{span}, jour\u00a0inconnu"},
    # Under the chart by month (by day): those rows' events, in no bar.
    "uncharted_month": {"ar": "خارج الرسم: {count} دون شهر معروف",
                        "en": "Not charted: {count} whose month is not known",
                        "fr": "Hors graphique\u00a0: {count} dont le mois est inconnu"},
    "uncharted_day": {"ar": "خارج الرسم: {count} دون يوم معروف",
                      "en": "Not charted: {count} whose day is not known",
                      "fr": "Hors graphique\u00a0: {count} dont le jour est inconnu"},
    # The first row of a summary table, and under the chart (under the counts where there
    # is none): the events begun before the selection, in no period (a visit of 17–29
    # December in a week from the 28th).
    # In Arabic "what began" ("ما بدأ"), which agrees with one event, two and more.
    "begun_before": {"ar": "ما بدأ قبل {day}", "en": "Begun before {day}",
                     "fr": "Début antérieur au {day}"},
    # Under the counts: the events whose title is printed in another language, which has one.
    "untitled": {"ar": "بعنوان بلغة أخرى: {count}", "en": "Title in another language: {count}",
                 "fr": "Titre dans une autre langue\u00a0: {count}"},
    "uncharted_before": {"ar": "خارج الرسم: {count} مما بدأ قبل {day}",
                         "en": "Not charted: {count} begun before {day}",
                         "fr": "Hors graphique\u00a0: {count} dont le début précède le {day}"},
    # Under the counts of a single day, which has no chart: those whose day is not known.
    "undated_day": {"ar": "دون يوم معروف: {count}", "en": "Day not known: {count}",
                    "fr": "Jour inconnu\u00a0: {count}"},
    # Under the chart, where cancelled events are shown (--include-cancelled): their
    # parts of the bars, outlined, which the busiest count never holds either.
    "cancelled_bars": {"ar": "أجزاء الأعمدة المحدَّدة بإطار: أحداث أُلغيت",
                       "en": "Outlined parts of bars: cancelled events",
                       "fr": "Parties de barre en contour\u00a0: événements annulés"},
    # Under the chart: its paler bars and tops of bars, the events after the day the
    # briefing is prepared (planned), which the busiest count never holds.
    "to_come": {"ar": "الأفتح لونًا: أحداث مقبلة (مخطط لها)",
                "en": "Paler: events still to come (planned)",
                "fr": "Plus clair\u00a0: événements à venir (prévus)"},
    # Under a printed timeline, beside a badge drawn as its badges are ("+577"): what it
    # counts, then where those events are found on paper: "badges_all" where the tables
    # list every event, "badges_summary" where the table counts them, "badges" where there
    # is no table (a picture, a briefing without one).
    "badges": {"ar": "أحداث لم تُرسم هنا لضيق المساحة",
               "en": "Events not drawn here for lack of room",
               "fr": "Événements non dessinés ici, faute de place"},
    "badges_all": {"ar": "أحداث لم تُرسم هنا لضيق المساحة، وكلها مذكورة في الجداول",
                   "en": "Events not drawn here for lack of room; all "
                         "are listed in the tables",
                   "fr": "Événements non dessinés ici, faute de place\u00a0; tous "
                         "figurent dans les tableaux"},
    "badges_summary": {"ar": "أحداث لم تُرسم هنا لضيق المساحة، والجدول يحصيها جميعًا",
                       "en": "Events not drawn here for lack of room; "
                             "the table counts them all",
                       "fr": "Événements non dessinés ici, faute de place\u00a0; le "
                             "tableau les compte tous"},
    "per_year": {"ar": "الأحداث في كل سنة", "en": "Events per year",
                 "fr": "Événements par année"},
    "per_month": {"ar": "الأحداث في كل شهر", "en": "Events per month",
                  "fr": "Événements par mois"},
    "per_day": {"ar": "الأحداث في كل يوم", "en": "Events per day",
                "fr": "Événements par jour"},
    "by_year": {"ar": "الأحداث حسب السنة", "en": "Events by year", "fr": "Événements par année"},
    "year": {"ar": "السنة", "en": "Year", "fr": "Année"},
    "month": {"ar": "الشهر", "en": "Month", "fr": "Mois"},
    "count": {"ar": "المجموع", "en": "Total", "fr": "Total"},
    "kinds": {"ar": "حسب النوع", "en": "By kind", "fr": "Par type"},
    "none": {"ar": "لا أحداث في هذه المدة", "en": "No events in this period",
             "fr": "Aucun événement sur cette période"},
    # A selection with no period that matches no event at any date.
    "none_match": {"ar": "لا حدث يطابق هذا الاختيار", "en": "No event matches this selection",
                   "fr": "Aucun événement ne correspond à cette sélection"},
    "date": {"ar": "التاريخ", "en": "Date", "fr": "Date"},
    "kind": {"ar": "النوع", "en": "Kind", "fr": "Type"},
    "title": {"ar": "الحدث", "en": "Event", "fr": "Événement"},
    "place": {"ar": "المكان", "en": "Place", "fr": "Lieu"},
    "participants": {"ar": "المشاركون", "en": "Participants", "fr": "Participants"},
    "source": {"ar": "المصدر", "en": "Source", "fr": "Source"},
    # The closing sections (timeline.export.briefing_agreements).
    "agreement": {"ar": "الاتفاق", "en": "Agreement", "fr": "Accord"},
    "agreement_kind": {"ar": "النوع", "en": "Kind", "fr": "Type"},
    "signed": {"ar": "التوقيع", "en": "Signed", "fr": "Signature"},
    "in_force": {"ar": "دخول حيز التنفيذ", "en": "In force", "fr": "Entrée en vigueur"},
    "agreement_status": {"ar": "الوضع", "en": "Status", "fr": "État"},
    "days": {"ar": "الأيام حتى النفاذ", "en": "Days to entry into force",
             "fr": "Jours avant l'entrée en vigueur"},
    "status_signed": {"ar": "موقَّع، لم يدخل حيز التنفيذ بعد", "en": "Signed, not yet in force",
                      "fr": "Signé, pas encore en vigueur"},
    "status_in_force": {"ar": "ساري المفعول", "en": "In force", "fr": "En vigueur"},
    "status_unsigned": {"ar": "لم يُوقَّع بعد", "en": "Not yet signed", "fr": "Pas encore signé"},
    # A step still to come on the day the briefing is prepared (the signature, the entry
    # into force: both feminine in French, both masculine in Arabic).
    "expected_on": {"ar": "{day} (مرتقَب)", "en": "{day} (expected)", "fr": "{day} (prévue)"},
    "coming_up": {"ar": "أحداث مرتقبة", "en": "Coming up", "fr": "À venir"},
    "to_confirm": {"ar": "أحداث أُعلن عنها ولم يُؤكَّد انعقادها بعد",
                   "en": "Announced, not yet confirmed", "fr": "Annoncés, pas encore confirmés"},
    # A section's heading on the page it goes on to.
    "continued": {"ar": "{heading} (تتمة)", "en": "{heading} (continued)",
                  "fr": "{heading} (suite)"},
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


def span_words(first: FuzzyDate, last: FuzzyDate, fmt: DateFormat) -> str:
    """``December 1999 – 1 March 2025 (Shaʿban 1420 – Ramadan 1446 AH)``: each end as
    precisely as it is known, and the Hijri to the coarser end's precision
    (:meth:`~timeline.domain.datetext.DateFormat.hijri_as_known`). "1 December 1999" named
    a day of an event known only to its month, and "1 January 2018 – 31 December 2019" two
    events known to their years."""
    return fmt.event_date_with_hijri(EventDate(first) if first == last else EventDate(first, last))


#: Inside a month's name, a hyphen that does not wrap ("joumada al-/oula" split it in two).
NO_BREAK_HYPHEN = "\u2011"


@cache
def _month_names(fmt: DateFormat) -> tuple[tuple[str, str], ...]:
    """The reader's month names, Gregorian and Hijri (تشرين الثاني, ذو القعدة, joumada
    al-oula), and the Gregorian short (Sep, sept., which the window's narrow list writes),
    each with its unbroken form, the longest first."""
    names = {fmt.month_name(month, short) for month in range(1, 13) for short in (False, True)}
    names |= {HijriDate(1446, month, 1).month_name(fmt.language) for month in range(1, 13)}
    ordered = sorted(names, key=len, reverse=True)
    return tuple(
        (name, name.replace(" ", NO_BREAK).replace("-", NO_BREAK_HYPHEN)) for name in ordered
    )


@cache
def _month_before_year(fmt: DateFormat) -> re.Pattern[str]:
    """The space between a month's unbroken name and the year after it."""
    names = "|".join(re.escape(unbroken_name) for _name, unbroken_name in _month_names(fmt))
    return re.compile(f"(?<!\\w)({names}) (?=\\d)")


def unbroken(text: str, fmt: DateFormat, whole: Iterable[str] = ()) -> str:
    """A date that wraps between its parts only: each day tied to its month and a month to
    its year, a month's name whole and a year tied to its era, with no-break spaces. "29
    November – 3 / December 2026" read as the 3rd, "٢ تشرين / الثاني" split a month in
    two, and "3 December / 2026" or "25 chaabane / 1443" left a year alone on a line. A
    column too narrow for a part gets the plain spaces back (see
    :func:`timeline.export.briefing_table.paragraph`). Nor does a line start with the
    separator of a summary's parts (the window's line at 800 pixels: "· Official visit"),
    nor break inside a phrase of ``whole`` (a count in words: "حدث واحد", "لا أحداث"; at
    800 pixels "حدثًا" stood alone under "…، ١٤٩")."""
    for phrase in whole:
        text = text.replace(phrase, phrase.replace(" ", NO_BREAK))
    for name, unbroken_name in _month_names(fmt):
        if name != unbroken_name:
            text = text.replace(name, unbroken_name)
    text = _month_before_year(fmt).sub("\\1" + NO_BREAK, text)
    if fmt.language == "fr":
        text = _ARTICLE_BEFORE_DAY.sub(NO_BREAK, text)
    separator = field_separator(fmt.language)
    text = text.replace(separator, _tied_separator(separator))
    return _NUMBER_BEFORE_WORD.sub(NO_BREAK, text)


def _tied_separator(separator: str) -> str:
    """``separator`` (" · ") kept on the line of the part before it."""
    return NO_BREAK + separator[1:] if separator.startswith(" ") else separator


#: The tie :func:`unbroken` puts between a month's name and the year after it.
_MONTH_YEAR_TIE = re.compile(f"(?<=[^\\W\\d_]){NO_BREAK}(?=\\d)")


def looser(text: str) -> str:
    """``text`` (:func:`unbroken`) with one kind of its ties let go, for a column too narrow
    for it whole: first a month's from its year ("3 December / 2026"), then a name's
    hyphen ("Jumada al- / Akhirah"), then every no-break space; ``text`` when none is left."""
    for loose in (
        _MONTH_YEAR_TIE.sub(" ", text),
        text.replace(NO_BREAK_HYPHEN, "-"),
        text.replace(NO_BREAK, " "),
    ):
        if loose != text:
            return loose
    return text


def whole_entries(text: str, fmt: DateFormat) -> str:
    """A list of entries ("Entrée en vigueur : 36 · Réunion multilatérale : 34") that wraps
    between its entries only: "Entrée / en vigueur : 36" read as two kinds. A column too
    narrow for an entry gets plain spaces back, as for :func:`unbroken`."""
    separator = field_separator(fmt.language)
    entries = (entry.replace(" ", NO_BREAK) for entry in text.split(separator))
    return _tied_separator(separator).join(entries)
