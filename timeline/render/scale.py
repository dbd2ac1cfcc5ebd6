"""Time <-> x for a period drawn across a width, in either reading direction."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from timeline.domain.period import Period


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps day numbers to x; right to left puts later time further left."""

    period: Period
    left: float
    width: float
    rtl: bool = False
    #: Worked out once: a frame asks for hundreds of x positions.
    pixels_per_day: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pixels_per_day", self.width / self.period.span)

    def x(self, day: float) -> float:
        offset = (day - self.period.start) * self.pixels_per_day
        return self.left + self.width - offset if self.rtl else self.left + offset

    def xs(self, days: np.ndarray) -> np.ndarray:
        """:meth:`x` of a column of days, to the same bits."""
        offset = (days - self.period.start) * self.pixels_per_day
        found: np.ndarray = self.left + self.width - offset if self.rtl else self.left + offset
        return found

    def day(self, x: float) -> float:
        offset = self.left + self.width - x if self.rtl else x - self.left
        return self.period.start + offset / self.pixels_per_day
