"""The rectangle every shape of a frame is placed in (its own module: the layout and the
parts it calls on, such as the note over a quiet view, share it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np


class Rect(NamedTuple):
    """A rectangle in device-independent pixels (a named tuple: a frame makes two for each
    event it draws, in half a frozen dataclass's time)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def intersects(self, other: Rect) -> bool:
        return not (
            other.x >= self.right
            or other.right <= self.x
            or other.y >= self.bottom
            or other.bottom <= self.y
        )


def edges_of(rects: Sequence[Rect]) -> np.ndarray:
    """Rows of the left, right, top and bottom edges of ``rects`` (as :class:`Rect`'s
    properties give them), for looking through hundreds of them at once."""
    at = np.array(rects, dtype=np.float64).reshape(-1, 4).T
    return np.stack((at[0], at[0] + at[2], at[1], at[1] + at[3]))
