"""Dates in words for each reader: the regional month names, digits and the Hijri suffix."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle, in_digits, style_for_locale
from timeline.domain.hijri import to_hijri

MONTHS = {
    DateStyle.MAGHREB: "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر",
    DateStyle.ALGERIA: "جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر",
    DateStyle.LEVANT: "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول "
    "تشرين_الثاني كانون_الأول",
    DateStyle.EGYPT: "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}


@pytest.mark.parametrize("style", list(DateStyle))
def test_each_style_has_its_twelve_month_names(style):
    expected = [name.replace("_", " ") for name in MONTHS[style].split()]
    assert [DateFormat("ar", style).month_name(month) for month in range(1, 13)] == expected


@pytest.mark.parametrize(
    ("fmt", "marks"),
    [
        (DateFormat("en"), "J F M A M J J A S O N D"),
        (DateFormat("fr"), "J F M A M J J A S O N D"),
        (DateFormat("ar", DateStyle.MAGHREB), "1 2 3 4 5 6 7 8 9 10 11 12"),
        (DateFormat("ar", DateStyle.LEVANT), "١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩ ١٠ ١١ ١٢"),
    ],
)
def test_a_month_marked_on_a_ruler_reads_as_its_reader_knows_it(fmt, marks):
    """Arabic's narrow names (ك ش آ in the Levant) are no one's: its months are numbers."""
    assert " ".join(fmt.month_mark(month) for month in range(1, 13)) == marks


@pytest.mark.parametrize(
    ("style", "digits", "expected"),
    [
        (DateStyle.MAGHREB, None, "28 غشت 2024 (24 صفر 1446 هـ)"),
        (DateStyle.ALGERIA, None, "28 أوت 2024 (24 صفر 1446 هـ)"),
        (DateStyle.LEVANT, None, "٢٨ آب ٢٠٢٤ (٢٤ صفر ١٤٤٦ هـ)"),
        (DateStyle.EGYPT, None, "٢٨ أغسطس ٢٠٢٤ (٢٤ صفر ١٤٤٦ هـ)"),
        (DateStyle.MAGHREB, True, "٢٨ غشت ٢٠٢٤ (٢٤ صفر ١٤٤٦ هـ)"),
        (DateStyle.EGYPT, False, "28 أغسطس 2024 (24 صفر 1446 هـ)"),
    ],
)
def test_digits_follow_the_setting(style, digits, expected):
    fmt = DateFormat("ar", style, arabic_digits=digits)
    assert fmt.event_date_with_hijri(EventDate.on(date(2024, 8, 28))) == expected


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (DateFormat("ar", DateStyle.EGYPT), "الدورة ١٥٠ للاتحاد، COP29 و G20 في ٢٠٢٥"),
        (DateFormat("ar", DateStyle.MAGHREB), "الدورة 150 للاتحاد، COP29 و G20 في 2025"),
        (DateFormat("en", DateStyle.EGYPT), "الدورة 150 للاتحاد، COP29 و G20 في 2025"),
    ],
    ids=["egypt", "maghreb", "english"],
)
def test_a_titles_numbers_in_the_readers_digits_but_not_inside_a_latin_name(fmt, expected):
    assert in_digits("الدورة 150 للاتحاد، COP29 و G20 في 2025", fmt) == expected


@pytest.mark.parametrize(
    ("day", "hijri"),
    [(date(2024, 8, 28), "24 صفر 1446 هـ"), (date(2025, 3, 19), "19 رمضان 1446 هـ"),
     (date(2025, 4, 29), "1 ذو القعدة 1446 هـ")],
)  # fmt: skip
def test_the_hijri_of_the_seed_dates(day, hijri):
    assert DateFormat("ar", DateStyle.MAGHREB).hijri(day) == hijri


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (DateFormat("en"), "1401–1402 AH"),
        (DateFormat("ar", DateStyle.MAGHREB), "1401–1402 هـ"),
        (DateFormat("ar", DateStyle.EGYPT), "١٤٠١–١٤٠٢ هـ"),
    ],
)
def test_a_year_in_a_table_by_year_says_its_hijri_years(fmt, expected):
    assert fmt.hijri_years(date(1981, 1, 1), date(1981, 12, 31)) == expected
    assert (
        fmt.hijri_years(date(2024, 8, 28), date(2024, 8, 28))
        == fmt.digits("1446 ") + (expected.split()[-1])
    )


@pytest.mark.parametrize(
    ("fmt", "first", "expected"),
    [
        (DateFormat("en"), date(2025, 1, 1), "Rajab – Sha'ban 1446 AH"),
        (DateFormat("ar", DateStyle.EGYPT), date(2025, 1, 1), "رجب – شعبان ١٤٤٦ هـ"),
        (DateFormat("en"), date(2025, 6, 1), "Dhu al-Hijjah 1446 – Muharram 1447 AH"),
    ],
)
def test_a_month_in_a_table_by_month_says_its_hijri_months(fmt, first, expected):
    """A month's Hijri days took two lines of each row of a table by month."""
    last = date(first.year, first.month + 1, 1) - timedelta(days=1)
    assert fmt.hijri_months(first, last) == expected


@given(st.integers(1925, 2076))
def test_a_gregorian_years_hijri_years_are_those_of_its_first_and_last_day(year):
    first, last = date(year, 1, 1), date(year, 12, 31)
    words = DateFormat("en").hijri_years(first, last).removesuffix(" AH")
    start, _, end = words.partition("–")
    assert (int(start), int(end or start)) == (to_hijri(first).year, to_hijri(last).year)
    assert int(end or start) - int(start) in (0, 1, 2)


def test_hijri_can_be_left_out_and_latin_readers_get_ah():
    when = EventDate.on(date(2025, 3, 19))
    assert DateFormat("ar", show_hijri=False).event_date_with_hijri(when) == "19 مارس 2025"
    assert DateFormat("en").event_date_with_hijri(when) == "19 March 2025 (19 Ramadan 1446 AH)"


@pytest.mark.parametrize(
    ("edtf", "fmt", "expected"),
    [
        ("[2025-04-05..2025-04-07]", DateFormat("en"), "one day within 7–9 Shawwal 1446 AH"),
        ("[2025-04-05..2025-04-07]", DateFormat("fr"), "un jour entre le 7 et le 9 chawwal 1446 H"),
        ("[2025-04-05..2025-04-07]", DateFormat("ar", DateStyle.LEVANT),
         "يوم ما خلال ٧–٩ شوال ١٤٤٦ هـ"),
        ("2025-04-05/2025-04-07", DateFormat("en"), "7–9 Shawwal 1446 AH"),
        ("2025-04-05", DateFormat("fr"), "7 chawwal 1446 H"),
        ("[1900-01-01..1900-01-03]", DateFormat("en"), ""),
    ],
)  # fmt: skip
def test_an_events_hijri_line_says_a_window_is_one_day_within_it(edtf, fmt, expected):
    """The details pane's Hijri line read "7–9 Shawwal 1446 AH" under "one day within 5–7
    April 2025": on a line of its own, three days."""
    assert fmt.event_hijri(EventDate.from_edtf(edtf)) == expected


@pytest.mark.parametrize(
    ("locale", "style"),
    [("ar_MA", DateStyle.MAGHREB), ("ar_TN", DateStyle.ALGERIA), ("ar_SY", DateStyle.LEVANT),
     ("ar_EG", DateStyle.EGYPT), ("fr_FR", DateStyle.EGYPT)],
)  # fmt: skip
def test_the_default_style_comes_from_the_locale(locale, style):
    assert style_for_locale(locale) is style
    assert style_for_locale(locale, ["DZ"]) is (
        style if locale.startswith("ar") else DateStyle.ALGERIA
    )


def test_without_an_arabic_locale_the_first_country_shown_with_a_style_decides():
    assert style_for_locale("C", ["KZ", "MA"]) is DateStyle.MAGHREB
    assert style_for_locale("en_US", ["LB", "MA"]) is DateStyle.LEVANT
    assert style_for_locale("en_US", ["KZ", "SA"]) is DateStyle.EGYPT


@pytest.mark.parametrize(
    ("language", "style", "expected"),
    [
        ("en", DateStyle.MAGHREB, "a day in 30 Sep – 2 Oct 2019"),
        ("fr", DateStyle.MAGHREB, "un jour du 30 sept. au 2 oct. 2019"),
        ("ar", DateStyle.MAGHREB, "يوم خلال 30 شتنبر – 2 أكتوبر 2019"),
        ("ar", DateStyle.LEVANT, "يوم خلال ٣٠ أيلول – ٢ تشرين الأول ٢٠١٩"),
    ],
)
def test_a_short_date_abbreviates_months_and_says_a_window_in_fewer_words(
    language, style, expected
):
    """For a narrow column: Arabic months have no shorter form and keep theirs."""
    window = EventDate(
        FuzzyDate.from_date(date(2019, 9, 30)), FuzzyDate.from_date(date(2019, 10, 2)), True
    )
    fmt = DateFormat(language, style)
    assert fmt.event_date(window, short=True) == expected
    assert fmt.event_date(EventDate(FuzzyDate(2019, 9)), short=True) in (
        "Sep 2019",
        "sept. 2019",
        "شتنبر 2019",
        "أيلول ٢٠١٩",
    )


@pytest.mark.parametrize(
    ("edtf", "expected"),
    [
        ("[2025-04-05..2025-04-07]", "un jour entre le 5 et le 7 avril 2025"),
        ("[2025-03-01..2025-03-03]", "un jour entre le 1er et le 3 mars 2025"),
        ("[2025-04-30..2025-05-02]", "un jour entre le 30 avril et le 2 mai 2025"),
        ("[2024-12-28..2025-01-03]", "un jour entre le 28 décembre 2024 et le 3 janvier 2025"),
        ("[2023-03..2023-05]", "un jour entre mars et mai 2023"),
        ("[2023-11..2024-02]", "un jour entre novembre 2023 et février 2024"),
        ("[2025-04-05..2025-05]", "un jour entre le 5 avril et mai 2025"),
        ("[2022..2023]", "un jour entre 2022 et 2023"),
    ],
)
def test_french_says_a_window_between_its_two_ends(edtf, expected):
    """A window read "un jour pendant 5–7 avril 2025", as a translation reads; French
    writes the days a window lies between as it says them."""
    assert DateFormat("fr").event_date(EventDate.from_edtf(edtf)) == expected


@pytest.mark.parametrize(
    ("edtf", "expected"),
    [
        ("[2025-04-05..2025-04-07]", "un jour du 5 au 7 avr. 2025"),
        ("[2025-03-01..2025-03-03]", "un jour du 1er au 3 mars 2025"),
        ("[2025-04-30..2025-05-02]", "un jour du 30 avr. au 2 mai 2025"),
        ("[2024-12-28..2025-01-03]", "un jour du 28 déc. 2024 au 3 janv. 2025"),
        ("[2025-02..2025-04]", "un jour entre févr. et avr. 2025"),
        ("[2025-04-05..2025-05]", "un jour entre le 5 avr. et mai 2025"),
        ("[2022..2023]", "un jour entre 2022 et 2023"),
    ],
)
def test_french_says_a_window_between_its_two_ends_in_a_narrow_column_too(edtf, expected):
    """The list's narrow date column read "un jour sur 4–12 mars 1981". Days are one of
    them, as French picks a day ("un jour du 5 au 7 avr. 2025"): "un jour entre le 5 et le
    9 avr. 2025" wrapped in the list at 800×500, two of its three rows showing."""
    assert DateFormat("fr").event_date(EventDate.from_edtf(edtf), short=True) == expected


@pytest.mark.parametrize(
    ("edtf", "language", "style", "expected"),
    [
        ("2025-02/2025-04", "en", DateStyle.MAGHREB, "February – April 2025"),
        ("2024-11/2025-02", "en", DateStyle.MAGHREB, "November 2024 – February 2025"),
        ("2025-02/2025-04", "fr", DateStyle.MAGHREB, "février – avril 2025"),
        ("2025-07/2025-08", "ar", DateStyle.MAGHREB, "يوليوز – غشت 2025"),
        ("2025-07/2025-08", "ar", DateStyle.LEVANT, "تموز – آب ٢٠٢٥"),
        ("2022/2023", "en", DateStyle.MAGHREB, "2022–2023"),
        ("2022/2023", "ar", DateStyle.EGYPT, "٢٠٢٢–٢٠٢٣"),
        ("[2023-03..2023-05]", "en", DateStyle.MAGHREB, "one day within March – May 2023"),
        # A month and a day, either first
        ("2024-02/2024-03-10", "en", DateStyle.MAGHREB, "February – 10 March 2024"),
        ("2024-02-10/2024-03", "en", DateStyle.MAGHREB, "10 February – March 2024"),
        ("2024-02/2024-03-10", "fr", DateStyle.MAGHREB, "février – 10 mars 2024"),
        ("2024-07/2024-08-10", "ar", DateStyle.LEVANT, "تموز – ١٠ آب ٢٠٢٤"),
        ("2023-12/2024-03-10", "en", DateStyle.MAGHREB, "December 2023 – 10 March 2024"),
        ("2024/2024-03-10", "en", DateStyle.MAGHREB, "2024 – 10 March 2024"),
        ("2024-03/2024-03-10", "en", DateStyle.MAGHREB, "March 2024 – 10 March 2024"),
        ("[2025-04-05..2025-05]", "en", DateStyle.MAGHREB, "one day within 5 April – May 2025"),
    ],
)
def test_months_of_one_year_name_it_once_as_days_do(edtf, language, style, expected):
    """A span of months read "February 2025 – April 2025" in the list, the table and the
    briefing's header, where a span of days names its year once ("1 January – 7 March
    2021"), and one from a month to a day "February 2024 – 10 March 2024"; years join as
    numbers do, without spaces. A year at one end keeps both whole, as does a month and a
    day of it."""
    assert DateFormat(language, style).event_date(EventDate.from_edtf(edtf)) == expected


@pytest.mark.parametrize(
    ("edtf", "fmt", "beside", "alone"),
    [
        ("2020", DateFormat("en"), "2020 (1441–1442 AH)", "1441–1442 AH"),
        ("2025-03", DateFormat("ar", DateStyle.LEVANT), "آذار ٢٠٢٥ (رمضان – شوال ١٤٤٦ هـ)", None),
        ("[2025-03..2025-05]", DateFormat("en"), None,
         "one day within Ramadan – Dhu al-Hijjah 1446 AH"),
        ("[2025-03..2025-05]", DateFormat("fr"), "un jour entre mars et mai 2025 "
         "(ramadan – dhou al-hijja 1446 H)", "un jour entre ramadan et dhou al-hijja 1446 H"),
        ("[2022..2023]", DateFormat("fr"), None, "un jour entre 1443 et 1445 H"),
        ("[2026-02..2026-02-10]", DateFormat("fr"), None, "un jour en chaabane 1447 H"),
        ("[2024..2024-03-10]", DateFormat("fr"), None, "un jour en 1445 H"),
        ("[2025-04-05..2025-04-07]", DateFormat("en"), None,
         "one day within 7–9 Shawwal 1446 AH"),
    ],
)  # fmt: skip
def test_the_hijri_of_a_date_known_to_its_month_or_year_is_months_or_years(
    edtf, fmt, beside, alone
):
    """ "2020" read "2020 (19 Jumada al-Akhirah 1441 – …)", days no one knew; "March 2025"
    its Hijri days. A window says so on the Hijri's own line, in French between its ends."""
    when = EventDate.from_edtf(edtf)
    if beside is not None:
        assert fmt.event_date_with_hijri(when) == beside
    if alone is not None:
        assert fmt.event_hijri(when) == alone


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (DateFormat("ar", DateStyle.LEVANT), ["ك٢", "شباط", "أيلول", "ت١", "ت٢", "ك١"]),
        (DateFormat("ar", DateStyle.LEVANT, False), ["ك2", "شباط", "أيلول", "ت1", "ت2", "ك1"]),
        (DateFormat("ar", DateStyle.EGYPT), ["يناير", "فبراير", "سبتمبر", "أكتوبر", "نوفمبر",
                                             "ديسمبر"]),
        (DateFormat("en"), ["Jan", "Feb", "Sep", "Oct", "Nov", "Dec"]),
    ],
)  # fmt: skip
def test_an_abbreviated_month_is_the_levants_letter_and_number_or_the_short_name(fmt, expected):
    """Where an axis has no room for a month's short name: the Levant's two-word months as
    its press writes them (كانون الثاني: ك٢, in the reader's digits); other months and
    readers keep the short name, which CLDR gives."""
    assert [fmt.month_abbreviation(month) for month in (1, 2, 9, 10, 11, 12)] == expected
