"""Print only: labels moved out of the way of the connectors between other events.

A connector is painted beneath the labels, and a label's background hides where it crosses
one; on paper the line then seems to break off and nobody can hover to follow it. Once the
connectors of a printed band are placed, a label one runs through is wrapped on the other
side of its marker where its row has the room, or its event trades rows with an event of
its kind over the same days, and the connectors are placed again
(:func:`move_crossed_labels`, called by :func:`timeline.render.layout.layout` for whole
labels only). A module of its own: a pass of print's alone over rows the layout has
finished, which the layout's long module need not carry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from timeline.render.connectors import ConnectorShape, Ways, crossed_labels
from timeline.render.labels import Placed, TextWidth, placed_rect, reading_span, wrap
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
        _swap_crossed_rows(result, connect, text_width, options)


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
    g = options.geometry
    ways = Ways(result.connectors)
    crossed = ways.crossed(result.events)
    if not crossed or g.label_lines < 2:
        return False
    width, rtl = result.width, result.rtl
    far = width
    if options.covered_from is not None:  # the next part, taped over, covers the rest
        cover = result.scale.x(options.covered_from)
        far = min(far, width - cover if rtl else cover)
    others = _Others(result)
    moved = False
    for number, shape in enumerate(result.events):
        label = shape.label_rect
        if shape.event.id not in crossed or label is None or shape.callout is not None:
            continue
        begin, end = reading_span(shape.marker_rect, width, rtl)
        start, stop = reading_span(label, width, rtl)
        before = abs(stop - end) <= 0.5 and start < begin
        if not before and (abs(start - begin) > 0.5 or stop <= end):  # across its marker
            continue
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
            continue
        span = max(text_width(line) for line in lines)
        placed = Placed(lines, begin if before else end - span, span)
        rect = placed_rect(placed, label.y, width, rtl, g.label_height)
        wrapped = shape._replace(label_rect=rect)
        result.events[number] = wrapped._replace(lines=lines)
        if ways.crossed([result.events[number]]):
            result.events[number] = shape  # the connector's way lies there too
            continue
        others.moved(number, rect)
        moved = True
    return moved


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
) -> None:
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
    hundreds of linked events took minutes to print."""
    if len(result.connectors) > SWAP_CONNECTORS:
        return
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
                return
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
