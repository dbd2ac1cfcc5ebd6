"""Lanes taller than the window, scrolled under an axis and a density strip that stay put:
where the scroll may come to rest and where the lanes shown are cut at their lower edge.

The view is laid out whole (:func:`timeline.render.layout.layout`, as tall as its lanes
need); on screen only its lanes' band moves. It rests with a lane's top at the band's top,
or a row's top under the lane's title, which stays pinned there while its lane is shown (a
stop); its lower edge is drawn at the lowest row's end that is shown whole, so no label is
cut across its words. :class:`ScrolledLanes` keeps a view's scroll (the widget holds one
and draws :func:`scrolled_parts`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import Enum

from timeline.render.rect import Rect
from timeline.render.shapes import Geometry, TimelineLayout


@dataclass(frozen=True)
class LanesBand:
    """The lanes' part of a layout, as the view scrolls it in ``height`` pixels of its own.

    ``top``: where the first lane begins in the layout (under the axis and its gap),
    ``bottom``: where the lanes' room ends (the legend and the density strip below);
    ``stops``: the scroll offsets (pixels from ``top``) it may rest at, the last the first
    to show the lanes' end; ``boundaries``: every row's and lane's start in the layout,
    where the shown lanes may be cut; ``title``: the height of a lane's title (0 for a lane
    alone, which has none), pinned at the band's top over a lane scrolled partly away."""

    top: float
    bottom: float
    height: float
    stops: tuple[float, ...]
    boundaries: tuple[float, ...]
    title: float = 0.0

    @property
    def most(self) -> float:
        """The offset that shows the lanes' end at the band's lower edge."""
        return max(0.0, self.bottom - self.top - self.height)

    def stop_at(self, offset: float) -> int:
        """The stop at ``offset`` or the nearest above it (as a scroll bar's value)."""
        index = 0
        for number, stop in enumerate(self.stops):
            if stop <= offset + 0.5:
                index = number
        return index

    def stop_from(self, offset: float) -> int:
        """The stop at ``offset`` or the nearest under it (the last, past the end)."""
        for number, stop in enumerate(self.stops):
            if stop >= offset - 0.5:
                return number
        return len(self.stops) - 1

    def cut(self, made: TimelineLayout, offset: float) -> float:
        """Where, in the layout, the lanes shown at ``offset`` end: the band's lower edge, or
        above it the start of the lowest row shown whole, so that no label, marker or badge
        is cut mid-glyph there, and no marker shown has its label cut away."""
        limit = self.top + offset + self.height
        if limit >= self.bottom - 0.5:
            return self.bottom
        cut = self._row_start(limit, offset)
        crossing = True
        while crossing:  # a label over a row's end (a lane's room runs on to the next)
            crossing = False
            for rect in _drawn_rects(made):
                if rect.y < cut - 0.5 and rect.bottom > cut + 0.5:
                    # At its row's start: cut at its top, its row's markers stood over
                    # nothing, every label of theirs cut away (lanes by kind at 1600×900).
                    cut, crossing = self._row_start(rect.y, offset), True
        return max(cut, self.top + offset)

    def _row_start(self, y: float, offset: float) -> float:
        """The start of the row or lane ``y`` is in (the band's top shown, at least)."""
        return max((at for at in self.boundaries if at <= y + 0.5), default=self.top + offset)


def lanes_band(made: TimelineLayout, height: float, g: Geometry) -> LanesBand:
    """``made`` shown in a view ``height`` pixels high: the axis at its top and what lies under
    the lanes (the legend, the density strip) at its foot stay, the lanes scroll between."""
    top = made.axis_bottom + g.lane_gap
    bottom = made.body_bottom if made.lanes else made.height
    shown = height - top - (made.height - bottom)
    boundaries = [bottom]
    title = g.lane_title_height if len(made.lanes) > 1 else 0.0
    rests = []  # a lane's top at the band's top, or a row's under its lane's title
    for lane in made.lanes:
        boundaries.append(lane.rect.y)
        rests.append(lane.rect.y)
        rows_top = lane.rect.y + title
        rows = max(1, int((lane.rect.bottom - rows_top) // g.row_height))
        starts = [rows_top + row * g.row_height for row in range(1, rows)]
        boundaries.extend(starts)
        rests.extend(y - title for y in starts)
    boundaries = sorted({y for y in boundaries if top - 0.5 <= y <= bottom})
    rests = sorted({y for y in rests if top - 0.5 <= y < bottom})
    most = max(0.0, bottom - top - shown)  # LanesBand.most
    # The last stop is the first from which the lanes' end is shown (a little room under
    # it), else the end itself.
    stops = [0.0] + [y - top for y in rests if 0.5 < y - top < most - 0.5]
    if most > 0.5:
        past = [y - top for y in rests if most - 0.5 <= y - top]
        stops.append(past[0] if past else most)
    return LanesBand(top, bottom, shown, tuple(stops), tuple(boundaries), title)


def _drawn_rects(made: TimelineLayout) -> list[Rect]:
    """What must not be cut across: labels and badges (markers sit inside their rows)."""
    rects = [shape.label_rect for shape in made.events if shape.label_rect is not None]
    rects.extend(cluster.rect for cluster in made.clusters)
    return rects


class Rest(Enum):
    """What asking for a frame's band did to the scroll (:meth:`ScrolledLanes.band`)."""

    KEPT = "kept"  # the band kept for the frame: nothing changed
    NEW = "new"  # a new band (another frame, another height), the lanes at the same offset
    MOVED = "moved"  # a new band, the lanes moved to the stop nearest the offset they were at


class ScrolledLanes:
    """The scroll of a view's lanes where they are taller than it: the height its frames
    are laid out at, the offset the lanes rest at (one of the band's stops), the band of the
    frame shown and where its lanes are cut, each kept for its frame (each move of the mouse
    asks). Heights are the view's, in pixels; stops are numbers, as a scroll bar's values."""

    def __init__(self) -> None:
        #: The height the lanes need, where it is more than the view's: the frame is laid
        #: out that tall and its lanes scroll under the axis, over the density strip.
        self.needed = 0
        self.scrolled = 0.0  # pixels the lanes are scrolled by: one of the band's stops
        self._band: tuple[TimelineLayout, int, LanesBand] | None = None  # for a frame, a height
        self._cut: tuple[TimelineLayout, float, float] | None = None  # a frame's, at an offset

    def laid_out_height(self, height: int) -> int:
        """The height of the frames of a view ``height`` pixels high: its own, or the lanes'
        where they need more (they then scroll between the axis and the density strip)."""
        return max(height, self.needed)

    def band(self, made: TimelineLayout, height: int, g: Geometry) -> tuple[LanesBand, Rest]:
        """Where the lanes of the frame shown scroll, and the stops they rest at; the scroll
        kept at the stop nearest to where it was as the frame changes (another zoom level,
        another height)."""
        if self._band is not None and self._band[0] is made and self._band[1] == height:
            return self._band[2], Rest.KEPT
        band = lanes_band(made, height, g)
        self._band = (made, height, band)
        scrolled = band.stops[band.stop_at(self.scrolled)]
        if scrolled == self.scrolled:
            return band, Rest.NEW
        self.scrolled = scrolled
        return band, Rest.MOVED

    def ahead(self, made: TimelineLayout, height: int, g: Geometry) -> tuple[LanesBand, float]:
        """For a frame drawn ahead (the next notch's), its band and the stop nearest the
        scroll, where its lanes will rest when shown."""
        band = lanes_band(made, height, g)
        return band, band.stops[band.stop_at(self.scrolled)]

    def bar(self, band: LanesBand) -> tuple[int, int, int]:
        """The scroll as a scroll bar shows it, in stops (rows and lanes' tops): the stop
        shown, the last, and as many as a page holds (0 for the last: not scrolled)."""
        page = max(1, band.stop_at(band.height))  # the stops of a band's height from the top
        return band.stop_at(self.scrolled), len(band.stops) - 1, page

    def scroll_to(self, band: LanesBand, stop: int) -> bool:
        """Rest at one of the band's stops; whether the lanes moved."""
        scrolled = band.stops[min(max(stop, 0), len(band.stops) - 1)]
        if scrolled == self.scrolled:
            return False
        self.scrolled = scrolled
        return True

    def page_stop(self, band: LanesBand, pages: float) -> int:
        """The stop ``pages`` of the lanes' band down (up: negative) from the one shown: the
        furthest no more than that away, so that what was at one edge is at the other (a
        page's stops vary with the lanes' titles and gaps), and the next at least."""
        at = band.stop_at(self.scrolled)
        target = self.scrolled + pages * band.height
        stop = band.stop_at(target) if pages > 0 else band.stop_from(target)
        if stop == at:
            stop = at + (1 if pages > 0 else -1)
        return min(max(stop, 0), len(band.stops) - 1)

    def stop_showing(self, band: LanesBand, lane: Rect) -> int | None:
        """The stop that shows ``lane`` (in the frame's pixels) whole, or its top where it is
        taller than the band; None where it is shown whole already."""
        top = lane.y - band.top
        if top < self.scrolled:
            return band.stop_at(top)
        if lane.bottom - band.top > self.scrolled + band.height:
            whole = band.stop_from(lane.bottom - band.top - band.height)
            return min(whole, band.stop_at(top))
        return None

    def cut(self, made: TimelineLayout, band: LanesBand, offset: float) -> float:
        """Where the lanes of a frame at ``offset`` end (:meth:`LanesBand.cut`), kept for the
        frame and the offset."""
        if self._cut is None or self._cut[0] is not made or self._cut[1] != offset:
            self._cut = (made, offset, band.cut(made, offset))
        return self._cut[2]

    def in_frame(self, made: TimelineLayout, band: LanesBand, height: int, y: float) -> float:
        """Where a height ``y`` of a view ``height`` pixels high showing ``made`` lies in the
        frame: the axis and what lies under the lanes stay, the lanes are scrolled (a point
        under their shown rows lies nowhere: far above the frame), a title pinned at their
        top is its lane's title (:func:`pinned_title`)."""
        if made.height <= height or y < band.top:
            return y
        if y >= band.top + band.height:
            return y + made.height - height
        if y + self.scrolled >= self.cut(made, band, self.scrolled):
            return -1e9
        pinned = pinned_title(made, band, self.scrolled)
        if pinned is not None and y < made.lanes[pinned[0]].rect.y + pinned[1] + band.title:
            return y - pinned[1]
        return y + self.scrolled


def note_shift(made: TimelineLayout, band: LanesBand) -> int:
    """How far the note over a view with no event in it is moved, in a frame taller than
    the view, to stand in the middle of the lanes shown (its top at theirs where it is
    taller): laid out in the middle of all the lanes, it was under the window's edge."""
    if made.note is None or band.most < 0.5:  # not scrolled
        return 0
    ground = made.note.ground
    middle = band.top + max(0.0, band.height - ground.height) / 2
    return round(middle - ground.y)


def pinned_title(made: TimelineLayout, band: LanesBand, offset: float) -> tuple[int, int] | None:
    """The title of the topmost lane shown in part, its top scrolled away, pinned at the
    band's top (a section's heading that stays while its rows scroll under it), and pushed
    up by the lane's end as the next lane's title comes: the lane's number and how far,
    in whole pixels, the frame is moved down to draw it there. None where a lane's own
    title is at the band's top, or the lanes have no titles."""
    if not band.title:
        return None
    scrolled = round(offset)
    for number, lane in enumerate(made.lanes):
        top, bottom = lane.rect.y - scrolled, lane.rect.bottom - scrolled
        if top < band.top - 0.5 < bottom:
            dy = min(round(band.top - lane.rect.y), math.floor(bottom - band.title - lane.rect.y))
            return number, dy
    return None


@dataclass(frozen=True)
class ScrolledPart:
    """A part of a scrolled frame as the painter draws it: ``layout`` moved down by ``dy``
    and clipped to ``clip`` (in whole pixels of the view); ``lanes``: the part with the
    events, drawn with the selection, the focus, the highlights and the note's hover."""

    clip: Rect
    dy: float
    layout: TimelineLayout
    lanes: bool


def scrolled_parts(
    made: TimelineLayout, band: LanesBand, offset: float, cut: float, width: int, height: int
) -> list[ScrolledPart]:
    """A frame taller than the view (``width`` by ``height``) in parts: its lanes scrolled by
    ``offset`` between its axis and what lies under them (the legend, the density strip),
    which stay in place; the lanes cut at ``cut`` (:meth:`LanesBand.cut`), the grid going
    on under it; the title of a lane scrolled partly away pinned at the band's top
    (:func:`pinned_title`); the note over an empty view in the middle of the lanes shown.
    Parts with no height are left out."""
    scrolled = round(offset)
    top = math.floor(band.top)
    lanes_end = round(band.top + band.height)  # where what lies under the lanes begins
    cut_at = min(round(cut) - scrolled, lanes_end)
    foot = replace(made, events=[], clusters=[], connectors=[], lanes=[], note=None)
    ground = replace(foot, overview=None, legend=[])  # the grid, the today line
    parts = [
        ScrolledPart(Rect(0, top, width, cut_at - top), -scrolled, replace(made, note=None), True),
        # Under the lanes' end (at the last stop, past it) the ground as at the end.
        ScrolledPart(
            Rect(0, cut_at, width, lanes_end - cut_at),
            -min(scrolled, math.floor(band.most)),
            ground,
            False,
        ),
        ScrolledPart(Rect(0, 0, width, top), 0, ground, False),
        ScrolledPart(
            Rect(0, lanes_end, width, height - lanes_end), height - made.height, foot, False
        ),
    ]
    pinned = pinned_title(made, band, offset)
    if pinned is not None:  # the lanes' grounds and titles, the grid: as the title's row shows
        number, dy = pinned
        title_end = min(round(made.lanes[number].rect.y + dy + band.title), cut_at, lanes_end)
        titles = replace(ground, lanes=made.lanes)
        parts.append(ScrolledPart(Rect(0, top, width, title_end - top), dy, titles, False))
    if made.note is not None:  # in the middle of the lanes shown, however scrolled
        shift, note = note_shift(made, band), made.note.ground
        shown = Rect(0, top, width, lanes_end - top)
        clip = _within(_aligned(Rect(note.x, note.y + shift, note.width, note.height)), shown)
        parts.append(ScrolledPart(clip, shift, replace(ground, note=made.note), True))
    return [part for part in parts if part.clip.height > 0 and part.clip.width > 0]


def _aligned(rect: Rect) -> Rect:
    """The smallest rectangle of whole pixels holding ``rect``."""
    left, top = math.floor(rect.x), math.floor(rect.y)
    return Rect(left, top, math.ceil(rect.right) - left, math.ceil(rect.bottom) - top)


def _within(rect: Rect, bounds: Rect) -> Rect:
    """The part of ``rect`` inside ``bounds`` (no width or height where there is none)."""
    left, top = max(rect.x, bounds.x), max(rect.y, bounds.y)
    right, bottom = min(rect.right, bounds.right), min(rect.bottom, bounds.bottom)
    return Rect(left, top, max(0, right - left), max(0, bottom - top))
