"""The briefing's table of events: the columns its events fill, room for their dates, and
what happened to an event not held (its status said, a cancelled one's title struck)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from strike_checks import hidden_share

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.event import Event, Source
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.languages import field_separator
from timeline.domain.status import EventStatus, shown_statuses
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, plan_briefing
from timeline.export.briefing_table import (
    BASELINE,
    LINE_PITCH,
    PADDING,
    Table,
    _broke_a_word,
    counted_cells,
    event_cells,
    events_table,
    paragraph,
    period_cells,
    period_columns,
    span_name,
    span_when,
)
from timeline.export.briefing_words import word
from timeline.export.steps import Steps
from timeline.io.sample import sample_events
from timeline.render.theme import Theme, app_font

from .conftest import write_planned

pytestmark = pytest.mark.usefixtures("qapp")

A4_ACROSS = 1032.0  # the content's width, A4 landscape inside its margins


def imported(count: int) -> list[Event]:
    """Events as a news feed gives them: a date (some a span across Hijri months), a kind
    and a title, no place, people or source."""
    first = date(2015, 1, 26)
    return [
        Event(
            EventKind.MULTILATERAL_GATHERING if n % 2 else EventKind.AGREEMENT_SIGNED,
            ("AE", "NG"),
            EventDate(
                FuzzyDate.from_date(first + timedelta(days=9 * n)),
                FuzzyDate.from_date(first + timedelta(days=9 * n + 25)),
            ),
            title_en=f"Agreement signed: United Arab Emirates–Nigeria on health ({n})",
        )
        for n in range(20)
    ]


def test_columns_no_event_fills_are_left_out_and_each_date_keeps_to_its_two_lines():
    """Place, participants and source, empty for every event, would squeeze "21 February –
    4 March 2015" and its Hijri span onto three or four lines: left out, each row is its
    date and its Hijri form, one line each."""
    events = imported(20)
    table, rows = events_table(events, A4_ACROSS, DateFormat("en"), Theme(), Steps(None, 20))
    assert table.keys == ("date", "kind", "title")
    assert {row.height for row in rows} == {2 * LINE_PITCH + 2 * PADDING}
    sourced = [*events[:-1], replace(events[-1], sources=(Source(outlet="Hespress"),))]
    table, _rows = events_table(sourced, A4_ACROSS, DateFormat("en"), Theme(), Steps(None, 20))
    assert table.keys == ("date", "kind", "title", "source")


PORTRAIT_ACROSS = 702.6133333333333  # A4 portrait inside its margins


@pytest.mark.parametrize("width", [PORTRAIT_ACROSS, A4_ACROSS])
@pytest.mark.parametrize("kind", list(EventKind))
@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_kind_widened_for_its_name_takes_it_on_one_line(language, kind, width):
    """Morocco and Qatar's 2024 on portrait paper in Arabic: the kind column, widened for
    "لقاء على الهامش" where the place, people and source were left out, wrapped it over two
    lines beside a title column with room to spare. Its name was measured a pixel narrower
    than the cell lays it out."""
    fmt = DateFormat(language)
    events = [Event(kind, ("MA", "QA"), EventDate.on(date(2024, 10, 4)), title_en="Talks", id=1)]
    table, _rows = events_table(events, width, fmt, Theme(), Steps(None, 1))
    (name,) = event_cells(events[0], fmt)[1]
    assert table.keys == ("date", "kind", "title")
    assert table._count_lines(name, table.keys.index("kind")) == 1, name


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_sample_fills_every_column(language):
    events = sample_events()
    fmt = DateFormat(language)
    table, rows = events_table(events, A4_ACROSS, fmt, Theme(), Steps(None, len(events)))
    assert table.keys == ("date", "kind", "title", "place", "participants", "source")
    assert sum(width for _x, width in table.columns) == pytest.approx(A4_ACROSS)
    assert len(rows) == len(events)


A5_ACROSS = 468.7  # A5 portrait inside its margins, as File > Print… may choose it


@pytest.mark.parametrize("width", [A5_ACROSS, PORTRAIT_ACROSS])
@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_title_a_place_a_person_or_a_source_is_never_broken_inside_a_word(language, width):
    """Printed on A5 the sample's table read "Tashkent / Uzbekist / an" and "Public
    reportin / g": those columns take their longest word's width, then their heading's,
    from those with room to spare above theirs, the title too, which keeps its own."""
    events = sample_events()
    fmt = DateFormat(language)
    table, rows = events_table(events, width, fmt, Theme(), Steps(None, len(events)))
    broken = set()
    for row in rows:
        for key in ("title", "place", "participants", "source"):
            column = table.keys.index(key)
            for text in row.cells[column]:
                laid_out = paragraph(text, table.font, table._text_width(column), table.rtl)
                if _broke_a_word(laid_out.layout, text):
                    broken.add((key, text))
    if (language, width) == ("fr", A5_ACROSS):
        # "interparlementaire" is wider than the title can be once the others keep theirs;
        # the cells' words come first, a heading read once a page after them.
        assert broken == {("title", "150e Assemblée de l'Union interparlementaire")}
    else:
        assert broken == set()
        assert table.headings_fit()  # "Participant|s" broke on A5
    assert sum(width for _x, width in table.columns) == pytest.approx(width)


@pytest.mark.parametrize(
    ("edtf", "hijri"),
    [
        ("2020", "1441–1442 AH"),
        ("2025-03", "Ramadan – Shawwal 1446 AH"),
        ("2024-02/2024-03-10", "Rajab – Sha'ban 1445 AH"),
        ("2025-03-19", "19 Ramadan 1446 AH"),
    ],
)
def test_an_events_hijri_is_as_precise_as_its_date(edtf, hijri):
    """An event known only to 2020 read "6 Jumada al-Ula 1441 – 16 Jumada al-Ula 1442 AH"
    under its year, days no one knew, two lines of a narrow column."""
    event = Event(EventKind.PHONE_CALL, ("AE", "NG"), EventDate.from_edtf(edtf), title_en="Call")
    assert event_cells(event, DateFormat("en"))[0][1] == hijri


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_row_of_the_table_by_year_is_the_year_over_its_hijri_years(language):
    """A landscape page's column for each kind leaves the year a narrow column: 1981's
    Hijri days ("25 Safar 1401 – 5 Rabiʿ al-Awwal 1402 AH") made every row three lines
    tall, nine years to a page; its Hijri years keep it to two."""
    fmt = DateFormat(language)
    kinds = list(EventKind)
    table = Table(A4_ACROSS, fmt, Theme(), period_columns(kinds, False))
    assert table.headings_fit()
    row = table.row(
        None, period_cells(date(1981, 1, 1), "year", {EventKind.PHONE_CALL: 2}, kinds, fmt, False)
    )
    assert row.cells[0] == (fmt.year(1981), fmt.hijri_years(date(1981, 1, 1), date(1981, 12, 31)))
    assert row.height == 2 * LINE_PITCH + 2 * PADDING


def _breaks(text: str, width: float, rtl: bool) -> list[tuple[str, str]]:
    """The text before and after each place ``text`` wraps in a column ``width`` wide."""
    from timeline.export.briefing_table import paragraph
    from timeline.render.theme import app_font

    laid = paragraph(text, app_font(11), width, rtl).layout
    ends = [laid.lineAt(n).textStart() for n in range(1, laid.lineCount())]
    return [(laid.text()[:end], laid.text()[end:]) for end in ends]


def _words_cut(breaks: list[tuple[str, str]]) -> int:
    return sum(before[-1].isalnum() and after[0].isalnum() for before, after in breaks)


@pytest.mark.parametrize(
    ("fmt", "first", "last"),
    [(DateFormat("ar", DateStyle.LEVANT), date(2026, 10, 21), date(2026, 11, 2)),
     (DateFormat("en"), date(2026, 11, 29), date(2026, 12, 3)),
     (DateFormat("fr"), date(2024, 4, 22), date(2024, 5, 2)),
     (DateFormat("fr"), date(2025, 1, 31), date(2025, 2, 1)),  # "1er février", "1er chaabane"
     (DateFormat("fr"), date(2023, 11, 29), date(2023, 11, 30))],  # "joumada al-oula"
)  # fmt: skip
def test_a_date_wraps_between_its_parts_never_inside_one(fmt, first, last):
    """In a date column as narrow as a briefing's (94 units at the narrowest: the table's
    dates, the agreements' and the summary's are laid out so), a day stays with its month,
    a month with its year, a month's name whole and a year with its era: "29 November – 3
    / December 2026" read as the 3rd, "٢١ تشرين الأول – ٢ تشرين / الثاني ٢٠٢٦" split a
    month in two, "3 December / 2026" left the year alone, "joumada al- / oula" split at
    its hyphen. Narrower than its parts, it breaks no more words than plain spaces do."""
    from timeline.domain.hijri import to_hijri
    from timeline.export.briefing_words import _MONTH_YEAR_TIE, unbroken

    event = Event(
        EventKind.AGREEMENT_SIGNED,
        ("AE", "NG"),
        EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(last)),
        title_en="Agreement",
    )
    gregorian, hijri = (unbroken(part, fmt) for part in event_cells(event, fmt)[0])
    months = [fmt.month_name(n) for n in range(1, 13)]
    months += [to_hijri(day).month_name(fmt.language) for day in (first, last)]
    inside = [tuple(name.split()[n : n + 2]) for name in months for n in range(name.count(" "))]
    ends = {name.split()[-1].replace("-", "\u2011") for name in months}  # a name's last word

    def fits(text: str, width: float) -> bool:
        """Whether each of its parts, ties kept, fits on a line."""
        return not any(_breaks(part, width, fmt.language == "ar") for part in text.split(" "))

    wrapped = set()
    for width in range(40, 260, 2):
        for text in (gregorian, hijri):
            breaks = _breaks(text, width, fmt.language == "ar")
            if width < 90:
                plain = _breaks(text.replace("\u00a0", " "), width, fmt.language == "ar")
                assert _words_cut(breaks) <= _words_cut(plain), (text, width)
                continue
            for before, after in breaks:
                wrapped.add(width)
                last_word, next_word = before.split()[-1], after.split()[0]
                assert not last_word.isdigit() and last_word != "1er", (text, width)
                if fits(_MONTH_YEAR_TIE.sub(" ", text), width):  # each day with its month
                    assert (last_word, next_word) not in inside, (text, width)
                if fits(text, width):  # each day with its month and year: whole
                    assert not (last_word in ends and next_word[0].isdigit()), (text, width)
                    assert not before.endswith(("-", "\u2011")), (text, width)
    assert wrapped  # the test looks at dates that wrap


def test_a_french_day_keeps_its_article_in_a_narrow_column(qapp):
    """The dense database's Moroccan agreements in French: a glance's date column read "un
    jour entre le 3 et / le / 11 septembre 2020", the article alone on a line. It goes
    with its day wherever the day, its month and its year fit on a line."""
    from timeline.export.briefing_words import unbroken

    fmt = DateFormat("fr")
    days = EventDate(
        FuzzyDate.from_date(date(2020, 9, 3)), FuzzyDate.from_date(date(2020, 9, 11)), within=True
    )
    event = Event(EventKind.AGREEMENT_SIGNED, ("MA", "SN"), days, title_en="Culture")
    gregorian = unbroken(event_cells(event, fmt)[0][0], fmt)
    assert gregorian.replace("\u00a0", " ") == "un jour entre le 3 et le 11 septembre 2020"
    least = QFontMetricsF(app_font(11)).horizontalAdvance("le 11 septembre 2020")
    for width in range(math.ceil(least) + 2, 260, 2):
        for before, after in _breaks(gregorian, width, False):
            assert not before.rstrip().endswith(" le") and not after.startswith("le "), width


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_counts_by_kind_wrap_between_kinds(language):
    """On a page too narrow for a column each, a year's counts share one column and wrap
    between kinds only: "Visite officielle : 29 · … · Entrée / en vigueur : 36" read as a
    kind "Entrée" and one "en vigueur"."""
    from timeline.export.briefing_words import whole_entries

    fmt = DateFormat(language)
    kinds = list(EventKind)
    counts = {kind: 20 + n for n, kind in enumerate(kinds)}
    (joined,) = period_cells(date(1979, 1, 1), "year", counts, kinds, fmt, True)[2]
    said = (word("kind_count", fmt, kind=k.info.name(language), n=n) for k, n in counts.items())
    names = [" ".join(name.split()) for name in said]
    separator = field_separator(language).strip()
    wrapped = False
    for width in range(260, 700, 10):
        for before, after in _breaks(whole_entries(joined, fmt), width, language == "ar"):
            wrapped = True
            before, after = (" ".join(part.split()) for part in (before, after))
            assert before.removesuffix(separator).rstrip().endswith(tuple(names)), before
            assert after.startswith(tuple(names)), (width, after)
    assert wrapped


@pytest.mark.parametrize(
    ("first", "last", "en"),
    [(date(2023, 1, 1), date(2023, 12, 31), "2023"),
     (date(2022, 1, 1), date(2023, 12, 31), "2022–2023"),
     (date(2023, 3, 1), date(2023, 3, 31), "March 2023"),
     (date(2023, 3, 1), date(2023, 5, 31), "March – May 2023"),
     (date(2023, 12, 1), date(2024, 1, 31), "December 2023 – January 2024"),
     (date(2023, 3, 10), date(2023, 3, 12), "10–12 March 2023")],
)  # fmt: skip
def test_a_span_of_events_whose_period_is_not_known_is_named_as_written(first, last, en):
    """A row after the months (days) for the events known only to a longer span: named for
    it, in whole years, months or days; in Arabic with the reader's months and digits, and
    its Hijri form under it."""
    assert span_name(first, last, DateFormat("en")) == en
    levant = DateFormat("ar", DateStyle.LEVANT)
    arabic = span_name(first, last, levant)
    assert levant.year(last.year) in arabic and not any(c.isascii() and c.isalnum() for c in arabic)
    kinds = [EventKind.OFFICIAL_VISIT]
    when = span_when((first, last), "month", levant)
    assert when[0].startswith(arabic) and when[0].endswith("الشهر\u00a0غير\u00a0معروف")
    assert levant.hijri_era in when[1]
    cells = counted_cells(when, {EventKind.OFFICIAL_VISIT: 3}, kinds, levant, False)
    assert cells == (when, (levant.number(3),), (levant.number(3),))


#: Morocco's autumn of 2020 in the reviewer's copy of the synthetic events: a statement
#: cancelled, one held, a meeting postponed.
AUTUMN = (
    (EventKind.STATEMENT, date(2020, 9, 21), "UZ", EventStatus.CANCELLED,
     "بيان مشترك بين المغرب وأوزبكستان", "Statement: Morocco–Uzbekistan on transport"),
    (EventKind.STATEMENT, date(2020, 9, 22), "SN", EventStatus.HELD,
     "بيان مشترك بين المغرب والسنغال", "Statement: Morocco–Senegal on water"),
    (EventKind.BILATERAL_MEETING, date(2020, 10, 4), "QA", EventStatus.POSTPONED,
     "مباحثات ثنائية بين المغرب وقطر", "Bilateral meeting: Morocco–Qatar on security"),
)  # fmt: skip
#: What each row's kind says, in the briefing's language.
SAID = {
    "ar": ("تصريح — ملغى", "تصريح", "لقاء ثنائي — مؤجَّل"),
    "en": ("Statement — cancelled", "Statement", "Bilateral meeting — postponed"),
    "fr": ("Déclaration — annulée", "Déclaration", "Rencontre bilatérale — reportée"),
}


def autumn() -> list[Event]:
    return [
        Event(kind, ("MA", partner), EventDate.on(day), title_ar=ar, title_en=en, status=status)
        for kind, day, partner, status, ar, en in AUTUMN
    ]


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_cancelled_or_postponed_events_row_says_so_when_read_or_copied(
    empty_store, language, poppler, tmp_path
):
    """Morocco's statement with Uzbekistan of 21 September 2020, cancelled, and its meeting
    with Qatar of 4 October, postponed, were plain rows, read (and copied) as held, while
    the timeline struck the one and drew the other hollow. Each kind now says its status,
    in the window's words; the cancelled title is struck."""
    empty_store.add_many(autumn())
    shown = EventFilter(countries=frozenset({"MA"}), statuses=shown_statuses(cancelled=True))
    request = ExportRequest(
        ViewState(shown, DateFormat(language)), table="all", generated=date(2025, 6, 1)
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    kind = plan.table.keys.index("kind")
    assert [row.cells[kind] for row in plan.rows] == [(said,) for said in SAID[language]]
    assert [row.struck for row in plan.rows] == [True, False, False]
    path = tmp_path / "autumn.pdf"
    write_planned(plan, request, path)
    lines = [poppler.squeezed(line) for line in poppler.text(path, "-layout").splitlines()]
    for (*_, ar, en), said in zip(AUTUMN, SAID[language], strict=True):
        title = poppler.squeezed(ar if language == "ar" else en)
        # The row's line: its title beside its kind and status, and no other status.
        row = next(line for line in lines if title in line and poppler.squeezed(said) in line)
        assert row.count("—") == said.count("—")


def test_a_cancelled_events_title_is_struck_through_in_the_table():
    """Painted: a line runs through the cancelled statement's title, not the held one's."""
    table, rows = events_table(autumn(), A4_ACROSS, DateFormat("en"), Theme(), Steps(None, 3))
    image = QImage(
        round(A4_ACROSS), round(sum(row.height for row in rows)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    table.paint_rows(painter, rows, 0.0)
    painter.end()
    x, _width = table.columns[table.keys.index("title")]

    def inked(top: float) -> float:
        """The share of the title's first 150 pixels dark at the height a strike runs."""
        baseline = round(top + PADDING + BASELINE)
        columns = range(round(x + PADDING), round(x + PADDING) + 150)
        dark = [
            any(image.pixelColor(c, y).lightness() < 170 for y in range(baseline - 5, baseline - 2))
            for c in columns
        ]
        return sum(dark) / len(dark)

    tops = [sum(row.height for row in rows[:n]) for n in range(len(rows))]
    assert inked(tops[0]) > 0.97
    assert inked(tops[1]) < 0.9 and inked(tops[2]) < 0.9


@pytest.mark.parametrize(
    "title", ["منتدى الحوار البرلماني بين المغرب وقطر", "COP29: مؤتمر الأطراف في باكو"]
)
def test_a_line_through_an_arabic_title_in_the_table_leaves_its_letters_legible(qapp, title):
    """Qatar's cancelled forum in the table read as one stroke: the line ran through the
    middle of the line's box, along the tops of the letters' bowls. An Arabic title whose
    first word is Latin is Arabic all the same."""
    theme = Theme()
    cell = paragraph(title, app_font(11), 400.0, True)

    def drawn(struck: bool) -> QImage:
        image = QImage(1600, 120, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(4.0, 4.0)  # pixels enough to tell the letters from the line
        cell.draw(painter, QPointF(0.0, 0.0), theme.muted_text if struck else theme.text)
        if struck:
            cell.strike(painter, QPointF(0.0, 0.0), theme.strike_pen())
        painter.end()
        return image

    # Through the middle, 16–17 % of the letters' ink; over the bowls, 8–11 % (dots, stems,
    # a Latin word's capitals).
    assert 0.0 < hidden_share(drawn(False), drawn(True), theme.text) < 0.13
