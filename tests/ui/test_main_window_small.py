"""The smallest window, 800×500, as the application starts it (its font and translations):
what needs attention and the selected event's details show whole lines, never cut ones."""

from __future__ import annotations

import html
from datetime import date

import pytest
from layout_checks import inked_columns, inked_rows
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractSlider, QLabel, QStyle, QStyleOptionSlider

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.settings import Key, settings
from timeline.ui.app import application
from timeline.ui.main_window import _TIMELINE_SPLIT
from timeline.ui.whole_lines import label_lines, line_height, rows, widget_lines

LANGUAGES = ["en", "fr", "ar"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_needs_attention_shows_its_item_whole_and_wraps_it_when_there_is_room(
    qtbot, started_in, sample_store, language
):
    forum = next(e for e in sample_store.find() if e.title_en.startswith("3rd South-South"))
    window = started_in(language)
    items = window.attention.list
    item = items.item(0)
    shown = items.viewport().rect()
    assert shown.contains(items.visualItemRect(item)), (items.visualItemRect(item), shown)
    assert "\n" not in item.text()  # one line, elided where it is too long for the list
    assert html.escape(forum.title(language)) in item.toolTip()  # whole, as plain text

    window.resize(1400, 900)  # the window grows, and the user drags the details' edge up
    window.attention.parentWidget().setSizes([100, 300])
    qtbot.waitUntil(lambda: items.wraps())
    assert "\n" in item.text() and not item.toolTip()
    assert items.viewport().rect().contains(items.visualItemRect(item))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_selected_events_details_show_whole_lines_wherever_they_are_scrolled(
    qtbot, started_in, language
):
    window = started_in(language)
    items = window.attention.list
    qtbot.mouseClick(
        items.viewport(),
        Qt.MouseButton.LeftButton,
        pos=items.visualItemRect(items.item(0)).center(),
    )
    details = window.details
    assert details.title.text().startswith(("3rd South-South", "3e Forum", "النسخة الثالثة"))
    scroll = details.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.isVisible())  # the rest is a scroll away
    viewport, body = details.viewport(), details.widget()
    last = viewport.height() - 1
    # Where the whole body has ink: a line at an edge is cut when its ink goes on past it
    # (Arabic descenders reach the last pixel row of a line that fits exactly).
    body_ink = set(inked_rows(body))
    history = details.history.list  # a list of its own, which scrolls by itself
    for value in range(0, scroll.maximum() + 1, 5):
        scroll.setValue(value)
        if history.mapTo(viewport, QPoint(0, 0)).y() <= last:
            break
        inked = inked_rows(viewport)
        assert inked, value  # some text shows
        top = -body.mapTo(viewport, QPoint(0, 0)).y()  # the body's row at the top edge
        assert not (0 in inked and top - 1 in body_ink), (value, inked[0])
        assert not (last in inked and top + last + 1 in body_ink), (value, inked[-1], last)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_details_scroll_bars_arrow_moves_one_line_at_a_time(qtbot, started_in, language):
    window = started_in(language)
    window.attention.list.setCurrentRow(0)
    details = window.details
    scroll = details.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.isVisible())
    body = details.widget()
    tops = [top for top, _bottom in rows(widget_lines(body, body)) if top < scroll.maximum()]
    shown = [scroll.value()]
    while scroll.value() < scroll.maximum():
        scroll.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)  # ▼, or the Down key
        shown.append(scroll.value())
    assert shown[1:-1] == tops[1:]  # from the top, each next line in turn, then the end


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_page_down_in_the_details_skips_no_line(qtbot, started_in, language):
    """Page Down (or a click in the scroll bar's track) went to the next line's top past
    the line the foot of the details had cut, which the cover hid: the Hijri date, half
    the participants and the summary's last line of the sideline meeting were never shown.
    Each page starts with the line the last one cut, or the one after its last."""
    window = started_in(language)
    window.resize(1024, 700)
    window.attention.list.setCurrentRow(0)
    details = window.details
    scroll = details.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.isVisible())
    body, viewport = details.widget(), details.viewport()
    # Each row that can show whole (the history's list, taller than the details, cannot).
    spans = [(a, b) for a, b in rows(widget_lines(body, body)) if b - a <= viewport.height()]
    seen: set[tuple[int, int]] = set()
    while True:
        top = scroll.value()
        seen |= {(a, b) for a, b in spans if top <= a and b <= top + viewport.height()}
        if top == scroll.maximum():
            break
        qtbot.keyClick(scroll, Qt.Key.Key_PageDown)
        assert scroll.value() > top
    assert set(spans) <= seen


def test_a_jump_to_show_a_part_of_the_details_is_not_held_back_a_page(qtbot, started_in):
    """Tab into the history list scrolls the details to show it (ensureWidgetVisible): the
    page-down stop at the cut line held every jump down to one page, the list off screen,
    and a dragged handle jumped back and forth."""
    window = started_in("en")
    window.resize(1024, 700)
    window.attention.list.setCurrentRow(0)
    details = window.details
    scroll = details.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.isVisible())
    assert scroll.maximum() > scroll.pageStep()  # more than a page to go
    details.ensureWidgetVisible(details.history)
    viewport = details.viewport()
    top = details.history.mapTo(viewport, QPoint(0, 0)).y()
    assert top < viewport.height() and top + details.history.height() > 0  # in sight


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translated_window_fits_800_by_500(started_in, language):
    """Arabic widgets' lines are as tall as Latin ones (Noto Sans Arabic UI), so the menus,
    filter bar, summary, panels and status bar fit translated too."""
    window = started_in(language)
    assert window.minimumSizeHint().height() <= 500
    assert window.height() == 500


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_kinds_button_is_as_tall_as_the_fields_beside_it(started_in, language):
    bar = started_in(language).filter_bar
    fields = (bar.first, bar.second, bar.start, bar.end, bar.text)
    assert {field.height() for field in fields} == {bar.kinds.height()}
    assert {field.y() for field in fields} == {bar.kinds.y()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_filter_summary_wraps_rather_than_widen_the_window(qtbot, started_in, language):
    """A pair, three kinds, a period to the day and words: on one line the French summary
    ("Maroc – Kazakhstan · 26 septembre 2024–26 novembre 2025 · Visite officielle, …") held
    the window at 1,012 pixels, wider than the screen it was opened on. It wraps, whole."""
    window = started_in(language)
    kinds = (EventKind.OFFICIAL_VISIT, EventKind.AGREEMENT_SIGNED, EventKind.AGREEMENT_IN_FORCE)
    long_filter = EventFilter(
        countries=frozenset({"MA", "KZ"}),
        kinds=frozenset(kinds),
        start=date(2024, 9, 26),
        end=date(2025, 11, 26),
        text="visa",
    )
    window.filter_bar.set_filter(long_filter, ("MA", "KZ"))
    window.apply_filter(long_filter)
    summary = window.summary
    counts = ("2\u00a0events", "2\u00a0événements", "حدثان")
    qtbot.waitUntil(lambda: summary.text().endswith(counts))
    assert window.minimumSizeHint().width() <= 800
    assert window.width() == 800
    assert summary.width() <= 800
    qtbot.waitUntil(lambda: summary.heightForWidth(summary.width()) <= summary.height())


@pytest.mark.parametrize("text", ["visa", ""])  # "حدثان", and a count of two words
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_filter_summary_wraps_between_its_parts(started_in, language, text):
    """At 800 pixels a French line ended "… « visas » · 25" over a line reading
    "événements", an Arabic one "حدثًا" alone: however wide the window, the count stays
    with its noun and a day with its month, and no line starts with the separator."""
    window = started_in(language)
    long_filter = EventFilter(
        countries=frozenset({"MA", "KZ"}),
        kinds=frozenset({EventKind.OFFICIAL_VISIT, EventKind.AGREEMENT_IN_FORCE}),
        start=date(2024, 9, 26),
        end=date(2025, 11, 26),
        text=text,
    )
    window.filter_bar.set_filter(long_filter, ("MA", "KZ"))
    window.apply_filter(long_filter)
    said = window.summary.text()
    fmt = window.state.fmt
    kept = (fmt.count(len(window.source.index)), fmt.day(date(2025, 11, 26)))
    assert text or " " in kept[0]
    for width in range(120, 800, 3):
        lines = [line.replace("\u00a0", " ") for line in _wrapped(said, window.summary, width)]
        for words in kept:
            assert any(words in line for line in lines), (width, words, "|".join(lines))
        assert not any(line.startswith("·") for line in lines), (width, "|".join(lines))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_details_show_no_caption_over_nothing(qtbot, started_in, sample_store, language):
    """A sideline meeting is a step of no agreement, and the forum has no one recorded as
    taking part: "Agreement" and "Participants" stood over blank fields, lines of a pane
    that at 800×500 shows three. Each caption shown has its field's text beside it."""
    window = started_in(language)
    details = window.details
    for title in ("Ould Errachid meets Sahiba Gafarova", "3rd South-South"):
        event = next(e for e in sample_store.find() if e.title_en.startswith(title))
        window.timeline.set_selected(event.id)
        qtbot.waitUntil(lambda event=event: details.title.text() == event.title(language))
        empty = [caption for caption, field in details._rows if not field.text()]
        assert empty  # the event leaves some field blank
        for caption, field in details._rows:
            label = details.caption_of(field)
            if field in (details.gregorian, details.hijri) and details.dates.isVisible():
                assert not label.isVisible() and not field.isVisible()  # on the dates' line
                continue
            assert label.isVisible() == field.isVisible() == bool(field.text()), caption


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_detail_stands_beside_its_caption_whatever_its_script(
    qtbot, started_in, sample_store, language
):
    """In Arabic the talks' English summary and tags ("IPU, logistics") stood at the pane's
    far left, 450 pixels from their captions on its right. Every value starts on its
    caption's side, whatever its script."""
    window = started_in(language, (1366, 768))
    details = window.details
    event = next(e for e in sample_store.find() if e.title_en.startswith("Ould Errachid and"))
    window.timeline.set_selected(event.id)
    qtbot.waitUntil(lambda: details.title.text() == event.title(language))
    tags = details.tags
    assert tags.isVisible() and tags.text() == "IPU, logistics"
    qtbot.waitUntil(lambda: tags.height() == tags.heightForWidth(tags.width()) > 0)
    inked = inked_columns(tags)
    assert inked[-1] - inked[0] < tags.width() - 100  # a short value: its side is plain
    margins = tags.contentsMargins()  # room for the ink of its lines' ends
    if window.isRightToLeft():
        assert tags.width() - 1 - inked[-1] <= margins.right() + 2
    else:
        assert inked[0] <= margins.left() + 2


@pytest.mark.parametrize("language", ["en", "fr"])  # Arabic shows its widest always
def test_the_details_values_keep_their_place_from_one_event_to_the_next(
    qtbot, started_in, sample_store, language
):
    """The captions' column was as wide as the widest caption shown: "Agreement" (or
    "Mots-clés") beside the treaty's entry into force, "Participants" beside the visit to
    Rabat, and every value moved sideways between them."""
    window = started_in(language, (1366, 768))
    details = window.details
    places = set()
    for title in ("Morocco–Azerbaijan visa waiver enters", "Kazakh Foreign Minister"):
        event = next(e for e in sample_store.find() if e.title_en.startswith(title))
        window.timeline.set_selected(event.id)
        qtbot.waitUntil(lambda event=event: details.title.text() == event.title(language))
        details.fields.layout().activate()
        value = details.gregorian
        left = value.mapTo(details, QPoint(0, 0)).x()
        places.add((left, left + value.width()))
    assert len(places) == 1, places


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_detail_is_as_tall_as_its_lines_after_another_events(
    qtbot, started_in, sample_store, language, size
):
    """The Kazakh minister's visit to Rabat, then the talks in Tashkent: their rows kept
    heights laid out for the visit's (a form's row heights went stale as rows came and
    went), the second participant cut in half across its line, "Date" half a line above
    its value. Each field shown is as tall as its wrapped lines, each caption level with
    its field's first line."""
    window = started_in(language, size)
    details = window.details
    titles = ("Kazakh Foreign Minister Murat Nurtleu", "Ould Errachid and Koshanov hold talks")

    def laid_out() -> None:  # waited for until it holds; on a time-out it says which
        shown = [(caption, field) for caption, field in details._rows if field.isVisible()]
        wrong = [
            (caption, field.height(), field.heightForWidth(field.width()))
            for caption, field in shown
            if field.height() != field.heightForWidth(field.width())
        ]
        assert not wrong, wrong

    for title in titles:
        event = next(e for e in sample_store.find() if e.title_en.startswith(title))
        window.timeline.set_selected(event.id)
        qtbot.waitUntil(lambda event=event: details.title.text() == event.title(language))
        qtbot.waitUntil(laid_out)
    shown = [(c, f) for c, f in details._rows if f.isVisible()]
    assert any(f.heightForWidth(f.width()) > f.fontMetrics().lineSpacing() for _c, f in shown)
    for caption, field in shown:
        assert details.caption_of(field).y() == field.y(), caption


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_every_label_of_a_pair_in_a_small_window_is_above_the_density_strip(started_in, language):
    """Morocco–Kazakhstan in Arabic at 800×500: the newest event, its label finding no room
    at the far edge, moved to the badges' row, where a short lane has room for a marker but
    not for a label; the label was drawn under the density strip."""
    window = started_in(language, (800, 500))
    pair = EventFilter.pair("MA", "KZ")
    window.filter_bar.set_filter(pair, ())
    window.apply_filter(pair)
    window.timeline.fit_all()
    made = window.timeline.current_layout()
    assert made.overview is not None and made.events
    for shape in made.events:
        assert shape.label_rect is not None, shape.label
        assert shape.label_rect.bottom <= made.overview.rect.y, shape.label


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_needs_attention_on_one_line_is_cut_after_a_whole_word(started_in, language):
    """At 800×500 an item is one line: Qt elided it inside a word ("…الحوار ا",
    "Parliame…"); it ends after a whole word that fits, with "…", its text whole in its
    tooltip."""
    window = started_in(language)
    items = window.attention.list
    item = items.item(0)
    assert not items.wraps()
    whole = item.data(Qt.ItemDataRole.UserRole + 2)  # its text on one line
    shown = item.text()
    assert shown.endswith("…")
    head = shown[:-1]
    assert whole.startswith(head) and whole[len(head)] in " —·،,:"
    margin = items.style().pixelMetric(items.style().PixelMetric.PM_FocusFrameHMargin) + 1
    assert items.fontMetrics().horizontalAdvance(shown) <= items.viewport().width() - 2 * margin


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_needs_attention_says_why_where_its_two_lines_fit_but_not_wrapped(
    started_in, sample_store, language
):
    """At 1024×700 the announced forum was one line, its date and its title cut: why it
    needs attention was nowhere but in its tooltip. Where the list holds two lines, its
    event and its reason each take one, cut after a whole word."""
    window = started_in(language, (1024, 700))
    items = window.attention.list
    item = items.item(0)
    assert not items.wraps()
    head, reason = item.data(Qt.ItemDataRole.UserRole + 1).split("\n")  # its whole text
    shown = item.text().split("\n")
    assert len(shown) == 2, item.text()
    for line, whole in zip(shown, (head, reason), strict=True):
        assert line == whole or (line.endswith("…") and whole.startswith(line[:-1])), line
        assert not line[:-1].endswith(("\u00a0", "\u202f", " ")), repr(line)
    assert items.viewport().rect().contains(items.visualItemRect(item))
    forum = next(e for e in sample_store.find() if e.title_en.startswith("3rd South-South"))
    assert html.escape(forum.title(language)) in item.toolTip()  # whole, as plain text


def _bar_parts(bar) -> dict[str, QRect]:
    """Where the scroll bar's style draws its arrows, track and handle, in its pixels."""
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    control = QStyle.SubControl
    parts = {
        "up": control.SC_ScrollBarSubLine,
        "down": control.SC_ScrollBarAddLine,
        "track": control.SC_ScrollBarGroove,
        "handle": control.SC_ScrollBarSlider,
    }
    style = bar.style()
    return {
        name: style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, part, bar)
        for name, part in parts.items()
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_one_line_attention_lists_scroll_bar_is_a_handle_in_a_track(
    qtbot, open_window, sample_store, no_translation_after, language
):
    """On 1 June 2025 two events need attention, and at 800×500 the list is one line: the
    style's two arrows filled its scroll bar, with no handle, and it looked like a spin
    box's. It is a track with a handle as long as the share of the items shown; a click on
    the track under the handle brings the second item."""
    application(language)
    fmt = DateFormat(language, DateStyle.LEVANT)
    window = open_window(sample_store, fmt, size=(800, 500), today=lambda: date(2025, 6, 1))
    items = window.attention.list
    assert items.count() == 2
    bar = items.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    shown = items.viewport().rect()
    assert shown.contains(items.visualItemRect(items.item(0)))
    assert not shown.intersects(items.visualItemRect(items.item(1)))
    parts = _bar_parts(bar)
    assert parts["up"].isEmpty() and parts["down"].isEmpty(), parts
    track, handle = parts["track"], parts["handle"]
    assert track.height() >= bar.height() - 4, (track, bar.height())
    assert 0 < handle.height() < track.height(), (handle, track)
    assert track.contains(handle) and handle.top() == track.top()

    below = QPoint(bar.width() // 2, handle.bottom() + (track.bottom() - handle.bottom()) // 2)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=below)
    qtbot.waitUntil(lambda: shown.contains(items.visualItemRect(items.item(1))))
    assert _bar_parts(bar)["handle"].bottom() == track.bottom()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_short_details_scroll_bar_has_a_handle_to_drag(qtbot, started_in, language):
    """At 800×500 the details show a title's two lines, the rest a scroll away: the
    style's two arrows left the track no longer than its shortest handle, which filled it,
    and dragging it moved nothing. As the attention list's, it is a track with a handle as
    long as the share shown, and dragging the handle to the track's end shows the end."""
    window = started_in(language)
    window.attention.list.setCurrentRow(0)
    bar = window.details.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    parts = _bar_parts(bar)
    track, handle = parts["track"], parts["handle"]
    assert parts["up"].isEmpty() and parts["down"].isEmpty(), parts
    assert 0 < handle.height() < track.height() / 2, (handle, track)

    grip = handle.center()
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=grip)
    qtbot.mouseMove(bar, QPoint(grip.x(), track.bottom()))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(grip.x(), track.bottom()))
    assert bar.value() == bar.maximum() > 0


def test_a_tall_attention_lists_scroll_bar_keeps_the_styles_arrows(qtbot, started_in):
    """Where the list is tall enough for them, its scroll bar is the style's, as every
    other list's: the user drags the details' edge up over a long list."""
    window = started_in("en", (1400, 900))
    items = window.attention.list
    many = [(f"Item {n}\nwhy", f"Item {n} — why", n) for n in range(40)]
    items.set_items(many, rtl=False)
    window.side.setSizes([100, 300])
    bar = items.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and items.viewport().height() > 100)
    parts = _bar_parts(bar)
    assert not parts["up"].isEmpty() and not parts["down"].isEmpty(), parts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_event_list_shows_three_events_whole_at_800_by_500(started_in, language):
    """The style's rows were 30 pixels for an 18-pixel line: at 800×500 the list showed two
    events over a blank band. Rows are a line and a little room, and three show whole."""
    window = started_in(language)
    view = window.event_list
    shown = view.viewport().height()
    whole = [
        row
        for row in range(view.model().rowCount())
        if view.rowViewportPosition(row) >= 0
        and view.rowViewportPosition(row) + view.rowHeight(row) <= shown
    ]
    assert len(whole) >= 3, (shown, view.rowHeight(0))
    assert view.rowHeight(0) >= line_height(view.font()) + 4  # the text is never cut


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lists_dates_fit_their_column_at_800_by_500_with_an_event_selected(
    qtbot, started_in, language
):
    """The forum chosen, the French list showed the two talks before it "un jour entre le
    5 et / le 9 avr. 2025" in rows of two lines, and two rows in all. Each date of the rows
    in view is on its one line, and three rows show whole."""
    window = started_in(language)
    window.attention.list.setCurrentRow(0)
    view = window.event_list
    model = view.model()
    qtbot.waitUntil(lambda: view.currentIndex().isValid())
    line = view.verticalHeader().defaultSectionSize()
    shown = view.viewport().height()
    rows = [row for row in range(model.rowCount()) if 0 <= view.rowViewportPosition(row) < shown]
    for row in rows:
        date = model.index(row, 0)
        assert view.sizeHintForIndex(date).width() <= view.columnWidth(0), date.data()
        assert view.rowHeight(row) == line, date.data()
    whole = [row for row in rows if view.rowViewportPosition(row) + line <= shown]
    assert len(whole) >= 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_that_matches_nothing_leaves_no_scroll_bar_under_an_empty_list(
    qtbot, started_in, language
):
    """At 800×500 a search that matched nothing kept the list's columns wider than the
    list, its last heading cut and a scroll bar under no row: the headings fit, whole."""
    window = started_in(language)
    nothing = EventFilter(text="zzzz")
    window.filter_bar.set_filter(nothing, ())
    window.apply_filter(nothing)
    assert window.timeline_area.currentWidget() is window.empty_result
    view = window.event_list
    assert view.model().rowCount() == 0
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())
    assert header.length() <= view.viewport().width()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_window_opened_on_a_search_that_matches_nothing_fits_the_lists_headings(
    open_window, sample_store, no_translation_after, language
):
    """Opened on a search that matched nothing (``--text``), the list kept Qt's first
    widths: five narrow headings and a grey strip for the rest of its width. Its headings
    fit, whole, the title taking what is left."""
    application(language)
    fmt = DateFormat(language, DateStyle.MAGHREB)
    window = open_window(sample_store, fmt, (1280, 800), event_filter=EventFilter(text="zzzz"))
    view = window.event_list
    assert view.model().rowCount() == 0
    header = view.horizontalHeader()
    assert header.length() == view.viewport().width()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_a_french_reason_cut_before_its_colon_ends_on_its_last_word():
    """ "enregistré comme ayant eu lieu, mais encore à venir …": the no-break space French
    sets before a colon stayed before the "…"."""
    from timeline.ui.cut_text import cut_at_a_word

    reason = "enregistré comme ayant eu lieu, mais encore à venir\u00a0: annoncé\u00a0?"
    shown = cut_at_a_word(reason, 7.0 * len(reason) - 30, lambda text: 7.0 * len(text))
    assert shown == "enregistré comme ayant eu lieu, mais encore à venir…"


def _wrapped(text: str, label, width: int) -> list[str]:
    """``text`` as ``label`` wraps it ``width`` pixels wide, line by line."""
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def test_a_text_cut_inside_an_isolate_closes_it_before_its_ellipsis():
    """A status line cut inside a path's left-to-right island left it open: its "…" and
    the end of the line went into the island, the Arabic sentence read out of order."""
    from timeline.domain.direction import ltr
    from timeline.ui.cut_text import cut_at_a_word

    said = f"حُفظت النسخة الاحتياطية في {ltr('/tmp/2025-03-01 copy.sqlite3')}"
    shown = cut_at_a_word(said, 7.0 * len(said) - 60, lambda text: 7.0 * len(text))
    assert shown == "حُفظت النسخة الاحتياطية في \u2066/tmp/2025-03-01\u2069…"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_selected_events_title_and_dates_show_without_scrolling(qtbot, started_in, language):
    """A click on an event is for its title and date: in a 1024×600 window the details
    showed the forum's title and its Gregorian date, its Hijri date (which the list does
    not show) a scroll away."""
    window = started_in(language, (1024, 600))
    window.attention.list.setCurrentRow(0)
    details = window.details
    assert details.title.text().startswith(("3rd South-South", "3e Forum", "النسخة الثالثة"))
    qtbot.waitUntil(lambda: details.hijri.height() > 0)  # laid out for the event
    viewport = details.viewport()
    for label in (details.title, details.gregorian, details.hijri):
        top = label.mapTo(viewport, QPoint(0, 0)).y()
        lines = label_lines(label)
        # The title whole, each date's first line (a Hijri date may wrap in a narrow pane).
        bottom = top + (lines[-1] if label is details.title else lines[0])[1]
        assert top >= 0 and bottom <= viewport.height(), (label.objectName(), bottom)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_short_details_pane_shows_the_title_and_both_dates_on_fewer_lines(
    qtbot, started_in, language
):
    """At 900×560 the timeline cannot spare the details the room for the forum's title in
    two lines over its dates' rows without its legend: the Gregorian date stood a pixel
    under the pane's edge, the Hijri date a scroll away. The title in a heading's size and
    the dates on a line under it (a line each where they do not fit one), all whole."""
    window = started_in(language, (900, 560))
    window.attention.list.setCurrentRow(0)
    details = window.details
    assert details.title.text().startswith(("3rd South-South", "3e Forum", "النسخة الثالثة"))
    labels = [label for label in details.widget().findChildren(QLabel) if label.isVisible()]
    wrapping = [label for label in labels if label.wordWrap()]
    qtbot.waitUntil(  # laid out for the event
        lambda: all(label.height() == label.heightForWidth(label.width()) for label in wrapping)
    )
    assert window.timeline.current_layout().legend
    viewport = details.viewport()
    whole = []  # the labels shown with every line of theirs in the pane
    for label in labels:
        top = label.mapTo(viewport, QPoint(0, 0)).y()
        lines = label_lines(label) if label.text() else []
        if lines and top >= 0 and top + lines[-1][1] <= viewport.height():
            whole.append(label)
    assert details.title in whole
    for date_text in (details.gregorian.text(), details.hijri.text()):
        shown = [label for label in whole if date_text in label.text()]
        assert shown, (date_text, [label.text() for label in whole])
        # On a line of its own or beside the other date, never begun on one and ended on
        # the next.
        assert len(label_lines(shown[0])) == shown[0].text().count("\n") + 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_details_pane_with_room_for_a_one_line_title_over_the_dates_rows_keeps_them(
    qtbot, started_in, language
):
    """In a 1600×900 window the details dragged 90 pixels tall have room for the forum's
    title on its one line in its own size over its dates' captioned rows: the pane shrank
    the title to a heading's size and put the dates uncaptioned on a line under it, as
    where the title takes two lines. The title in its size, the dates in their rows."""
    window = started_in(language, (1600, 900))
    window.attention.list.setCurrentRow(0)
    details = window.details
    window.side.moveSplitter(90, 1)
    qtbot.waitUntil(lambda: details.height() == 90)
    assert details.height() < details.first_lines_height()  # room for two lines of title
    labels = [label for label in details.widget().findChildren(QLabel) if label.isVisible()]
    qtbot.waitUntil(  # laid out for the event
        lambda: all(label.height() == label.heightForWidth(label.width()) for label in labels)
    )
    assert details.gregorian.isVisible() and details.hijri.isVisible()
    assert not details.dates.isVisible()
    heading = window.attention.title.font().pixelSize()  # what needs attention's
    assert details.title.font().pixelSize() > heading
    viewport = details.viewport()
    assert len(label_lines(details.title)) == 1
    for label in (details.gregorian, details.hijri):
        assert details.caption_of(label).isVisible()
        bottom = label.mapTo(viewport, QPoint(0, 0)).y() + label_lines(label)[-1][1]
        assert bottom <= viewport.height(), (label.objectName(), bottom)


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_800_by_500_a_selected_events_title_and_date_show_under_the_same_timeline(
    qtbot, started_in, language
):
    """At 800×500 the details showed the forum's title alone, 11 pixels short of the room
    for its dates on a line under it. The dates' line goes right under the title, and the
    timeline gives the rest from under its last row, drawing what it drew in its share."""
    window = started_in(language)
    room = sum(window.splitter.sizes())
    share = round(room * _TIMELINE_SPLIT[1] / sum(_TIMELINE_SPLIT))
    view = window.timeline
    taken = window.splitter.sizes()[1] - share
    assert taken > 0
    assert view.draws_the_same(view.width(), view.height() + taken, view.height())
    window.attention.list.setCurrentRow(0)
    details = window.details
    assert details.title.text().startswith(("3rd South-South", "3e Forum", "النسخة الثالثة"))
    dates = details.dates
    qtbot.waitUntil(
        lambda: dates.isVisible() and dates.height() == dates.heightForWidth(dates.width())
    )
    viewport = details.viewport()
    for label in (details.title, dates):
        top = label.mapTo(viewport, QPoint(0, 0)).y()
        lines = label_lines(label)
        # The title whole, the dates' first line (both dates, or the Gregorian one).
        bottom = top + (lines[-1] if label is details.title else lines[0])[1]
        assert top >= 0 and bottom <= viewport.height(), (label.objectName(), bottom)
    assert dates.text().startswith(details.gregorian.text())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_timeline_spares_no_room_it_cannot_spare_for_all_the_first_lines(started_in, language):
    """At 800×500 the timeline at its least height leaves the details a title and the
    Gregorian date, which the list's selected row shows: it keeps its share, and the
    French and Arabic timelines their labels."""
    window = started_in(language)
    top, lower = window.splitter.sizes()
    assert lower < window.side.first_lines_height()
    assert top > window.splitter.widget(0).minimumSizeHint().height()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(900, 560), (1024, 600)])
def test_the_room_made_for_a_selected_events_dates_costs_the_timeline_no_legend(
    qtbot, started_in, language, size
):
    """At 900×560 the lower part grew for the forum's dates and the timeline's key to its
    colours went: 25 pixels are more than it has over its rows and the density strip."""
    window = started_in(language, size)
    assert window.timeline.current_layout().legend
    window.attention.list.setCurrentRow(0)
    details = window.details  # the Hijri date in its row, or under the title in a short pane
    qtbot.waitUntil(lambda: max(details.hijri.height(), details.dates.height()) > 0)
    assert window.timeline.current_layout().legend, window.splitter.sizes()


def test_a_split_of_the_timeline_and_the_list_the_user_dragged_stands(qtbot, started_in):
    """The lower part taller for the details' first lines is the window's own split,
    not remembered (a window opened larger later shares its height as a new one does);
    a split the user drags stands, and is the next window's."""
    started_in("en", (900, 560)).close()
    assert settings().value(Key.SPLITTER) is None
    window = started_in("en", (900, 560))
    main = window.splitter
    handle = main.handle(1)
    grip = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=grip)
    qtbot.mouseMove(handle, grip + QPoint(0, 40))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=grip + QPoint(0, 40))
    chosen = main.sizes()
    assert chosen[1] < 140, chosen  # shorter than the details' first lines need
    window.reload()
    assert main.sizes() == chosen
    window.close()
    assert started_in("en", (900, 560)).splitter.sizes() == chosen
