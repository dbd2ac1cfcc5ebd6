"""What a laid-out frame shows, as plain data: the axis tiers, the red line of today when in
view, every event in view with its label as drawn, the cluster badges, the connectors
(agreements' threads and links), the note over a view with no event in it and the density
strip.

It backs ``--screenshot --describe`` (so a script can check what a person would see) and
the timeline's accessibility (a screen reader steps through the same events). Its texts are
plain: the isolates that keep an Arabic ruler's "2020–2029" reading from the right on screen
would be read as part of the words by the script.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from timeline.domain.direction import without_direction_marks
from timeline.domain.period import day_of
from timeline.render.note import QuietNote
from timeline.render.shapes import EventShape, TimelineLayout

TIER_NAMES = {0: "major", 1: "minor", 2: "hijri"}


def _iso(day: float, up: bool = False) -> str:
    whole = math.ceil(day) if up else math.floor(day)
    return day_of(whole).isoformat() if 1 <= whole <= date.max.toordinal() else ""


def _span(x0: float, x1: float) -> list[float]:
    return [round(min(x0, x1), 1), round(max(x0, x1), 1)]


def visible_events(drawn: TimelineLayout) -> list[EventShape]:
    """The events whose marker is in view, in reading order (then top to bottom)."""
    shown = [
        shape
        for shape in drawn.events
        if shape.marker_rect.right > 0 and shape.marker_rect.x < drawn.width
    ]

    def reading(shape: EventShape) -> tuple[float, int, float]:
        rect = shape.marker_rect
        start = drawn.width - rect.right if drawn.rtl else rect.x
        return (start, shape.lane, rect.y)

    return sorted(shown, key=reading)


def _event(shape: EventShape) -> dict[str, Any]:
    rect = shape.label_rect
    drawn_text = without_direction_marks(" ".join(shape.lines)) if rect is not None else None
    return {
        "id": shape.event.id,
        "label": drawn_text,
        "title": without_direction_marks(shape.label),
        "callout": shape.callout,
        "folded": shape.folded,
        "lane": shape.lane,
        "row": shape.row,
        "marker": _span(shape.marker_rect.x, shape.marker_rect.right),
        "label_rect": None
        if rect is None
        else [round(rect.x, 1), round(rect.y, 1), round(rect.width, 1), round(rect.height, 1)],
    }


def _note(note: QuietNote) -> dict[str, Any]:
    """The note over a view with no event: its heading and the event it offers each way."""
    return {
        "heading": note.heading,
        "links": [
            {
                "id": link.event_id,
                "way": "later" if link.later else "earlier",
                "side": "right" if link.on_right else "left",
                "date": without_direction_marks(link.date),
                "lines": [without_direction_marks(line) for line in link.lines],
                "title": without_direction_marks(link.title),
                "rect": [round(value, 1) for value in link.rect],
            }
            for link in note.links
        ],
    }


def describe(drawn: TimelineLayout) -> dict[str, Any]:
    """The frame as JSON-ready data (dates ISO, ranges [start, end), x from the left edge)."""
    period = drawn.scale.period
    tiers: list[dict[str, Any]] = []
    for tier, name in TIER_NAMES.items():
        labels = [
            {
                "text": without_direction_marks(tick.label),
                "start": _iso(tick.start),
                "end": _iso(tick.end),
                "x": _span(tick.label_rect.x, tick.label_rect.right),
            }
            for tick in drawn.ticks
            if tick.tier == tier and tick.label
        ]
        if any(tick.tier == tier for tick in drawn.ticks):
            tiers.append({"name": name, "labels": labels})
    overview = drawn.overview
    return {
        "width": drawn.width,
        "view": {"start": _iso(period.start), "end": _iso(period.end, up=True)},
        "tiers": tiers,
        "today": None
        if drawn.today_x is None
        else {"date": _iso(drawn.scale.day(drawn.today_x)), "x": round(drawn.today_x, 1)},
        "events": [_event(shape) for shape in visible_events(drawn)],
        "clusters": [
            {"count": cluster.count, "x": _span(cluster.rect.x, cluster.rect.right)}
            for cluster in drawn.clusters
        ],
        "connectors": [
            {
                "kind": connector.kind,
                "ids": list(connector.ends),
                "x": [round(connector.points[0][0], 1), round(connector.points[-1][0], 1)],
            }
            for connector in drawn.connectors
        ],
        "note": None if drawn.note is None else _note(drawn.note),
        "density": []
        if overview is None
        else [
            {"start": _iso(start), "end": _iso(end, up=True), "count": count}
            for start, end, count in overview.bins()
        ],
    }
