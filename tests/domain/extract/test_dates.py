"""The date reader over news expressions: every region's month names, three digit systems,
Hijri, spans, and dates relative to the publication day (Tuesday 8 April 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.extract.dates import read_dates

PUBLISHED = date(2025, 4, 8)

# text, the date expression found in it (None: all of it), first day, last day, precision,
# and whether the event took one day within the span.
CASES = [
    # Maghreb (ar_MA)
    ("28 غشت 2024", None, "2024-08-28", "2024-08-28", "day", False),
    ("في 28 غشت 2024.", "28 غشت 2024", "2024-08-28", "2024-08-28", "day", False),
    ("غشت 2024", None, "2024-08-01", "2024-08-31", "month", False),
    ("12 شتنبر 2024", None, "2024-09-12", "2024-09-12", "day", False),
    ("5 يوليوز 2023", None, "2023-07-05", "2023-07-05", "day", False),
    ("نونبر 2024", None, "2024-11-01", "2024-11-30", "month", False),
    ("3 دجنبر 2024", None, "2024-12-03", "2024-12-03", "day", False),
    ("ماي 2025", None, "2025-05-01", "2025-05-31", "month", False),
    ("يومي 28 و29 أبريل الجاري", None, "2025-04-28", "2025-04-29", "day", False),
    ("28 أغشت 2024", None, "2024-08-28", "2024-08-28", "day", False),  # Mauritania
    # Algeria and Tunisia (ar_DZ, ar_TN)
    ("15 جانفي 2025", None, "2025-01-15", "2025-01-15", "day", False),
    ("فيفري 2025", None, "2025-02-01", "2025-02-28", "month", False),
    ("أفريل 2025", None, "2025-04-01", "2025-04-30", "month", False),
    ("20 جوان 2024", None, "2024-06-20", "2024-06-20", "day", False),
    ("4 جويلية 2024", None, "2024-07-04", "2024-07-04", "day", False),
    ("أوت 2024", None, "2024-08-01", "2024-08-31", "month", False),
    # Levant and Iraq (ar_SY, ar_LB, ar_IQ, ar_JO)
    ("28 آب 2024", None, "2024-08-28", "2024-08-28", "day", False),
    ("كانون الثاني 2025", None, "2025-01-01", "2025-01-31", "month", False),
    ("3 تشرين الأول 2024", None, "2024-10-03", "2024-10-03", "day", False),
    ("تشرين الثاني 2024", None, "2024-11-01", "2024-11-30", "month", False),
    ("1 كانون الأول 2024", None, "2024-12-01", "2024-12-01", "day", False),
    ("شباط/فبراير 2025", None, "2025-02-01", "2025-02-28", "month", False),
    ("نيسان 2025", None, "2025-04-01", "2025-04-30", "month", False),
    ("12 أيلول 2024", None, "2024-09-12", "2024-09-12", "day", False),
    # Egypt and the Gulf (ar_EG, ar_SA)
    ("28 أغسطس 2024", None, "2024-08-28", "2024-08-28", "day", False),
    ("مايو 2025", None, "2025-05-01", "2025-05-31", "month", False),
    ("10 سبتمبر 2024", None, "2024-09-10", "2024-09-10", "day", False),
    ("في يوليو 2024", "يوليو 2024", "2024-07-01", "2024-07-31", "month", False),
    ("28 إبريل 2025", None, "2025-04-28", "2025-04-28", "day", False),
    # Arabic-Indic and Persian digits
    ("٢٨ آب ٢٠٢٤", None, "2024-08-28", "2024-08-28", "day", False),
    ("١٩ مارس ٢٠٢٥", None, "2025-03-19", "2025-03-19", "day", False),
    ("يومي ٢٨ و٢٩ أبريل ٢٠٢٥", None, "2025-04-28", "2025-04-29", "day", False),
    ("۲۸ اوت ۲۰۲۴", None, "2024-08-28", "2024-08-28", "day", False),
    # Hijri (Umm al-Qura)
    ("24 صفر 1446 هـ", None, "2024-08-28", "2024-08-28", "day", False),
    ("19 رمضان 1446 هـ", None, "2025-03-19", "2025-03-19", "day", False),
    ("رمضان 1446 هـ", None, "2025-03-01", "2025-03-29", "day", True),
    ("30 شوال 1446هـ", None, "2025-04-28", "2025-04-28", "day", False),
    ("1 ذو القعدة 1446 هـ", None, "2025-04-29", "2025-04-29", "day", False),
    ("٢٤ صفر ١٤٤٦ هـ", None, "2024-08-28", "2024-08-28", "day", False),
    ("عام 1446 هـ", "1446 هـ", "2024-07-07", "2025-06-25", "day", True),
    ("24 Safar 1446 AH", None, "2024-08-28", "2024-08-28", "day", False),
    ("30 شوال – 1 ذو القعدة 1446 هـ", None, "2025-04-28", "2025-04-29", "day", False),
    # Relative to the publication day, in Arabic
    ("في فبراير الماضي", "فبراير الماضي", "2025-02-01", "2025-02-28", "month", False),
    ("مارس الماضي", None, "2025-03-01", "2025-03-31", "month", False),
    ("الشهر الجاري", None, "2025-04-01", "2025-04-30", "month", False),
    ("أبريل الجاري", None, "2025-04-01", "2025-04-30", "month", False),
    ("الشهر الماضي", None, "2025-03-01", "2025-03-31", "month", False),
    ("الشهر المقبل", None, "2025-05-01", "2025-05-31", "month", False),
    ("العام الماضي", None, "2024-01-01", "2024-12-31", "year", False),
    ("السنة المقبلة", None, "2026-01-01", "2026-12-31", "year", False),
    ("ديسمبر الماضي", None, "2024-12-01", "2024-12-31", "month", False),
    ("أبريل الماضي", None, "2024-04-01", "2024-04-30", "month", False),
    ("يونيو المقبل", None, "2025-06-01", "2025-06-30", "month", False),
    ("أمس", None, "2025-04-07", "2025-04-07", "day", False),
    ("الأحد الماضي", None, "2025-04-06", "2025-04-06", "day", False),
    ("28 فبراير الماضي", None, "2025-02-28", "2025-02-28", "day", False),
    ("يوم 7 أبريل على هامش", "7 أبريل", "2025-04-07", "2025-04-07", "day", False),
    ("سيدخل في يونيو المقبل", "يونيو المقبل", "2025-06-01", "2025-06-30", "month", False),
    # Relative, in English and French
    ("last February", None, "2025-02-01", "2025-02-28", "month", False),
    ("next month", None, "2025-05-01", "2025-05-31", "month", False),
    ("last year", None, "2024-01-01", "2024-12-31", "year", False),
    ("yesterday", None, "2025-04-07", "2025-04-07", "day", False),
    ("last Friday", None, "2025-04-04", "2025-04-04", "day", False),
    ("en février dernier", "février dernier", "2025-02-01", "2025-02-28", "month", False),
    ("le mois dernier", "mois dernier", "2025-03-01", "2025-03-31", "month", False),
    ("l'année prochaine", "année prochaine", "2026-01-01", "2026-12-31", "year", False),
    ("mars prochain", None, "2026-03-01", "2026-03-31", "month", False),
    ("hier", None, "2025-04-07", "2025-04-07", "day", False),
    ("entrera en juin prochain", "juin prochain", "2025-06-01", "2025-06-30", "month", False),
    # French
    ("du 28 au 29 avril", None, "2025-04-28", "2025-04-29", "day", False),
    ("le 1er mars 2025", "1er mars 2025", "2025-03-01", "2025-03-01", "day", False),
    ("1er ramadan 1446 H", None, "2025-03-01", "2025-03-01", "day", False),
    ("1er ramadan 1446 de l'hégire", None, "2025-03-01", "2025-03-01", "day", False),
    ("en 2024 H. Dupont a signé", "2024", "2024-01-01", "2024-12-31", "year", False),  # an initial
    ("du 30 avril au 2 mai 2025", None, "2025-04-30", "2025-05-02", "day", False),
    ("les 28 et 29 avril 2025", None, "2025-04-28", "2025-04-29", "day", False),
    ("en 2024", "2024", "2024-01-01", "2024-12-31", "year", False),
    ("28 févr. 2025", None, "2025-02-28", "2025-02-28", "day", False),
    ("août 2024", None, "2024-08-01", "2024-08-31", "month", False),
    ("entre le 5 et le 9 avril 2025", None, "2025-04-05", "2025-04-09", "day", False),
    # A French window, as the app writes it; "un jour" alone says no window.
    ("un jour entre le 5 et le 7 avril 2025", None, "2025-04-05", "2025-04-07", "day", True),
    ("un jour entre le 30 avril et le 2 mai 2025", None, "2025-04-30", "2025-05-02", "day", True),
    (
        "il restera un jour les 5 et 6 avril 2025",
        "les 5 et 6 avril 2025",
        "2025-04-05",
        "2025-04-06",
        "day",
        False,
    ),
    # English
    ("28-29 April", None, "2025-04-28", "2025-04-29", "day", False),
    ("28–29 April 2025", None, "2025-04-28", "2025-04-29", "day", False),
    ("30 April – 2 May 2025", None, "2025-04-30", "2025-05-02", "day", False),
    ("April 28, 2025", None, "2025-04-28", "2025-04-28", "day", False),
    ("on 28 August 2024", "28 August 2024", "2024-08-28", "2024-08-28", "day", False),
    ("in May 2025", "May 2025", "2025-05-01", "2025-05-31", "month", False),
    ("in 2024", "2024", "2024-01-01", "2024-12-31", "year", False),
    ("from 2020 to 2024", None, "2020-01-01", "2024-12-31", "year", False),
    ("between 28 and 29 April 2025", None, "2025-04-28", "2025-04-29", "day", False),
    ("the 28th of April 2025", "28th of April 2025", "2025-04-28", "2025-04-28", "day", False),
    ("Sept. 2024", None, "2024-09-01", "2024-09-30", "month", False),
    ("one day within 5–9 April 2025", None, "2025-04-05", "2025-04-09", "day", True),
    # Arabic's "and" written onto the month it joins
    ("بين مارس ومايو 2025", None, "2025-03-01", "2025-05-31", "month", False),
    ("بين 5 أبريل ومايو 2025", None, "2025-04-05", "2025-05-31", "day", False),
    ("ما بين يناير وفبراير الماضيين", None, "2025-01-01", "2025-02-28", "month", False),
    # A season, as the northern hemisphere has it: one day within its three months
    ("summer of 2023", None, "2023-06-01", "2023-08-31", "month", True),
    ("l'été 2023", None, "2023-06-01", "2023-08-31", "month", True),
    ("au printemps 2024", "printemps 2024", "2024-03-01", "2024-05-31", "month", True),
    ("في خريف عام 2022", "خريف عام 2022", "2022-09-01", "2022-11-30", "month", True),
    ("In Summer 2024", "Summer 2024", "2024-06-01", "2024-08-31", "month", True),
    # A day and a month, their year said once, as the app writes them
    ("from February to 10 March 2024", None, "2024-02-01", "2024-03-10", "month", False),
    ("un jour entre le 5 avril et mai 2025", None, "2025-04-05", "2025-05-31", "day", True),
    ("بين فبراير و10 مارس 2024", None, "2024-02-01", "2024-03-10", "month", False),
    # Numbers only
    ("28/08/2024", None, "2024-08-28", "2024-08-28", "day", False),
    ("2024-08-28", None, "2024-08-28", "2024-08-28", "day", False),
    ("19.03.2025", None, "2025-03-19", "2025-03-19", "day", False),
]


def test_the_table_is_broad():
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("text", "expression", "start", "end", "precision", "within"), CASES, ids=[c[0] for c in CASES]
)
def test_reads_the_expression(text, expression, start, end, precision, within):
    (mention,) = read_dates(text, PUBLISHED)
    assert mention.span.text == (expression or text)
    assert text[mention.span.start : mention.span.end] == mention.span.text
    assert mention.start.earliest().isoformat() == start
    assert mention.end.latest().isoformat() == end
    assert mention.precision.value == precision
    assert mention.within is within


@pytest.mark.parametrize(
    "text",
    [
        "رؤية 2030",  # a plan's name
        "أكثر من 2000 مشارك",  # a count
        "بين 2000 و3000 مشارك",
        "الدورة 150",  # a session number, not a year
        "prices fall 2023",  # a verb, not the autumn
        "during the Arab Spring 2011",  # a name's word, capitalised mid-sentence
        "In the Arab Spring 2011",
        "رجب طيب أردوغان",  # a name that is also a Hijri month
        "in may we trust",  # English writes its months with a capital
        "the march of time",
        "mon dernier livre",  # "mon" is not Monday
        "فبراير",  # a month with nothing to place it in a year
        "28 و29",  # days without a month
    ],
)
def test_reads_no_date_where_there_is_none(text):
    assert read_dates(text, PUBLISHED) == []


def test_a_date_and_its_hijri_twin_are_two_mentions():
    text = "دخل حيز التنفيذ في 28 غشت 2024 (24 صفر 1446 هـ)."
    first, second = read_dates(text, PUBLISHED)
    assert (first.span.text, second.span.text) == ("28 غشت 2024", "24 صفر 1446 هـ")
    assert first.date == second.date


def test_two_complete_dates_joined_by_and_stay_two():
    mentions = read_dates("وقع في 26 شتنبر 2024 و دخل حيز التنفيذ في 19 مارس 2025", PUBLISHED)
    assert [str(mention.date) for mention in mentions] == ["2024-09-26", "2025-03-19"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("signed on 12 June and the January 2025 memorandum", ["2025-06-12", "2025-01"]),
        ("on 10 March and February 2025 respectively", ["2025-03-10", "2025-02"]),
        ("le 10 mars et février 2025", ["2025-03-10", "2025-02"]),
        ("Talks were held on 5 April and May 2025.", ["2025-04-05", "2025-05"]),
        ("The minister visited Rabat from 5 April to May.", ["2025-04-05"]),
        ("from 10 March to February 2025", ["2025-03-10", "2025-02"]),
    ],
)
def test_a_day_and_a_month_not_written_as_one_span_stay_apart(text, dates):
    """Read as one span, "12 June and the January 2025 memorandum" ran backwards and was
    dropped, the signature dated January; "from 5 April to May" named no year for the
    month and was not read at all. A day and a month make a span only as the app writes
    one: joined by "to" or after an opener, in order, the later with its year."""
    assert [str(mention.date) for mention in read_dates(text, PUBLISHED)] == dates


def test_spans_point_into_text_with_harakat_and_tatweel():
    text = "اتُّفِقَ في ٢٨ غـشـت ٢٠٢٤ على ذلك"
    (mention,) = read_dates(text, PUBLISHED)
    assert mention.span.text == "٢٨ غـشـت ٢٠٢٤"
    assert str(mention.date) == "2024-08-28"


def test_a_day_that_does_not_exist_is_not_read_as_that_day():
    mentions = read_dates("31 فبراير 2025", PUBLISHED)
    assert all(mention.precision.value != "day" for mention in mentions)
