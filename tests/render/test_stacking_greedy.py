"""The greedy row packing under every stacking: the lowest free row for each item in time
order, compared with the plain quadratic loop it replaces, on any input hypothesis finds."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.render.stacking_greedy import OVERFLOW, greedy


def plain_greedy(starts, ends, rows, skip, held=()):
    """The definition: each item, in time order, takes the lowest row free at its start
    whose held spans (the band's, over a chunk) it does not meet."""
    free_from = [-np.inf] * rows
    assigned = []

    def clear(row, start, end):
        spans = zip(*held[row], strict=True) if row < len(held) else ()
        return not any(begin < end and start < finish for begin, finish in spans)

    for start, end, skipped in zip(starts, ends, skip, strict=True):
        free = [row for row in range(rows) if free_from[row] <= start and clear(row, start, end)]
        if skipped or not free:
            assigned.append(OVERFLOW)
            continue
        free_from[free[0]] = end
        assigned.append(free[0])
    return assigned


items = st.lists(
    st.tuples(
        st.integers(0, 400),  # start, in whole days so ties are common
        st.integers(0, 60),  # how long the item keeps its row
        st.booleans(),  # skipped (an event placed in the band instead)
    ),
    max_size=700,  # more than one block of the greedy's reader
)


@settings(max_examples=60, deadline=None)
@given(items, st.integers(0, 6), st.booleans())
def test_greedy_places_like_the_definition(found, rows, with_skip):
    found.sort()
    starts = np.array([float(start) for start, _, _ in found])
    ends = starts + np.array([float(length) for _, length, _ in found])
    skip = np.array([flag and with_skip for _, _, flag in found], bool)
    placed = greedy(starts, ends, rows, skip if with_skip else None)
    assert placed.tolist() == plain_greedy(starts, ends, rows, skip)


@settings(max_examples=30, deadline=None)
@given(items, st.integers(1, 6))
def test_no_row_holds_two_items_at_once(found, rows):
    found.sort()
    starts = np.array([float(start) for start, _, _ in found])
    ends = starts + np.array([float(length) for _, length, _ in found])
    placed = greedy(starts, ends, rows)
    last_end = {}
    for start, end, row in zip(starts, ends, placed.tolist(), strict=True):
        if row == OVERFLOW:
            continue
        assert 0 <= row < rows
        assert last_end.get(row, -np.inf) <= start
        last_end[row] = end


@settings(max_examples=40, deadline=None)
@given(items, st.integers(1, 6), st.sampled_from([0.0, 1 / 32, 0.5, 2.0]))
def test_row_by_row_and_item_by_item_place_alike(found, rows, share):
    """Peeling rows in numpy (share 0: always; 2: never) and handing the rest to the loop
    at any row give the definition's rows."""
    found.sort()
    starts = np.array([float(start) for start, _, _ in found])
    ends = starts + np.array([float(length) for _, length, _ in found])
    skip = np.array([flag for _, _, flag in found], bool)
    placed = greedy(starts, ends, rows, skip, peel_share=share, peel_from=0)
    assert placed.tolist() == plain_greedy(starts, ends, rows, skip)


@pytest.mark.parametrize("length", [1.0, 40.0, 4000.0])
def test_dense_and_sparse_runs_of_thousands_place_like_the_definition(length):
    """Past the probe's threshold: dense items go to the loop, sparse ones are peeled."""
    generator = np.random.default_rng(7)
    starts = np.sort(generator.integers(0, 20_000, 6000)).astype(float)
    ends = starts + generator.uniform(0.5, length, starts.size)
    skip = generator.random(starts.size) < 0.1
    placed = greedy(starts, ends, 5, skip)
    assert placed.tolist() == plain_greedy(starts, ends, 5, skip)


#: Rows the band holds in part: per row, spans as (gap before, length), laid end to end.
held_rows = st.lists(
    st.lists(st.tuples(st.integers(0, 120), st.integers(1, 80)), max_size=4), max_size=3
)


def spans_of(rows):
    """Each row's spans as ascending, separate (starts, ends) arrays."""
    held = []
    for row in rows:
        starts, ends, at = [], [], -10.0
        for gap, length in row:
            starts.append(at + gap)
            ends.append(at + gap + length)
            at += gap + length
        held.append((np.array(starts, float), np.array(ends, float)))
    return held


@settings(max_examples=80, deadline=None)
@given(items, st.integers(0, 6), held_rows, st.sampled_from([0.0, 1 / 32, 2.0]))
def test_rows_the_band_holds_in_part_are_packed_around_its_spans(found, rows, held, share):
    """A chunk's events take the band's rows where its spans leave room: row by row or item
    by item, the definition's rows (an item never meets a held span of its row)."""
    found.sort()
    starts = np.array([float(start) for start, _, _ in found])
    ends = starts + np.array([float(length) for _, length, _ in found])
    skip = np.array([flag for _, _, flag in found], bool)
    spans = spans_of(held)
    placed = greedy(starts, ends, rows, skip, spans, peel_share=share, peel_from=0)
    assert placed.tolist() == plain_greedy(starts, ends, rows, skip, spans)
    assert greedy(starts, ends, rows, skip, spans).tolist() == placed.tolist()


@pytest.mark.parametrize("length", [1.0, 40.0, 4000.0])
def test_dense_runs_around_held_spans_place_like_the_definition(length):
    """Thousands of items, two rows held in part: the loop's search for the next item short
    enough for a gap before a span finds the one the definition places."""
    generator = np.random.default_rng(11)
    starts = np.sort(generator.integers(0, 20_000, 6000)).astype(float)
    ends = starts + generator.uniform(0.5, length, starts.size)
    skip = generator.random(starts.size) < 0.1
    spans = [
        (np.array([3000.0, 9000.0, 15000.0]), np.array([3500.0, 12000.0, 15100.0])),
        (np.array([8000.0]), np.array([8400.0])),
    ]
    placed = greedy(starts, ends, 5, skip, spans)
    assert placed.tolist() == plain_greedy(starts, ends, 5, skip, spans)
