"""The axis as laid out (:mod:`timeline.render.axis_ticks`, through the layout): every label
names the span it stands over, at every zoom, in both calendars and for every reader (the
four Arabic month-name styles, English, French)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from visual_order import as_read, seen_left_to_right

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.hijri import to_hijri
from timeline.domain.period import Period, day_number, day_of
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout
from timeline.render.raster import text_option
from timeline.render.shapes import LABEL_PAD, TickShape
from timeline.render.text import TextMeasurer
from timeline.render.theme import app_font

READERS = [
    DateFormat("en"),
    DateFormat("fr"),
    *(DateFormat("ar", style) for style in DateStyle),
]
#: Days shown across the view: three days up to three centuries.
SPANS = [3, 12, 45, 120, 400, 1100, 3000, 9000, 30000, 110000]
#: The sample at fit-all: its nineteen months and the margins around them.
NINETEEN_MONTHS = 611
SAMPLE_FIRST = date(2024, 4, 13)  # its first day shown, a February of 28 days in view
_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@pytest.fixture(scope="module")
def text_width(qapp):
    return TextMeasurer(app_font(11)).width


def years_in(label: str) -> set[int]:
    return {int(number) for number in re.findall(r"\d{4}", label.translate(_ARABIC_INDIC))}


def names_its_years(tick: TickShape) -> bool:
    """A label over more than a month names its first year, and its last unless it is a
    decade in words ("1980s", "années 1980"); a decade's mark under its century ("80" for
    the 1980s) names its decade's digits."""
    first, last = day_of(tick.start).year, day_of(tick.end - 1).year
    mark = tick.label.translate(_ARABIC_INDIC)
    if tick.tier == 1 and re.fullmatch(r"\d\d", mark):
        return last == first + 9 and int(mark) == first % 100
    named = years_in(tick.label)
    if first == last:
        return named == {first}
    decade_words = tick.label.endswith("s") or tick.label.startswith("années")
    return named == {first, last} or (named == {first} and decade_words and last == first + 9)


def ticks(
    fmt: DateFormat,
    span: float,
    width: float,
    text_width,
    first: date = date(2011, 3, 14),
    hours: float = 0.0,  # after the first day's midnight
) -> list[TickShape]:
    start = day_number(first) + hours / 24
    cache = StackingCache(MemorySource.single([], text_width, fmt.language))
    options = LayoutOptions(rtl=fmt.language == "ar", fmt=fmt, legend=False)
    drawn = layout(cache, Period(start, start + span), width, 500.0, text_width, options)
    return [tick for tick in drawn.ticks if tick.label]


@pytest.mark.parametrize("width", [800.0, 1600.0])
@pytest.mark.parametrize("fmt", READERS, ids=lambda f: f"{f.language}-{f.style}")
def test_every_axis_label_names_the_span_it_stands_over(fmt, width, text_width):
    for span in SPANS:
        shown = ticks(fmt, span, width, text_width)
        gregorian = [t for t in shown if t.tier in (0, 1)]
        assert gregorian, span
        for tick in gregorian:
            if tick.end - tick.start > 32:
                assert names_its_years(tick), (span, tick.label)
            assert tick.label_rect.width <= (tick.end - tick.start) * width / span + 1
        tiers = {tier: [t.label for t in shown if t.tier == tier] for tier in (0, 1)}
        assert tiers[0] != tiers[1], span  # no tier repeats the one below


@pytest.mark.parametrize("width", [800.0, 1600.0])
@pytest.mark.parametrize("fmt", READERS, ids=lambda f: f"{f.language}-{f.style}")
def test_the_hijri_tier_names_months_years_or_decades_never_bare_numbers(fmt, width, text_width):
    """Up to some eighty years across: from eighteen years across a landscape page (and
    fewer on a portrait one, or in a narrow window) the row had vanished; it names the
    Hijri decades there ("1420–1429 AH")."""
    for span in SPANS[:9]:
        hijri = [t for t in ticks(fmt, span, width, text_width) if t.tier == 2]
        assert hijri, span
        assert any(years_in(t.label) for t in hijri), span  # the Hijri year is always said
        for tick in hijri:
            assert not tick.label.translate(_ARABIC_INDIC).strip().isdigit(), tick.label
            for year in years_in(tick.label):
                assert year in (
                    to_hijri(day_of(tick.start)).year,
                    to_hijri(day_of(tick.end - 1)).year,
                )


@pytest.mark.parametrize("fmt", READERS, ids=lambda f: f"{f.language}-{f.style}")
def test_the_sample_at_fit_all_across_1366_pixels_names_each_hijri_month(fmt, qapp):
    """1,366 pixels, the commonest laptop's width, across the sample's 20 months: each Hijri
    month has some 65 pixels, room for "Jum. II" but not for "Muh. 1446" or "Qa'd. 1445",
    and in English, French and Arabic with Latin digits the row named the years alone. Each
    month is named, each Muharram by its year where its name and year have no room."""
    window_width = TextMeasurer(app_font(12)).width  # the window's font
    first = day_number(SAMPLE_FIRST)
    hijri = [
        t for t in ticks(fmt, NINETEEN_MONTHS, 1366.0, window_width, SAMPLE_FIRST) if t.tier == 2
    ]
    whole = [t for t in hijri if first <= t.start and t.end <= first + NINETEEN_MONTHS]
    assert len(whole) == 19
    new_years = [t for t in whole if to_hijri(day_of(t.start)).month == 1]
    assert [years_in(t.label) for t in new_years] == [{1446}, {1447}]
    for tick in whole:
        month = to_hijri(day_of(tick.start)).month
        assert month == 1 or not years_in(tick.label) or tick is whole[0], tick.label


def test_a_hijri_month_cut_by_the_edge_never_takes_the_form_of_a_tier_named_by_new_years(
    text_width,
):
    """120 days from 28 June 2024 across 600 pixels: the months are named in full, and
    Dhu al-Hijjah 1445, cut by the view's start before Muharram 1446, has no room for its
    name with its year. It read "Hij." as if of 1446 (the short name alone is a tier's
    form only where each Muharram is named by its year); it is left unnamed as before."""
    shown = ticks(DateFormat("en"), 120, 600.0, text_width, date(2024, 6, 28))
    hijri = [t for t in shown if t.tier == 2]
    assert hijri[0].label == "Muharram 1446"  # the first named


def test_parts_of_a_timeline_several_pages_wide_never_name_a_new_year_alone(text_width):
    """A part taped to another decides between Hijri months and years alone: one naming
    months by their new year ("1446 AH") beside one naming years read as two rulers. Parts
    name Muharram with its month, or the row names years."""
    start = day_number(date(2024, 4, 13))
    for joins in ((), (float(start + 300),)):
        cache = StackingCache(MemorySource.single([], text_width, "en"))
        options = LayoutOptions(fmt=DateFormat("en"), legend=False, whole_labels=True, joins=joins)
        width = 611 * 54.0 / 29.5  # 54 pixels a Hijri month: "1446 AH" fits, "Muh. 1446" not
        drawn = layout(cache, Period(start, start + 611), width, 500.0, text_width, options)
        labels = [t.label for t in drawn.ticks if t.tier == 2 and t.label]
        assert ("1446 AH" in labels and "Saf." in labels) is not bool(joins), labels


@pytest.mark.parametrize("fmt", READERS, ids=lambda f: f"{f.language}-{f.style}")
def test_a_few_days_across_name_each_hijri_day_under_its_gregorian_day(fmt, text_width):
    """Three days across 800 pixels: the Hijri tier said "Rabi' al-Thani 1432" over the
    three days the Gregorian tier numbered. Each day now reads its Umm al-Qura day, month
    and year; a month across, the tier names months again."""
    shown = ticks(fmt, 3, 800.0, text_width)
    hijri = [t for t in shown if t.tier == 2]
    assert {t.start for t in hijri} == {t.start for t in shown if t.tier == 1}
    for tick in hijri:
        day = to_hijri(day_of(tick.start))
        label = tick.label.translate(_ARABIC_INDIC)
        assert tick.end - tick.start == 1
        assert re.match(rf"\D*{day.day}\b", label), tick.label
        assert day.month_name(fmt.language) in label and years_in(label) == {day.year}
    month_across = [t for t in ticks(fmt, 30, 800.0, text_width) if t.tier == 2]
    assert month_across and all(t.end - t.start >= 29 for t in month_across[1:-1])


def test_month_zoom_names_hijri_months_and_year_zoom_names_hijri_years(text_width):
    fmt = DateFormat("ar", DateStyle.MAGHREB)
    months = [t.label for t in ticks(fmt, 120, 1600.0, text_width) if t.tier == 2]
    assert any("رمضان" in label or "شوال" in label or "شعبان" in label for label in months)
    years = [t.label for t in ticks(fmt, 1100, 1600.0, text_width) if t.tier == 2]
    assert years and all(label.endswith("هـ") for label in years)


def test_a_decade_reads_as_a_decade_in_every_language(text_width):
    labels = {
        fmt.language: {t.label for t in ticks(fmt, 9000, 1600.0, text_width) if t.tier == 0}
        for fmt in (DateFormat("en"), DateFormat("fr"), DateFormat("ar"))
    }
    assert "2010s" in labels["en"]
    assert "années 2010" in labels["fr"]
    assert "2010–2019" in {as_read(label) for label in labels["ar"]}


@pytest.mark.parametrize("fmt", READERS[2:], ids=lambda f: f"{f.language}-{f.style}")
def test_an_arabic_ruler_reads_its_decades_from_the_right(fmt, text_width):
    """In Latin digits the Arabic ruler painted "2020–2029" with its first year on the
    left, where the list beside it and the Arabic-Indic styles put it on the right."""
    font = app_font(11)
    decades = [t for t in ticks(fmt, 9000, 1600.0, text_width) if t.tier == 0]
    assert len(decades) >= 2
    for tick in decades:
        direction = text_option(tick.label, Qt.AlignmentFlag.AlignHCenter).textDirection()
        seen = seen_left_to_right(tick.label, font, direction).translate(_ARABIC_INDIC)
        first = day_of(tick.start).year
        assert seen == f"{first + 9}–{first}", tick.label


def month_ticks(
    fmt: DateFormat, span: float, width: float, text_width, first: date = date(2011, 3, 14)
) -> list[TickShape]:
    """The labelled months of the minor tier, each checked to fit its month with the room
    every tier keeps between labels to spare."""
    shown = ticks(fmt, span, width, text_width, first)
    months = [t for t in shown if t.tier == 1 and t.end - t.start < 32]
    for tick in months:
        room = (tick.end - tick.start) * width / span
        assert text_width(tick.label) + LABEL_PAD <= room + 0.5, tick.label
    return months


@pytest.mark.parametrize("fmt", READERS[2:], ids=lambda f: f"{f.language}-{f.style}")
def test_nineteen_arabic_months_at_800_pixels_can_be_told_apart(fmt, text_width):
    """The sample at fit-all showed only its decade and years in Arabic, whose month names
    (شتنبر, تشرين الثاني) are too long for 40 pixels: a desk officer could not tell March
    from October. Every month reads as its name where all the names fit (in the Levant
    its two-word months as its press writes them, ك٢ for كانون الثاني: they read as
    numbers), else as its number in the reader's digits, under its year."""
    shown = ticks(fmt, NINETEEN_MONTHS, 800.0, text_width)
    months = month_ticks(fmt, NINETEEN_MONTHS, 800.0, text_width)
    assert len(months) >= 18
    names = [fmt.month_name(day_of(t.start).month, short=True) for t in months]
    marks = [fmt.month_mark(day_of(t.start).month) for t in months]
    if fmt.style is DateStyle.LEVANT:  # كانون الثاني is twice as wide as 40 pixels: ك٢
        short = [fmt.month_abbreviation(day_of(t.start).month) for t in months]
        assert [t.label for t in months] == short
        assert {"ك٢", "ت١", "ت٢", "ك١"} <= set(short) and {"آذار", "آب"} <= set(short)
    else:  # one form for the whole tier
        assert [t.label for t in months] in (names, marks)
    assert {t.label for t in shown if t.tier == 0} == {fmt.year(2011), fmt.year(2012)}


@pytest.mark.parametrize("style", [DateStyle.EGYPT, DateStyle.LEVANT])
def test_two_years_across_a_portrait_page_keep_their_arabic_month_numbers(style, text_width):
    """26 months across 520 pixels, as on an A4 portrait briefing: each month's number in
    Arabic-Indic digits fits its own month with the ruler's padding (١٢ in December's 31
    days, ٢ in February's 28), though the widest of them does not fit an average month's
    30.44 days: measured against that, the ruler missed by a fraction of a pixel and showed
    the years alone."""
    fmt = DateFormat("ar", style)
    months = month_ticks(fmt, 780, 520.0, text_width)
    assert len(months) >= 24
    assert [t.label for t in months] == [fmt.month_mark(day_of(t.start).month) for t in months]


@pytest.mark.parametrize(
    ("language", "width", "named"),
    [("en", 800.0, True), ("en", 640.0, True), ("en", 560.0, False), ("fr", 640.0, False)],
)
def test_latin_months_keep_their_names_where_they_fit_else_their_initials(
    language, width, named, text_width
):
    """At 640 pixels English keeps "May Jun Jul"; narrower, where "May" or "févr." no
    longer fits, a reader gets J F M … as on a wall calendar, never a mix of the two."""
    fmt = DateFormat(language)
    months = month_ticks(fmt, NINETEEN_MONTHS, width, text_width)
    assert len(months) >= 18
    expected = [
        fmt.month_name(m, short=True) if named else fmt.month_mark(m)
        for m in (day_of(t.start).month for t in months)
    ]
    assert [t.label for t in months] == expected


@pytest.mark.parametrize("width", [800.0, 1600.0])
@pytest.mark.parametrize("fmt", READERS, ids=lambda f: f"{f.language}-{f.style}")
def test_months_are_marked_only_where_they_fit_and_never_at_decade_zoom(fmt, width, text_width):
    for span in SPANS[2:]:
        month_ticks(fmt, span, width, text_width)
    assert not month_ticks(fmt, 3650, width, text_width)


@pytest.mark.parametrize("width", [800.0, 1600.0])
@pytest.mark.parametrize("fmt", READERS, ids=lambda f: f"{f.language}-{f.style}")
def test_the_ruler_labels_every_whole_interval_of_its_unit_or_takes_a_coarser_one(
    fmt, width, text_width
):
    """Morocco and its partners over 55 years, in Arabic-Indic digits: ٢٠٠٠ fits its year
    where ١٩٨٨ does not, and the ruler showed 1980, 1981, 1990–1992, 1994 and 1999 but not
    the years between. Whatever the zoom, the finest tier (the minor one, or the centuries
    in the top row where they stand alone) labels each whole interval."""
    start = day_number(date(1979, 1, 1))
    for span in (*SPANS, 20_093, 16_000, 12_000):
        cache = StackingCache(MemorySource.single([], text_width, fmt.language))
        options = LayoutOptions(rtl=fmt.language == "ar", fmt=fmt, legend=False)
        drawn = layout(cache, Period(start, start + span), width, 500.0, text_width, options)
        finest = max(tick.tier for tick in drawn.ticks if tick.tier < 2)
        whole = [
            tick
            for tick in drawn.ticks
            if tick.tier == finest and start <= tick.start and tick.end <= start + span
        ]
        assert whole and all(tick.label for tick in whole), (span, [t.label for t in whole])


@pytest.mark.parametrize(
    ("first", "span", "names"),
    [
        (date(2025, 3, 9), 1.6, ["9", "10", "11"]),  # day zoom: 9 and 11 cut by the edges
        (date(2025, 2, 21), 35.0, ["February", "March"]),  # month zoom: 21–28 February cut
    ],
)
@pytest.mark.parametrize("rtl", [False, True])
def test_a_minor_interval_cut_by_the_view_edge_is_named_over_its_visible_part(
    first, span, names, rtl, text_width
):
    """Centred on its whole interval as on a ruler, the label of a day cut by the view's
    edge fell outside the view and was left out: a day view read as unnumbered ticks at
    its edges. It stands over the part in view (in print too: see the test after this
    one)."""
    start = day_number(first) + 0.7
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    options = LayoutOptions(rtl=rtl, fmt=DateFormat("en"), legend=False)
    drawn = layout(cache, Period(start, start + span), 800.0, 500.0, text_width, options)
    minor = [tick for tick in drawn.ticks if tick.tier == 1]
    assert [tick.label for tick in minor] == names
    for tick in minor:
        x_a, x_b = drawn.scale.x(tick.start), drawn.scale.x(tick.end)
        assert max(min(x_a, x_b), 0.0) <= tick.label_rect.x
        assert tick.label_rect.right <= min(max(x_a, x_b), 800.0)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_month_cut_by_the_view_edge_takes_a_shorter_name_where_its_own_does_not_fit(
    rtl, text_width
):
    """At 800 pixels over a month, the Hijri month after Jumada al-Ula 1441, cut by the
    view's end, went unnamed beside room for "Jum. II 1441", and a December cut by its
    start stood under no year: either takes its shorter form; the tier's whole months keep
    theirs."""
    start = day_number(date(2019, 12, 29))
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    options = LayoutOptions(rtl=rtl, fmt=DateFormat("en"), legend=False)
    drawn = layout(cache, Period(start, start + 32), 800.0, 500.0, text_width, options)
    named = {tick.tier: [] for tick in drawn.ticks}
    for tick in drawn.ticks:
        named[tick.tier].append(tick.label)
        x_a, x_b = drawn.scale.x(tick.start), drawn.scale.x(tick.end)
        if tick.label:
            assert max(min(x_a, x_b), 0.0) <= tick.label_rect.x
            assert tick.label_rect.right <= min(max(x_a, x_b), 800.0)
    assert named[0] == ["Dec 2019", "January 2020"]
    assert named[2] == ["Jumada al-Ula 1441", "Jum. II 1441"]


@pytest.mark.parametrize(
    ("first", "cut", "whole"),
    [
        (date(2025, 3, 8), "٨ رمضان", "٩ رمضان ١٤٤٦"),
        # The year changes with the next day: the day cut keeps its own, shorter.
        (date(2024, 7, 6), "٣٠ الحجة ١٤٤٥", "١ محرم ١٤٤٦"),
    ],
)
def test_a_hijri_day_cut_by_the_views_start_is_named_as_one_cut_by_its_end(
    first, cut, whole, text_width
):
    """Fourteen days across 1,920 pixels in Arabic: the day cut by the view's start kept
    its year in every form, found no room for one and went unnamed, while the day cut by
    its end read "٢٢ رمضان". The first whole day beside it says the year."""
    start = day_number(first) + 0.5
    fmt = DateFormat("ar", DateStyle.EGYPT)
    cache = StackingCache(MemorySource.single([], text_width, "ar"))
    options = LayoutOptions(rtl=True, fmt=fmt, legend=False)
    drawn = layout(cache, Period(start, start + 14), 1920.0, 500.0, text_width, options)
    hijri = [tick.label for tick in drawn.ticks if tick.tier == 2]
    assert hijri[:2] == [cut, whole]


@pytest.mark.parametrize("rtl", [False, True])
def test_a_printed_month_cut_where_a_taped_part_goes_on_is_named_on_this_side_of_the_join(
    rtl, text_width
):
    """A briefing of August and September 2024 fits its events, 28 August to 26 September:
    its axis started a few days before the first, and August, centred on its whole month
    as on a ruler, fell off the page: the first event stood under no month's name. So did
    every part of a timeline several pages wide where a neighbour taped on went on with
    its month or year: the Emirates and Nigeria 2015-2024 three pages wide named 2018 only
    on the page after the join, its January to April stood under no year before it. Each
    page names what it shows on its own side of where the next part covers it, and no
    label crosses that join (the end of the part before lies under this one)."""
    start, end = day_number(date(2024, 8, 23)), day_number(date(2024, 10, 3))
    cache = StackingCache(MemorySource.single([], text_width, "en"))

    def minor(joins: tuple[float, ...]) -> list[str]:
        options = LayoutOptions(
            rtl=rtl, fmt=DateFormat("en"), legend=False, whole_labels=True, joins=joins
        )
        drawn = layout(cache, Period(start, end), 800.0, 500.0, text_width, options)
        ticks = [tick for tick in drawn.ticks if tick.tier == 1]
        for tick in ticks:
            if tick.label:
                assert tick.label_rect.x >= 0.0 and tick.label_rect.right <= 800.0
                for join in joins:
                    x = drawn.scale.x(join)
                    covers = join > (start + end) / 2
                    assert not (covers and tick.label_rect.x < x < tick.label_rect.right)
        return [tick.label for tick in ticks]

    assert minor(()) == ["August", "September", "Oct"]
    assert minor((start + 2.0,)) == ["August", "September", "Oct"]  # a part before goes on
    # The next one goes on: taped, the tier in the form October's stub takes.
    assert minor((end - 2.0,)) == ["Aug", "Sep", "Oct"]
    assert minor((start + 4.5,)) == ["August", "September", "Oct"]  # a join within August


@pytest.mark.parametrize("rtl", [False, True])
def test_a_month_cut_by_a_join_is_named_on_the_side_that_holds_its_mark(rtl, text_width):
    """The Emirates and Nigeria 2015-2024 three pages wide, 24 points a month: the join
    fell on 19 April 2018, 14 points of April before it and 10 after, and with the padding
    a mark keeps from its month's lines neither side held "A": April was named on neither
    page. Beside a join, where no line is drawn, half that padding will do. (The join is
    where the next part covers this one, after its middle.)"""
    start, end = day_number(date(2017, 1, 1)), day_number(date(2018, 6, 1))
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    join = float(day_number(date(2018, 4, 19)))
    options = LayoutOptions(
        rtl=rtl, fmt=DateFormat("en"), legend=False, whole_labels=True, joins=(join,)
    )
    width = (end - start) * 24.0 / 30.44
    drawn = layout(cache, Period(start, end), width, 500.0, text_width, options)
    (april,) = [t for t in drawn.ticks if t.tier == 1 and t.start == day_number(date(2018, 4, 1))]
    x = drawn.scale.x(join)
    assert april.label == "A"
    assert not april.label_rect.x < x < april.label_rect.right


@pytest.mark.parametrize("style", [DateStyle.MAGHREB, DateStyle.ALGERIA, DateStyle.EGYPT])
def test_a_join_gives_a_number_to_the_month_it_cuts_not_to_every_month(style, text_width):
    """The sample in Arabic on portrait paper two pages wide, about 70 points a month: every
    month's name fits its month, but February, cut in its middle by the join, fits on
    neither side, and for it the whole row read 4 5 6 … 12 1 2 on both pages. February
    alone takes its number; the others keep their names."""
    fmt = DateFormat("ar", style)
    start, end = day_number(date(2024, 4, 1)), day_number(date(2025, 4, 1))
    names = [fmt.month_name(month, short=True) for month in range(1, 13)]
    per_day = max(text_width(name) + LABEL_PAD for name in names) * 1.05 / 28
    february = (day_number(date(2025, 2, 1)), day_number(date(2025, 3, 1)))
    join = float(february[0] + 14)
    assert text_width(names[1]) + LABEL_PAD / 2 > 14 * per_day  # on neither side
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    options = LayoutOptions(rtl=True, fmt=fmt, legend=False, whole_labels=True, joins=(join,))
    drawn = layout(cache, Period(start, end), (end - start) * per_day, 500.0, text_width, options)
    months = {day_of(t.start).month: t.label for t in drawn.ticks if t.tier == 1}
    assert months.pop(2) == fmt.month_mark(2)
    assert months == {month: names[month - 1] for month in months}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_join_gives_an_initial_to_the_month_it_cuts_not_to_every_month(language, text_width):
    """As a number in Arabic: Azerbaijan and Türkiye on Letter paper three pages wide had
    room for every month's abbreviation but August's, which a join cut in its middle, and
    every month of the three parts read by its initial (M J J A S O N D). August alone
    takes its initial; the others keep their abbreviations."""
    fmt = DateFormat(language)
    start, end = day_number(date(2023, 12, 1)), day_number(date(2024, 12, 1))
    names = [fmt.month_abbreviation(month) for month in range(1, 13)]
    per_day = max(text_width(name) + LABEL_PAD for name in names) * 1.05 / 28
    august = day_number(date(2024, 8, 1))
    join = august + 15.5
    assert text_width(names[7]) + LABEL_PAD / 2 > 15.5 * per_day  # on neither side
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    options = LayoutOptions(fmt=fmt, legend=False, whole_labels=True, joins=(join,))
    drawn = layout(cache, Period(start, end), (end - start) * per_day, 500.0, text_width, options)
    months = {day_of(t.start).month: t.label for t in drawn.ticks if t.tier == 1}
    assert months.pop(8) == fmt.month_mark(8)
    assert months == {month: names[month - 1] for month in months}


@pytest.mark.parametrize("fmt", [DateFormat("en"), DateFormat("ar")], ids=["en", "ar"])
def test_a_mark_beside_a_join_stays_clear_of_the_part_taped_over_it(fmt, text_width):
    """Azerbaijan and Türkiye on A4 two pages wide: December 2023, cut by the join where
    the next part is taped over this one, had room for its initial alone, and it went on
    the far side of the join, under the next part once taped; that part had no room to
    name it. It goes on this side of the join."""
    rtl = fmt.language == "ar"
    start, end = day_number(date(2023, 1, 1)), day_number(date(2024, 1, 5))
    names = [fmt.month_abbreviation(month) for month in range(1, 13)]
    per_day = max(text_width(name) + LABEL_PAD for name in names) * 1.05 / 28
    join = float(day_number(date(2023, 12, 15)))
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    options = LayoutOptions(
        rtl=rtl, fmt=fmt, legend=False, whole_labels=True, joins=(join,), covered_from=join
    )
    width = (end - start) * per_day
    drawn = layout(cache, Period(start, end), width, 500.0, text_width, options)
    (december,) = [t for t in drawn.ticks if t.tier == 1 and t.start == join - 14]
    assert december.label == fmt.month_mark(12)
    cover = drawn.scale.x(join)
    rect = december.label_rect
    assert rect.x >= cover - 0.01 if rtl else rect.right <= cover + 0.01


@pytest.mark.parametrize("style", [DateStyle.MAGHREB, DateStyle.EGYPT])
def test_a_month_cut_by_a_join_and_the_page_edge_is_not_named_by_its_number(style, text_width):
    """A part ending on 26 August, the next part taped over it from the 13th: August, cut
    by the join and by the page's edge, has room for its name on neither side. It read
    "8" among the names of every other month; it goes unnamed there, as a month the
    page's edge cuts does, and no other month loses its name."""
    fmt = DateFormat("ar", style)
    start, end = day_number(date(2023, 9, 1)), day_number(date(2024, 8, 26))
    names = [fmt.month_name(month, short=True) for month in range(1, 13)]
    per_day = max(text_width(name) + LABEL_PAD for name in names) * 1.05 / 28
    join = float(day_number(date(2024, 8, 13)))
    assert text_width(names[7]) + LABEL_PAD / 2 > 13 * per_day  # on neither side
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    options = LayoutOptions(rtl=True, fmt=fmt, legend=False, whole_labels=True, joins=(join,))
    drawn = layout(cache, Period(start, end), (end - start) * per_day, 500.0, text_width, options)
    months = {day_of(t.start).month: t.label for t in drawn.ticks if t.tier == 1}
    assert months.pop(8, "") == ""
    assert months == {month: names[month - 1] for month in months}


@pytest.mark.parametrize("rtl", [False, True])
def test_a_month_cut_where_a_taped_page_goes_on_is_named_on_the_next_page_too(rtl, text_width):
    """Three pages 480 points wide from 22 January 2015: May 2016 had 14.7 points before the
    join and 15 after. Its mark went past the join, under the next page once taped; on that
    page, cut by the page's start, it needed the whole padding and was named nowhere one
    could see. Where a taped neighbour goes on from a page's edge, half will do, as beside
    a join."""
    start, end = day_number(date(2016, 5, 12)), day_number(date(2017, 9, 1))
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    previous_end = float(day_number(date(2016, 6, 20)))  # the page before goes on to here
    options = LayoutOptions(
        rtl=rtl, fmt=DateFormat("en"), legend=False, whole_labels=True, joins=(previous_end,)
    )
    width = (end - start) * 24.0 / 30.44
    drawn = layout(cache, Period(start, end), width, 500.0, text_width, options)
    (may,) = [t for t in drawn.ticks if t.tier == 1 and t.start == day_number(date(2016, 5, 1))]
    assert may.label == "M"
    assert may.label_rect.x >= 0.0 and may.label_rect.right <= width


@pytest.mark.parametrize("fmt", READERS[:3], ids=lambda f: f.language)
def test_two_centuries_in_a_small_window_mark_their_decades_under_their_centuries(fmt, qapp):
    """Two centuries across 800 pixels: no decade has room for "1980s", and the row under
    the centuries stood empty. It marks every decade by its two digits, as a ruler marks
    months under their year. Measured as the window measures them, in its labels' font."""
    shown = ticks(fmt, 73000, 800.0, TextMeasurer(app_font(12)).width)
    assert all(day_of(t.end).year - day_of(t.start).year == 100 for t in shown if t.tier == 0)
    decades = [t for t in shown if t.tier == 1]
    assert len(decades) >= 19
    for tick in decades:
        first = day_of(tick.start).year
        assert day_of(tick.end).year == first + 10
        assert tick.label == fmt.digits(f"{first % 100:02d}")


@pytest.mark.parametrize("fmt", READERS[:3], ids=lambda f: f.language)
def test_five_centuries_in_a_small_window_name_their_centuries_in_the_top_row(fmt, text_width):
    """Where not even the decades' marks fit, the centuries alone are named: in the top row,
    not under a top row standing empty."""
    shown = ticks(fmt, 5 * 36524, 800.0, text_width)
    assert shown and {t.tier for t in shown if t.tier < 2} == {0}
    assert all(day_of(t.end).year - day_of(t.start).year == 100 for t in shown if t.tier == 0)


@pytest.mark.parametrize(
    ("style", "width", "named"),
    [
        (DateStyle.MAGHREB, 800.0, True),
        (DateStyle.EGYPT, 1024.0, True),
        (DateStyle.EGYPT, 800.0, False),
        (DateStyle.LEVANT, 1024.0, True),
        (DateStyle.LEVANT, 800.0, True),
    ],
)
def test_arabic_months_read_as_the_readers_names_wherever_those_fit(style, width, named):
    """The sample's nineteen months at 800 pixels in Morocco (غشت, شتنبر) and at 1024 in
    Egypt (أغسطس) read as numbers in the window: a month a pixel or two short of the
    ruler's padding sent the whole tier to its numbers. Names need the room every tier
    keeps. Measured as the window measures them, in its labels' font. The Levant's read as
    numbers at any width short of كانون الثاني's: its two-word months take the letter and
    number its press writes (ك٢), the others their names."""
    fmt = DateFormat("ar", style)
    window_width = TextMeasurer(app_font(12)).width
    months = month_ticks(fmt, NINETEEN_MONTHS, width, window_width, SAMPLE_FIRST)
    assert len(months) >= 18
    numbers = [day_of(t.start).month for t in months]
    names = [fmt.month_abbreviation(n) for n in numbers]
    marks = [fmt.month_mark(n) for n in numbers]
    assert [t.label for t in months] == (names if named else marks)


@pytest.mark.parametrize("fmt", READERS, ids=lambda f: f"{f.language}-{f.style}")
def test_a_century_in_a_small_window_names_its_hijri_centuries(fmt, text_width):
    """A century across 800 pixels: its Hijri decades are too narrow for their years, and
    the Hijri row stood empty. It names the Hijri centuries the calendar holds, each over
    its own days."""
    first = date(1912, 1, 1)
    shown = ticks(fmt, 41000, 800.0, text_width, first)
    hijri = sorted((t for t in shown if t.tier == 2), key=lambda t: t.start)
    assert len(hijri) == 2
    for tick, years in zip(hijri, (("1343", "1399"), ("1400", "1499")), strict=True):
        assert all(fmt.digits(year) in tick.label for year in years), tick.label
        assert tick.label.endswith(fmt.hijri_era)
    assert day_of(hijri[1].start) == date(1979, 11, 20)  # 1 Muharram 1400


@pytest.mark.parametrize(
    ("fmt", "wide", "narrow"),
    [
        (DateFormat("en"), {"September", "October", "November"}, {"Sep", "Oct", "Nov"}),
        (DateFormat("fr"), {"septembre", "octobre", "novembre"}, {"sept.", "oct.", "nov."}),
    ],
)
def test_months_are_named_in_full_where_every_one_has_room(fmt, wide, narrow, text_width):
    """400 days across 2,560 pixels, 195 a month, read "Sep", "Oct" over a Hijri row of
    "Rabi' al-Awwal 1446": a month's name in full where every month in view has room for
    it, its abbreviation where one has not (400 days across 700 pixels)."""
    start = float(day_number(date(2024, 9, 10)))
    cache = StackingCache(MemorySource.single([], text_width, fmt.language))
    options = LayoutOptions(rtl=False, fmt=fmt, legend=False)

    def months(width: float) -> set[str]:
        drawn = layout(cache, Period(start, start + 400), width, 500.0, text_width, options)
        return {tick.label for tick in drawn.ticks if tick.tier == 1}

    assert wide <= months(2560.0)
    assert narrow <= months(700.0)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_month_cut_where_the_next_part_covers_this_one_is_abbreviated_not_dropped(
    rtl, text_width
):
    """Three pages wide, a page's last month cut where the next page covers it: "August"
    had no room, and "Aug" was measured with the padding a month keeps from its lines,
    where beside the next page (no line drawn) half of it will do: the month went unnamed
    on the page whose events began in it. The tier takes the abbreviation, never the
    initial."""
    start, width = float(day_number(date(2023, 6, 24))), 500.0
    span = 40.0
    august = float(day_number(date(2023, 8, 1)))
    covered = august + (text_width("Aug") + 0.75 * LABEL_PAD) / (width / span)
    cache = StackingCache(MemorySource.single([], text_width, "en"))
    options = LayoutOptions(
        rtl=rtl,
        fmt=DateFormat("en"),
        legend=False,
        whole_labels=True,
        joins=(covered,),
        covered_from=covered,
    )
    drawn = layout(cache, Period(start, start + span), width, 500.0, text_width, options)
    assert [tick.label for tick in drawn.ticks if tick.tier == 1] == ["Jun", "Jul", "Aug"]


@pytest.mark.parametrize(
    ("fmt", "first", "hours", "span", "read"),
    [
        # 18 Rabi' al-Thani, its last 6 hours in view, read "18 Rabi' al-Thani".
        (DateFormat("en"), date(2018, 1, 5), 18, 2, ["18 Rab. II 1439", "19 Rabi' al-Thani 1439"]),
        (DateFormat("en"), date(2018, 1, 3), 0, 120, ["Rab. II 1439", "Jumada al-Ula 1439"]),
        (DateFormat("fr"), date(2018, 1, 3), 0, 120, ["rab. th. 1439", "joumada al-oula 1439"]),
        # Dhu al-Hijjah cut by the view's end read "Dhu al-Hijjah".
        (DateFormat("en"), date(2019, 4, 17), 0, 120, ["Dhu al-Qa'dah 1440", "Hij. 1440"]),
    ],
)
def test_a_hijri_month_or_day_cut_by_the_views_edge_names_its_year_where_it_has_room(
    fmt, first, hours, span, read, text_width
):
    """At 800 pixels the Hijri row began with a month or a day cut by the view's start,
    named without its year beside "Jumada al-Ula 1439" (the reader had to know the months'
    order to tell its year), and one cut by its end read "Dhu al-Hijjah" after four months
    each with theirs: where its short name and year have room, either says its year."""
    hijri = [t.label for t in ticks(fmt, span, 800.0, text_width, first, hours) if t.tier == 2]
    named = [label for label in hijri if label]
    assert read in (named[:2], named[-2:]), hijri
