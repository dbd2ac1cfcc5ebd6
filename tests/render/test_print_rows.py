"""Print's passes over a finished band: what counts as a label across its own marker (one
rule for the layout's moves, the free rows and the briefing's count of misplaced labels)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest

from timeline.domain.dates import EventDate
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.render import layout as layout_module
from timeline.render.index import Marker
from timeline.render.print_rows import across_marker
from timeline.render.rect import Rect
from timeline.render.shapes import EventShape

WIDTH = 1000.0
VISIT = Event(
    kind=EventKind.OFFICIAL_VISIT,
    countries=("KZ", "MA"),
    date=EventDate.on(date(2025, 2, 28)),
    title_en="Visit",
    id=1,
)


def shape(marker: tuple[float, float], label: tuple[float, float] | None) -> EventShape:
    """A shape with its marker and label spanning these view x (left, right)."""
    rect = Rect(marker[0], 10.0, marker[1] - marker[0], 10.0)
    text = None if label is None else Rect(label[0], 21.0, label[1] - label[0], 16.0)
    return EventShape(VISIT, Marker.POINT, rect, "Visit", text, 0, 0, ("Visit",))


@pytest.mark.parametrize(
    ("marker", "label", "rtl", "across"),
    [
        ((100, 110), (100, 300), False, False),  # starts at its marker
        ((290, 300), (100, 300), False, False),  # ends at it
        ((150, 160), (100, 300), False, True),  # runs across it
        ((150, 160), (100, 300), True, True),
        ((100, 110), (100, 300), True, False),  # in Arabic, ends at it (reading)
        ((150, 160), None, False, False),  # no label
    ],
)
def test_a_label_runs_across_its_marker_when_it_starts_before_and_ends_after_it(
    marker, label, rtl, across
):
    assert across_marker(shape(marker, label), WIDTH, rtl) is across


@pytest.mark.parametrize("rtl", [False, True])
def test_a_marker_cut_by_where_the_next_part_is_taped_counts_its_part_in_view(rtl):
    """A bar running under the next part, taped over it from 400 on (reading): a label
    ending at that edge ends at the bar as seen, not across it; one running on past the
    edge runs across it."""

    def view(left: float, right: float) -> tuple[float, float]:
        return (WIDTH - right, WIDTH - left) if rtl else (left, right)

    bar = view(300, 500)
    assert not across_marker(shape(bar, view(100, 400)), WIDTH, rtl, (0.0, 400.0))
    assert across_marker(shape(bar, view(100, 450)), WIDTH, rtl, (0.0, 400.0))
    # Within the whole view, a label ending inside the bar ends at it; past it, across it.
    assert not across_marker(shape(bar, view(100, 450)), WIDTH, rtl)
    assert across_marker(shape(bar, view(100, 550)), WIDTH, rtl)


def test_the_layout_and_the_free_rows_ask_the_one_rule():
    """The layout's moves to other rows and its count of misplaced labels (which the
    briefing weighs its bands by) used a rule of the layout's own, and print's free rows
    one written inline: they are the one function."""
    assert layout_module.across_marker is across_marker
    beside = shape((500, 510), (500, 600))._replace(event=replace(VISIT, id=2))
    part = SimpleNamespace(
        width=WIDTH,
        rtl=False,
        connectors=[],
        events=[shape((150, 160), (100, 300)), beside],
        numbered_across=frozenset(),
    )
    assert layout_module.misplaced_labels(part) == {1}
