"""The shapes a layout places and a painter draws, and the sizes they are placed at: data
only, shared by the layout (:mod:`timeline.render.layout`), the painter, the connectors and
whatever reads a frame (the window, the exports, ``--describe``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus
from timeline.render.connectors import ConnectorShape
from timeline.render.index import Marker
from timeline.render.note import QuietNote
from timeline.render.rect import Rect
from timeline.render.scale import TimeScale

LABEL_PAD = 8.0  # the least room between an axis tier's labels, about their text


@dataclass(frozen=True, slots=True)
class Geometry:
    """Sizes in device-independent pixels."""

    tier_height: float = 24.0
    hijri_height: float = 20.0
    row_height: float = 35.0
    marker_top: float = 4.0
    marker_size: float = 10.0
    label_top: float = 15.0
    label_height: float = 19.0
    label_gap: float = 8.0
    label_lines: int = 1  # print wraps labels to this many lines (rows grow to hold them)
    tick_padding: float = 12.0
    legend_height: float = 26.0
    overview_height: float = 30.0
    overview_bin: float = 4.0  # pixels per bar of the density strip
    #: The marker at the strip's edge a view wholly beyond it shows: a bar and an arrow.
    overview_marker: float = 12.0
    cluster_bin: float = 56.0
    lane_gap: float = 6.0
    lane_title_height: float = 18.0

    @classmethod
    def for_print(cls, label_lines: int = 2) -> Geometry:
        """Rows tall enough for a label wrapped to two lines: a third line would cost every
        row its height, and a longer label is better as a numbered callout. One line: the
        screen's rows, for a band that must be short. The ruler's labels keep the room
        other tiers keep between labels, not the screen's 12: a month across a portrait
        page (24 units a day) showed no days, "Apr" alone over the whole width."""
        row_height = 35.0 + 16.0 * (label_lines - 1)
        return cls(
            row_height=row_height,
            label_lines=label_lines,
            label_height=16.0,
            tick_padding=LABEL_PAD,
        )


class EventShape(NamedTuple):
    """An event as a frame draws it. A named tuple, immutable like the other shapes but
    made in a third of a frozen dataclass's time: a 4K frame at fit-all makes 600."""

    event: Event
    marker: Marker
    marker_rect: Rect
    label: str  # the whole title
    label_rect: Rect | None  # None: no room for a label here (the marker still shows)
    lane: int
    row: int
    lines: tuple[str, ...] = ()  # the label as drawn: whole on screen, wrapped in print
    callout: int | None = None  # in print, the number standing for a label with no room
    hollow: bool = False  # announced or postponed: not (yet) held on this date
    struck: bool = False  # cancelled: struck through (shown only when asked for)
    #: On screen, a tab (``lines``: "…") stands beside the marker for a label with no room
    #: beside it at the view's far edge; the title shows on hover, in the list and details.
    folded: bool = False


#: A badge's hidden events: positions in the lane's columns, or how to find them (zoomed
#: out, a badge may stand for a million, listed only when someone asks which).
Members = np.ndarray | Callable[[], np.ndarray]


def member_positions(members: tuple[Members, ...] | list[Members]) -> np.ndarray:
    """The positions a badge's members stand for, gathered."""
    return np.concatenate([m if isinstance(m, np.ndarray) else m() for m in members])


#: The statuses whose events are drawn hollow, their marker's outline only: a promise not
#: yet kept (announced) or put off (postponed). A cancelled one is struck through.
HOLLOW_STATUSES = frozenset((EventStatus.ANNOUNCED, EventStatus.POSTPONED))


@dataclass(frozen=True, slots=True)
class ClusterShape:
    """Events with no free row, drawn as one badge with their count."""

    count: int
    first_day: float
    last_day: float  # exclusive
    rect: Rect
    lane: int
    lane_ids: np.ndarray = field(repr=False)  # the lane's id column
    members: tuple[Members, ...] = field(repr=False)  # positions in it
    #: Where in the badge the lane's events are densest, a row per part of its bin: x0, x1
    #: and the part's share of the busiest part's events.
    parts: np.ndarray = field(default_factory=lambda: np.zeros((0, 3)), repr=False)

    @property
    def profile(self) -> tuple[tuple[float, float, float], ...]:
        """:attr:`parts` as (x0, x1, share) each."""
        return tuple((x0, x1, share) for x0, x1, share in self.parts.tolist())

    @property
    def event_ids(self) -> tuple[int, ...]:
        """The hidden events' ids, gathered only when asked for (there may be a million)."""
        return tuple(self.lane_ids[member_positions(self.members)].tolist())


@dataclass(frozen=True, slots=True)
class TickShape:
    x: float
    label: str
    label_rect: Rect
    tier: int  # 0 major, 1 minor, 2 Hijri
    start: float = 0.0  # the whole span the label names, in day numbers
    end: float = 0.0


@dataclass(frozen=True, slots=True)
class LaneShape:
    title: str
    rect: Rect


@dataclass(frozen=True, slots=True)
class LegendItem:
    """A swatch and its words: a kind's colour, or how an imprecise date is drawn."""

    kind: EventKind | None
    marker: Marker
    label: str
    swatch: Rect
    text: Rect
    status: EventStatus | None = None  # its swatch marked as the events of this status
    today: bool = False  # its swatch a short length of the today line


KEY_NUMBER = 28.0  # room for a callout's number before its text in the key
KEY_GAP = 6.0  # between the key's badge and its words


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """A numbered callout's whole label, or what a badge stands for, in the key drawn with
    a printed timeline."""

    number: str
    lines: tuple[str, ...]
    rect: Rect
    #: A cancelled event's entry reads as its label would have: struck through (Morocco's
    #: cancelled parliamentary forum with Uzbekistan was number 2 on the band, its marker
    #: struck, and read as held in the key).
    struck: bool = False
    #: The entry saying what a badge is: a badge drawn here, its count ``number`` (every
    #: event the part's badges hide), where a callout's number stands ("+577" on a
    #: briefing's band said nothing of what it was).
    badge: Rect | None = None

    @property
    def lead(self) -> float:
        """How far its text starts from its reading edge: past a callout's number, or past
        its badge and a gap."""
        if self.badge is None:
            return KEY_NUMBER
        return max(KEY_NUMBER, self.badge.width + KEY_GAP)


@dataclass(frozen=True, slots=True)
class OverviewShape:
    """The density strip: events per bin over the whole filtered period, and the view on it
    as a window the user can drag and resize."""

    rect: Rect
    scale: TimeScale  # the whole filtered period across the strip
    #: Events per kind (rows) and bin (columns): whole ones, and shares of those spread
    #: over their month, year or window (:meth:`StackingCache.density`).
    by_kind: np.ndarray = field(repr=False)
    window: Rect  # the visible period, on the strip (beyond it: a marker at its edge)
    #: Where the view lies when it is off the strip: -1 beyond its left edge, 1 beyond its
    #: right (by reading direction: earlier or later than all the events), 0 on it.
    beyond: int = 0
    #: The days of the events begun before the view and running into it (None: none): their
    #: starts lie outside the window, which read as empty over a cut through them.
    running: tuple[float, float] | None = None

    @property
    def counts(self) -> np.ndarray:
        """Events per bin, bins equal in time."""
        totals: np.ndarray = self.by_kind.sum(axis=0)
        return totals

    def bins(self) -> list[tuple[float, float, float]]:
        """Each bin's first day, end day (exclusive) and count (shares of events in it)."""
        period, size = self.scale.period, len(self.counts)
        step = period.span / size
        return [
            (period.start + n * step, period.start + (n + 1) * step, count)
            for n, count in enumerate(self.counts.tolist())
        ]


@dataclass(slots=True)
class TimelineLayout:
    width: float
    height: float
    scale: TimeScale
    rtl: bool
    axis_bottom: float
    ticks: list[TickShape] = field(default_factory=list)
    events: list[EventShape] = field(default_factory=list)
    clusters: list[ClusterShape] = field(default_factory=list)
    lanes: list[LaneShape] = field(default_factory=list)
    legend: list[LegendItem] = field(default_factory=list)
    key: list[KeyEntry] = field(default_factory=list)
    overview: OverviewShape | None = None
    body_bottom: float = 0.0  # where the lanes end (and a printed key begins)
    today_x: float | None = None
    #: The labels' tops and bottoms, in order, beside which the today line stops: those it
    #: crosses or passes within a few pixels of (found once with the layout, not each paint).
    today_breaks: tuple[tuple[float, float], ...] = ()
    #: Print: where the next part, taped over this one, begins to cover it (its rows leave
    #: the rest to the next part).
    covered_x: float | None = None
    #: Print: whether a neighbouring part is taped on at the (earlier, later) side, where
    #: a bar cut by the frame runs on into it (only the whole timeline's outer edges say
    #: that it goes on).
    taped: tuple[bool, bool] = (False, False)
    #: Print: the events whose bars run on past the (earlier, later) taped side into a part
    #: that counts them in a badge, not drawn: their boxes say so there as at the outer edges.
    unmet: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
    connectors: list[ConnectorShape] = field(default_factory=list)  # agreements and links
    #: On screen, when nothing is in view: what is, nearest on either side (note.py).
    note: QuietNote | None = None
    #: Print: the events numbered because their label ran across their own marker, no row
    #: having it beside (still misplaced: a taller band may give them room).
    numbered_across: frozenset[int] = frozenset()
    #: On screen: the events whose label the far edge left out, a tab beside their marker
    #: standing for it ("fit all" makes their label room, as for a marker alone).
    left_out: set[int] = field(default_factory=set)

    def event_at(self, x: float, y: float) -> EventShape | None:
        for shape in reversed(self.events):
            label = shape.label_rect
            if shape.marker_rect.contains(x, y) or (label is not None and label.contains(x, y)):
                return shape
        return None

    def cluster_at(self, x: float, y: float) -> ClusterShape | None:
        for cluster in self.clusters:
            if cluster.rect.contains(x, y):
                return cluster
        return None

    def cluster_holding(self, event_id: int) -> ClusterShape | None:
        """The badge an event is hidden behind, if it is hidden in this frame."""
        for cluster in self.clusters:
            if (cluster.lane_ids[member_positions(cluster.members)] == event_id).any():
                return cluster
        return None
