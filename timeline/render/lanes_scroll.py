"""Lanes taller than the window, scrolled under an axis and a density strip that stay put:
where the scroll may come to rest and where the lanes shown are cut at their lower edge.

The view is laid out whole (:func:`timeline.render.layout.layout`, as tall as its lanes
need); on screen only its lanes' band moves. It rests with a lane's top or a row's top at
the band's top (a stop), and its lower edge is drawn at the lowest row's end that is
shown whole, so no label is cut across its words."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.render.rect import Rect
from timeline.render.shapes import Geometry, TimelineLayout


@dataclass(frozen=True)
class LanesBand:
    """The lanes' part of a layout, as the view scrolls it in ``height`` pixels of its own.

    ``top``: where the first lane begins in the layout (under the axis and its gap),
    ``bottom``: where the lanes' room ends (the legend and the density strip below);
    ``stops``: the scroll offsets (pixels from ``top``) it may rest at, the last the first
    to show the lanes' end; ``boundaries``: every row's and lane's start in the layout,
    where the shown lanes may be cut."""

    top: float
    bottom: float
    height: float
    stops: tuple[float, ...]
    boundaries: tuple[float, ...]

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
        is cut mid-glyph there."""
        limit = self.top + offset + self.height
        if limit >= self.bottom - 0.5:
            return self.bottom
        cut = max((y for y in self.boundaries if y <= limit + 0.5), default=self.top + offset)
        crossing = True
        while crossing:  # a label over a row's end (a lane's room runs on to the next)
            crossing = False
            for rect in _drawn_rects(made):
                if rect.y < cut - 0.5 and rect.bottom > cut + 0.5:
                    cut, crossing = rect.y, True
        return max(cut, self.top + offset)


def lanes_band(made: TimelineLayout, height: float, g: Geometry) -> LanesBand:
    """``made`` shown in a view ``height`` pixels high: the axis at its top and what lies under
    the lanes (the legend, the density strip) at its foot stay, the lanes scroll between."""
    top = made.axis_bottom + g.lane_gap
    bottom = made.body_bottom if made.lanes else made.height
    shown = height - top - (made.height - bottom)
    boundaries = [bottom]
    titled = len(made.lanes) > 1
    for lane in made.lanes:
        boundaries.append(lane.rect.y)
        rows_top = lane.rect.y + (g.lane_title_height if titled else 0.0)
        rows = max(1, int((lane.rect.bottom - rows_top) // g.row_height))
        boundaries.extend(rows_top + row * g.row_height for row in range(1, rows))
    boundaries = sorted({y for y in boundaries if top - 0.5 <= y <= bottom})
    most = max(0.0, bottom - top - shown)  # LanesBand.most
    # At rest a lane's or a row's start is at the band's top, the last the first from which
    # the lanes' end is shown (a little room under it), else the end itself.
    stops = [0.0] + [y - top for y in boundaries if 0.5 < y - top < most - 0.5]
    if most > 0.5:
        past = [y - top for y in boundaries if most - 0.5 <= y - top and y < bottom]
        stops.append(past[0] if past else most)
    return LanesBand(top, bottom, shown, tuple(stops), tuple(boundaries))


def _drawn_rects(made: TimelineLayout) -> list[Rect]:
    """What must not be cut across: labels and badges (markers sit inside their rows)."""
    rects = [shape.label_rect for shape in made.events if shape.label_rect is not None]
    rects.extend(cluster.rect for cluster in made.clusters)
    return rects
