"""Connectors between related events: the steps of one agreement, and events joined by a
typed link (outcome of, follow-up to, on the sidelines of, rescheduled as).

Placed from the markers already laid out, so they follow the markers' x wherever time runs
(leftwards in Arabic) and every painter of the layout draws them. Two markers apart in time
are joined by a low arc over their tops, flat in the few pixels above a row's markers (labels
hang below them) and turning only over its own ends, so it passes over the markers between;
an end in a lower row is reached down a clear gap between the rows' markers and labels (with
none, clear of the markers and across the fewest labels, painted over it) and along that
row's own room above its markers. Two markers one above the other (a meeting
within an assembly) are joined by a bracket on their reading-start side, where no label of
theirs is (or on the other, when near the far edge a label is set before its marker).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from timeline.domain.links import EventLink

if TYPE_CHECKING:
    from timeline.render.rect import Rect
    from timeline.render.shapes import EventShape, Geometry, TimelineLayout

#: The kind of a connector that joins two steps of one agreement (links use their LinkKind).
AGREEMENT = "agreement"

Point = tuple[float, float]


Pair = tuple[str, int, int]  # a connector's kind and its two ends


class Ties:
    """What joins a source's events: each agreement's steps (ids in date order) and the
    typed links between two of its events, indexed by event once, so that a frame looks up
    only the events it shows however many links there are."""

    def __init__(
        self, threads: Mapping[str, Sequence[int]] | None = None, links: Iterable[EventLink] = ()
    ) -> None:
        self.threads = {agreement: tuple(ids) for agreement, ids in (threads or {}).items()}
        self.links = tuple(links)
        pairs: list[Pair] = [
            (AGREEMENT, first, second)
            for _agreement, ids in sorted(self.threads.items())
            for first, second in pairwise(ids)
        ]
        pairs += [(link.kind.value, link.source, link.target) for link in self.links]
        self._pairs = pairs
        self._touching: dict[int, list[int]] = {}  # event -> positions of its pairs
        for number, (_kind, first, second) in enumerate(pairs):
            self._touching.setdefault(first, []).append(number)
            self._touching.setdefault(second, []).append(number)
        self._thread_of = {i: ids for ids in self.threads.values() for i in ids}

    @classmethod
    def among(
        cls,
        threads: Mapping[str, Sequence[int]],
        links: Iterable[EventLink],
        shown: Iterable[int],
    ) -> Ties:
        """The threads and links of the events in ``shown`` only (a filter's)."""
        wanted = set(shown)
        members = {
            agreement: tuple(event_id for event_id in ids if event_id in wanted)
            for agreement, ids in threads.items()
        }
        return cls(
            {agreement: ids for agreement, ids in members.items() if len(ids) > 1},
            (link for link in links if link.source in wanted and link.target in wanted),
        )

    def __bool__(self) -> bool:
        return bool(self._pairs)

    def related(self, event_id: int | None) -> frozenset[int]:
        """The event, the other steps of its agreement and the events linked to it: what
        selecting or hovering over it highlights (empty for None or an unrelated event)."""
        if event_id is None or event_id not in self._touching:
            return frozenset()
        found = {event_id, *self._thread_of.get(event_id, ())}
        for number in self._touching[event_id]:
            _kind, first, second = self._pairs[number]
            found.update((first, second))
        return frozenset(found)

    def pairs(self, events: Iterable[int] | None = None) -> list[Pair]:
        """(kind, one end, other end) of the connectors touching ``events`` (default: all),
        consecutive steps of each agreement first, then each link."""
        if events is None:
            return list(self._pairs)
        numbers = {n for event_id in events for n in self._touching.get(event_id, ())}
        return [self._pairs[n] for n in sorted(numbers)]


@dataclass(frozen=True, slots=True)
class ConnectorShape:
    """A thin curve from one event's marker to another's: cubic Bézier segments, ``points``
    its start then three points (two controls and an end) per segment."""

    kind: str  # AGREEMENT or a LinkKind value
    ends: tuple[int, int]
    points: tuple[Point, ...]


_ARC_TOP = 0.5  # an arc's highest point stays this far under its row's top
_BRACKET = 8.0  # how far a bracket reaches out beside its markers, plus...
_BRACKET_PER_ROW = 3.0  # ...this much per row between them, so brackets nest
_BRACKET_FURTHEST = 24  # further out, at most, past a label between its ends (else across it)


def place_connectors(
    result: TimelineLayout,
    ties: Ties,
    geometry: Geometry,
    start_day: Callable[[int], float | None] = lambda _event_id: None,
    top_of: Callable[[int], float | None] = lambda _event_id: None,
) -> list[ConnectorShape]:
    """The connectors between events laid out in ``result``. An end out of view (its first
    day from ``start_day``, None when unknown) is reached by an arc running off the edge
    towards it, so a thread is seen to go on: over its own row where that end's marker top
    is known from ``top_of`` (a neighbouring page of a timeline several pages wide, whose
    arc then meets this one at the join), else over the shown end's; an end in view but
    hidden in a cluster badge gets none."""
    if not ties:
        return []
    shapes: dict[int, EventShape] = {}
    for shape in result.events:
        if shape.event.id is not None:
            shapes[shape.event.id] = shape
    found = []
    markers = [shape.marker_rect for shape in result.events]
    labels = [shape.label_rect for shape in result.events if shape.label_rect is not None]
    obstacles = (markers, labels)
    for kind, first, second in ties.pairs(shapes):
        one, other = shapes.get(first), shapes.get(second)
        if one is not None and other is not None:
            points = _curve(one, other, result.rtl, result.width, geometry, obstacles)
        else:
            shown, missing = (one, second) if one is not None else (other, first)
            assert shown is not None  # pairs() gave only pairs touching a shape
            day = start_day(missing)
            x = None if day is None else result.scale.x(day)
            if x is None or 0 <= x <= result.width:
                continue
            top = top_of(missing)
            if top is None:
                points = _off_view(shown, x, geometry)
            else:
                rect = shown.marker_rect  # its marker, as it would be there
                away = rect._replace(x=x - rect.width / 2, y=top)
                points = _arc(rect, away, geometry, obstacles)
            if one is None:  # the curve always runs from the first end to the second
                points = tuple(reversed(points))
        found.append(ConnectorShape(kind, (first, second), points))
    return found


def _off_view(shown: EventShape, x: float, g: Geometry) -> tuple[Point, ...]:
    """An arc from a marker's top to ``x``, off the view, flat over the marker's row."""
    rect = shown.marker_rect
    centre, top = rect.x + rect.width / 2, rect.y - (g.marker_top - _ARC_TOP)
    return _rounded([(centre, rect.y), (centre, top), (x, top)])


def _curve(
    one: EventShape,
    other: EventShape,
    rtl: bool,
    width: float,
    g: Geometry,
    obstacles: tuple[Sequence[Rect], Sequence[Rect]],
) -> tuple[Point, ...]:
    """``obstacles``: the layout's markers, and its labels; ``width``, the view's, which a
    bracket stays within."""
    a, b = one.marker_rect, other.marker_rect
    centre_a, centre_b = a.x + a.width / 2, b.x + b.width / 2
    overlapping = a.x < b.right and b.x < a.right  # a meeting within an assembly's bar
    if abs(centre_a - centre_b) > g.marker_size * 2 and not overlapping:
        return _arc(a, b, g, obstacles)
    return _bracket(one, other, rtl, width, obstacles[1])


def _bracket(
    one: EventShape, other: EventShape, rtl: bool, width: float, labels: Sequence[Rect]
) -> tuple[Point, ...]:
    """Two markers one above the other, or over the same days: a bracket on the side time
    comes from (left, or right in Arabic), or on the other where a label of theirs, set
    before its marker near the far edge, would be crossed there and the other side is
    clear; a little further out where it would cross the label of an event between them
    (set back from the page's edge past its marker, as a sideline meeting's was)."""
    a, b = one.marker_rect, other.marker_rect
    reach = (_BRACKET + _BRACKET_PER_ROW * abs(one.row - other.row)) * 4 / 3
    middle_a, middle_b = a.y + a.height / 2, b.y + b.height / 2
    left = (a.x, b.x, min(a.x, b.x) - reach, -1.0)
    right = (a.right, b.right, max(a.right, b.right) + reach, 1.0)
    sides = (right, left) if rtl else (left, right)
    low, high = sorted((middle_a, middle_b))
    own = [shape.label_rect for shape in (one, other) if shape.label_rect is not None]

    def crosses(out: float) -> bool:
        return any(r.x < out < r.right and r.y < high and low < r.bottom for r in own)

    side_a, side_b, out, outwards = sides[0]
    if crosses(out) and 0 <= sides[1][2] <= width and not crosses(sides[1][2]):
        side_a, side_b, out, outwards = sides[1]
    between = [r for r in labels if r not in own and r.y < high and low < r.bottom]

    def bracket(out: float) -> tuple[Point, ...]:
        return (side_a, middle_a), (out, middle_a), (out, middle_b), (side_b, middle_b)

    for further in range(0, _BRACKET_FURTHEST + 1, 2):
        reached = out + outwards * further
        if not 0 <= reached <= width:
            break
        points = _along(bracket(reached))
        if not any(r.contains(x, y) for r in between for x, y in points):
            return bracket(reached)
    return bracket(out)


def crossed_labels(shapes: Sequence[EventShape], connectors: Sequence[ConnectorShape]) -> set[int]:
    """The ids of the events whose label a connector between two others runs across (where
    labels set before their markers near the far edge leave a bracket no way past)."""
    crossed: set[int] = set()
    if not connectors:
        return crossed
    labelled = [
        shape for shape in shapes if shape.label_rect is not None and shape.event.id is not None
    ]
    if not labelled:
        return crossed
    # Every label's box at once: a connector looks only at those near its way (a band of
    # 800 linked events and 113 connectors looked at each label for each connector).
    boxes = [_box(shape.label_rect) for shape in labelled]  # type: ignore[arg-type]
    lefts, rights, tops, bottoms = np.array(boxes).T
    few = len(labelled) <= FEW_LABELS
    for connector in connectors:
        way = _way(connector.points)
        if way is None:
            continue
        xs, ys, (left, right, top, bottom) = way
        if few:  # a label or two moved: numpy's arrays cost more than they save
            nearby = [
                number
                for number, (x0, x1, y0, y1) in enumerate(boxes)
                if x1 >= left and x0 <= right and y1 >= top and y0 <= bottom
            ]
        else:
            near = (rights >= left) & (lefts <= right) & (bottoms >= top) & (tops <= bottom)
            nearby = np.flatnonzero(near).tolist()
        for number in nearby:
            event_id = labelled[number].event.id
            if event_id in connector.ends or event_id in crossed:
                continue
            x0, x1, y0, y1 = lefts[number], rights[number], tops[number], bottoms[number]
            inside = (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)
            if inside.any():  # as Rect.contains, edges included, for every point at once
                crossed.add(event_id)  # type: ignore[arg-type]
    return crossed


#: Up to this many labels, crossed_labels looks at each one's box in turn.
FEW_LABELS = 8


def _box(rect: Rect) -> tuple[float, float, float, float]:
    return rect.x, rect.right, rect.y, rect.bottom


@lru_cache(maxsize=512)  # a band's connectors; some 25 kB each
def _way(
    curve: tuple[Point, ...],
) -> tuple[np.ndarray, np.ndarray, tuple[float, float, float, float]] | None:
    """The points along a connector's curve, as arrays of x and y, and their bounds (left,
    right, top, bottom); kept, as a print layout asks again for each label it moves (a band
    of a few hundred linked events asked some fifteen million points one at a time). None:
    no segment."""
    points = [point for at in range(0, len(curve) - 1, 3) for point in _along(curve[at : at + 4])]
    if not points:
        return None
    xs, ys = (np.asarray(column, dtype=np.float64) for column in zip(*points, strict=True))
    return xs, ys, (float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max()))


def _along(segment: Sequence[Point], steps: int = 24) -> list[Point]:
    """Points along one cubic segment (a start, two controls and an end)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = segment
    points = []
    for step in range(steps + 1):
        t = step / steps
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        points.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return points


def _arc(
    a: Rect, b: Rect, g: Geometry, obstacles: tuple[Sequence[Rect], Sequence[Rect]]
) -> tuple[Point, ...]:
    """Flat over the upper row's markers; down to a lower end where nothing is in the way
    between the rows (at that end when it can; else clear of markers, across the fewest
    labels), then flat over the lower row."""
    rise = g.marker_top - _ARC_TOP
    ends = ((a, a.x + a.width / 2), (b, b.x + b.width / 2))
    (upper, x_up), (lower, x_low) = sorted(ends, key=_top)
    top_up, top_low = upper.y - rise, lower.y - rise
    if top_low <= top_up:  # one row: an arc over its markers
        route = [(x_up, upper.y), (x_up, top_up), (x_low, top_up), (x_low, lower.y)]
    else:
        x = _descent(x_low, x_up, top_up, top_low, *obstacles)
        route = [(x_up, upper.y), (x_up, top_up), (x, top_up), (x, top_low)]
        route += [(x_low, top_low), (x_low, lower.y)]
    points = _rounded(route)
    return points if upper is a else tuple(reversed(points))


def _top(end: tuple[Rect, float]) -> float:
    return end[0].y


_CLEARANCE = 6.0  # between a descent and the markers and labels beside it


def _descent(
    preferred: float,
    other: float,
    top: float,
    bottom: float,
    markers: Sequence[Rect],
    labels: Sequence[Rect],
) -> float:
    """Where between ``preferred`` and ``other`` (an arc's two ends) a line down from
    ``top`` to ``bottom`` goes: clear of ``markers`` (at ``preferred`` when nothing between
    is) and across the fewest of ``labels`` (each is painted over the arc and hides the
    crossing, but cuts a word: the first clear place from the lower end crossed two labels
    where a place further on crossed one), the nearest to ``preferred`` of those."""
    low, high = sorted((preferred, other))
    in_the_way = [
        (rect.x - _CLEARANCE, rect.right + _CLEARANCE)
        for rect in labels
        if rect.y < bottom and rect.bottom > top and rect.x < high and rect.right > low
    ]
    places: list[float] = []
    for start, end in _free(low, high, top, bottom, markers):
        places += [min(max(preferred, start), end), start, end]
        places += [x for edges in in_the_way for x in edges if start <= x <= end]
    if not places:
        return preferred

    def crossed(x: float) -> int:
        return sum(start < x < end for start, end in in_the_way)

    return min(places, key=lambda x: (crossed(x), abs(x - preferred)))


def _free(
    low: float, high: float, top: float, bottom: float, obstacles: Sequence[Rect]
) -> list[tuple[float, float]]:
    """The stretches of [``low``, ``high``] where a line down from ``top`` to ``bottom``
    keeps clear of ``obstacles``."""
    blocked = sorted(
        (rect.x - _CLEARANCE, rect.right + _CLEARANCE)
        for rect in obstacles
        if rect.y < bottom and rect.bottom > top and rect.x < high and rect.right > low
    )
    free: list[tuple[float, float]] = []
    at = low
    for start, end in blocked:
        if start > at:
            free.append((at, start))
        at = max(at, end)
    if at < high:
        free.append((at, high))
    return free


def _rounded(route: Sequence[Point]) -> tuple[Point, ...]:
    """An orthogonal polyline as cubic segments, its corners rounded (as far as half of the
    shorter leg beside each): a start point, then three points a segment."""
    points: list[Point] = [route[0]]
    for before, corner, after in zip(route, route[1:], route[2:], strict=False):
        reach = min(_length(before, corner), _length(corner, after)) / 2
        into, out_of = _towards(corner, before, reach), _towards(corner, after, reach)
        points += [*_line(points[-1], into), corner, corner, out_of]
    return (*points, *_line(points[-1], route[-1]))


def _length(start: Point, end: Point) -> float:
    return abs(end[0] - start[0]) + abs(end[1] - start[1])


def _towards(corner: Point, other: Point, reach: float) -> Point:
    """The point ``reach`` from ``corner`` along its leg towards ``other``."""
    length = _length(corner, other)
    if length == 0:
        return corner
    share = reach / length
    return corner[0] + (other[0] - corner[0]) * share, corner[1] + (other[1] - corner[1]) * share


def _line(start: Point, end: Point) -> tuple[Point, Point, Point]:
    """A straight segment as a cubic one (controls on its ends)."""
    return start, end, end
