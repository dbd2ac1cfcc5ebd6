"""Reading a day a person typed: either calendar, any digits, and what is wrong said."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import event_dates

from timeline.domain.dateinput import (
    hijri_looking,
    in_hijri_unless_marked,
    parse_user_date,
    parse_user_day,
)
from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.errors import ValidationError
from timeline.domain.hijri import FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR, to_hijri


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2025-03-19", date(2025, 3, 19)),
        ("٢٠٢٥-٠٣-١٩", date(2025, 3, 19)),
        ("1446-09-19 هـ", date(2025, 3, 19)),
        ("1446-09-19 AH", date(2025, 3, 19)),
        ("  ", None),
        ("", None),
    ],
)
def test_a_day_in_either_calendar_and_any_digits(typed, day):
    assert parse_user_day(typed, "sources[1]") == day


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2025-02-30", "2025-02 has 28 days, not 30"),
        ("1446-09-30 هـ", "Ramadan 1446 has 29 days, not 30"),
        ("last February", "'last February' is not a day (expected YYYY-MM-DD, or YYYY-MM-DD هـ"),
        ("2025-03", "'2025-03' is not a day"),
        ("1446 هـ", "a Hijri date needs a year, a month and a day"),
        ("1446-09-19", "'1446-09-19': a Hijri date ends in هـ or AH, a Gregorian one in CE"),
        ("١٣٤٣-٠١-٠١", "a Hijri date ends in هـ or AH"),
    ],
)
def test_what_is_wrong_is_said_and_the_field_named(typed, said):
    with pytest.raises(ValidationError) as raised:
        parse_user_day(typed, "sources[2]")
    assert raised.value.field == "sources[2]"
    assert said in raised.value.message


@pytest.mark.parametrize(
    ("digits", "said"),
    [
        (DateFormat("ar", DateStyle.EGYPT).digits, "الشهر ٢٠٢٥/٠٢ فيه ٢٨ يومًا، لا ٣٠"),
        (DateFormat("ar", DateStyle.MAGHREB).digits, "الشهر 2025-02 فيه 28 يومًا، لا 30"),
    ],
)
def test_a_month_a_problem_names_is_in_the_readers_digits(digits, said):
    """The month is the reader's numbers, not text quoted: an Egyptian reader typing
    "٢٠٢٥/٠٢/٣٠" in the filter bar or a source's row read "الشهر 2025-02 فيه ٢٨ يومًا، لا
    ٣٠", Latin digits beside Arabic-Indic ones."""
    with pytest.raises(ValidationError) as raised:
        parse_user_day("٢٠٢٥/٠٢/٣٠", "sources[1]")
    assert raised.value.in_language("ar", digits=digits) == said


def test_the_examples_a_wrong_date_is_given_are_as_the_reader_types_them():
    """Typed, a date that is none is refused with examples in the reader's digits, which
    read back; a file's (an import's) with those a file writes, read by FuzzyDate.parse."""
    egyptian = DateFormat("ar", DateStyle.EGYPT).digits
    with pytest.raises(ValidationError) as typed:
        parse_user_date("x", "--from")
    said = typed.value.in_language("ar", digits=egyptian)
    assert said.endswith("مثل ٢٠٢٥ أو ٢٠٢٥/٠٣ أو ٢٠٢٥/٠٣/١٩)")
    assert parse_user_date("٢٠٢٥/٠٣/١٩") == FuzzyDate(2025, 3, 19)
    assert typed.value.in_language("ar").endswith("مثل 2025 أو 2025-03 أو 2025-03-19)")
    with pytest.raises(ValidationError) as read:
        FuzzyDate.parse("x")
    assert read.value.in_language("ar", digits=egyptian).endswith("2025-03 أو 2025-03-19)")


@pytest.mark.parametrize("typed", ["1446", "1446-09", "1446-09-19", "1500-12-30", "1343-01-01"])
def test_a_hijri_year_typed_without_its_mark_is_not_read_as_a_gregorian_one(typed):
    """A desk officer typing 1446-09-19 for 19 Ramadan 1446 was taken to the year 1446 of the
    Gregorian calendar: --centre opened January 1800 (the timeline's first day) with no
    Hijri row, and --from filtered every event out, saying nothing."""
    with pytest.raises(ValidationError) as raised:
        parse_user_date(typed, "--centre")
    assert raised.value.field == "--centre" and "هـ" in raised.value.message


@pytest.mark.parametrize(
    "typed", ["1342-12-31", "1501", "1786-06-28", "2025-03-19", "1446-09-19 CE", "1415 م"]
)
def test_a_gregorian_year_outside_the_hijri_years_or_marked_so_is_read_as_typed(typed):
    """A Gregorian date of a Hijri year says so with CE, AD or م: an event of 1415 could not
    be added from the command line, told to write هـ."""
    assert parse_user_date(typed).year == int(typed[:4])


def test_a_french_reader_is_told_the_marks_a_french_reader_types():
    """French screens write "19 ramadan 1446 H"; the reason named هـ, AH and CE."""
    with pytest.raises(ValidationError) as raised:
        parse_user_date("1446-09-19", "--centre")
    said = raised.value.in_language("fr")
    assert said.endswith("\u00a0: une date hégirienne finit par H, une grégorienne par apr. J.-C.")
    assert parse_user_day("1446-09-19 H", "start") == date(2025, 3, 19)
    assert parse_user_day("1446-09-19 apr. J.-C.", "start") == date(1446, 9, 19)


@given(
    st.dates(min_value=date(FIRST_HIJRI_YEAR, 1, 1), max_value=date(LAST_HIJRI_YEAR, 12, 31)),
    st.sampled_from(["CE", "AD", "م", "EC", "apr. J.-C.", "ap. J.-C.", "Apr J-C"]),
    st.booleans(),
)
def test_a_gregorian_day_of_a_hijri_year_is_read_with_any_languages_mark(day, mark, before):
    """French writes the Gregorian era "apr. J.-C." (or EC, "ère commune"), before the
    date or after it."""
    typed = f"{mark} {day.isoformat()}" if before else f"{day.isoformat()} {mark}"
    assert parse_user_day(typed, "start") == day


@given(event_dates())
def test_a_file_date_is_doubted_exactly_where_its_year_is_a_hijri_one(when):
    """A date read from a file is kept as written; one whose year the app converts as
    Hijri (1446-09-19, a year before the timeline's first) says what to check."""
    said = hijri_looking(when)
    assert (said is not None) is (FIRST_HIJRI_YEAR <= when.start.year <= LAST_HIJRI_YEAR)


def test_a_doubted_day_is_said_with_its_gregorian_day_where_it_is_a_hijri_one():
    day = hijri_looking(EventDate(FuzzyDate(1446, 9, 19)))
    assert day is not None and "2025-03-19" in day.render("en")
    month = hijri_looking(EventDate(FuzzyDate(1446, 9)))
    assert month is not None and month.id == "import.hijri_year_kept"
    no_such_hijri_day = hijri_looking(EventDate(FuzzyDate(1446, 12, 30)))  # Dhu al-Hijjah: 29
    assert no_such_hijri_day is not None and no_such_hijri_day.id == "import.hijri_year_kept"


@given(
    st.dates(date(1900, 1, 1), date(2100, 12, 31)),
    st.sampled_from(["\udcff", "\udce9", "\x00"]),
    st.integers(0, 10),
)
def test_a_date_holding_half_a_character_is_refused_not_read_without_it(day, bad, at):
    """A byte that is not UTF-8 ("2024\\xff" from a Latin-1 terminal) was folded away with the
    separators, and the date read without it; or "20\\xff24" read as "20 24": month 24."""
    typed = day.isoformat()
    typed = typed[:at] + bad + typed[at:]
    with pytest.raises(ValidationError) as raised:
        parse_user_date(typed, "--date")
    assert raised.value.field == "--date"
    assert str(raised.value.detail).startswith("holds ")


@given(
    st.dates(date(1930, 1, 1), date(2070, 12, 31)),
    st.sampled_from(["", " هـ", " AH", " H"]),
)
def test_a_hijri_field_reads_a_day_with_or_without_its_mark_alike(day, mark):
    """``add --hijri`` took "1446-09-19" and refused "1446-09-19 هـ", the form --date
    writes a Hijri day in; a Gregorian mark still says Gregorian."""
    hijri = to_hijri(day)
    typed = f"{hijri.year}-{hijri.month:02}-{hijri.day:02}{mark}"
    assert parse_user_date(in_hijri_unless_marked(typed), "hijri") == FuzzyDate.from_date(day)
    gregorian = f"{day.isoformat()} CE"
    assert parse_user_date(in_hijri_unless_marked(gregorian)) == FuzzyDate.from_date(day)
