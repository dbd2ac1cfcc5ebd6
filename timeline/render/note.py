"""The note a view shows when nothing of the filtered events is in it: on screen only.

Zoomed to a quiet day or week, the timeline would be an empty band under its axis. The note
says so, centred over the lanes, and offers the nearest event on either side: its date in
the reader's words (:meth:`DateFormat.event_date`) and its title on up to two lines, the
last cut at a word with "…" when it is longer (the whole title is in its tooltip). The
earlier event stands on the side time comes from (the left, or the right in Arabic), the
later one on the other, each with an arrow pointing out of the view its way; a click or
Ctrl and the arrow key its side goes there. The nearest events are those either side of
the view in time order, the list's and Up and Down's (:meth:`TimelineIndex.last_before`,
:meth:`TimelineIndex.first_from`): two binary searches, whatever the number of events. A
long bar that started before the one offered and ended after it is seen with it there (it
runs across its first day, which the view goes to). Exports never ask for it: a page of a
briefing says what its period holds by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.domain.datetext import shown_title
from timeline.render.labels import TextWidth, split_words, wrap
from timeline.render.rect import Rect

if TYPE_CHECKING:
    from timeline.render.index import EventSource
    from timeline.render.layout import LayoutOptions
    from timeline.render.shapes import TimelineLayout

ELLIPSIS = "…"
LEFT_ARROW, RIGHT_ARROW = "←", "→"  # each event's points to its side, out of the view
ARROW_GAP = 6.0  # between an arrow and its date
COLUMN_GAP = 40.0  # between the two events, side by side
MIN_COLUMN = 170.0  # narrower than this, the events stand one over the other
MAX_COLUMN = 400.0  # a title wider than this wraps (two lines at most)
PADDING = 12.0  # inside the note's ground
HEADING_GAP = 8.0  # under the heading
LINK_GAP = 10.0  # between two events one over the other
SIDE_MARGIN = 16.0  # between the note and the view's edges (or its lanes' titles)
TITLE_LINES = 2
BOLD_SHARE = 1.1  # how much wider bold text (the heading, lanes' titles) runs than plain


@dataclass(frozen=True, slots=True)
class QuietWords:
    """What the note says, in the reader's language: the window's translation of it (the
    layout places it, it does not word it)."""

    heading: str


@dataclass(frozen=True, slots=True)
class NoteLink:
    """One of the nearest events, as the note shows it."""

    event_id: int
    later: bool
    date: str
    title: str  # whole (its tooltip)
    lines: tuple[str, ...]  # the title as drawn
    on_right: bool  # stands on the right of the note, its text against its right side
    arrow: str
    arrow_rect: Rect
    date_rect: Rect
    line_rects: tuple[Rect, ...]
    rect: Rect  # what a click takes: the arrow, the date and the title's lines


@dataclass(frozen=True, slots=True)
class QuietNote:
    heading: str
    heading_rect: Rect
    ground: Rect  # the note's ground, which grid lines and the today line pass under
    links: tuple[NoteLink, ...]

    def link_at(self, x: float, y: float) -> NoteLink | None:
        for link in self.links:
            if link.rect.contains(x, y):
                return link
        return None

    def link(self, later: bool) -> NoteLink | None:
        for link in self.links:
            if link.later == later:
                return link
        return None


def place_note(
    result: TimelineLayout,
    source: EventSource,
    words: QuietWords,
    text_width: TextWidth,
    options: LayoutOptions,
) -> QuietNote | None:
    """The note for a frame that draws no event and no badge while the source has events
    elsewhere; None otherwise, or where the lanes have no room for it."""
    index = source.index
    if result.events or result.clusters or not len(index) or not result.lanes:
        return None
    day = result.scale.period.start
    earlier, later = index.last_before(day), index.first_from(day)
    wanted = [(False, earlier), (True, later)]
    found = [(is_later, int(index.ids[at])) for is_later, at in wanted if at is not None]
    if not found:
        return None
    events = source.drawn([event_id for _, event_id in found])
    fmt = options.fmt
    g = options.geometry
    line = g.label_height
    # The note keeps clear of the lanes' titles, drawn at their tops on the reading side.
    titled = len(result.lanes) > 1
    inset = SIDE_MARGIN
    if titled:
        widest = max(text_width(lane.title) for lane in result.lanes)
        inset = max(inset, 8.0 + widest * BOLD_SHARE + SIDE_MARGIN)
    room = result.width - 2 * (inset + PADDING)
    heading_width = text_width(words.heading) * BOLD_SHARE
    if room < heading_width:
        return None
    arrow_width = max(text_width(LEFT_ARROW), text_width(RIGHT_ARROW))
    indent = arrow_width + ARROW_GAP
    half = (room - COLUMN_GAP) / 2
    texts = []
    for is_later, event_id in found:
        event = events[event_id]
        date_text = fmt.event_date(event.date)
        if indent + text_width(date_text) > min(half, MAX_COLUMN):
            date_text = fmt.event_date(event.date, short=True)
        texts.append((is_later, event_id, date_text, shown_title(event, fmt)))
    # Each column as wide as its widest text needs, up to a half of the room (a title
    # wraps), never narrower than its date; the two alike, so that the heading stands over
    # the middle between them. Where two such columns have no room side by side, the
    # events stand one over the other.
    dates = max(indent + text_width(date_text) for _, _, date_text, _ in texts)
    column = max(
        dates,
        max(
            min(MAX_COLUMN, indent + text_width(title), max(half, MIN_COLUMN))
            for *_, title in texts
        ),
    )
    side_by_side = 2 * column + COLUMN_GAP <= room
    if not side_by_side:
        column = max(dates, min(room, MAX_COLUMN))
        if column > room:
            return None
    # The lanes' height, less the note's padding and heading: two lines of each title
    # where they fit, else one.
    top = result.axis_bottom + g.lane_gap
    bottom = max(lane.rect.bottom for lane in result.lanes)
    links_room = bottom - top - 2 * PADDING - line - HEADING_GAP
    stacked = 1 if side_by_side else len(texts)
    gaps = LINK_GAP * (stacked - 1)
    lines = TITLE_LINES
    while lines and stacked * (1 + lines) * line + gaps > links_room:
        lines -= 1
    if not lines:
        return None
    shaped = [
        (
            is_later,
            event_id,
            date_text,
            title,
            _title_lines(title, column - indent, text_width, lines),
        )
        for is_later, event_id, date_text, title in texts
    ]
    tallest = max(len(title_lines) for *_, title_lines in shaped)
    link_height = (1 + tallest) * line
    # Alone, an event still leans to its side of the middle.
    block_width = max(heading_width, 2 * column + COLUMN_GAP if side_by_side else column)
    block_height = line + HEADING_GAP + stacked * link_height + gaps
    left = (result.width - block_width) / 2
    y = top + (bottom - top - block_height) / 2
    heading_rect = Rect(left, y, block_width, line)
    y += line + HEADING_GAP
    links = []
    for is_later, event_id, date_text, title, title_lines in shaped:
        on_right = is_later != options.rtl
        x = left + block_width - column if on_right else left
        links.append(
            _link(
                (event_id, is_later, on_right),
                (date_text, title, title_lines),
                Rect(x, y, column, link_height),
                indent,
                line,
            )
        )
        if not side_by_side:
            y += link_height + LINK_GAP
    ground = Rect(
        left - PADDING,
        heading_rect.y - PADDING,
        block_width + 2 * PADDING,
        block_height + 2 * PADDING,
    )
    return QuietNote(words.heading, heading_rect, ground, tuple(links))


def _link(
    which: tuple[int, bool, bool],
    texts: tuple[str, str, tuple[str, ...]],
    room: Rect,
    indent: float,
    line: float,
) -> NoteLink:
    """An event's arrow, date and title lines in its column ``room``, against its side."""
    event_id, later, on_right = which
    date_text, title, title_lines = texts
    arrow = RIGHT_ARROW if on_right else LEFT_ARROW
    width = room.width - indent
    if on_right:
        arrow_rect = Rect(room.right - indent + ARROW_GAP, room.y, indent - ARROW_GAP, line)
        text_x = room.x
    else:
        arrow_rect = Rect(room.x, room.y, indent - ARROW_GAP, line)
        text_x = room.x + indent
    date_rect = Rect(text_x, room.y, width, line)
    line_rects = tuple(
        Rect(text_x, room.y + line * (number + 1), width, line)
        for number in range(len(title_lines))
    )
    return NoteLink(
        event_id,
        later,
        date_text,
        title,
        title_lines,
        on_right,
        arrow,
        arrow_rect,
        date_rect,
        line_rects,
        Rect(room.x, room.y, room.width, line * (1 + len(title_lines))),
    )


def _title_lines(title: str, width: float, text_width: TextWidth, lines: int) -> tuple[str, ...]:
    """``title`` on at most ``lines`` lines of ``width``: whole where it fits, else its
    last line cut after a whole word with "…" (within a word only when one word is wider
    than the line)."""
    whole = wrap(title, width, text_width, lines)
    if whole is not None:
        return whole
    words = split_words(title)  # not at a no-break space: a line began ": Astana…"
    kept: list[str] = []
    for _ in range(lines - 1):
        row: list[str] = []
        while words and text_width(" ".join([*row, words[0]])) <= width:
            row.append(words.pop(0))
        if not row:
            break
        kept.append(" ".join(row))
    last: list[str] = []
    while words and text_width(" ".join([*last, words[0]]) + ELLIPSIS) <= width:
        last.append(words.pop(0))
    if last:
        kept.append(" ".join(last) + ELLIPSIS)
    else:  # one word wider than the line: cut within it
        rest = " ".join(words)
        cut = len(rest)
        while cut and text_width(rest[:cut] + ELLIPSIS) > width:
            cut -= 1
        kept.append(rest[:cut] + ELLIPSIS)
    return tuple(kept)
