"""Filtering as a desk officer does it: a pair in the pickers, a search, a saved view."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from keyed_events import add_in_bulk
from layout_checks import cut_texts, overlaps, strays
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from visual_order import as_read, seen_left_to_right, seen_lines

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import slashed, without_direction_marks
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.period import day_of
from timeline.io.sample import open_sample_store
from timeline.ui.main_window import MainWindow


def _window(qtbot, store, fmt) -> MainWindow:
    window = MainWindow(store, fmt, open_sample_store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown(window: MainWindow) -> tuple[set[int], set[int]]:
    """Ids on the timeline and in the list."""
    on_timeline = {shape.event.id for shape in window.timeline.current_layout().events}
    on_timeline |= {i for c in window.timeline.current_layout().clusters for i in c.event_ids}
    model = window.event_list.model()
    in_list = {model.event_at(row).id for row in range(model.rowCount())}
    return on_timeline, in_list


def _choose(qtbot, picker, text: str) -> None:
    picker.setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), text)
    picker.lineEdit().editingFinished.emit()


def test_choosing_morocco_and_kazakhstan_leaves_only_their_events(qtbot, sample_store, english):
    window = _window(qtbot, sample_store, english)
    with qtbot.waitSignal(window.filter_bar.filterChanged):
        _choose(qtbot, window.filter_bar.first, "Morocco")
    _choose(qtbot, window.filter_bar.second, "kz")
    on_timeline, in_list = _shown(window)
    expected = {e.id for e in sample_store.find() if {"MA", "KZ"} <= set(e.countries)}
    assert on_timeline == in_list == expected
    assert len(expected) == 6
    # Wrapped, a line starts with neither the separator nor a count's noun.
    assert window.summary.text() == "Morocco – Kazakhstan\u00a0· 6\u00a0events"
    window.filter_bar.swap_countries()
    assert _shown(window) == (expected, expected)
    assert window.summary.text() == "Kazakhstan – Morocco\u00a0· 6\u00a0events"


def test_tab_goes_from_the_first_country_to_the_swap_then_the_partner(qtbot, sample_store, english):
    """Tab went from the first country to the second, then back to the ⇄ between them."""
    window = _window(qtbot, sample_store, english)
    bar = window.filter_bar
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar.first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    stops = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while not widget.objectName():  # an editable combo box's line
            widget = widget.parentWidget()
        stops.append(widget.objectName())
    assert stops == ["swapCountries", "secondCountry"]


def test_typing_a_search_narrows_timeline_and_list(qtbot, sample_store, english):
    window = _window(qtbot, sample_store, english)
    search = window.filter_bar.text
    with qtbot.waitSignal(window.filter_bar.filterChanged, timeout=10_000):
        # QTest cannot type Arabic key by key; insert() is what an input method does.
        search.insert("للإتحاد البرلماني")
        search.textEdited.emit(search.text())
    on_timeline, in_list = _shown(window)
    assert on_timeline == in_list
    titles = {sample_store.get(i).title_ar for i in in_list}
    assert len(titles) == 4, "every IPU-150 title, however «الاتحاد» is spelled"


def test_ctrl_f_on_the_timeline_puts_the_typing_in_the_search_in_place_of_its_words(
    qtbot, sample_store, english
):
    """From the timeline, Ctrl+F then typing searches: the words there before are replaced,
    as in any application's search."""
    window = _window(qtbot, sample_store, english)
    search = window.filter_bar.text
    search.setText("Kazakhstan")
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    qtbot.keyClick(window.timeline, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is search
    with qtbot.waitSignal(window.filter_bar.filterChanged, timeout=10_000):
        qtbot.keyClicks(search, "Azerbaijan")
    assert search.text() == "Azerbaijan"
    on_timeline, in_list = _shown(window)
    assert window.state.event_filter.text == "Azerbaijan"
    assert on_timeline == in_list
    assert len(in_list) == 3, "the visa waiver's two steps and the meeting with Gafarova"


def test_a_bad_country_or_period_says_what_and_keeps_the_filter(qtbot, sample_store, english):
    window = _window(qtbot, sample_store, english)
    _choose(qtbot, window.filter_bar.first, "Morocco")
    before = window.state.event_filter
    _choose(qtbot, window.filter_bar.second, "Atlantis")
    assert "no country is called 'Atlantis'" in window.filter_bar.problem.text()
    assert window.state.event_filter == before
    window.filter_bar.second.set_code(None)
    window.filter_bar.start.setText("2025-02-30")
    window.filter_bar.start.returnPressed.emit()
    assert "28 days, not 30" in as_read(window.filter_bar.problem.text())
    assert window.filter_bar.problem.isVisible()
    assert window.state.event_filter == before


def test_a_hijri_day_typed_without_its_mark_is_said_and_with_it_filters(
    qtbot, sample_store, english
):
    """ "1446-09-01" in From was read as the Gregorian year 1446: every event was filtered out
    and nothing said why. The problem says how a Hijri date is written; written so, it
    filters from 1 Ramadan 1446 (1 March 2025)."""
    window = _window(qtbot, sample_store, english)
    before = window.state.event_filter
    window.filter_bar.start.setText("1446-09-01")
    window.filter_bar.start.returnPressed.emit()
    assert "a Hijri date ends in هـ or AH" in as_read(window.filter_bar.problem.text())
    assert window.state.event_filter == before
    window.filter_bar.start.setText("1446-09-01 AH")
    window.filter_bar.start.returnPressed.emit()
    qtbot.waitUntil(lambda: window.state.event_filter.start == date(2025, 3, 1))
    assert not window.filter_bar.problem.isVisible()


def test_kind_menu_counts_and_filters(qtbot, sample_store, english):
    window = _window(qtbot, sample_store, english)
    actions = {a.objectName(): a for a in window.filter_bar.kinds.menu().actions()}
    visits = actions["kind-official-visit"]
    assert visits.text() == "Official visit (2)"
    visits.setChecked(True)
    _, in_list = _shown(window)
    assert len(in_list) == 2
    assert "Official visit" in window.summary.text()


@pytest.fixture(scope="module")
def twelve_hundred_calls(store_copy, tmp_path_factory):
    """1,200 phone calls, a day apart: read only, by the tests of counts in thousands."""
    store = store_copy("empty", tmp_path_factory.mktemp("calls") / "calls.sqlite3")
    first = date(2020, 1, 1)
    add_in_bulk(
        store,
        [Event(EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.on(first + timedelta(days=n)),
               title_en=f"Call {n}")
         for n in range(1200)],
    )  # fmt: skip
    yield store
    store.database.close()


@pytest.mark.parametrize(
    ("fmt", "counted", "in_menu"),
    [(DateFormat("en"), "1,200 events", "Phone call (1,200)"),
     (DateFormat("fr"), "1\u202f200 événements", "Entretien téléphonique (1\u202f200)"),
     (DateFormat("ar", DateStyle.EGYPT), "١٬٢٠٠ حدث", "اتصال هاتفي (١٬٢٠٠)")],
)  # fmt: skip
def test_counts_in_the_window_are_grouped_by_thousands(
    qtbot, twelve_hundred_calls, fmt, counted, in_menu
):
    window = _window(qtbot, twelve_hundred_calls, fmt)
    assert window.count_label.text() == counted
    assert window.summary.text().endswith(counted.replace(" ", "\u00a0"))
    actions = {a.objectName(): a for a in window.filter_bar.kinds.menu().actions()}
    assert actions["kind-phone-call"].text() == in_menu


def test_a_saved_view_comes_back_after_restarting(qtbot, sample_store, english):
    window = _window(qtbot, sample_store, english)
    _choose(qtbot, window.filter_bar.first, "Morocco")
    _choose(qtbot, window.filter_bar.second, "Azerbaijan")
    window.timeline.zoom_at(2.0)
    period = window.timeline.period
    window.views_menu.save_current("Morocco–Azerbaijan")
    window.close()

    again = _window(qtbot, sample_store, english)
    assert again.state.event_filter.countries == {"MA", "AZ"}, "the last view reopens"
    assert again.timeline.period == period
    again.filter_bar.first.set_code(None)
    again.filter_bar.second.set_code(None)
    again.filter_bar.first.lineEdit().editingFinished.emit()
    assert again.state.event_filter.countries == frozenset()
    saved = next(a for a in again.views_menu.actions() if a.text() == "Morocco–Azerbaijan")
    saved.trigger()
    assert again.state.event_filter.countries == {"MA", "AZ"}
    assert again.filter_bar.first.code() == "MA"
    assert again.timeline.period == period


def test_save_this_view_from_the_menu_asks_a_name_and_lists_the_view(
    qtbot, sample_store, english, respond
):
    window = _window(qtbot, sample_store, english)
    _choose(qtbot, window.filter_bar.first, "Morocco")
    _choose(qtbot, window.filter_bar.second, "Kazakhstan")

    def named(dialog: QInputDialog) -> None:
        dialog.setTextValue("  Kazakh file  ")
        dialog.accept()

    respond(QInputDialog, named)
    save = next(a for a in window.views_menu.actions() if a.objectName() == "saveView")
    save.trigger()  # as the menu item and Ctrl+Shift+S do: triggered(checked=False)
    window.views_menu.aboutToShow.emit()
    saved = [a.text() for a in window.views_menu.actions() if a.objectName().startswith("view:")]
    assert saved == ["Kazakh file"]


def test_matching_words_are_highlighted_in_the_list(qtbot, sample_store, english):
    window = _window(qtbot, sample_store, english)
    window.filter_bar.text.setText("visa")
    window.filter_bar.text.returnPressed.emit()
    assert window.event_list.highlighter._terms == ["visa"]
    image = window.event_list.viewport().grab().toImage()
    highlighted = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name() == "#ffe08a"
    )
    assert highlighted > 0


def test_words_typed_on_quickly_end_with_the_last_ones_everywhere(qtbot, sample_store, english):
    """The kind counts and the attention panel follow a search just after its frame: a
    search changed again before then ends with the last words' events in every view."""
    window = _window(qtbot, sample_store, english)
    bar = window.filter_bar
    for words in ("parliamentary", "visa"):  # the forum needing attention, then four treaties
        bar.text.setText(words)
        bar.text.returnPressed.emit()
    visas = {event.id for event in sample_store.find(EventFilter(text="visa"))}
    assert _shown(window) == (visas, visas) and len(visas) == 4
    kinds = {action.objectName(): action for action in bar.kinds.menu().actions()}

    def counted(name: str) -> str:
        return kinds[name].text().rsplit(" ", 1)[1]

    qtbot.waitUntil(lambda: counted("kind-multilateral-gathering") == "(0)")  # 2 before
    assert counted("kind-agreement-signed") == "(2)" and counted("kind-official-visit") == "(0)"
    assert window.attention.list.count() == 0 and not window.attention.isVisible()
    assert _shown(window) == (visas, visas) and window.event_list.updatesEnabled()


def test_a_reversed_period_names_its_days_in_the_readers_digits(qtbot, sample_store):
    """An Egyptian reader typing "٢٠٢٥/٠٣/٠١" to "٢٠٢٥/٠١/٠١" read "الفترة تنتهي
    (2025-01-01) قبل أن تبدأ (2025-03-01)", the days in Latin digits."""
    window = _window(qtbot, sample_store, DateFormat("ar", DateStyle.EGYPT))
    bar = window.filter_bar
    bar.start.setText("٢٠٢٥/٠٣/٠١")
    bar.end.setText("٢٠٢٥/٠١/٠١")
    bar.end.returnPressed.emit()
    said = without_direction_marks(bar.problem.text())
    assert "(٢٠٢٥/٠١/٠١)" in said and "(٢٠٢٥/٠٣/٠١)" in said, said
    assert not re.search("[0-9]", said), said


@pytest.mark.parametrize("style", [DateStyle.MAGHREB, DateStyle.EGYPT])
def test_the_periods_example_shows_as_typed(started_in, style):
    """The Arabic hint "من (2024 أو 1446-09-01 هـ)" showed the Hijri day as "01-09-1446",
    which typed into the field reads "1446-09-01" (in Arabic-Indic digits, "١٤٤٦/٠٩/٠١")."""
    window = started_in("ar", (1400, 900))
    fmt = DateFormat("ar", style)
    window.set_reader(fmt)
    field = window.filter_bar.start
    example = slashed(fmt.digits("1446-09-01"))
    typed = seen_left_to_right(example, field.font(), field.layoutDirection())
    hint = seen_left_to_right(field.placeholderText(), field.font(), field.layoutDirection())
    assert "هـ" in field.placeholderText() and typed in hint, (hint, typed)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_country_too_long_for_its_field_reads_from_its_first_letter(
    qtbot, sample_store, language
):
    """At 800 pixels the country field is narrower than "United Arab Emirates (AE)": the
    name set from a saved view, or typed and left, shows its start, not "rab Emirates (AE)"."""
    window = _window(qtbot, sample_store, DateFormat(language))
    window.resize(800, 500)
    picker = window.filter_bar.first
    picker.set_code("AE")
    field = picker.text_field()
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()
    assert field.cursorPosition() == 0
    second = window.filter_bar.second
    _choose(qtbot, second, "United Arab Emirates")  # typed, then the field is left
    assert second.text_field().cursorPosition() == 0


@pytest.mark.parametrize(
    ("language", "words", "seen"),
    [("fr", "قمة", "Tous les pays · « ةمق » · 0 événement"),
     ("en", "قمة", "All countries · ‘ةمق’ · 0 events")],
)  # fmt: skip
def test_searched_words_in_the_other_script_stay_between_their_quotes(
    qtbot, sample_store, language, words, seen
):
    """Arabic words searched for in a French window took the quotes and the count with them:
    the line above the timeline read "Tous les pays · «0 · «قمة événement"."""
    window = _window(qtbot, sample_store, DateFormat(language))
    window.filter_bar.text.setText(words)
    window.filter_bar.text.returnPressed.emit()
    assert seen_lines(window.summary) == [seen]  # Arabic letters read from the right


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_long_country_is_shown_whole_where_the_bar_has_room(qtbot, sample_store, language):
    """At 1600 pixels "United Arab Emirates (AE)" read "United Arab Emir" beside a search
    field 800 pixels wide."""
    window = _window(qtbot, sample_store, DateFormat(language))
    window.resize(1600, 900)
    window.filter_bar.first.set_code("AE")
    window.filter_bar.second.set_code("VC")  # Saint Vincent and the Grenadines
    window.filter_bar.layout().activate()
    for picker in (window.filter_bar.first, window.filter_bar.second):
        field = picker.text_field()
        room = field.width() - 4  # a line edit's margin of 2 pixels either side
        assert field.fontMetrics().horizontalAdvance(field.text()) <= room, field.text()
    assert window.filter_bar.text.width() > 300  # the search field keeps the rest


def _rows_of(bar) -> set[int]:
    """The heights at which the bar's fields stand."""
    fields = (bar.first, bar.swap, bar.second, bar.kinds, bar.start, bar.end, bar.text)
    return {field.y() for field in fields}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize(
    ("pair", "rows"),
    [(("AE", "AZ"), 1), (("SA", "KZ"), 1), (("GS", "UM"), 2)],
    ids=["emirates-azerbaijan", "saudi-arabia-kazakhstan", "longest-names"],
)
def test_the_chosen_countries_read_whole_in_the_smallest_window(
    qtbot, started_in, language, pair, rows
):
    """In French at 800 pixels "Émirats arabes unis (AE)" read "Émirats arabes unis (A"
    beside a period field wider than its dates. Two names of the longest take a row of
    their own; every field stays whole and in the bar."""
    window = started_in(language, (800, 500))
    bar = window.filter_bar
    bar.set_filter(EventFilter(countries=frozenset(pair)), pair)  # a saved view, --pair
    qtbot.waitUntil(lambda: len(_rows_of(bar)) == rows)
    QApplication.processEvents()  # the toolbar takes the bar's new height
    for picker in (bar.first, bar.second):
        field = picker.text_field()
        room = field.width() - 4  # a line edit's margin of 2 pixels either side
        assert field.fontMetrics().horizontalAdvance(field.text()) <= room, field.text()
    assert (strays(bar), overlaps(bar), cut_texts(bar)) == ([], [], [])
    for field in (bar.first, bar.swap, bar.second, bar.kinds, bar.start, bar.end, bar.text):
        assert bar.rect().contains(field.geometry()), field.objectName()
    assert bar.parentWidget().rect().contains(bar.geometry())  # not behind the toolbar's »


def test_the_period_is_written_in_the_readers_digits(qtbot, sample_store):
    """An Egyptian window taught "من (2024 أو 1446-09-01 هـ)", showed a saved period as
    "2024-01-01" among Arabic-Indic dates and counted "2 kinds"; the fields read either
    digits. Written "٢٠٢٤-٠١-٠١", a day showed as "٠١-٠١-٢٠٢٤" in its field, and the
    example "١٤٤٦-٠٩-٠١" as "٠١-٠٩-١٤٤٦": slashes keep the year first."""
    window = _window(qtbot, sample_store, DateFormat("ar", DateStyle.EGYPT))
    bar = window.filter_bar
    assert "٢٠٢٤" in bar.start.placeholderText()
    assert not any(char.isascii() and char.isdigit() for char in bar.start.placeholderText())
    assert "١٤٤٦/٠٩/٠١" in bar.start.placeholderText()
    period = EventFilter(start=date(2024, 1, 1), end=date(2025, 6, 30))
    bar.set_filter(period)
    assert (bar.start.text(), bar.end.text()) == ("٢٠٢٤/٠١/٠١", "٢٠٢٥/٠٦/٣٠")
    bar.end.returnPressed.emit()
    assert not bar.problem.isVisibleTo(window) and bar.event_filter == period
    bar.set_filter(EventFilter(kinds=frozenset({EventKind.OFFICIAL_VISIT, EventKind.STATEMENT})))
    assert "٢" in bar.kinds.text() and "2" not in bar.kinds.text()
    bar.start.setText("٢٠٢٥-١٣")
    bar.start.returnPressed.emit()
    said = as_read(bar.problem.text())
    assert "الشهر ١٣ غير موجود" in said, said  # the rule's number as the reader writes it
    window.set_reader(DateFormat("ar", DateStyle.MAGHREB))  # Latin digits in Morocco
    window.filter_bar.layout().activate()  # Latin digits are wider
    assert "2024" in window.filter_bar.start.placeholderText()


def _ink_columns(field) -> list[int]:
    """The field's pixel columns where its text's ink shows (its frame left out)."""
    image = field.grab().toImage()
    inside = field.rect().adjusted(3, 3, -3, -3)
    return [
        x
        for x in range(inside.left(), inside.right() + 1)
        if any(
            image.pixelColor(x, y).lightness() < 110 for y in range(inside.top(), inside.bottom())
        )
    ]


@pytest.mark.parametrize(
    ("fmt", "rtl"),
    [
        (DateFormat("ar", DateStyle.MAGHREB), True),
        (DateFormat("ar", DateStyle.EGYPT), True),
        (DateFormat("en"), False),
    ],
)
def test_a_period_typed_or_saved_starts_at_the_windows_reading_edge(
    qtbot, sample_store, qapp, fmt, rtl
):
    """In the Arabic window a saved period's "2024-01-01" stood at the left end of its field
    (Qt aligns a field by its text's direction, and digits have none), where its hint had
    stood at the right."""
    qapp.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    try:
        window = _window(qtbot, sample_store, fmt)
        bar = window.filter_bar
        bar.set_filter(EventFilter(start=date(2024, 1, 1)))
        qtbot.keyClicks(bar.end, "2025-06")
        for field in (bar.start, bar.end):
            inked = _ink_columns(field)
            assert inked, field.objectName()
            middle = field.width() / 2
            assert (min(inked) > middle) if rtl else (max(inked) < middle), (
                field.objectName(),
                field.text(),
                min(inked),
                max(inked),
                field.width(),
            )
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_week_asked_for_is_the_week_shown_though_its_events_run_all_year(
    qtbot, store_copy, tmp_path, english
):
    """The Emirates and Nigeria from 1 to 7 May 2024 showed December 2023 to January 2025:
    "fit all" fitted the year of their year-long events, which took every row, and the
    week's own visits stood under a badge."""
    store = store_copy("empty", tmp_path / "week.sqlite3")
    year_long = [
        Event(EventKind.STATEMENT, ("AE", "NG"), EventDate.from_edtf("2024"), title_en=f"Note {n}")
        for n in range(8)
    ]
    visits = [
        Event(EventKind.OFFICIAL_VISIT, ("AE", "NG"), EventDate.on(date(2024, 5, day)),
              title_en=f"Visit of {day} May")
        for day in (2, 4, 6)
    ]  # fmt: skip
    add_in_bulk(store, year_long + visits)
    window = _window(qtbot, store, english)
    bar = window.filter_bar
    with qtbot.waitSignal(bar.filterChanged):
        qtbot.keyClicks(bar.start, "2024-05-01")
        qtbot.keyClicks(bar.end, "2024-05-07")
        bar.end.returnPressed.emit()
    period = window.timeline.period
    assert (day_of(period.start), day_of(period.end - 1)) == (date(2024, 5, 1), date(2024, 5, 7))
    labelled = {shape.label for shape in window.timeline.current_layout().events}
    assert {"Visit of 2 May", "Visit of 4 May", "Visit of 6 May"} <= labelled
    # Panned to April, the axis names it: only a briefing names nothing before the days asked.
    window.timeline.pan_view(-1.0)
    axis = {tick.label for tick in window.timeline.current_layout().ticks}
    assert "April 2024" in axis, axis


def test_a_period_open_at_one_end_keeps_no_blank_days_before_its_events(
    qtbot, sample_store, english
):
    """The sample until 1 May 2024: its one event of that day stood in the last quarter of
    the view, three blank days of April before it ("fit all" kept three days' margin on
    the open side, where a period closed at both ends keeps none)."""
    window = _window(qtbot, sample_store, english)
    bar = window.filter_bar
    with qtbot.waitSignal(bar.filterChanged):
        qtbot.keyClicks(bar.end, "2024-05-01")
        bar.end.returnPressed.emit()
    period = window.timeline.period
    assert window.event_list.model().rowCount() == 1
    assert day_of(period.start) >= date(2024, 4, 30), day_of(period.start)
    assert period.end - period.start < 2.5


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_hijri_day_typed_without_its_mark_is_said_within_an_800_pixel_window(
    started_in, language
):
    """The problem line is one line under the fields: the first wording of this reason, in
    French, made the window 1,005 pixels wide at the least."""
    window = started_in(language, (800, 500))
    window.filter_bar.start.setText("1446-09-01")
    window.filter_bar.start.returnPressed.emit()
    assert window.filter_bar.problem.isVisible()
    assert window.minimumSizeHint().width() <= 800
