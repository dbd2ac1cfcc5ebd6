"""Connectors between related events: the steps of one agreement, and events joined by a
typed link (outcome of, follow-up to, on the sidelines of, rescheduled as).

Placed from the markers already laid out, so they follow the markers' x wherever time runs
(leftwards in Arabic) and every painter of the layout draws them. Two markers apart in time
are joined by a low arc over their tops, flat in the few pixels above a row's markers (labels
hang below them) and turning only over its own ends, so it passes over the markers between;
an end in a lower row is reached down a clear gap between the rows' markers and labels (with
none, clear of the markers and across the fewest labels, painted over it) and along that
row's own room above its markers, or, where that room lies just under a label, level with the
marker's middle into its side. Two markers one above the other (a meeting
within an assembly) are joined by a bracket on their reading-start side, where no label of
theirs is (or on the other, when near the far edge a label is set before its marker).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from timeline.domain.links import EventLink
from timeline.domain.status import EventStatus
from timeline.render.rect import edges_of

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
    #: An end of it is a cancelled event (shown with --include-cancelled): an agreement's
    #: step joined solid to a cancelled one read as a step taken.
    cancelled: bool = False


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
    is known from ``top_of`` and above the shown end's (a neighbouring page of a timeline
    several pages wide, whose arc then meets this one at the join), else over the shown
    end's; an end in view but hidden in a cluster badge gets none."""
    if not ties:
        return []
    shapes: dict[int, EventShape] = {}
    for shape in result.events:
        if shape.event.id is not None:
            shapes[shape.event.id] = shape
    found: list[ConnectorShape] = []
    pairs = ties.pairs(shapes)
    if not pairs:  # a view with none of them (the arrays cost a frame some microseconds)
        return found
    markers = [shape.marker_rect for shape in result.events]
    labels = [shape.label_rect for shape in result.events if shape.label_rect is not None]
    obstacles = _Obstacles(labels, edges_of(markers), edges_of(labels), result.width)
    for kind, first, second in pairs:
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
            if top is None or top > shown.marker_rect.y:
                # Towards a lower end off the page the arc stays over this end's row: the
                # other page goes down to it (went down here too, at the page's edge, a
                # hook hanging from the arc the other page drew on at this height).
                points = _off_view(shown, x, geometry, result.width)
            else:
                rect = shown.marker_rect  # its marker, as it would be there
                away = rect._replace(x=x - rect.width / 2, y=top)
                points = _arc(rect, away, geometry, obstacles)
            if one is None:  # the curve always runs from the first end to the second
                points = tuple(reversed(points))
        cancelled = any(
            end is not None and end.event.status is EventStatus.CANCELLED for end in (one, other)
        )
        found.append(ConnectorShape(kind, (first, second), points, cancelled))
    return found


class _Obstacles(NamedTuple):
    """What a connector keeps clear of: the layout's labels, and the edges of its markers and
    of those labels as arrays (``edges_of``), which a descent looks through at once (in a
    band of hundreds of linked events, one rectangle at a time, the descents were most of a
    printed layout's time)."""

    labels: Sequence[Rect]
    markers_at: np.ndarray
    labels_at: np.ndarray
    width: float  # the view's: a descent goes round a label inside it


def _off_view(shown: EventShape, x: float, g: Geometry, width: float) -> tuple[Point, ...]:
    """An arc from a marker's top to ``x``, off the view (``width`` wide), flat over the
    marker's row."""
    rect = shown.marker_rect
    leaving, top = _leaving(rect, x, g, width), rect.y - (g.marker_top - _ARC_TOP)
    return _rounded([(leaving, rect.y), (leaving, top), (x, top)])


def _leaving(rect: Rect, towards: float, g: Geometry, width: float) -> float:
    """Where a connector leaves a marker on its way to ``towards``: a point's middle, a
    bar's point nearest ``towards`` in the view (``width`` wide), half a marker in from
    its end. From a bar's middle, it ran along the bar's top to its end, a second edge
    over it (the signature of May 2024 at a month's zoom); from the bar's end past the
    view's edge, it was not seen at all."""
    if rect.width <= g.marker_size:
        return rect.x + rect.width / 2
    low, high = max(rect.x, 0.0), min(rect.right, width)
    if high - low < g.marker_size:  # hardly in view, or a neighbouring page's
        low, high = rect.x, rect.right
    inset = g.marker_size / 2
    return min(max(towards, low + inset), high - inset)


def _curve(
    one: EventShape,
    other: EventShape,
    rtl: bool,
    width: float,
    g: Geometry,
    obstacles: _Obstacles,
) -> tuple[Point, ...]:
    """``width``: the view's, which a bracket stays within."""
    a, b = one.marker_rect, other.marker_rect
    centre_a, centre_b = a.x + a.width / 2, b.x + b.width / 2
    overlapping = a.x < b.right and b.x < a.right  # a meeting within an assembly's bar
    if abs(centre_a - centre_b) > g.marker_size * 2 and not overlapping:
        return _arc(a, b, g, obstacles)
    return _bracket(one, other, rtl, width, obstacles.labels)


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
    return Ways(connectors).crossed(shapes)


class Ways:
    """The points along connectors' curves and their bounds, gathered once for the labels a
    printed layout asks about again as it moves each one (:func:`crossed_labels`)."""

    def __init__(self, connectors: Sequence[ConnectorShape]) -> None:
        ways = [(connector.ends, _way(connector.points)) for connector in connectors]
        self._ways = [(ends, way[0], way[1]) for ends, way in ways if way is not None]
        bounds = [way[2] for _ends, way in ways if way is not None]
        self._bounds = np.array(bounds, dtype=np.float64).reshape(-1, 4).T

    def crossed(self, shapes: Sequence[EventShape]) -> set[int]:
        """The ids of ``shapes`` whose label a connector between two others runs across: a
        point of it inside the label, edges included (as Rect.contains)."""
        labelled = [
            (shape.event.id, shape.label_rect)
            for shape in shapes
            if shape.label_rect is not None and shape.event.id is not None
        ]
        if not labelled or not self._ways:
            return set()
        ids = np.array([event_id for event_id, _label in labelled], dtype=np.int64)
        x, right, y, bottom = edges_of([label for _event_id, label in labelled])
        left_of, right_of, top_of, bottom_of = (edge[:, None] for edge in self._bounds)
        # A connector (a row) may cross only the labels (columns) within its bounds.
        near = (right >= left_of) & (x <= right_of) & (bottom >= top_of) & (y <= bottom_of)
        crossed: set[int] = set()
        for number in np.flatnonzero(near.any(axis=1)):
            (one, other), xs, ys = self._ways[number]
            nearby = np.flatnonzero(near[number])
            nearby = nearby[(ids[nearby] != one) & (ids[nearby] != other)]
            xs, ys = xs[:, None], ys[:, None]  # a point a row, a label a column
            inside = (xs >= x[nearby]) & (xs <= right[nearby])
            inside &= (ys >= y[nearby]) & (ys <= bottom[nearby])
            crossed.update(ids[nearby[inside.any(axis=0)]].tolist())
        return crossed


@lru_cache(maxsize=512)  # a band's connectors; some 25 kB each
def _way(
    curve: tuple[Point, ...],
) -> tuple[np.ndarray, np.ndarray, tuple[float, float, float, float]] | None:
    """The points along a connector's curve, as arrays of x and y, and their bounds (left,
    right, top, bottom); kept, as a print layout asks again for each label it moves (a band
    of a few hundred linked events asked some fifteen million points one at a time). None:
    no segment."""
    xs, ys = _sampled(curve)
    if not len(xs):
        return None
    return xs, ys, (float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max()))


def _along(segment: Sequence[Point]) -> list[Point]:
    """Points along one cubic segment (a start, two controls and an end)."""
    xs, ys = _sampled(segment)
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


_STEPS = np.arange(25) / 24  # where along a segment its points are taken, 0 to 1
_REST = 1 - _STEPS
#: How much each of a cubic segment's four points weighs at each step (Bernstein's).
_WEIGHTS = (
    _REST * _REST * _REST,
    3 * _REST * _REST * _STEPS,
    3 * _REST * _STEPS * _STEPS,
    _STEPS * _STEPS * _STEPS,
)


def _sampled(curve: Sequence[Point]) -> tuple[np.ndarray, np.ndarray]:
    """The x and y of the points along a curve's cubic segments (its start, then two controls
    and an end a segment), every step of every segment at once: one point at a time, a band
    of a hundred connectors took some ten milliseconds."""
    points = np.array(curve, dtype=np.float64).reshape(-1, 2)
    count = max(0, (len(points) - 1) // 3)
    a, b, c, d = _WEIGHTS
    x0, x1, x2, x3 = (points[at : at + 3 * count : 3, :1] for at in range(4))  # a segment a row
    y0, y1, y2, y3 = (points[at : at + 3 * count : 3, 1:] for at in range(4))
    xs = a * x0 + b * x1 + c * x2 + d * x3
    ys = a * y0 + b * y1 + c * y2 + d * y3
    return xs.ravel(), ys.ravel()


def _arc(a: Rect, b: Rect, g: Geometry, obstacles: _Obstacles) -> tuple[Point, ...]:
    """Flat over the upper row's markers; down to a lower end where nothing is in the way
    between the rows (at that end when it can; else clear of markers, across the fewest
    labels), then flat over the lower row."""
    rise = g.marker_top - _ARC_TOP
    width = obstacles.width
    ends = (
        (a, _leaving(a, b.x + b.width / 2, g, width)),
        (b, _leaving(b, a.x + a.width / 2, g, width)),
    )
    (upper, x_up), (lower, x_low) = sorted(ends, key=_top)
    top_up, top_low = upper.y - rise, lower.y - rise
    if top_low <= top_up:  # one row: an arc over its markers
        route = [(x_up, upper.y), (x_up, top_up), (x_low, top_up), (x_low, lower.y)]
    else:
        x = _descent(x_low, x_up, top_up, top_low, obstacles)
        route = [(x_up, upper.y), (x_up, top_up), (x, top_up)]
        route += _into_lower_end(lower, x, x_low, top_low, obstacles)
    points = _rounded(route)
    return points if upper is a else tuple(reversed(points))


def _top(end: tuple[Rect, float]) -> float:
    return end[0].y


_UNDERLINE = 6.0  # a run this little under a label's bottom reads as its underline


def _into_lower_end(
    lower: Rect, x: float, x_low: float, top: float, obstacles: _Obstacles
) -> list[Point]:
    """From the way down at ``x`` to the lower end at ``x_low``: along the room above its
    row's markers, ``top``, or, where that room lies just under a label, level with the
    marker's middle into its side, when nothing stands there. The sample's entry into
    force, reached round the near end of the label above it, had its connector run under
    "Visite à Rabat" like an underline."""
    along = [(x, top), (x_low, top), (x_low, lower.y)]
    if lower.x <= x <= lower.right:
        return along
    low, high = sorted((x, x_low))
    left, right, _above, below = obstacles.labels_at
    over = (left < high) & (right > low) & (below <= top) & (below >= top - _UNDERLINE)
    if not over.any():
        return along
    side = lower.x if x < lower.x else lower.right
    middle = lower.y + lower.height / 2
    way = ((x, x, top, middle), (min(x, side), max(x, side), middle, middle))
    if any(_met(obstacles.markers_at, *leg) or _met(obstacles.labels_at, *leg) for leg in way):
        return along
    return [(x, middle), (side, middle)]


_LEG_CLEARANCE = 2.0  # between a leg into a marker's side and anything beside it


def _met(edges: np.ndarray, low: float, high: float, top: float, bottom: float) -> bool:
    """Whether a straight leg (from ``low`` to ``high`` across, ``top`` to ``bottom``
    down) passes within the clearance of a rectangle of ``edges`` (``edges_of``) beside
    it; one it only ends at, a marker's side, is not met."""
    c = _LEG_CLEARANCE
    if low == high:  # down: the clearance either side of it
        return bool(_beside(edges, low - c, high + c, top, bottom)[0].size)
    return bool(_beside(edges, low, high, top - c, bottom + c)[0].size)


_CLEARANCE = 6.0  # between a descent and the markers and labels beside it


def _descent(
    preferred: float, other: float, top: float, bottom: float, obstacles: _Obstacles
) -> float:
    """Where a line down from ``top`` to ``bottom`` joins an arc's two ends (``preferred``,
    the lower one, and ``other``): clear of the markers (at ``preferred`` when nothing
    between is) and across the fewest labels (each is painted over the arc and hides the
    crossing, but cuts a word: the first clear place from the lower end crossed two labels
    where a place further on crossed one), the least way out past the ends of those, then
    the nearest to ``preferred``, the first found of equals (from the start of the stretches
    clear of markers, labels in layout order). Between the ends, or just past the labels it
    would cross there, in view: an agreement's entry into force right under its signature's
    label was reached through that label's words, where the line could go round its end;
    round the label's far end, the arc framed its words on three sides (the sample's
    Azerbaijani signature at fit-all), where its near end, beside the marker, is close."""
    ends = low, high = sorted((preferred, other))
    left, right = _beside(obstacles.labels_at, low, high, top, bottom)
    if left.size:  # round the labels across the way down, not through them
        low = max(min(low, float(left.min())), 0.0)
        high = min(max(high, float(right.max())), obstacles.width)
        left, right = _beside(obstacles.labels_at, low, high, top, bottom)
    edges = np.column_stack((left, right)).ravel()  # each label's two edges, in turn
    chunks = []
    for start, end in _free(low, high, top, bottom, obstacles.markers_at):
        chunks.append(np.array((min(max(preferred, start), end), start, end)))
        chunks.append(edges[(start <= edges) & (edges <= end)])
    if not chunks:
        return preferred
    places = np.concatenate(chunks)
    column = places[:, None]
    crossed = ((left < column) & (column < right)).sum(axis=1)
    fewest = places[crossed == crossed.min()]
    out = np.maximum(ends[0] - fewest, 0) + np.maximum(fewest - ends[1], 0)
    least = fewest[out == out.min()]
    return float(least[np.argmin(np.abs(least - preferred))])


def _beside(
    edges: np.ndarray, low: float, high: float, top: float, bottom: float
) -> tuple[np.ndarray, np.ndarray]:
    """The spans, widened by the clearance, of the rectangles (``edges_of``) a line down
    from ``top`` to ``bottom`` somewhere between ``low`` and ``high`` may meet."""
    left, right, above, below = edges
    near = (above < bottom) & (below > top) & (left < high) & (right > low)
    return left[near] - _CLEARANCE, right[near] + _CLEARANCE


def _free(
    low: float, high: float, top: float, bottom: float, markers: np.ndarray
) -> list[tuple[float, float]]:
    """The stretches of [``low``, ``high``] where a line down from ``top`` to ``bottom``
    keeps clear of ``markers`` (``edges_of``)."""
    starts, ends = _beside(markers, low, high, top, bottom)
    order = np.lexsort((ends, starts))
    free: list[tuple[float, float]] = []
    at = low
    for start, end in zip(starts[order].tolist(), ends[order].tolist(), strict=True):
        if start >= at:  # a stretch may be a point: a label's end where it begins its marker
            free.append((at, start))
        at = max(at, end)
    if at <= high:  # a point too: in Arabic a label ends where its marker does
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
