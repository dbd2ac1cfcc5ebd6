"""The filter in words, as the window shows it and exports print it."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.plurals import count_words
from timeline.domain.summary import describe, period_words

PAIR_2024_2025 = EventFilter(
    countries=frozenset({"MA", "KZ"}), start=date(2024, 1, 1), end=date(2025, 12, 31)
)


def test_the_pair_summary_reads_as_the_design_says():
    arabic = DateFormat("ar", DateStyle.MAGHREB)
    assert (
        describe(PAIR_2024_2025, 6, arabic, ("MA", "KZ"))
        == "المغرب – كازاخستان، 2024–2025، 6 أحداث"
    )


def test_the_pair_is_named_in_the_order_it_was_picked():
    english = DateFormat("en")
    assert describe(PAIR_2024_2025, 6, english, ("KZ", "MA")).startswith("Kazakhstan – Morocco")


@pytest.mark.parametrize(
    ("count", "words"),
    [(0, "لا أحداث"), (1, "حدث واحد"), (2, "حدثان"), (3, "3 أحداث"), (10, "10 أحداث"),
     (11, "11 حدثًا"), (99, "99 حدثًا"), (100, "100 حدث")],
)  # fmt: skip
def test_arabic_plural_forms(count, words):
    assert count_words(count, "ar") == words


def test_english_and_french_plurals():
    assert [count_words(n, "en") for n in (1, 2)] == ["1 event", "2 events"]
    assert [count_words(n, "fr") for n in (0, 1, 2)] == [
        "0 événement",
        "1 événement",
        "2 événements",
    ]


def test_one_country_against_all_with_a_month_and_kinds():
    event_filter = EventFilter(
        countries=frozenset({"MA"}),
        kinds=frozenset({EventKind.OFFICIAL_VISIT}),
        start=date(2025, 3, 1),
    )
    assert describe(event_filter, 11, DateFormat("fr")) == (
        "Maroc et tous ses partenaires · depuis mars 2025 · Visite officielle · 11 événements"
    )


def test_eastern_digits_follow_the_style_and_no_dot_stands_beside_them():
    """A middle dot beside Arabic-Indic digits reads as their zero (٠): the Arabic comma
    separates the parts instead."""
    egyptian = DateFormat("ar", DateStyle.EGYPT)
    assert describe(PAIR_2024_2025, 6, egyptian, ("MA", "KZ")).endswith("٢٠٢٤–٢٠٢٥، ٦ أحداث")


@pytest.mark.parametrize(
    ("fmt", "counted"),
    [(DateFormat("en"), "12,345 events"), (DateFormat("fr"), "12\u202f345 événements"),
     (DateFormat("ar", DateStyle.MAGHREB), "12.345 حدثًا"),
     (DateFormat("ar", DateStyle.EGYPT), "١٢٬٣٤٥ حدثًا"),
     (DateFormat("ar", DateStyle.EGYPT, arabic_digits=False), "12,345 حدثًا")],
)  # fmt: skip
def test_a_large_count_is_grouped_by_thousands_as_the_reader_writes_numbers(fmt, counted):
    """Babel's (CLDR's) separators of the reader's locale; among Arabic-Indic digits the
    Arabic thousands separator, never a Latin comma between them."""
    assert describe(EventFilter(), 12345, fmt).endswith(counted)
    assert fmt.count(12345) == counted


def test_the_words_searched_for_are_quoted_in_the_readers_digits():
    """The window's summary line and a briefing's subtitle quote a search for "150" as
    «١٥٠» beside "٤ أحداث" in Arabic-Indic digits; a Latin name keeps its own (COP29)."""
    egyptian = DateFormat("ar", DateStyle.EGYPT)
    assert "«\u2068١٥٠\u2069»" in describe(EventFilter(text="150"), 4, egyptian)
    assert "COP29" in describe(EventFilter(text="COP29"), 4, egyptian)
    assert "‘\u2068150\u2069’" in describe(EventFilter(text="150"), 4, DateFormat("en"))


@pytest.mark.parametrize(
    ("language", "start", "end", "words"),
    [("en", date(2021, 3, 1), date(2021, 3, 7), "1–7 March 2021"),
     ("fr", date(2021, 3, 1), date(2021, 3, 7), "1er–7 mars 2021"),
     ("ar", date(2021, 3, 1), date(2021, 3, 7), "1–7 مارس 2021"),
     ("en", date(2021, 1, 1), date(2021, 3, 7), "1 January – 7 March 2021"),
     ("en", date(2019, 6, 5), date(2019, 6, 5), "5 June 2019"),
     ("en", date(2021, 3, 1), date(2021, 6, 30), "March – June 2021"),
     ("en", date(2024, 1, 1), date(2025, 12, 31), "2024–2025"),
     ("en", date(2017, 1, 1), date(2017, 1, 31), "January 2017"),
     ("fr", date(2016, 12, 1), date(2016, 12, 31), "décembre 2016"),
     ("ar", date(2017, 1, 1), date(2017, 1, 31), "يناير 2017"),
     ("en", date(2017, 1, 1), date(2017, 6, 30), "January – June 2017")],
)  # fmt: skip
def test_a_period_with_a_day_for_a_bound_names_both_as_days(language, start, end, words):
    """Uzbekistan over 1-7 March 2021 read "March 2021–7 March 2021" above the briefing, as
    if from March to the 7th: a bound that is a day makes the other a day too. So a bound
    that is a month makes the other a month: January 2017 read "2017–January 2017", as if
    from the whole of 2017."""
    period = EventFilter(countries=frozenset({"UZ"}), start=start, end=end)
    assert period_words(period, DateFormat(language)) == words
    assert f" {words} " in describe(period, 11, DateFormat(language)).replace("،", " ")


@pytest.mark.parametrize(
    ("code", "name"), [("MA", "المغرب"), ("KZ", "كازاخستان")], ids=["MA", "KZ"]
)
def test_arabic_words_for_a_country_and_its_partners_agree_with_any_country(code, name):
    """Kazakhstan was given a masculine pronoun ("كازاخستان وكل شركائه"): most countries'
    names are feminine in Arabic, Morocco's masculine. The words need none."""
    words = describe(EventFilter(countries=frozenset({code})), 3, DateFormat("ar"))
    assert words == f"{name} مع كل الشركاء، 3 أحداث"
