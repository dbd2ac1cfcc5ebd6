"""Print only: labels moved out of the way of the connectors between other events.

A connector is painted beneath the labels, and a label's background hides where it crosses
one; on paper the line then seems to break off and nobody can hover to follow it. Once the
connectors of a printed band are placed, a label one runs through is wrapped on the other
side of its marker where its row has the room, or its event trades rows with an event of
its kind over the same days, and the connectors are placed again
(:func:`move_crossed_labels`, called by :func:`timeline.render.layout.layout` for whole
labels only); one still crossed, or across its marker, with no connector of its own,
moves to a free row of its lane beside its marker; a connector still through a label
takes the other side of its markers where one of its ends' labels goes to the other side
of its own (:func:`_turn_connector_ends`). Last, a label set before its marker but
starting just past another is wrapped narrower (:func:`wrap_clear_of_markers`). A module
of its own: print's passes alone over rows the layout has finished, which the layout's
long module need not carry.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from timeline.render.connectors import ConnectorShape, Ways, crossed_labels
from timeline.render.labels import (
    Placed,
    RowSpans,
    TextWidth,
    label_style,
    narrowest,
    place_elsewhere,
    placed_rect,
    reading_span,
    runs_across,
    wrap,
)
from timeline.render.rect import Rect, edges_of
from timeline.render.shapes import EventShape, TimelineLayout

if TYPE_CHECKING:
    from timeline.render.layout import LayoutOptions

#: Places a band's connectors again for a list of its events (the layout's ties and days).
Connect = Callable[[list[EventShape]], list[ConnectorShape]]


def move_crossed_labels(
    result: TimelineLayout, connect: Connect, text_width: TextWidth, options: LayoutOptions
) -> None:
    """Move the labels of ``result`` that its connectors run through, where they have room
    elsewhere, and place the connectors again after each move that is kept."""
    if _wrap_crossed_after(result, text_width, options):
        result.connectors = connect(result.events)
    if result.connectors:
        crossed = _swap_crossed_rows(result, connect, text_width, options)
        if crossed is not None:
            _move_crossed_to_free_rows(result, crossed, text_width, options)
            _turn_connector_ends(result, connect, text_width, options)
            _close_up_rows(result, connect, options)


def wrap_clear_of_markers(
    result: TimelineLayout, text_width: TextWidth, options: LayoutOptions
) -> None:
    """Print: a label set before its marker whose start stands just past another marker of
    its row, one with no label of its own after it, is wrapped on more lines before its
    marker, narrower, to start :attr:`~timeline.render.labels.LabelStyle.marker_clearance`
    from it; only where the wrapped label meets no other label or marker and no
    connector. In the sample on A4, the Mazhilis chairman's visit, set before its November
    marker, started just past the April talks' marker and read as their label."""
    g, width, rtl = options.geometry, result.width, result.rtl
    clearance = label_style(g.label_gap).marker_clearance
    ways = Ways(result.connectors)
    for number, shape in enumerate(result.events):
        label = shape.label_rect
        if label is None or shape.callout is not None:
            continue
        begin, end = reading_span(shape.marker_rect, width, rtl)
        start, stop = reading_span(label, width, rtl)
        if abs(stop - end) > 0.5 or start >= begin - 0.5:
            continue  # not set before its marker
        bare = [
            reading_span(other.marker_rect, width, rtl)[1]
            for other in result.events
            if other.lane == shape.lane and other.row == shape.row and other is not shape
            if not _labelled_after(other, width, rtl)
        ]
        near = max((at for at in bare if at <= start + 0.5), default=-math.inf)
        if start - near >= clearance:
            continue
        even = narrowest(shape.label, text_width, g.label_lines)
        lines = wrap(shape.label, even, text_width, g.label_lines)
        if lines is None or even > end - near - clearance:
            continue
        span = max(text_width(line) for line in lines)
        placed = Placed(lines, end - span, span)
        wrapped = shape._replace(
            label_rect=placed_rect(placed, label.y, width, rtl, g.label_height), lines=lines
        )
        trial = [*result.events[:number], wrapped, *result.events[number + 1 :]]
        if not ways.crossed([wrapped]) and not _overlapping(trial, (number,)):
            result.events[number] = wrapped


def _labelled_after(shape: EventShape, width: float, rtl: bool) -> bool:
    """Whether a shape's words start at its marker (a number does not: words after it are
    read as its own)."""
    if shape.label_rect is None or shape.callout is not None:
        return False
    begin = reading_span(shape.marker_rect, width, rtl)[0]
    return abs(reading_span(shape.label_rect, width, rtl)[0] - begin) <= 0.5


def across_marker(
    shape: EventShape, width: float, rtl: bool, bounds: tuple[float, float] | None = None
) -> bool:
    """Whether a shape's label runs across its own marker: starts before the part of the
    marker within ``bounds`` (reading coordinates; by default the view, 0 to ``width``)
    and ends after it, rather than starting or ending at it. A marker cut by a part's edge,
    or by where the next part is taped over it, counts its part in view only. The one rule
    for the layout's moves to other rows, print's free rows and
    :func:`timeline.render.layout.misplaced_labels`."""
    if shape.label_rect is None:
        return False
    low, high = bounds or (0.0, width)
    begin, end = reading_span(shape.marker_rect, width, rtl)
    start, stop = reading_span(shape.label_rect, width, rtl)
    return runs_across(Placed(shape.lines, start, stop - start), (max(begin, low), min(end, high)))


def _wrap_crossed_after(
    result: TimelineLayout, text_width: TextWidth, options: LayoutOptions
) -> bool:
    """Print: a label set before its marker (no room for it on one line after) where a
    connector between two other events runs through it, wrapped after its marker instead,
    where its row has the room for it there and the connectors then pass it by. Between a
    sideline meeting and the assembly, the bracket joining the assembly to the next
    meeting ran on the side time comes from, through the Arabic label set there. A label
    set after its marker goes before it the same way (on one line, or wrapped). Whether
    any label moved (the caller places the connectors again)."""
    ways = Ways(result.connectors)
    crossed = ways.crossed(result.events)
    if not crossed or options.geometry.label_lines < 2:
        return False
    far = _far_edge(result, options)
    others = _Others(result)
    moved = False
    for number, shape in enumerate(result.events):
        if shape.event.id not in crossed:
            continue
        turned = _other_side(result, number, others, far, text_width, options)
        if turned is None:
            continue
        result.events[number] = turned
        if ways.crossed([turned]):
            result.events[number] = shape  # the connector's way lies there too
            continue
        assert turned.label_rect is not None
        others.moved(number, turned.label_rect)
        moved = True
    return moved


def _far_edge(result: TimelineLayout, options: LayoutOptions) -> float:
    """Where, in reading coordinates, a printed part's labels must end: its width, or where
    the next part, taped over it, covers the rest."""
    far = result.width
    if options.covered_from is not None:
        cover = result.scale.x(options.covered_from)
        far = min(far, result.width - cover if result.rtl else cover)
    return far


def _other_side(
    result: TimelineLayout,
    number: int,
    others: _Others,
    far: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> EventShape | None:
    """Event ``number``'s label on the other side of its marker, in its row: set before it,
    after it; set after it, before it (on one line, or wrapped), where the row has the
    room. None where it has none, or its label runs across its marker or is a number."""
    g, width, rtl = options.geometry, result.width, result.rtl
    shape = result.events[number]
    label = shape.label_rect
    if label is None or shape.callout is not None:
        return None
    begin, end = reading_span(shape.marker_rect, width, rtl)
    start, stop = reading_span(label, width, rtl)
    before = abs(stop - end) <= 0.5 and start < begin
    if not before and (abs(start - begin) > 0.5 or stop <= end):  # across its marker
        return None
    top, bottom = label.y, label.y + g.label_height * g.label_lines
    near, away = others.beside(number, top, bottom)
    ahead, behind = near[near > begin], away[away < end]
    limit = min(far, float((ahead - g.label_gap).min())) if len(ahead) else far
    low = max(0.0, float((behind + g.label_gap).max())) if len(behind) else 0.0
    # Set after its marker, it goes before it instead, where its row has the room (the
    # Kazakh minister's visit, under the arcs from the pair's agreement and from the
    # assembly down to the rows under it, had a free row before its marker).
    room = limit - begin if before else end - low
    lines = wrap(shape.label, room, text_width, g.label_lines)
    if lines is None:
        return None
    span = max(text_width(line) for line in lines)
    placed = Placed(lines, begin if before else end - span, span)
    rect = placed_rect(placed, label.y, width, rtl, g.label_height)
    return shape._replace(label_rect=rect, lines=lines)


def _turn_connector_ends(
    result: TimelineLayout, connect: Connect, text_width: TextWidth, options: LayoutOptions
) -> None:
    """Print: where a connector runs through the label of an event between its ends, the
    label of one of its ends goes to the other side of its marker, where its row has the
    room, if the connectors placed again then cross fewer labels and it meets no other
    label or marker. A bracket goes on the side of its markers where their labels are not:
    in Arabic on Letter paper three pages wide, the assembly's label after its marker and
    its sideline meetings' before theirs (short of room after it by the next part's taped
    edge) left the bracket from the assembly to the last of them no side but through the
    label of the talks in Tashkent between them; the assembly's label set before its
    marker, the brackets run after theirs. The last resort, after rows are traded and
    labels moved to free rows; at most :data:`SWAP_TRIALS` are tried."""
    if len(result.connectors) > SWAP_CONNECTORS or options.geometry.label_lines < 2:
        return
    crossed = crossed_labels(result.events, result.connectors)
    if not crossed:
        return
    ways = Ways(result.connectors)
    ends = sorted(
        {
            end
            for connector in result.connectors
            if Ways([connector]).crossed(result.events)
            for end in connector.ends
        }
    )
    far = _far_edge(result, options)
    numbers = {shape.event.id: n for n, shape in enumerate(result.events)}
    trials = SWAP_TRIALS
    for event_id in ends:
        number = numbers.get(event_id)
        if number is None or trials == 0:
            continue
        turned = _other_side(result, number, _Others(result), far, text_width, options)
        if turned is None:
            continue
        trials -= 1
        trial = list(result.events)
        trial[number] = turned
        if _overlapping(trial, (number,)) or ways.crossed([turned]):
            continue
        connectors = connect(trial)
        left = crossed_labels(trial, connectors)
        if len(left) < len(crossed):
            result.events, result.connectors, crossed = trial, connectors, left
            ways = Ways(connectors)
            if not crossed:
                return


class _Others:
    """The markers, labels and cluster badges of a layout as arrays of their edges, for the
    room each label a connector runs through has beside its marker (looked up one rectangle at
    a time for each such label, an eighth of the layout of a band of 800 linked events)."""

    def __init__(self, result: TimelineLayout) -> None:
        events, self._width, self._rtl = result.events, result.width, result.rtl
        self._count = len(events)
        labels = [shape.label_rect or _NOWHERE for shape in events]
        clusters = [cluster.rect for cluster in result.clusters]
        markers = [shape.marker_rect for shape in events]
        self._edges = edges_of([*markers, *labels, *clusters])
        self._there = np.ones(self._edges.shape[1], dtype=bool)
        self._there[self._count : 2 * self._count] = [s.label_rect is not None for s in events]

    def beside(self, number: int, top: float, bottom: float) -> tuple[np.ndarray, np.ndarray]:
        """The reading spans (their near and far ends) of what lies between ``top`` and
        ``bottom``, but for event ``number``'s own marker and label."""
        left, right, above, below = self._edges
        over = self._there & (above < bottom) & (top < below)
        over[[number, self._count + number]] = False
        if self._rtl:
            return self._width - right[over], self._width - left[over]
        return left[over], right[over]

    def moved(self, number: int, label: Rect) -> None:
        """Event ``number``'s label now lies at ``label``."""
        self._edges[:, self._count + number] = edges_of([label])[:, 0]


_NOWHERE = Rect(0.0, 0.0, 0.0, 0.0)  # an event with no label (left out of _Others)


#: The trades of rows a printed band tries, and the most connectors it tries them among
#: (the sample has 5 connectors; a trade costs some 5 ms in a band of 150 events and 22 connectors).
SWAP_TRIALS = 16
SWAP_CONNECTORS = 40


def _swap_crossed_rows(
    result: TimelineLayout,
    connect: Connect,
    text_width: TextWidth,
    options: LayoutOptions,
) -> set[int] | None:
    """Print: an event whose label a connector still runs through (no room to wrap after
    its marker) trades rows with an event of its kind over the same days, whose label may
    wrap after its marker where it had none (``connect``: the connectors of a list of
    events); only where no label then meets another's or a marker. In Arabic
    three pages wide on Letter paper, the bracket from the assembly to its last sideline
    meeting ran through the long label of the talks in Tashkent, one row between them,
    short of room after its marker by the next part's taped edge; a row lower, the
    shorter label of the meeting that took its row wraps there. Kept only where fewer
    labels are crossed. At most :data:`SWAP_TRIALS` trades are tried, in a band of at most
    :data:`SWAP_CONNECTORS` connectors: each places every connector again, and a band of
    hundreds of linked events took minutes to print. Returns the labels still crossed (None
    where it tried nothing)."""
    if len(result.connectors) > SWAP_CONNECTORS:
        return None
    crossed = crossed_labels(result.events, result.connectors)
    trials = SWAP_TRIALS
    for event_id in sorted(crossed):
        events = result.events
        (number,) = [n for n, shape in enumerate(events) if shape.event.id == event_id]
        shape = events[number]
        for other_number, other in enumerate(events):
            same_days = (
                abs(other.marker_rect.x - shape.marker_rect.x) < 0.5
                and abs(other.marker_rect.width - shape.marker_rect.width) < 0.5
            )
            if not same_days or other.lane != shape.lane or other.row == shape.row:
                continue
            if other.event.kind is not shape.event.kind:  # an assembly keeps its row
                continue
            if other.label_rect is None or other.callout is not None or shape.label_rect is None:
                continue
            if trials == 0:
                return crossed
            trials -= 1
            trial = list(events)
            trial[number] = _in_row_of(shape, other)
            trial[other_number] = _in_row_of(other, shape)
            tried = replace(result, events=trial, connectors=connect(trial))
            if _wrap_crossed_after(tried, text_width, options):
                tried.connectors = connect(tried.events)
            left = crossed_labels(tried.events, tried.connectors)
            clear = not _overlapping(tried.events, (number, other_number))
            if clear and len(left) < len(crossed):
                result.events, result.connectors, crossed = tried.events, tried.connectors, left
                break
    return crossed


#: The crossed labels a printed band tries to move to a free row of their lane, and how
#: many rows away at most.
FREE_ROW_TRIALS = 4
FREE_ROWS_AWAY = 8


def _move_crossed_to_free_rows(
    result: TimelineLayout, crossed: set[int], text_width: TextWidth, options: LayoutOptions
) -> None:
    """Print: an event whose label a connector between two others still runs through, or
    that runs across its marker, and that has no thread or link of its own (its connectors
    would move with it), moves to the nearest row of its lane where its label sits beside
    its marker, clear of every label, marker and badge, and no connector runs through
    either. Morocco and Kazakhstan in French: the Kazakh minister's visit to Rabat, its
    marker between the agreement's arc and the assembly's bracket down to the rows under
    it, had the bracket through its label; a row under them, nothing crosses it. At most
    :data:`FREE_ROW_TRIALS` are tried, in a band of at most :data:`SWAP_CONNECTORS`
    connectors, as rows are traded (``crossed``: the labels those trades left crossed)."""
    g, width, rtl = options.geometry, result.width, result.rtl
    far = _far_edge(result, options)
    crossed = set(crossed)
    crossed.update(
        shape.event.id or 0
        for shape in result.events
        if shape.callout is None and across_marker(shape, width, rtl, (0.0, far))
    )
    if not crossed:
        return
    tied = {end for connector in result.connectors for end in connector.ends}
    ways = Ways(result.connectors)  # asked again for each row a label tries
    # What each event holds in its row, its marker and its label.
    boxes = [
        (number, shape.lane, rect)
        for number, shape in enumerate(result.events)
        for rect in (shape.marker_rect, shape.label_rect)
        if rect is not None
    ]
    for event_id in sorted(crossed - tied)[:FREE_ROW_TRIALS]:
        (number,) = [n for n, shape in enumerate(result.events) if shape.event.id == event_id]
        shape = result.events[number]
        if shape.label_rect is None or shape.callout is not None:
            continue
        rows_top = shape.marker_rect.y - g.marker_top - shape.row * g.row_height
        lane = result.lanes[shape.lane]
        # The rows near its own, which it may move to (a band of hundreds holds as many).
        low = max(0, shape.row - FREE_ROWS_AWAY)
        rows_top += low * g.row_height
        own = shape.row - low
        count = min(int((lane.rect.bottom - rows_top) // g.row_height), 2 * FREE_ROWS_AWAY + 1)
        taken: list[list[tuple[float, float]]] = [[] for _row in range(max(count, 0))]
        rows_bottom = rows_top + count * g.row_height
        obstacles = [
            rect
            for owner, lane_number, rect in boxes
            if owner != number and lane_number == shape.lane
            if rect.y < rows_bottom and rect.y + rect.height > rows_top
        ]
        obstacles += [cluster.rect for cluster in result.clusters if cluster.lane == shape.lane]
        for rect in obstacles:
            first = int((rect.y - rows_top) // g.row_height)
            last = int((rect.bottom - 0.01 - rows_top) // g.row_height)
            for row in range(max(first, 0), min(last, count - 1) + 1):
                taken[row].append(reading_span(rect, width, rtl))
        begin, end = reading_span(shape.marker_rect, width, rtl)
        anchor = (max(begin, 0.0), min(end, far))
        rows = [RowSpans(spans) for spans in taken]
        for _attempt in range(3):
            if own < count:
                rows[own] = RowSpans([(-math.inf, math.inf)])  # not its own row
            found = place_elsewhere(
                anchor,
                shape.label,
                rows,
                own,
                (0.0, far),
                text_width,
                g.label_gap,
                beside=True,
                tall=True,
            )
            if found is None:
                break
            row, label = found
            row_top = rows_top + row * g.row_height
            moved = shape._replace(
                marker_rect=shape.marker_rect._replace(y=row_top + g.marker_top),
                label_rect=placed_rect(label, row_top + g.label_top, width, rtl, g.label_height),
                row=low + row,
                lines=label.lines,
            )
            as_label = moved._replace(label_rect=moved.marker_rect)
            if ways.crossed([moved, as_label]):
                rows[row] = RowSpans([(-math.inf, math.inf)])
                continue
            result.events[number] = moved
            boxes = [box for box in boxes if box[0] != number]
            boxes += [
                (number, moved.lane, rect)
                for rect in (moved.marker_rect, moved.label_rect)
                if rect is not None
            ]
            break


def _close_up_rows(result: TimelineLayout, connect: Connect, options: LayoutOptions) -> None:
    """Print: a row of a lane that the moves to free rows left empty, with rows under it,
    is taken by the rows under it, each a row higher (markers, labels and the connectors
    placed again), where that leaves no more labels across their markers or under a
    connector. Morocco and Kazakhstan in French one page wide: the Kazakh minister's visit,
    moved from its row under the assembly's bracket to a free row, left its own empty
    between the agreement's two steps and the rows under them. A part of a timeline
    several pages wide keeps its rows, which line up with its neighbours' taped to it."""
    if options.joins or options.covered_from is not None:
        return
    row_height = options.geometry.row_height
    moved = list(result.events)
    for lane in range(len(result.lanes)):
        if any(cluster.lane == lane for cluster in result.clusters):
            continue  # its badges keep the lane's last row
        rows = {shape.row for shape in moved if shape.lane == lane}
        empty = [row for row in range(max(rows, default=0)) if row not in rows]
        for number, shape in enumerate(moved):
            up = sum(row < shape.row for row in empty) if shape.lane == lane else 0
            if up:
                by = up * row_height
                label = shape.label_rect
                moved[number] = shape._replace(
                    row=shape.row - up,
                    marker_rect=shape.marker_rect._replace(y=shape.marker_rect.y - by),
                    label_rect=None if label is None else label._replace(y=label.y - by),
                )
    if moved == result.events:
        return
    connectors = connect(moved)
    before = crossed_labels(result.events, result.connectors)
    after = crossed_labels(moved, connectors)
    if len(after) > len(before) or _across(result, moved) > _across(result, result.events):
        return
    result.events, result.connectors = moved, connectors


def _across(result: TimelineLayout, events: list[EventShape]) -> int:
    """How many of ``events`` (in ``result``'s view) have a label across their own marker."""
    return sum(
        across_marker(shape, result.width, result.rtl) for shape in events if shape.callout is None
    )


def _overlapping(events: list[EventShape], moved: tuple[int, ...]) -> bool:
    """Whether the labels of ``events[n]`` for n in ``moved`` meet another's label or
    marker."""
    for number in moved:
        label = events[number].label_rect
        if label is None:
            continue
        for other_number, other in enumerate(events):
            if other_number == number:
                continue
            if other.marker_rect.intersects(label):
                return True
            if other.label_rect is not None and other.label_rect.intersects(label):
                return True
    return False


def _in_row_of(shape: EventShape, other: EventShape) -> EventShape:
    """``shape`` moved into ``other``'s row (its marker and label as high as theirs)."""
    assert shape.label_rect is not None and other.label_rect is not None
    return shape._replace(
        marker_rect=shape.marker_rect._replace(y=other.marker_rect.y),
        label_rect=shape.label_rect._replace(y=other.label_rect.y),
        row=other.row,
    )
