"""What a reader sees go wrong in a printed timeline band, found on the laid-out parts the
painter draws (``briefing.drawing.layouts``): a label drawn across its own marker rather
than beside it, and a connector (a thread's arc, an assembly's bracket) running through
the label of an event it does not join. Each check returns a description of every such
defect (empty when all is well), so an assertion names them."""

from __future__ import annotations

from collections.abc import Iterable

from timeline.render.connectors import crossed_labels
from timeline.render.shapes import EventShape, TimelineLayout


def _reading(left: float, right: float, width: float, rtl: bool) -> tuple[float, float]:
    return (width - right, width - left) if rtl else (left, right)


def across_own_marker(part: TimelineLayout) -> list[str]:
    """Labels (not numbers) that start before their marker and end after it, in reading
    order: drawn across it. A marker cut by the part's edge counts its visible span only."""
    found = []
    for shape in part.events:
        label, marker = shape.label_rect, shape.marker_rect
        if label is None or shape.callout is not None:
            continue
        left, right = max(marker.x, 0.0), min(marker.right, part.width)
        if right <= left:
            continue
        begin, end = _reading(left, right, part.width, part.rtl)
        start, stop = _reading(label.x, label.right, part.width, part.rtl)
        if start < begin - 0.5 and stop > end + 0.5:
            found.append(f"{_name(shape)} across its marker")
    return found


def crossed_by_connectors(part: TimelineLayout) -> list[str]:
    """Labels a connector between two other events runs through."""
    crossed = crossed_labels(part.events, part.connectors)
    return [
        f"{_name(shape)} under a connector" for shape in part.events if shape.event.id in crossed
    ]


def band_defects(parts: Iterable[TimelineLayout]) -> list[str]:
    """Every defect of every part, each prefixed with its part's number (from 1)."""
    return [
        f"part {number}: {defect}"
        for number, part in enumerate(parts, start=1)
        for defect in [*across_own_marker(part), *crossed_by_connectors(part)]
    ]


def _name(shape: EventShape) -> str:
    return f"{shape.event.date.earliest()} {shape.label[:40]!r}"
