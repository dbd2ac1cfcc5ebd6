"""Zoom levels in quarter octaves, and the chunks time is cut into at each level.

A stacking serves one whole level, and its rows are packed a chunk at a time: both the
layout (which level a frame asks for) and the stacking (where a chunk begins and ends, which
events run across its boundaries) reckon with them here.
"""

from __future__ import annotations

import math

import numpy as np

from timeline.render.index import LaneColumns

CHUNK_PX = 4096.0
#: Zoomed in, a chunk is at least this many days long: at CHUNK_PX alone it was four days at
#: day zoom, and nearly every event of a week or a month crossed a boundary into the band.
MIN_CHUNK_DAYS = 64
#: Up to this many events a lane is stacked in one piece: no chunk boundary ever shortens a
#: label, and one greedy pass per zoom level stays well under a frame.
SINGLE_CHUNK_LIMIT = 20_000
LEVELS_PER_OCTAVE = 4


def zoom_level(pixels_per_day: float) -> int:
    """Zoom levels in quarter octaves: one stacking serves a whole level."""
    return math.floor(math.log2(pixels_per_day) * LEVELS_PER_OCTAVE)


def in_one_piece(events: int) -> bool:
    """Whether a lane of ``events`` is stacked in one piece (no chunk boundary)."""
    return events <= SINGLE_CHUNK_LIMIT


def chunk_days(events: int, pixels_per_day: float) -> float:
    """Chunks are a whole power of two of days, so boundaries fall between days and the
    levels of one octave share them (and the work of finding what crosses them)."""
    if in_one_piece(events):
        return math.inf
    return float(max(2 ** math.ceil(math.log2(CHUNK_PX / pixels_per_day)), MIN_CHUNK_DAYS))


def crossing_chunks(lane: LaneColumns, days: float) -> np.ndarray:
    """Which events run across a chunk boundary (a day event never does)."""
    if math.isinf(days):
        return np.zeros(len(lane), bool)
    crossing = np.zeros(len(lane), bool)
    spans = lane.spans
    crossing[spans] = np.floor(lane.starts[spans] / days) != np.floor(
        (lane.ends[spans] - 0.5) / days
    )
    return crossing


def level_pixels_per_day(level: int) -> float:
    """The smallest scale of a level: room reserved at it is enough at the whole level."""
    return float(2.0 ** (level / LEVELS_PER_OCTAVE))
