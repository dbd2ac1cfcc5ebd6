"""The list follows the view, an empty result says so with a way out, and the details pane
folds away (remembered) so a small window keeps the list's titles."""

from __future__ import annotations

import dataclasses
import html
import math
from datetime import date, timedelta
from itertools import pairwise

import pytest
from layout_checks import inked_rows
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QFontMetricsF, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QStyle, QToolTip
from visual_order import as_read

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.export.briefing_words import unbroken
from timeline.io.sample import sample_events
from timeline.render.index import MemorySource
from timeline.ui.event_list import PAGE, TITLE_CHARS, TITLE_SHARE, EventListView
from timeline.ui.highlight import HIGHLIGHT
from timeline.ui.main_window import MainWindow


def top_row(window: MainWindow) -> int:
    return window.event_list.rowAt(0)


def test_the_list_scrolls_to_the_first_event_in_view(open_window, sample_store, english):
    window = open_window(sample_store, english, size=(1200, 600))
    assert top_row(window) == 0
    window.timeline.go_to(date(2025, 4, 20), 60)
    starts = window.timeline.source.index.starts
    expected = int((starts < window.timeline.period.start).sum())
    assert expected > 0
    assert top_row(window) == expected


@pytest.mark.parametrize(
    ("centre", "days", "first"),
    [(date(2019, 7, 1), 30, "June"), (date(2019, 7, 12), 1, "Assembly")],
)
def test_the_list_follows_a_view_past_the_events_ended_before_it(
    open_window, empty_store, english, centre, days, first
):
    """A month of 2019 on the 50,000-event database began its list at the events known only
    to "2019", then January's to May's, all ended months before the view: it begins at the
    events running into the view from not long before it (the month's, or at a day within
    an assembly, the assembly), the year's events above."""
    call = Event(EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.on(date(2019, 1, 2)), title_en="a")
    year = dataclasses.replace(call, date=EventDate(FuzzyDate.parse("2019")), title_en="2019")
    days_of = [date(2019, 1, 2) + timedelta(days=3 * n) for n in range(55)]
    days_of += [date(2019, 7, 20) + timedelta(days=3 * n) for n in range(40)]
    dated = [dataclasses.replace(call, date=EventDate.on(day)) for day in days_of]
    june = dataclasses.replace(call, date=EventDate(FuzzyDate.parse("2019-06")), title_en="June")
    inside = [dataclasses.replace(call, date=EventDate.on(date(2019, 6, n))) for n in (20, 25)]
    five_days = EventDate(
        FuzzyDate.from_date(date(2019, 7, 10)), FuzzyDate.from_date(date(2019, 7, 14))
    )
    assembly = dataclasses.replace(call, date=five_days, title_en="Assembly")
    empty_store.add_many([year, *dated, june, *inside, assembly])
    window = open_window(empty_store, english, size=(1200, 600))
    window.timeline.go_to(centre, days)
    model = window.event_list.model()
    assert model.event_at(top_row(window)).title_en == first


def test_the_list_stays_where_the_user_scrolled_it(open_window, sample_store, english):
    window = open_window(sample_store, english, size=(1200, 600))
    bar = window.event_list.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderToMaximum)  # as the user does
    mine = top_row(window)
    window.timeline.go_to(date(2024, 5, 1), 30)
    assert top_row(window) == mine


def test_an_empty_result_says_so_and_clears_the_search(qtbot, open_window, sample_store, english):
    window = open_window(sample_store, english)
    window.filter_bar.set_filter(EventFilter(text="zzzz"), ())
    window.apply_filter(EventFilter(text="zzzz"))
    assert window.timeline_area.currentWidget() is window.empty_result
    assert as_read(window.empty_result.message.text()) == "No event matches ‘zzzz’."
    header = window.event_list.horizontalHeader()
    assert header.sectionSize(2) > 60, "the list's columns keep their widths"
    qtbot.mouseClick(window.empty_result.clear_button, Qt.MouseButton.LeftButton)
    assert window.state.event_filter == EventFilter()
    assert window.timeline_area.currentWidget() is window.timeline_scroll
    assert window.event_list.model().rowCount() == 11


def test_an_empty_period_offers_every_date_of_the_same_countries(
    qtbot, open_window, sample_store, english
):
    """Morocco–Kazakhstan in 2030–2031, when they have no event: one click shows the pair's
    events of every date, the pair kept (clearing every filter lost the pair as well);
    only then, with nothing left to let go of but the pair, does it offer to clear all."""
    window = open_window(sample_store, english)
    pair = frozenset({"MA", "KZ"})
    later = EventFilter(countries=pair, start=date(2030, 1, 1), end=date(2031, 12, 31))
    window.filter_bar.set_filter(later, ("MA", "KZ"))
    window.apply_filter(later)
    assert window.timeline_area.currentWidget() is window.empty_result
    button = window.empty_result.clear_button
    assert button.text() == "Show every date"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.state.event_filter.countries == pair
    assert (window.state.event_filter.start, window.state.event_filter.end) == (None, None)
    assert window.timeline_area.currentWidget() is window.timeline_scroll
    assert window.event_list.model().rowCount() == 6
    nowhere = EventFilter(countries=frozenset({"DZ", "FR"}))
    window.apply_filter(nowhere)
    assert window.empty_result.clear_button.text() == "Clear the filters"


def test_the_details_pane_folds_away_and_stays_folded(open_window, sample_store, english):
    window = open_window(sample_store, english, size=(800, 500))
    window.findChild(QAction, "detailsPane").trigger()  # View > Show details pane
    assert not window.details.isVisible()
    window.close()
    again = open_window(sample_store, english, size=(800, 500))
    assert not again.details.isVisible()
    header = again.event_list.horizontalHeader()
    title = header.sectionViewportPosition(2)
    assert 0 <= title < again.event_list.viewport().width() - 100, "the title is in sight"
    assert header.visualIndex(2) == 1


def test_a_bar_running_into_the_view_counts_as_in_view(open_window, sample_store, english):
    window = open_window(sample_store, english, size=(1200, 600))
    window.timeline.go_to(date(2025, 4, 8), 1)  # inside the IPU assembly, 5-9 April
    model = window.event_list.model()
    first = model.event_at(top_row(window))
    assert first.date.earliest() == date(2025, 4, 5)


def test_a_small_list_keeps_whole_dates_and_a_readable_title(open_window, sample_store, english):
    window = open_window(sample_store, english, size=(800, 500))
    table = window.event_list
    header = table.horizontalHeader()
    assert header.visualIndex(2) == 1, "the title right after the date"
    assert table.sizeHintForColumn(0) <= header.sectionSize(0), "no date is cut"
    title_end = header.sectionViewportPosition(2) + header.sectionSize(2)
    assert title_end <= table.viewport().width(), "the title is wholly in sight"
    assert header.sectionSize(2) >= table.fontMetrics().averageCharWidth() * 30
    model = table.model()
    first = model.index(1, 0)
    assert model.data(first) == "28 August 2024", "a narrow list leaves the Hijri date out"
    assert model.data(first, Qt.ItemDataRole.ToolTipRole) == "28 August 2024 (24 Safar 1446 AH)"
    window.resize(1600, 900)
    assert model.data(first) == "28 August 2024 (24 Safar 1446 AH)", "room for both calendars"
    assert table.sizeHintForColumn(0) <= header.sectionSize(0)


@pytest.mark.parametrize("size", [(800, 500), (1600, 900)])
def test_no_column_shows_cut_at_the_lists_edge(open_window, sample_store, english, size):
    """The columns after the title showed a sliver at the list's right edge ("Agre" of
    "Agreement signed" at 800×500, "Nigeri" of the countries at 1600×900): each is whole in
    view or begins at its edge, the title taking that room."""
    window = open_window(sample_store, english, size=size)
    table = window.event_list
    header = table.horizontalHeader()
    edge = table.viewport().width()
    for column in range(header.count()):
        begin = header.sectionViewportPosition(column)
        end = begin + header.sectionSize(column)
        assert end <= edge or begin >= edge, (column, begin, end, edge)


def _add_dated(store, when: EventDate, titles: list[str]) -> None:
    """Events of the sample's first kind on ``when``, one for each of ``titles``."""
    first = sample_events()[0]
    store.add_many(
        dataclasses.replace(
            first, id=None, date=when, title_en=title, agreement_id=None, agreement_step=None
        )
        for title in titles
    )


def test_a_small_list_of_long_dates_writes_them_short_to_keep_the_title(
    open_window, sample_store, english
):
    """Windows of a few days across two months ("one day within 30 September – 2 October
    2024") made the date column of an 800×500 window so wide that titles elided after
    eighteen characters (the 50,000-event database). Narrower than the Gregorian words,
    the dates are written short, whole, and the title keeps its share."""
    window_of = EventDate(
        FuzzyDate.from_date(date(2024, 9, 30)), FuzzyDate.from_date(date(2024, 10, 2)), True
    )
    _add_dated(sample_store, window_of, [f"Talks {n}" for n in range(3)])
    window = open_window(sample_store, english, size=(800, 500))
    window.timeline.go_to(date(2024, 9, 28), 7)
    table = window.event_list
    header = table.horizontalHeader()
    assert table.sizeHintForColumn(0) <= header.sectionSize(0), "no date is cut"
    title_end = header.sectionViewportPosition(2) + header.sectionSize(2)
    assert title_end <= table.viewport().width(), "the title is wholly in sight"
    assert header.sectionSize(2) >= table.fontMetrics().averageCharWidth() * 30
    model = table.model()
    shown = {model.data(model.index(row, 0)) for row in range(model.rowCount())}
    assert "a day in 30 Sep – 2 Oct 2024" in shown
    row = next(r for r in range(model.rowCount()) if model.event_at(r).date == window_of)
    tooltip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("one day within 30 September – 2 October 2024 (")


def test_a_date_too_long_for_a_small_list_wraps_and_the_title_keeps_its_share(
    open_window, empty_store
):
    """The French list of the 10,000 events at 800×500 sized its date column to the widest
    date of its rows and a page, "un jour entre le 23 août et le 1er sept. 1979" even
    written short: 270 pixels for rows of "janv. 1979", and titles cut to their first word
    ("Statement…"). The title keeps its share; a date too long for it (written short,
    "un jour du 28 déc. 1979 au 3 janv. 1980") wraps between its parts in a row of two
    lines, whole, and the columns stay as they are when the list scrolls to it."""
    fmt = DateFormat("fr")
    first, last = date(1979, 12, 28), date(1980, 1, 3)
    month = Event(
        EventKind.MULTILATERAL_GATHERING,
        ("AE", "NG"),
        EventDate(FuzzyDate.parse("1979-01")),
        title_en="Multilateral gathering: United Arab Emirates–Nigeria on health",
    )
    window_of = EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(last), True)
    statement = "Statement: Azerbaijan–Türkiye on transport"
    long = dataclasses.replace(month, date=window_of, title_en=statement)
    days = [last + timedelta(days=n) for n in (1, 2, 3)]
    later = [dataclasses.replace(month, date=EventDate.on(day)) for day in days]
    empty_store.add_many([*[month] * 20, long, *later])
    window = open_window(empty_store, fmt, size=(800, 500))
    table = window.event_list
    header = table.horizontalHeader()
    model = table.model()
    assert table.rowAt(table.viewport().height() - 1) < 20, "the long date out of view"
    share = table.fontMetrics().averageCharWidth() * TITLE_CHARS
    assert header.sectionSize(2) >= share, (header.sectionSize(0), header.sectionSize(2))
    widths = [header.sectionSize(column) for column in range(header.count())]
    window.timeline.go_to(first + timedelta(days=2), 2)
    row = table.rowAt(0)
    assert model.event_at(row).title_en == statement, "the list followed the view"
    assert [header.sectionSize(column) for column in range(header.count())] == widths
    text = model.data(model.index(row, 0))
    assert text == "un jour du 28 déc. 1979 au 3 janv. 1980"
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cell = table.visualRect(model.index(row, 0)).adjusted(margin, 0, -margin, 0)
    metrics = table.fontMetrics()
    wrapped = metrics.boundingRect(cell, Qt.TextFlag.TextWordWrap, unbroken(text, fmt))
    assert wrapped.height() > metrics.lineSpacing(), "too long for one line"
    assert wrapped.height() <= cell.height(), "whole, on the lines it wraps to"
    assert table.rowHeight(row + 1) < table.rowHeight(row), "the next row one line tall"
    assert table.tooltip_at(table.visualRect(model.index(row, 2)).center()) == "", "whole"
    window.apply_filter(EventFilter(text="Multilateral"))  # its row is another's, one line
    assert model.data(model.index(row, 0)) == "4 janv. 1980"
    assert {table.rowHeight(n) for n in range(model.rowCount())} == {table.rowHeight(0)}


def test_a_wide_list_gives_its_titles_their_share_before_a_second_calendar(
    open_window, sample_store, english
):
    """At 1600×900 a few windows of days across a new year, written in both calendars
    ("one day within 28 December 2024 – 3 January 2025 (26 Jumada al-Akhirah – 3 Rajab
    1446 AH)"), took half the list, and every title beside them elided at 40 characters
    (the 10,000-event database). The title keeps nearly half the list: the dates drop
    their Hijri form for it, whole still, and the title reads whole."""
    across = EventDate(
        FuzzyDate.from_date(date(2024, 12, 28)), FuzzyDate.from_date(date(2025, 1, 3)), True
    )
    title = "Multilateral gathering: United Arab Emirates–Nigeria on energy"
    _add_dated(sample_store, across, [title] * 3)
    window = open_window(sample_store, english, size=(1600, 900))
    window.timeline.go_to(date(2024, 12, 30), 30)
    table = window.event_list
    header = table.horizontalHeader()
    assert table.sizeHintForColumn(0) <= header.sectionSize(0), "no date is cut"
    assert header.sectionSize(2) >= TITLE_SHARE * table.viewport().width()
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.event_at(r).date == across)
    assert model.data(model.index(row, 0)) == "one day within 28 December 2024 – 3 January 2025"
    assert model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole) is None, "whole"


def test_a_list_following_the_view_far_away_keeps_its_dates_whole(open_window, empty_store, arabic):
    """The date column was sized on the rows in view and a page when the list was filled;
    following the view to another decade, the list showed a longer date there cut
    ("يوم ما خلال ٢٤ نوفمبر – ٣ ديسمبر…", the 50,000-event database at 800×500)."""
    first = Event(EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.on(date(2001, 1, 1)), title_ar="ا")
    days = [date(2001, 1, 1) + timedelta(days=n) for n in range(2 * PAGE)]
    early = [dataclasses.replace(first, date=EventDate.on(day)) for day in days]
    window_of = EventDate(
        FuzzyDate.from_date(date(2006, 11, 24)), FuzzyDate.from_date(date(2006, 12, 3)), True
    )
    late = dataclasses.replace(first, date=window_of)
    after = [dataclasses.replace(first, date=EventDate.on(date(2007, 1, n))) for n in range(1, 9)]
    empty_store.add_many([*early, late, *after])
    window = open_window(empty_store, arabic, size=(800, 500))
    table = window.event_list
    window.timeline.go_to(date(2006, 11, 20), 30)
    model = table.model()
    assert model.event_at(table.rowAt(0)).date == window_of, "the list followed the view"
    hint = table.sizeHintForIndex(model.index(table.rowAt(0), 0)).width()
    assert hint <= table.horizontalHeader().sectionSize(0), "no date is cut"


def test_a_list_following_the_view_past_every_event_shows_the_last(
    open_window, empty_store, english
):
    """A view after the last event left the list where it was (its first rows, 1979 in the
    50,000-event database with the view in 2060): the events nearest the view are the last."""
    first = Event(EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.on(date(2001, 1, 1)), title_en="a")
    days = [date(2001, 1, 1) + timedelta(days=n) for n in range(3 * PAGE)]
    empty_store.add_many([dataclasses.replace(first, date=EventDate.on(day)) for day in days])
    window = open_window(empty_store, english, size=(800, 500))
    table = window.event_list
    assert table.rowAt(0) == 0
    window.timeline.go_to(date(2030, 1, 1), 30)
    last = table.model().rowCount() - 1
    assert table.rowAt(table.viewport().height() - 1) in (last, -1)
    assert table.visualRect(table.model().index(last, 0)).intersects(table.viewport().rect())


def test_a_date_column_the_user_narrowed_stays_narrow_as_the_list_scrolls(
    qtbot, open_window, sample_store, english
):
    """Sizing the columns again when a date in view did not fit undid the width the user
    had dragged, at the first scroll: theirs stands until the window or the events change."""
    window = open_window(sample_store, english, size=(1400, 900))
    table = window.event_list
    header = table.horizontalHeader()
    header.resizeSection(0, 60)  # as a drag of the header's edge does
    table.verticalScrollBar().setValue(table.verticalScrollBar().value() + 1)
    assert header.sectionSize(0) == 60
    window.resize(1300, 900)  # a new width sizes them again
    qtbot.waitUntil(lambda: header.sectionSize(0) > 60)


def test_a_long_list_is_sized_on_the_rows_in_view_and_a_page(qtbot, english):
    """Not on a thousand rows: at a million events that was a tenth of a second more on
    every search before the timeline's frame."""
    first = sample_events()[0]
    events = [dataclasses.replace(first, id=n) for n in range(1, 3001)]
    source = MemorySource.single(events, len, "en")
    read: list[int] = []

    def drawn(ids):
        read.extend(ids)
        return source.events(ids)

    source.drawn = drawn  # type: ignore[method-assign]
    view = EventListView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    view.set_source(source, english)
    assert 0 < len(set(read)) <= 2 * PAGE


def test_the_list_shows_whole_rows_only(qtbot, english):
    """As the details and what needs attention do: at 800×500 with the countries on a row
    of their own, the list's third row showed the top half of '19 March 2025'."""
    first = sample_events()[0]
    events = [dataclasses.replace(first, id=n) for n in range(1, 41)]
    view = EventListView()
    qtbot.addWidget(view)
    view.show()
    view.set_source(MemorySource.single(events, len, "en"), english)
    row = view.rowHeight(0)
    for height in range(4 * row, 5 * row, 5):
        view.resize(600, height)
        for scrolled in (0, 3):
            view.verticalScrollBar().setValue(scrolled)
            tops = [view.rowViewportPosition(r) for r in range(view.model().rowCount())]
            shown = [top + row for top in tops if 0 <= top <= view.viewport().height() - row]
            assert max(inked_rows(view.viewport())) < shown[-1], (height, scrolled)


def test_a_list_scrolled_to_its_end_starts_with_a_whole_row(qtbot, english):
    """At the end of the list (the view at its newest events) Qt lined the last row up with
    the bottom, over the bottom of a row whose rest was scrolled away: hidden as a cut
    line, it left an empty band under the header that read as an empty event."""
    events = [dataclasses.replace(sample_events()[0], id=n) for n in range(1, 12)]
    view = EventListView()
    qtbot.addWidget(view)
    view.show()
    view.set_source(MemorySource.single(events, len, "en"), english)
    row = view.rowHeight(0)
    bar = view.verticalScrollBar()
    for height in range(4 * row, 5 * row, 5):
        view.resize(600, height)
        for scroll in (lambda: view.follow(10), lambda: bar.setValue(bar.maximum())):
            scroll()
            QApplication.processEvents()  # the scroll bars shown or hidden as it scrolled
            first = view.rowAt(0)
            assert view.rowViewportPosition(first) == 0, height
        assert bar.value() == bar.maximum()
        last = view.model().rowCount() - 1
        bottom = view.rowViewportPosition(last) + view.rowHeight(last)
        assert bottom <= view.viewport().height(), height  # and the last row whole


def shown_list(qtbot, width: int) -> EventListView:
    """An event list 200 px high and ``width`` wide, shown on screen."""
    view = EventListView()
    qtbot.addWidget(view)
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def _title_ink(view: EventListView) -> list[int]:
    """The title cell's columns of the first row holding text, across its width (the
    search's yellow counts as paper)."""
    image = view.viewport().grab().toImage()
    cell = view.visualRect(view.model().index(0, 2))
    inked = []
    for x in range(cell.left(), cell.right() + 1):
        colours = (image.pixelColor(x, y) for y in range(cell.top() + 2, cell.bottom() - 1))
        if any(colour.lightness() < 110 for colour in colours):
            inked.append(x)
    return inked


@pytest.mark.parametrize(
    ("language", "title", "word"),
    [
        ("en", "Morocco–Azerbaijan visa waiver agreement signed at last in Baku", "visa"),
        ("ar", "توقيع اتفاق الإعفاء من التأشيرة بين المغرب وأذربيجان في باكو أخيرا", "الإعفاء"),
    ],
)
def test_a_highlighted_title_too_long_for_its_column_is_elided_as_the_others(
    qtbot, language, title, word
):
    """A title with a searched word in it was drawn clipped at the column's edge
    ("…de visa Maroc–Azerb", a letter cut through) beside titles ending in "…": it is
    elided as they are, at its logical end (the left in Arabic), the word still marked."""
    first = sample_events()[0]
    field = {"en": "title_en", "ar": "title_ar"}[language]
    events = [dataclasses.replace(first, id=1, **{field: title})]
    fmt = DateFormat(language)
    view = shown_list(qtbot, 420)
    view.set_source(MemorySource.single(events, len, language), fmt)
    assert view.columnWidth(2) < view.fontMetrics().horizontalAdvance(title)  # elided
    plain = _title_ink(view)
    view.set_source(MemorySource.single(events, len, language), fmt, query=word)
    highlighted = _title_ink(view)
    image = view.viewport().grab().toImage()
    cell = view.visualRect(view.model().index(0, 2))
    middle = cell.center().y()
    yellow = [
        x for x in range(cell.left(), cell.right()) if image.pixelColor(x, middle) == HIGHLIGHT
    ]
    assert yellow, "the word is still marked"
    # It ends where the plain one does, in a dot of the ellipsis standing apart: clipped,
    # it ran on to the edge through a letter (joined to the next, in Arabic).
    assert abs(min(highlighted) - min(plain)) <= 1 and abs(max(highlighted) - max(plain)) <= 1
    columns = highlighted if language == "en" else [-x for x in highlighted]
    outermost = sorted(columns, reverse=True)
    run = next(n for n, (a, b) in enumerate(pairwise(outermost), 1) if a - b > 1)
    assert run <= 6, f"{run} columns of ink in one stroke at the cut end"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_title_cut_short_by_its_column_is_whole_in_its_tooltip(qtbot, language):
    """In a small window the list elides long titles (the date has its whole form in its
    tooltip, the title had none): hovering one shows it whole, as plain text in its
    direction; a title shown whole has no tooltip repeating it."""
    first = sample_events()[0]
    field = {"en": "title_en", "ar": "title_ar"}[language]
    long = {
        "en": "<b>Morocco</b>–Azerbaijan visa waiver agreement signed in Baku at long last",
        "ar": "توقيع اتفاق الإعفاء من التأشيرة بين المغرب وأذربيجان في باكو أخيرا <b>",
    }[language]
    events = [
        dataclasses.replace(first, id=1, **{field: long}),
        dataclasses.replace(first, id=2, **{field: "Visa"}),
    ]
    view = shown_list(qtbot, 420)
    view.set_source(MemorySource.single(events, len, language), DateFormat(language))
    model = view.model()
    assert view.columnWidth(2) < view.fontMetrics().horizontalAdvance(long)
    for row, wanted in ((1, None), (0, long)):
        cell = view.visualRect(model.index(row, 2))
        event = QHelpEvent(
            QEvent.Type.ToolTip, cell.center(), view.viewport().mapToGlobal(cell.center())
        )
        QApplication.sendEvent(view.viewport(), event)
        if wanted is None:
            assert not QToolTip.isVisible()
            continue
        assert QToolTip.isVisible()
        direction = "rtl" if language == "ar" else "ltr"
        assert QToolTip.text() == f'<div dir="{direction}">{html.escape(wanted)}</div>'


def test_a_title_has_its_tooltip_exactly_when_its_cell_elides_it(qtbot):
    """The tooltip and the cell measure the same room: a title a fraction of a pixel wider
    than its cell is painted cut short and has its tooltip; one pixel more and it is whole,
    without. (The view's font and a rounded width said a title 155.2 px wide fitted 155.)"""
    view = shown_list(qtbot, 900)
    metrics = QFontMetricsF(view.font())
    sentence = "Visa waiver agreement signed in Baku between Morocco and Azerbaijan at last"
    titles = (sentence[:end] for end, letter in enumerate(sentence) if letter == " ")
    title = next(t for t in titles if 0.05 < metrics.horizontalAdvance(t) % 1 < 0.5)
    whole = math.ceil(metrics.horizontalAdvance(title))  # the text room it needs
    first = sample_events()[0]
    events = [dataclasses.replace(first, id=1, title_en=title)]
    view.set_source(MemorySource.single(events, len, "en"), DateFormat("en"))
    index = view.model().index(0, 2)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    frame = view.columnWidth(2) - view.visualRect(index).width() + 2 * margin  # grid, margins

    def painted(column_width: int) -> QImage:
        view.setColumnWidth(2, column_width)
        cell = view.visualRect(index).adjusted(margin, 0, -margin, 0)
        cell.setWidth(whole - 1)  # the room both widths have
        return view.viewport().grab(cell).toImage()

    def tooltip(column_width: int) -> str:
        view.setColumnWidth(2, column_width)
        return view.tooltip_at(view.visualRect(index).center())

    wide = painted(whole + frame + 40)
    assert painted(whole + frame) == wide  # whole: no tooltip
    assert tooltip(whole + frame) == ""
    assert painted(whole + frame - 1) != wide  # cut short ("…"): its tooltip
    assert tooltip(whole + frame - 1) == f'<div dir="ltr">{html.escape(title)}</div>'


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Ould Errachid meets Sahiba Gafarova on the sidelines of Inter-Parliamentary talks"),
        ("ar", "لقاء ولد الرشيد وصاحبة غفاروفا على هامش الدورة للاتحاد البرلماني الدولي في طشقند"),
    ],
    ids=["en", "ar"],
)
def test_a_title_too_long_for_its_column_is_cut_after_a_whole_word(qtbot, language, title):
    """A narrow list elided a title inside a word ("…Gafarova en m…", "…الإمارات ا…"): it
    shows as its first words that fit, then "…", drawn as that text whole would be."""
    first = sample_events()[0]
    field = {"en": "title_en", "ar": "title_ar"}[language]
    fmt = DateFormat(language)
    view = shown_list(qtbot, 420)

    def cell(text: str) -> tuple[int, QImage]:
        events = [dataclasses.replace(first, id=1, **{field: text})]
        view.set_source(MemorySource.single(events, len, language), fmt)
        QApplication.processEvents()
        rect = view.visualRect(view.model().index(0, 2))
        return view.columnWidth(2), view.viewport().grab(rect).toImage()

    advance = view.fontMetrics().horizontalAdvance
    width, shown = cell(title)
    assert width < advance(title)  # cut short
    words = title.split(" ")
    heads = [" ".join(words[:count]) + "…" for count in range(1, len(words))]
    # Each drawn whole in the column it leaves (which is as wide as its text needs).
    candidates = [cell(head) for head in heads if advance(head) <= width]
    assert (width, shown) in candidates


def test_tab_goes_on_from_the_list_and_keeps_the_chosen_event(
    qtbot, open_window, sample_store, english
):
    """Tab went from cell to cell, row after row, choosing each event in turn: twenty-five
    presses never left the list. The arrows go from event to event."""
    window = open_window(sample_store, english)
    listed = window.event_list
    listed.setFocus()
    qtbot.waitUntil(listed.hasFocus)
    qtbot.keyClick(listed, Qt.Key.Key_Down)
    chosen = window.selected_event()
    assert chosen is not None
    qtbot.keyClick(listed, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not listed.hasFocus())
    assert window.selected_event() == chosen


def _row_of(window: MainWindow, event_id: int) -> int:
    row = window.event_list.model_.row_of(event_id)
    assert row is not None
    return row


def test_an_event_chosen_again_after_escape_is_chosen_in_the_list_too(
    qtbot, open_window, sample_store, english
):
    """Chosen on the timeline, let go with Escape, chosen again: the list's row stayed
    unmarked; and a click on that row after Escape chose nothing on the timeline. The row
    had stayed current, and neither changed it."""
    window = open_window(sample_store, english)
    event = sample_store.find()[3]
    listed = window.event_list
    window.timeline.eventSelected.emit(event.id)  # a click on its marker
    assert listed.selectionModel().isRowSelected(_row_of(window, event.id))
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Escape)
    assert window.timeline.selected_id is None and not listed.selectionModel().hasSelection()
    window.timeline.eventSelected.emit(event.id)
    assert listed.selectionModel().isRowSelected(_row_of(window, event.id))
    qtbot.keyClick(window.timeline, Qt.Key.Key_Escape)
    rect = listed.visualRect(listed.model_.index(_row_of(window, event.id), 2))
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.timeline.selected_id == event.id
    assert window.selected_event() is not None and window.selected_event().id == event.id


def test_the_attention_list_follows_the_chosen_event(qtbot, open_window, sample_store, english):
    """Its row clicked, another event chosen, its row clicked again: nothing happened (the
    row had stayed current). Its button acts on the chosen event, or on none."""
    window = open_window(sample_store, english, today=lambda: date(2026, 1, 15))
    items = window.attention.list
    assert items.count() >= 1
    needing = items.item(0).data(Qt.ItemDataRole.UserRole)
    other = next(e.id for e in sample_store.find() if e.id != needing)
    rect = items.visualItemRect(items.item(0))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.timeline.selected_id == needing and window.attention.mark.isEnabled()
    window.timeline.eventSelected.emit(other)
    assert items.currentItem() is None and not window.attention.mark.isEnabled()
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.timeline.selected_id == needing
    window.timeline.eventSelected.emit(needing)  # chosen on the timeline: its row follows
    assert items.currentRow() == 0 and window.attention.mark.isEnabled()


def test_tab_into_the_list_after_escape_chooses_nothing(qtbot, open_window, sample_store, english):
    """With no row current (Escape let the event go), Qt makes the first row current as
    the list takes the focus: that chose the first event, the timeline jumping to it."""
    window = open_window(sample_store, english)
    window.timeline.eventSelected.emit(sample_store.find()[3].id)
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Escape)
    window.event_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.event_list.hasFocus)
    assert window.timeline.selected_id is None
    qtbot.keyClick(window.event_list, Qt.Key.Key_Down)  # the arrows still choose
    assert window.timeline.selected_id is not None
    qtbot.keyClick(window.timeline, Qt.Key.Key_Escape)
    window.attention.list.setFocus(Qt.FocusReason.TabFocusReason)  # the panel's list too
    qtbot.waitUntil(window.attention.list.hasFocus)
    assert window.timeline.selected_id is None


def test_a_column_heading_is_no_button_that_sorts_nothing(
    qtbot, open_window, sample_store, english
):
    """The headings pressed like buttons and sorted nothing: the rows keep the timeline's
    time order. A click on one leaves the rows and the selection as they were."""
    window = open_window(sample_store, english, size=(1200, 600))
    window._select(window.timeline.source.index.ids[3].item())
    header = window.event_list.horizontalHeader()
    assert not header.sectionsClickable()
    titles = [window.event_list.model().index(row, 2).data() for row in range(5)]
    middle = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    assert [window.event_list.model().index(row, 2).data() for row in range(5)] == titles
    assert window.event_list.currentIndex().row() == 3


def test_home_and_end_in_the_list_go_to_the_first_and_last_event(
    qtbot, open_window, sample_store, english
):
    """They went to the first and last cell of the row, which a list of whole rows does not
    show: nothing seemed to happen. The timeline follows the event selected."""
    window = open_window(sample_store, english, size=(1200, 600))
    ids = [int(event_id) for event_id in window.timeline.source.index.ids]
    window._select(ids[4])
    window.event_list.setFocus()
    qtbot.keyClick(window.event_list, Qt.Key.Key_End)
    assert (window.event_list.currentIndex().row(), window.timeline.selected_id) == (10, ids[-1])
    qtbot.keyClick(window.event_list, Qt.Key.Key_Home)
    assert (window.event_list.currentIndex().row(), window.timeline.selected_id) == (0, ids[0])
