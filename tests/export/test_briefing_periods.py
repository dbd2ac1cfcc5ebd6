"""What a briefing counts its events by: a year of more than 150 events had a table "by year"
of one row repeating the counts by kind, a "Busiest year" line and a chart of one bar. A
selection of a year and a half at most is counted month by month, one of a month at most
day by day, in the reader's month names and digits."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyed_events import add_in_bulk
from pdf_readers import PAIR, pypdf_text
from PySide6.QtGui import QColor, QImage, QPainter, QTextOption
from strategies import event_dates

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.event import Event
from timeline.domain.glance import glance
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, export_file, plan_briefing
from timeline.export.briefing_glance import MOST_TIED, GlanceBlock
from timeline.export.briefing_table import period_cells
from timeline.export.briefing_words import word
from timeline.render.legend import status_words
from timeline.render.theme import Theme

from .conftest import write_planned

pytestmark = pytest.mark.usefixtures("qapp")

#: The reader of each language: Levant month names and Arabic-Indic digits in Arabic.
FORMATS = {
    "ar": DateFormat(language="ar", style=DateStyle.LEVANT),
    "en": DateFormat(language="en"),
    "fr": DateFormat(language="fr"),
}


def _busy(store, first: date, count: int, every: float = 1) -> None:
    """The pair's first event again ``count`` times from ``first``, one every ``every``
    days, phone calls every other one: more than a table of events lists."""
    event = store.find(PAIR)[0]
    add_in_bulk(
        store,
        (
            replace(
                event,
                id=None,
                date=EventDate.on(first + timedelta(days=int(n * every))),
                kind=EventKind.PHONE_CALL if n % 2 else event.kind,
            )
            for n in range(count)
        ),
    )


def _known_only(store, *dates: str) -> None:
    """The pair's first event again, once for each of ``dates`` in EDTF ("2023", "2023-03",
    "[2023-03..2023-05]"): a date known only to a year, a month or a span."""
    event = store.find(PAIR)[0]
    store.add_many([replace(event, id=None, date=EventDate.from_edtf(when)) for when in dates])


def _read(poppler, path) -> str:
    """A PDF's text as poppler reads it, without its direction marks and no-break spaces."""
    return re.sub("[\u202a-\u202c]", "", poppler.text(path)).replace("\xa0", " ")


def _request(language: str, first: date, last: date) -> ExportRequest:
    fmt = FORMATS[language]
    selection = replace(PAIR, start=first, end=last)
    return ExportRequest(ViewState(selection, fmt, order=("MA", "KZ")), generated=date(2026, 6, 1))


def _planned(store, language: str, first: date, last: date):
    """The request for Morocco and Kazakhstan from ``first`` to ``last``, and its briefing
    laid out."""
    request = _request(language, first, last)
    return request, plan_briefing(store, request, request.page.page_layout())


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_busy_year_is_summarised_month_by_month(sample_store, poppler, tmp_path, language):
    _busy(sample_store, date(2023, 1, 1), 180, every=2)  # January to early December
    fmt = FORMATS[language]
    request, briefing = _planned(sample_store, language, date(2023, 1, 1), date(2023, 12, 31))
    assert briefing.mode == "summary"
    assert [row.cells[0][0] for row in briefing.rows] == [
        fmt.month_year(2023, month) for month in range(1, 13)
    ]
    path = tmp_path / f"{language}.pdf"
    write_planned(briefing, request, path)
    text = re.sub("[\u202a-\u202c]", "", poppler.text(path)).replace("\xa0", " ")
    assert word("per_month", fmt) in text and word("per_year", fmt) not in text
    assert word("month", fmt) in text
    said = {  # what a busiest line says before its colon: "Busiest month", "Busiest years"
        key: word(key, fmt, period="", periods="", count="", them="", so_far="")
        .split(":")[0]
        .strip()
        for key in ("busiest_month", "busiest_months", "busiest_year", "busiest_years")
    }
    assert said["busiest_month"] in text or said["busiest_months"] in text
    assert said["busiest_year"] not in text and said["busiest_years"] not in text
    if language == "ar":
        assert "كانون الثاني ٢٠٢٣" in text  # the Levant's names, Arabic-Indic digits
        assert "2023" not in text


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_busy_month_is_summarised_day_by_day(sample_store, poppler, tmp_path, language):
    _busy(sample_store, date(2023, 3, 1), 31 * 6, every=1 / 6)  # six a day
    fmt = FORMATS[language]
    request, briefing = _planned(sample_store, language, date(2023, 3, 1), date(2023, 3, 31))
    assert briefing.mode == "summary" and briefing.glance.unit == "day"
    assert len(briefing.rows) == 31
    assert briefing.rows[0].cells[0][0] == fmt.day(date(2023, 3, 1))
    path = tmp_path / f"{language}.pdf"
    write_planned(briefing, request, path)
    assert word("per_day", fmt) in poppler.text(path)


def test_a_long_selection_keeps_its_years(sample_store):
    """Three years and more: the table by year as it was."""
    _busy(sample_store, date(2021, 1, 1), 200, every=6)
    _, briefing = _planned(sample_store, "en", date(2021, 1, 1), date(2024, 6, 30))
    assert briefing.glance.unit == "year"
    assert [row.cells[0][0] for row in briefing.rows][:4] == ["2021", "2022", "2023", "2024"]


@pytest.mark.parametrize("pages_wide", [1, 2])
def test_a_months_density_strip_spans_the_month_not_its_years_events(sample_store, pages_wide):
    """March 2023 with statements known only to 2023 (or 2023 to 2024): the strip under
    the timeline spanned the whole of 2023 and more, March a twelfth of it, the months
    after it blank, and those statements' bar on 1 January the tallest. It spans the
    month, as the timeline does; they run into it along its foot."""
    _busy(sample_store, date(2023, 3, 6), 10, every=2)
    _known_only(sample_store, "2023", "2023", "[2023..2024]")
    request = replace(_request("en", date(2023, 3, 1), date(2023, 3, 31)), pages_wide=pages_wide)
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert len(briefing.drawing.layouts) == pages_wide
    march = Period(day_number(date(2023, 3, 1)), day_number(date(2023, 4, 1)))
    for part in briefing.drawing.layouts:
        strip = part.overview
        assert strip is not None
        assert strip.scale.period == march
        assert int(strip.counts.sum()) == 10  # the month's own events, each once
        assert strip.running is not None and strip.running[0] < march.start


def _said(poppler, words: str, path) -> bool:
    """Whether the first page of the PDF at ``path``, where the summary is, says ``words``,
    as pypdf reads it (poppler takes an Arabic count out of its place beside a colon),
    brackets aside (pypdf turns an Arabic line's round)."""

    def read(text: str) -> str:
        return poppler.squeezed(text.replace("\xa0", " ")).translate(_NO_BRACKETS)

    return read(words) in read(pypdf_text(path, pages=1)[0])


def _row_totals(briefing) -> dict[str, str]:
    """The table's rows: the period (or span) each names, and its total."""
    return {row.cells[0][0].replace("\xa0", " "): row.cells[1][0] for row in briefing.rows}


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_by_month_an_event_known_only_to_its_year_has_a_row_of_its_own(
    sample_store, poppler, tmp_path, language
):
    """2023 month by month, with three visits known only to 2023, a statement of one
    day in spring and one of 28 December – 3 January: they were counted in January (the row
    "January 2023", January's bar), a wrong month that a minister reads. They have rows of
    their own after the months, one for each year or years they may have begun in (a row
    for each window of two months took a table onto a page more), and a line under the
    chart counts them; every event is counted once."""
    _busy(sample_store, date(2023, 1, 1), 180, every=2)
    _known_only(sample_store, "2023", "2023", "2023", "[2023-03..2023-05]")
    _known_only(sample_store, "[2023-12-28..2024-01-03]")
    fmt = FORMATS[language]
    request, briefing = _planned(sample_store, language, date(2023, 1, 1), date(2023, 12, 31))
    assert briefing.glance.unit == "month"
    rows = _row_totals(briefing)
    year = word("month_not_known", fmt, span=fmt.year(2023)).replace("\xa0", " ")
    years = f"{fmt.year(2023)}–{fmt.year(2024)}"
    years = word("month_not_known", fmt, span=years).replace("\xa0", " ")
    months = [fmt.month_year(2023, month) for month in range(1, 13)]
    assert list(rows) == [*months, year, years]
    assert rows[months[0]] == fmt.number(16), "January's calls and visits, as held"
    assert (rows[year], rows[years]) == (fmt.number(4), fmt.number(1))
    totals = [int(fmt.digits(total).translate(_LATIN)) for total in rows.values()]
    assert sum(totals) == briefing.glance.total == 185
    charted = sum(sum(counts.values()) for counts in briefing.glance.by_period.values())
    assert charted == 180, "the chart's bars, and its line the five others"
    path = tmp_path / f"{language}.pdf"
    write_planned(briefing, request, path)
    text = poppler.squeezed(_read(poppler, path))
    assert poppler.squeezed(year) in text and poppler.squeezed(years) in text
    assert _said(poppler, word("uncharted_month", fmt, count=fmt.count(5)), path)
    assert poppler.squeezed(fmt.count(185)) in text


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_by_day_an_event_known_only_to_its_month_is_on_no_day(
    sample_store, poppler, tmp_path, language
):
    """March 2023 day by day, a statement known only to March: it was counted on 1 March."""
    _busy(sample_store, date(2023, 3, 1), 31 * 6, every=1 / 6)  # six a day
    _known_only(sample_store, "2023-03")
    fmt = FORMATS[language]
    request, briefing = _planned(sample_store, language, date(2023, 3, 1), date(2023, 3, 31))
    assert briefing.glance.unit == "day"
    rows = _row_totals(briefing)
    march = word("day_not_known", fmt, span=fmt.month_year(2023, 3)).replace("\xa0", " ")
    assert list(rows)[-1] == march and rows[march] == fmt.number(1)
    assert rows[fmt.day(date(2023, 3, 1))] == fmt.number(6)
    assert len(rows) == 32
    path = tmp_path / f"{language}.pdf"
    write_planned(briefing, request, path)
    text = poppler.squeezed(_read(poppler, path))
    assert poppler.squeezed(march) in text
    assert _said(poppler, word("uncharted_day", fmt, count=fmt.count(1)), path)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_by_day_events_known_only_to_their_year_say_the_month_is_not_known(sample_store, language):
    """March 2023 day by day, statements known only to 2023 (or to 2023 or 2024): their
    rows read "2023, month not known", not "2023, day not known", which said less than is
    unknown; one known only to March reads "March 2023, day not known"."""
    _busy(sample_store, date(2023, 3, 1), 31 * 6, every=1 / 6)
    _known_only(sample_store, "2023", "[2023..2024]", "2023-03")
    fmt = FORMATS[language]
    _, briefing = _planned(sample_store, language, date(2023, 3, 1), date(2023, 3, 31))
    assert briefing.glance.unit == "day"
    rows = list(_row_totals(briefing))

    def said(key: str, span: str) -> str:
        return word(key, fmt, span=span).replace("\xa0", " ")

    assert rows[-3:] == [
        said("month_not_known", fmt.year(2023)),
        said("month_not_known", f"{fmt.year(2023)}–{fmt.year(2024)}"),
        said("day_not_known", fmt.month_year(2023, 3)),
    ]


def test_by_year_an_event_known_only_to_its_year_is_in_its_year_as_before(sample_store):
    """Year by year the table is as it was: an event known only to 2022 is in 2022's row."""
    _busy(sample_store, date(2021, 1, 1), 200, every=6)
    _known_only(sample_store, "2022", "[2022..2023]")
    _, briefing = _planned(sample_store, "en", date(2021, 1, 1), date(2024, 6, 30))
    assert briefing.glance.unit == "year" and not briefing.glance.by_span
    rows = _row_totals(briefing)
    assert list(rows) == ["2021", "2022", "2023", "2024"]
    assert rows["2022"] == str(61 + 2)


_LATIN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_NO_BRACKETS = str.maketrans("", "", "()")


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_busiest_month_says_its_rows_count(sample_store, poppler, tmp_path, language):
    """2023 month by month, three forums of 27 February – 2 March: February's row counted
    them (they began then) and the busiest month did not, so a briefing named January
    with 16 events over February's row of 17 (the 50,000 events' Emirates and Nigeria:
    "February 2023 (29 events)" over its row of 30). The line says the row's month and
    count."""
    _busy(sample_store, date(2023, 1, 1), 180, every=2)  # 16 in January, 14 in February
    _known_only(sample_store, *["2023-02-27/2023-03-02"] * 3)
    fmt = FORMATS[language]
    request, briefing = _planned(sample_store, language, date(2023, 1, 1), date(2023, 12, 31))
    february = fmt.month_year(2023, 2)
    assert _row_totals(briefing)[february] == fmt.number(17)
    said = word("busiest_month", fmt, period=february, count=fmt.count(17), so_far="")
    path = tmp_path / f"{language}.pdf"
    write_planned(briefing, request, path)
    assert _said(poppler, said, path)


#: Five visits in 2019, one in 2020, two in 2021 and seven planned for 2027: on 1 June 2025
#: the busiest year is 2019, beside a taller bar still to come.
YEARS_AND_PLANS = [
    Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(day), title_en=f"Round {n}")
    for n, day in enumerate(
        [date(2019, 3, 10 + n) for n in range(5)]
        + [date(2020, 6, 12), date(2021, 9, 14), date(2021, 10, 16)]
        + [date(2027, 2, 1 + n) for n in range(7)]
    )
]


_RGB32 = QImage.Format.Format_RGB32


def _darkest(image: QImage, top: float, height: float) -> int:
    """The lightness of the darkest pixel in a band of ``image``: its text's colour."""
    return min(
        image.pixelColor(x, y).lightness()
        for y in range(round(top) + 2, round(top + height) - 2)
        for x in range(0, image.width(), 2)
    )


@pytest.mark.parametrize(
    ("language", "to_come"),
    [("en", "2027 (to come)"), ("fr", "2027 (à venir)"), ("ar", "٢٠٢٧ (لم يحن بعد)")],
)
def test_a_summary_tables_years_to_come_say_so(empty_store, poppler, tmp_path, language, to_come):
    """Morocco and Qatar's table by year, prepared in January 2026, went on to 2030 with
    counts like any year past, where the chart drew those years paler. Here Morocco and
    Kazakhstan's, prepared on 1 June 2025 with visits planned in 2027: the row of 2027 is
    quieter and says it is to come."""
    add_in_bulk(empty_store, YEARS_AND_PLANS)
    fmt = FORMATS[language]
    view = ViewState(PAIR, fmt, order=("MA", "KZ"))
    request = ExportRequest(view, generated=date(2025, 6, 1), table="summary")
    briefing = plan_briefing(empty_store, request, request.page.page_layout())
    named = {row.cells[0][0].replace("\xa0", " "): row.to_come for row in briefing.rows}
    assert named == {fmt.year(2019): False, fmt.year(2020): False, fmt.year(2021): False,
                     to_come: True}  # fmt: skip
    # Painted in the muted text, as the chart's bars to come are paler.
    rows = briefing.rows
    image = QImage(round(briefing.table.width), round(sum(r.height for r in rows)), _RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    briefing.table.paint_rows(painter, rows, 0.0)
    painter.end()
    darkest = [_darkest(image, sum(r.height for r in rows[:n]), row.height)
               for n, row in enumerate(rows)]  # fmt: skip
    muted = Theme().muted_text.lightness()
    assert [shade >= muted - 20 for shade in darkest] == [row.to_come for row in rows]
    path = tmp_path / f"{language}.pdf"
    write_planned(briefing, request, path)

    def read(text: str) -> str:  # as _said reads, on every page
        return poppler.squeezed(text.replace("\xa0", " ")).translate(_NO_BRACKETS)

    assert read(to_come) in read("".join(pypdf_text(path)))


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_single_days_summary_says_how_many_are_not_known_to_the_day(
    empty_store, poppler, tmp_path, language
):
    """The Emirates' 14 February 2024 counted 18 events, none of them known to the day
    (eleven to the year, seven to the month), and nothing said so: a single day has no
    chart, whose note says it of a longer selection."""
    when = ["2023-03-10", "2023-03", "2023-03", "2023"]
    add_in_bulk(empty_store, [Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"),
                                    EventDate.from_edtf(edtf), title_en=f"Visit {n}")
                              for n, edtf in enumerate(when)])  # fmt: skip
    fmt = FORMATS[language]
    day = date(2023, 3, 10)
    request = _request(language, day, day)
    path = tmp_path / f"{language}.pdf"
    export_file(empty_store, path, request)
    assert _said(poppler, word("undated_day", fmt, count=fmt.count(3)), path)
    two_days = replace(request, view=replace(request.view, event_filter=replace(
        request.view.event_filter, start=day - timedelta(days=1))))  # fmt: skip
    export_file(empty_store, path, two_days)  # the chart's note says it there
    assert not _said(poppler, word("undated_day", fmt, count=fmt.count(3)), path)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_events_begun_before_the_selection_are_said_apart(empty_store, poppler, tmp_path, language):
    """A week from 28 December 2020 counted four visits begun on 17–27 December on its
    first day, its busiest: under the chart they are said apart ("Not charted: 4 events
    begun before 28 December 2020"), first in the table by day, and a single day with no
    chart says them under its counts."""
    from timeline.domain.languages import with_label

    lasting = [f"2020-12-{day}/2020-12-29" for day in (17, 23, 23, 27)]
    events = [
        Event(
            EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.from_edtf(edtf), title_en=f"Visit {n}"
        )
        for n, edtf in enumerate(lasting)
    ]
    events += [Event(EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.on(date(2020, 12, 28)),
                     title_en=f"Call {n}") for n in range(2)]  # fmt: skip
    add_in_bulk(empty_store, events)
    fmt = FORMATS[language]
    first = date(2020, 12, 28)
    request, briefing = _planned(empty_store, language, first, first + timedelta(days=6))
    said = word("uncharted_before", fmt, count=fmt.count(4), day=fmt.day(first))
    path = tmp_path / f"{language}.pdf"
    export_file(empty_store, path, request)
    assert _said(poppler, said, path)
    busiest = GlanceBlock(briefing.glance, fmt, Theme(), 1000.0)._busiest()
    assert fmt.count(2) in busiest  # the two that began on the 28th, not six
    day = replace(request, view=replace(request.view, event_filter=replace(
        request.view.event_filter, end=first)))  # fmt: skip
    export_file(empty_store, path, day)
    began = word("begun_before", fmt, day=fmt.day(first))
    assert _said(poppler, with_label(began, fmt.count(4), language), path)


@pytest.mark.parametrize("landscape", [True, False])
def test_days_to_come_say_so_only_where_no_row_grows_a_line_for_it(empty_store, landscape):
    """The Emirates' January 2026 day by day, prepared on the 15th: on portrait paper
    "16 janvier 2026 (à venir)" took three lines where the day took two, and rows went on
    to a later page. There the days to come are quieter only."""
    from timeline.export.page_setup import PageSetup

    days = [date(2026, 1, 5) + timedelta(days=n) for n in range(21)]
    add_in_bulk(empty_store, [Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(day),
                                    title_en=f"Visit {day}") for day in days])  # fmt: skip
    fmt = FORMATS["fr"]
    selection = replace(PAIR, start=days[0], end=days[-1])
    request = ExportRequest(
        ViewState(selection, fmt, order=("MA", "KZ")),
        generated=date(2026, 1, 15),
        table="summary",
        page=PageSetup("A4", landscape=landscape),
    )
    briefing = plan_briefing(empty_store, request, request.page.page_layout())
    assert briefing.glance.unit == "day"
    assert [row.to_come for row in briefing.rows] == [day > date(2026, 1, 15) for day in days]
    said = ["à\xa0venir" in row.cells[0][0] for row in briefing.rows]
    heights = {row.height for row in briefing.rows}
    assert len(heights) == 1  # the days to come as tall as the others
    assert said == ([row.to_come for row in briefing.rows] if landscape else [False] * 21)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_charts_number_is_the_busiest_years_not_a_taller_one_to_come(
    empty_store, poppler, tmp_path, language
):
    """The United Arab Emirates and Nigeria on 1 June 2025: "Busiest year: 2012 (291
    events)" beside a chart whose one number, 303, stood over 2028, a year of planned
    events. The number is the busiest year's, over its bar, and a line under the chart
    says that its paler bars are years to come."""
    add_in_bulk(empty_store, YEARS_AND_PLANS)
    fmt = FORMATS[language]
    view = ViewState(PAIR, fmt, order=("MA", "KZ"))
    path = tmp_path / f"{language}.pdf"
    export_file(empty_store, path, ExportRequest(view, generated=date(2025, 6, 1)))
    busiest = word("busiest_year", fmt, period=fmt.year(2019), count=fmt.count(5), so_far="")
    assert _said(poppler, busiest, path)
    at = {(text, y): (x_min + x_max) / 2 for x_min, y, x_max, _y, text in poppler.words(path)[0]}
    # The chart's row of years, over the timeline's axis (which names them too).
    row = min(y for text, y in at if text == fmt.year(2019) and (fmt.year(2027), y) in at)
    years = [at[fmt.year(year), row] for year in range(2019, 2028) if (fmt.year(year), row) in at]
    pitch = abs(years[1] - years[0])
    over = [
        (text, x)
        for (text, y), x in at.items()
        if row - 120 < y < row and text.isdigit() and min(years) - pitch < x < max(years) + pitch
    ]
    assert [text for text, _x in over] == [fmt.number(5)]
    assert abs(over[0][1] - at[fmt.year(2019), row]) < pitch / 2
    assert _said(poppler, word("to_come", fmt), path)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_tie_for_the_busiest_year_names_every_year_of_it(
    empty_store, poppler, tmp_path, language
):
    """Qatar and its partners: "Busiest year: 1983 (10 events)", and 2022 had ten too. Three
    visits in 2019, one in 2020 and three in 2021: the line names 2019 and 2021."""
    days = [date(2019, 3, 10 + n) for n in range(3)] + [date(2020, 6, 12)]
    days += [date(2021, 9, 14 + n) for n in range(3)]
    visits = [
        Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(day), title_en=f"Round {n}")
        for n, day in enumerate(days)
    ]
    add_in_bulk(empty_store, visits)
    fmt = FORMATS[language]
    view = ViewState(PAIR, fmt, order=("MA", "KZ"))
    path = tmp_path / f"{language}.pdf"
    export_file(empty_store, path, ExportRequest(view, generated=date(2025, 6, 1)))
    said = {
        "ar": "أكثر السنوات نشاطًا: ٢٠١٩ و٢٠٢١ (٣ أحداث لكلٍّ منهما)",
        "en": "Busiest years: 2019 and 2021 (3 events each)",
        "fr": "Années les plus actives\u00a0: 2019 et 2021 (3 événements chacune)",
    }
    assert _said(poppler, said[language], path)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_selection_of_years_to_come_says_no_agreement_has_taken_place_yet(
    empty_store, poppler, tmp_path, language
):
    """The Emirates and Nigeria in 2027-2029, prepared in 2025: "Latest event of each kind"
    stood over nothing, and "No agreements in this selection" beside "Agreement signed:
    104"."""
    planned = [
        Event(kind, ("MA", "KZ"), EventDate.on(date(2027, 3, 1 + n)), title_en=f"Plan {n}")
        for n, kind in enumerate([EventKind.AGREEMENT_SIGNED, EventKind.OFFICIAL_VISIT] * 3)
    ]
    add_in_bulk(empty_store, planned)
    fmt = FORMATS[language]
    view = ViewState(PAIR, fmt, order=("MA", "KZ"))
    path = tmp_path / f"{language}.pdf"
    export_file(empty_store, path, ExportRequest(view, generated=date(2025, 6, 1)))
    assert _said(poppler, word("no_agreements_yet", fmt), path)
    assert not _said(poppler, word("no_agreements", fmt), path)
    assert not _said(poppler, word("latest", fmt), path)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_selection_whose_only_agreement_was_cancelled_says_none_took_place(
    empty_store, poppler, tmp_path, language
):
    """Shown with the cancelled events, 2021-2022 counted "Agreement signed: 1" and said
    "None has taken place yet" of an agreement that never will."""
    from timeline.domain.status import EventStatus

    cancelled = Event(EventKind.AGREEMENT_SIGNED, ("MA", "KZ"), EventDate.on(date(2021, 5, 4)),
                      title_en="Signature", status=EventStatus.CANCELLED)  # fmt: skip
    visit = Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(date(2022, 2, 1)),
                  title_en="Visit")  # fmt: skip
    add_in_bulk(empty_store, [cancelled, visit])
    fmt = FORMATS[language]
    every = replace(PAIR, statuses=frozenset(EventStatus))
    path = tmp_path / f"{language}.pdf"
    export_file(
        empty_store,
        path,
        ExportRequest(ViewState(every, fmt, order=("MA", "KZ")), generated=date(2025, 6, 1)),
    )
    assert _said(poppler, word("no_agreements_held", fmt), path)
    assert not _said(poppler, word("no_agreements_yet", fmt), path)


@pytest.mark.parametrize(
    ("language", "signed", "gatherings"),
    [
        ("en", "Agreement signed: 1 (1 cancelled)", "Multilateral gathering: 3 (2 cancelled)"),
        ("fr", "Accord signé : 1 (dont 1 annulation)",
         "Réunion multilatérale : 3 (dont 2 annulations)"),
        ("ar", "توقيع اتفاق: ١ (أُلغي ١)", "اجتماع متعدد الأطراف: ٣ (أُلغي ٢)"),
    ],
)  # fmt: skip
def test_the_counts_by_kind_say_how_many_were_cancelled(
    empty_store, poppler, tmp_path, language, signed, gatherings
):
    """Qatar's 2022 with its cancelled events shown counted "Agreement signed: 1" beside
    "Agreements: None took place": the one signature was cancelled."""
    from timeline.domain.status import EventStatus

    cancelled, held = EventStatus.CANCELLED, EventStatus.HELD
    kinds = [(EventKind.AGREEMENT_SIGNED, cancelled), (EventKind.OFFICIAL_VISIT, held)]
    kinds += [(EventKind.MULTILATERAL_GATHERING, status) for status in (cancelled, held, cancelled)]
    events = [
        Event(kind, ("MA", "KZ"), EventDate.on(date(2022, 2, 1 + 3 * n)), title_en=f"Event {n}",
              status=status)
        for n, (kind, status) in enumerate(kinds)
    ]  # fmt: skip
    add_in_bulk(empty_store, events)
    fmt = FORMATS[language]
    every = ViewState(replace(PAIR, statuses=frozenset(EventStatus)), fmt, order=("MA", "KZ"))
    path = tmp_path / f"{language}.pdf"
    export_file(empty_store, path, ExportRequest(every, generated=date(2025, 6, 1)))
    assert _said(poppler, signed, path) and _said(poppler, gatherings, path)
    visit = word("kind_count", fmt, kind=EventKind.OFFICIAL_VISIT.info.name(language), n="1")
    assert _said(poppler, fmt.digits(visit), path)  # none of them cancelled: as before


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_summarys_key_says_what_hollow_and_struck_markers_mean(
    empty_store, poppler, tmp_path, language
):
    """Morocco's relations of 2020-2022 with cancelled events shown: their markers struck
    through, postponed ones hollow, and the key under the counts explained neither."""
    from timeline.domain.status import EventStatus

    statuses = [EventStatus.HELD, EventStatus.CANCELLED, EventStatus.POSTPONED]
    events = [
        Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(date(2021, 3, 1 + n)),
              title_en=f"Visit {n}", status=status)
        for n, status in enumerate(statuses)
    ]  # fmt: skip
    add_in_bulk(empty_store, events)
    fmt = FORMATS[language]
    path = tmp_path / f"{language}.pdf"
    shown = ViewState(replace(PAIR, statuses=frozenset(statuses)), fmt, order=("MA", "KZ"))
    export_file(empty_store, path, ExportRequest(shown, generated=date(2025, 6, 1)))
    assert _said(poppler, status_words(EventStatus.POSTPONED, language), path)
    assert _said(poppler, status_words(EventStatus.CANCELLED, language), path)
    held = ViewState(replace(PAIR, statuses=frozenset({EventStatus.HELD})), fmt, order=("MA", "KZ"))
    export_file(empty_store, path, ExportRequest(held, generated=date(2025, 6, 1)))
    assert not _said(poppler, status_words(EventStatus.POSTPONED, language), path)
    assert not _said(poppler, status_words(EventStatus.CANCELLED, language), path)


def _painted_summary(
    theme: Theme, width: int, events: list[Event] = YEARS_AND_PLANS, as_of=date(2025, 6, 1)
):
    """The summary of ``events`` on ``as_of`` (by default :data:`YEARS_AND_PLANS` on 1 June
    2025), and its picture on white."""
    from PySide6.QtGui import QColor, QImage, QPainter

    block = GlanceBlock(glance(events, as_of), FORMATS["en"], theme, width)
    image = QImage(width, int(block.height) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    block.paint(painter, 0.0)
    painter.end()
    return block, image


def test_the_bars_of_years_to_come_are_paler():
    """A chart's years after the day the briefing is prepared are drawn in a solid, paler
    tint of their kinds' colours: 2027's seven planned visits, taller than 2019's five,
    read as the busiest year."""
    from PySide6.QtGui import QColor

    theme, width = Theme(), 1000
    block, image = _painted_summary(theme, width)
    painted: dict[int, int] = {}
    columns: dict[int, set[int]] = {}  # each colour's columns
    for x in range(width):
        for y in range(image.height()):
            rgb = image.pixel(x, y)
            painted[rgb] = painted.get(rgb, 0) + 1
            columns.setdefault(rgb, set()).add(x)
    visit = theme.kind_colour(EventKind.OFFICIAL_VISIT)

    def tint(rgb: int) -> bool:
        """A solid paler colour of the visits' hue (not an edge's odd pixel)."""
        colour = QColor(rgb)
        paler = colour.hsvSaturation() < visit.hsvSaturation() - 40 and colour.value() < 255
        return paler and abs(colour.hsvHue() - visit.hsvHue()) <= 4 and painted[rgb] >= 50

    assert painted.get(visit.rgb(), 0) >= 50  # the years begun
    (pale,) = [rgb for rgb in painted if tint(rgb)]
    # Only the last bar, 2027's, is pale: after every bar of the years begun in the chart's
    # column (time runs left to right; the kinds' swatches stand in the other columns).
    to_come = columns[pale]
    chart = range(int(max(to_come) - block.column_width), max(to_come) + 1)
    begun = [x for x in columns[visit.rgb()] if x in chart]
    assert begun and max(begun) < min(to_come)
    assert max(to_come) - min(to_come) < (max(to_come) - min(begun)) / 4, "one bar"


def test_the_year_under_way_stands_its_events_to_come_paler_on_top_of_its_bar():
    """Prepared on 1 October 2021, with three visits held that year and four planned for
    November: "Busiest year: 2021 (3 events so far)", its bar three solid and four paler on
    top, and its number the line's (it stood "7" over a bar of one colour)."""
    from PySide6.QtGui import QColor

    days = [date(2019, 3, 10), date(2019, 4, 2), date(2020, 6, 12)]
    days += [date(2021, 2, 1 + n) for n in range(3)] + [date(2021, 11, 1 + n) for n in range(4)]
    events = [
        Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(day), title_en=f"Round {n}")
        for n, day in enumerate(days)
    ]
    theme = Theme()
    block, image = _painted_summary(theme, 1000, events, date(2021, 10, 1))
    assert block._busiest() == word(
        "busiest_year", FORMATS["en"], period="2021", count="3 events", so_far=" so far"
    )
    assert (block.glance.busiest_count, sum(block.glance.by_period[date(2021, 1, 1)].values())) == (
        3,
        7,
    )
    visit = theme.kind_colour(EventKind.OFFICIAL_VISIT)
    solid_at: dict[int, list[int]] = {}
    pale_at: dict[int, list[int]] = {}
    for x in range(1000):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if colour.rgb() == visit.rgb():
                solid_at.setdefault(x, []).append(y)
            elif (
                colour.value() < 255
                and abs(colour.hsvHue() - visit.hsvHue()) <= 4
                and (colour.hsvSaturation() < visit.hsvSaturation() - 40)
            ):
                pale_at.setdefault(x, []).append(y)
    both = [x for x in pale_at if len(solid_at.get(x, ())) >= 10 and len(pale_at[x]) >= 10]
    assert both, "a bar solid below and paler above"
    for x in both:
        assert max(pale_at[x]) < min(solid_at[x])
        assert len(pale_at[x]) == pytest.approx(len(solid_at[x]) * 4 / 3, abs=2)


@pytest.mark.parametrize(
    "years",
    [
        YEARS_AND_PLANS,  # 2019's five, 2027's seven planned far from it
        # 2024's four beside 2025's seven planned, among thirty-six years: the count rose to
        # its taller neighbour's height
        [
            Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(day), title_en="Round")
            for day in [date(1990 + n, 5, 1) for n in range(34)]
            + [date(2024, 3, 10 + n) for n in range(4)]
            + [date(2025, 2, 1 + n) for n in range(7)]
        ],
    ],
)
def test_the_busiest_years_number_stands_on_its_bar_not_on_the_charts_top_line(years):
    """The Emirates and Nigeria's 2025 by month: "24" stood on the chart's top line over
    March, level with December's taller planned bar, and read as December's."""
    theme, width = Theme(), 1000
    as_of = date(2024, 12, 31) if years is not YEARS_AND_PLANS else date(2025, 6, 1)
    _block, image = _painted_summary(theme, width, years, as_of)
    visit = theme.kind_colour(EventKind.OFFICIAL_VISIT).rgb()
    at = [(x, y) for x in range(width) for y in range(image.height()) if image.pixel(x, y) == visit]
    # The busiest bar begun: the tallest run of the visits' colour (the planned are paler;
    # a swatch is shorter).
    tops: dict[int, int] = {}
    bottoms: dict[int, int] = {}
    for x, y in at:
        tops[x], bottoms[x] = min(tops.get(x, y), y), max(bottoms.get(x, y), y)
    top = min(top for x, top in tops.items() if bottoms[x] - top > 12)
    busiest = [x for x, first in tops.items() if first == top]
    ink = [
        y
        for x in range(min(busiest) - 2, max(busiest) + 3)
        for y in range(top - 40, top)
        if image.pixelColor(x, y).lightness() < 200
    ]
    assert ink, "the number over the busiest bar"
    # Right over it: on the top line it stood 25 pixels higher, level with 2027's top.
    assert top - 20 < max(ink) < top, (max(ink), top)


def test_an_arabic_charts_month_names_are_clear_of_the_line_under_them(
    empty_store, poppler, tmp_path
):
    """The Emirates and Nigeria's 2026 by month in Arabic: the months' names ran into the
    line under the chart, the tanween of its "حدثًا" under "مارس" (read "مارسٍ"), and their
    row, 16 points, cut "ماي"'s dots (read "ماى")."""
    months = [
        Event(
            EventKind.OFFICIAL_VISIT,
            ("MA", "KZ"),
            EventDate.on(date(2026, m, 10)),
            title_ar=f"زيارة {m}",
        )
        for m in range(1, 13)
    ] + [Event(EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.from_edtf("2026"), title_ar="اتصال")]
    add_in_bulk(empty_store, months)
    fmt = DateFormat("ar", DateStyle.MAGHREB)  # مارس, ماي: the months the review read
    period = replace(PAIR, start=date(2026, 1, 1), end=date(2026, 12, 31))
    view = ViewState(period, fmt, order=("MA", "KZ"))
    path = tmp_path / "ar.pdf"
    export_file(empty_store, path, ExportRequest(view, generated=date(2025, 6, 1)))
    # Poppler gives Arabic words in the order they are drawn, right to left: reversed.
    words = [(*box, text[::-1]) for *box, text in poppler.words(path)[0]]
    (line,) = [w for w in words if "خارج" in w[4]]  # the line under the chart
    named = [w for w in words if w[4] in {"مارس", "ماي", "يوليوز"} and w[1] < line[1] < w[1] + 40]
    assert len(named) == 3, (named, line)
    # As clear of it as it is of the line under it (a font's boxes overlap a little).
    (after,) = [w for w in words if "الأفتح" in w[4]]  # "paler: events still to come"
    apart = line[3] - after[1]
    assert all(w[3] - line[1] <= apart + 0.5 for w in named), (named, line, after)


def _texts_drawn(block: GlanceBlock) -> list[tuple]:
    """The arguments of each ``drawText`` painting ``block`` made, in order."""
    from PySide6.QtGui import QColor, QImage, QPainter

    drawn: list[tuple] = []

    class Recording(QPainter):
        def drawText(self, *args):
            drawn.append(args)
            super().drawText(*args)

    image = QImage(1000, int(block.height) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = Recording(image)
    block.paint(painter, 0.0)
    painter.end()
    return drawn


def test_an_arabic_days_chart_lays_its_dates_out_right_to_left(qapp):
    """Morocco's Latin digits in an Arabic chart by day: "26 ماي" began with its digits,
    was laid out left to right and read "ماي 26" (its digits drawn on the left)."""
    from PySide6.QtCore import Qt

    days = [date(2025, 5, 26) + timedelta(days=n) for n in range(14)]
    calls = [
        Event(EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.on(day), title_ar="اتصال")
        for day in days
    ]
    summary = glance(calls, date(2025, 6, 1), days[0], (days[0], days[-1]))
    block = GlanceBlock(summary, DateFormat("ar", DateStyle.MAGHREB), Theme(), 1000)
    drawn = [
        (args[1], args[2].textDirection())
        for args in _texts_drawn(block)
        if len(args) == 3 and isinstance(args[2], QTextOption)
    ]
    names = {text: way for text, way in drawn if text in ("26 ماي", "1 يونيو")}
    assert names == {
        "26 ماي": Qt.LayoutDirection.RightToLeft,
        "1 يونيو": Qt.LayoutDirection.RightToLeft,
    }


# The strategies an event of about 2023 is drawn with, made once: made again at each event,
# Hypothesis looked each one over again, two thirds of the test's time.
_SHAPES = st.sampled_from(("day", "lasting", "vague"))
_VAGUE = event_dates(2022, 2024)
_DAYS = st.dates(date(2022, 12, 1), date(2024, 1, 31))
_LASTING = st.integers(1, 6)
_KINDS = st.sampled_from(EventKind)


@st.composite
def _events_of_2023(draw) -> list[Event]:
    """Events of about 2023: on a day, lasting a few days (across a month's end too), or
    known only to a month, a year or a span."""

    def when() -> EventDate:
        shape = draw(_SHAPES)
        if shape == "vague":
            return draw(_VAGUE)
        start = FuzzyDate.from_date(draw(_DAYS))
        if shape == "day":
            return EventDate(start)
        end = FuzzyDate.from_date(start.earliest() + timedelta(days=draw(_LASTING)))
        return EventDate(start, end)

    count = draw(st.integers(1, 40))
    return [
        Event(kind=draw(_KINDS), countries=("MA", "KZ"), date=when(), title_en="event")
        for _ in range(count)
    ]


@given(
    _events_of_2023(),
    st.dates(date(2023, 1, 1), date(2023, 12, 31)),
    st.integers(0, 400),
    st.booleans(),
    st.dates(date(2023, 1, 1), date(2024, 3, 1)),
    st.sampled_from(sorted(FORMATS)),
)
def test_the_busiest_line_says_its_rows_count(events, first, length, since, as_of, language):
    """Every briefing counted by month or by day: its busiest line names the rows of its
    table begun by the day it is prepared with the most events taken place by then (two or
    three of a tie, each by its name), with that count: the rows' own where the table would
    be the same of those events only, else "so far"."""
    last = first + timedelta(days=length)
    shown = [e for e in events if e.date.latest() >= first and e.date.earliest() <= last]
    summary = glance(shown, as_of, first if since else None, (first, last))
    if summary.unit == "year":
        return
    fmt = FORMATS[language]
    line = GlanceBlock(summary, fmt, Theme(), 1000.0)._busiest()
    begun = [e for e in shown if e.date.earliest() <= as_of]
    taken = glance(begun, as_of, first if since else None, (first, last))
    rows = {  # the rows of the periods begun by then, of the events taken place: name, total
        start: period_cells(start, summary.unit, counts, summary.kinds, fmt, False)[:2]
        for start, counts in taken.by_period.items()
        if counts and start <= as_of
    }
    totals = {
        start: int(fmt.digits(cells[1][0]).translate(_LATIN)) for start, cells in rows.items()
    }
    most = max(totals.values(), default=0)
    names = [cells[0][0] for start, cells in rows.items() if totals[start] == most]
    if len(summary.by_period) < 2 or most < 2 or len(names) > MOST_TIED:
        assert line == ""  # a single period, months (days) of one event each, or many tied
        return
    count = fmt.count(most)
    whole = [sum(summary.by_period[start].values()) for start in totals if totals[start] == most]
    so_far = word("so_far", fmt) if max(whole) > most else ""
    if len(names) == 1:
        said = word(f"busiest_{summary.unit}", fmt, period=names[0], count=count, so_far=so_far)
    else:
        them = word("of_two" if len(names) == 2 else "of_more", fmt)
        periods = fmt.listed(names)
        said = word(
            f"busiest_{summary.unit}s", fmt, periods=periods, count=count, them=them, so_far=so_far
        )
    assert line == said


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_cancelled_events_stand_outlined_on_their_bar_and_never_make_the_busiest_year(
    empty_store, poppler, tmp_path, language
):
    """The sample with three of 2025's events cancelled and shown: "Busiest year: 2025 (8
    events)" over a bar of 8, against five held and the counts' own "(1 cancelled)". The
    busiest year is counted from what was not cancelled, the bar keeps its height with the
    cancelled part outlined, and a line under the chart says so."""
    from timeline.domain.status import EventStatus

    def visits(year: int, count: int, status: EventStatus) -> list[Event]:
        return [
            Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(date(year, 3, 1 + n)),
                  title_en=f"Visit {year} {status.value} {n}", status=status)
            for n in range(count)
        ]  # fmt: skip

    cancelled = EventStatus.CANCELLED
    events = visits(2021, 4, EventStatus.HELD) + visits(2024, 3, EventStatus.HELD)
    add_in_bulk(empty_store, events + visits(2024, 3, cancelled))
    fmt = FORMATS[language]
    shown = replace(PAIR, statuses=frozenset({EventStatus.HELD, cancelled}))
    request = ExportRequest(ViewState(shown, fmt, order=("MA", "KZ")), generated=date(2025, 6, 1))
    path = tmp_path / f"{language}.pdf"
    export_file(empty_store, path, request)
    busiest = word("busiest_year", fmt, period=fmt.year(2021), count=fmt.count(4), so_far="")
    assert _said(poppler, busiest, path)
    assert _said(poppler, word("cancelled_bars", fmt), path)
    summary = plan_briefing(empty_store, request, request.page.page_layout()).glance
    assert sum(summary.by_period[date(2024, 1, 1)].values()) == 6, "its row counts them all"
    assert summary.cancelled_by_period == {date(2024, 1, 1): {EventKind.OFFICIAL_VISIT: 3}}
    summarised = replace(request, table="summary")
    rows = plan_briefing(empty_store, summarised, request.page.page_layout()).rows
    totals = {row.cells[0][0]: row.cells[1][0] for row in rows}
    assert totals[fmt.year(2024)] == f"{fmt.number(6)} ({fmt.count(3, 'cancelled')})"
    assert totals[fmt.year(2021)] == fmt.number(4), "a row with none cancelled as before"
    held = replace(PAIR, statuses=frozenset({EventStatus.HELD}))
    request = ExportRequest(ViewState(held, fmt, order=("MA", "KZ")), generated=date(2025, 6, 1))
    export_file(empty_store, path, request)
    assert not _said(poppler, word("cancelled_bars", fmt), path)


def test_a_chart_of_cancelled_events_alone_stands_no_count_on_its_outlines(
    empty_store, poppler, tmp_path
):
    """Every event cancelled: "8" stood on a bar of outlines alone, where the summary
    names no busiest year."""
    from timeline.domain.status import EventStatus

    cancelled = EventStatus.CANCELLED
    events = [
        Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(date(year, 3, 1 + n)),
              title_en=f"Visit {year} {n}", status=cancelled)
        for year, count in ((2021, 2), (2024, 8)) for n in range(count)
    ]  # fmt: skip
    add_in_bulk(empty_store, events)
    fmt = FORMATS["en"]
    shown = replace(PAIR, statuses=frozenset({EventStatus.HELD, cancelled}))
    request = ExportRequest(ViewState(shown, fmt, order=("MA", "KZ")), generated=date(2025, 6, 1))
    path = tmp_path / "cancelled.pdf"
    export_file(empty_store, path, request)
    words = poppler.words(path)[0]
    at = {(text, y) for _x, y, _x2, _y2, text in words}
    row = min(
        y for text, y in at if text == "2021" and any(t == "2024" and y2 == y for t, y2 in at)
    )
    over = [text for text, y in at if row - 120 < y < row and text.isdigit()]
    assert over == [], over
    assert _said(poppler, word("cancelled_bars", fmt), path)


def test_a_days_table_lists_that_days_events_first(sample_store):
    """A briefing on 15 June 2020 of every country listed 37 events known only to 2020
    before the day's own three, on its last page. The day's come first, then those whose
    day is not known, the narrower their days the sooner (the month's before the year's)."""
    _known_only(sample_store, "2023", "2023-03")
    _busy(sample_store, date(2023, 3, 9), 2, every=0.5)  # both on the day
    fmt = FORMATS["en"]
    _, briefing = _planned(sample_store, "en", date(2023, 3, 9), date(2023, 3, 9))
    assert briefing.mode == "all"
    dates = [row.cells[0][0] for row in briefing.rows]
    assert dates == [fmt.day(date(2023, 3, 9))] * 2 + [fmt.month_year(2023, 3), fmt.year(2023)]


@pytest.mark.parametrize(("language", "written"), [("en", "1,028"), ("fr", "1\u202f028")])
def test_the_charts_busiest_count_is_grouped_as_the_line_beside_it(qapp, language, written):
    """The chart stood "1027" over its busiest bar beside "Busiest year: 1983 (1,028
    events)": a count in the reader's grouping, as the line writes it."""

    calls = [
        Event(
            EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.on(date(1983, 1, 1) + timedelta(n % 365))
        )
        for n in range(1027)
    ]
    calls += [
        Event(EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.on(date(year, 3, 1)))
        for year in range(1975, 1991)
    ]
    block = GlanceBlock(glance(calls, date(2025, 6, 1)), FORMATS[language], Theme(), 1000)
    drawn = [arg for args in _texts_drawn(block) for arg in args if isinstance(arg, str)]
    assert written in drawn and "1028" not in drawn
