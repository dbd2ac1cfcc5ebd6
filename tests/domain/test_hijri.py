from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat
from timeline.domain.errors import ValidationError
from timeline.domain.hijri import (
    FIRST_GREGORIAN,
    LAST_GREGORIAN,
    HijriDate,
    from_hijri,
    parse_hijri,
    to_hijri,
)

# The Umm al-Qura dates of the seed events (/work/shared/seeds/EVENTS.md).
SEED_FACTS = [
    (date(2024, 8, 28), HijriDate(1446, 2, 24)),  # 24 Safar 1446
    (date(2025, 2, 28), HijriDate(1446, 8, 29)),  # 29 Sha'ban 1446
    (date(2025, 3, 19), HijriDate(1446, 9, 19)),  # 19 Ramadan 1446
    (date(2025, 4, 28), HijriDate(1446, 10, 30)),  # 30 Shawwal 1446
    (date(2025, 4, 29), HijriDate(1446, 11, 1)),  # 1 Dhu al-Qi'dah 1446
]


@pytest.mark.parametrize(("gregorian", "hijri"), SEED_FACTS)
def test_seed_dates_convert_both_ways(gregorian, hijri):
    assert to_hijri(gregorian) == hijri
    assert from_hijri(hijri.year, hijri.month, hijri.day) == gregorian
    assert parse_hijri(hijri.isoformat()) == gregorian


def test_umm_al_qura_is_not_the_tabular_calendar():
    # Qt's tabular "Islamic Civil" calendar says 22 Safar; users expect 24.
    assert to_hijri(date(2024, 8, 28)).day == 24


def test_ramadan_1446_had_29_days():
    assert HijriDate(1446, 9, 1).month_length() == 29
    with pytest.raises(ValidationError, match="29 days"):
        from_hijri(1446, 9, 30)


@pytest.mark.parametrize(
    ("language", "said"),
    [("fr", "chaabane 1446 compte 29 jours, pas 30"),
     ("en", "Sha'ban 1446 has 29 days, not 30"),
     ("ar", "شعبان 1446 فيه 29 يومًا، لا 30")],
)  # fmt: skip
def test_a_day_past_a_months_end_is_said_with_the_months_name_in_the_readers_language(
    language, said
):
    """A French editor said "Sha'ban 1446 compte 29 jours", in English amid French."""
    with pytest.raises(ValidationError) as raised:
        from_hijri(1446, 8, 30)
    assert raised.value.in_language(language) == said


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(1342, 12, 1), (1501, 1, 1), (1446, 13, 1), (1446, 0, 1), (1446, 1, 0)],
)
def test_hijri_dates_outside_the_tables_are_validation_errors(year, month, day):
    with pytest.raises(ValidationError):
        from_hijri(year, month, day)


@pytest.mark.parametrize(
    "value", [date(1924, 7, 31), date(2077, 11, 17), date(1, 1, 1), date(9999, 12, 31)]
)
def test_gregorian_dates_outside_the_tables_are_validation_errors(value):
    with pytest.raises(ValidationError) as raised:
        to_hijri(value)
    assert raised.value.field == "date"


def test_the_ends_of_the_tables_convert():
    assert to_hijri(FIRST_GREGORIAN) == HijriDate(1343, 1, 1)
    last = to_hijri(LAST_GREGORIAN)
    assert from_hijri(last.year, last.month, last.day) == LAST_GREGORIAN


@pytest.mark.parametrize("text", ["1446-09", "1446/09/19", "", "abc", "1446-0²-01", "1446--9-1"])
def test_parse_hijri_rejects_malformed_text(text):
    with pytest.raises(ValidationError):
        parse_hijri(text)


@given(st.dates(FIRST_GREGORIAN, LAST_GREGORIAN))
def test_round_trip_over_the_whole_range(value):
    hijri = to_hijri(value)
    assert 1 <= hijri.day <= hijri.month_length()
    assert from_hijri(hijri.year, hijri.month, hijri.day) == value


def test_month_names_are_arabic_by_default():
    assert to_hijri(date(2025, 3, 19)).month_name() == "رمضان"
    assert to_hijri(date(2024, 8, 28)).month_name("ar") == "صفر"
    assert HijriDate(1446, 11, 1).month_name("ar") == "ذو القعدة"


def test_french_readers_get_the_french_transliteration():
    """CLDR's French names (calendrier musulman), not the English ones."""
    names = [HijriDate(1446, month, 1).month_name("fr") for month in range(1, 13)]
    assert names == [
        "mouharram", "safar", "rabia al-awal", "rabia ath-thani", "joumada al-oula",
        "joumada ath-thania", "rajab", "chaabane", "ramadan", "chawwal", "dhou al-qi’da",
        "dhou al-hijja",
    ]  # fmt: skip
    assert HijriDate(1446, 2, 24).month_name("en") == "Safar"
    french = DateFormat("fr")
    assert french.hijri(date(2025, 2, 28)) == "29 chaabane 1446 H"
    assert french.event_date_with_hijri(EventDate.on(date(2024, 9, 26))) == (
        "26 septembre 2024 (23 rabia al-awal 1446 H)"
    )


@pytest.mark.parametrize(
    ("language", "day", "written"),
    [
        ("fr", date(2025, 3, 1), "1er mars 2025 (1er ramadan 1446 H)"),
        ("fr", date(2025, 3, 2), "2 mars 2025 (2 ramadan 1446 H)"),
        ("en", date(2025, 3, 1), "1 March 2025 (1 Ramadan 1446 AH)"),
        ("ar", date(2025, 3, 1), "1 مارس 2025 (1 رمضان 1446 هـ)"),
    ],
)
def test_french_writes_the_first_of_a_month_and_the_hijri_year_as_french_does(
    language, day, written
):
    """A French briefing read "1 janvier 2015", "Préparé le 1 juin 2025" and "1446 AH", the
    English era: French writes "1er" for a month's first day and, as the Maghreb's French
    press does, "H" after a Hijri year."""
    fmt = DateFormat(language)
    assert fmt.event_date_with_hijri(EventDate.on(day)) == written
    span = EventDate.from_edtf("2025-03-01/2025-03-07")
    assert fmt.event_date(span).startswith("1er–7 " if language == "fr" else "1–7 ")


@given(st.one_of(st.text(), st.text(alphabet="0123456789-²٣ ")))
def test_parse_hijri_on_any_text_raises_only_validation_error(text):
    try:
        value = parse_hijri(text)
    except ValidationError:
        return
    assert FIRST_GREGORIAN <= value <= LAST_GREGORIAN
