"""Dates that tell the truth about what is known.

A :class:`FuzzyDate` is a day, a month or a year. An :class:`EventDate` is a start, an
optional end, and whether the event *lasted* the whole span (a two-day forum) or happened on
*one day within* it (a meeting on the sidelines of a five-day assembly). Both read and write
EDTF (ISO 8601-2), the exchange form used by files and the command line:

``2025-02-28``, ``2025-02``, ``2025``, ``2025-04-28/2025-04-29`` (lasted the span) and
``[2025-04-05..2025-04-09]`` (one day within the span: an EDTF "one of a set").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from timeline.domain.errors import ValidationError
from timeline.domain.messages import message

MIN_YEAR = 1
MAX_YEAR = 9999


class Precision(StrEnum):
    """How much of a date is known; the order is from finest to coarsest."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    @property
    def coarseness(self) -> int:
        """0 for a day, 1 for a month, 2 for a year: to tell the coarser of two."""
        return list(Precision).index(self)


_FUZZY_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A calendar date known to a day, a month or only a year (Gregorian)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValidationError(
                "date",
                message("date.year_out_of_range", year=self.year, first=MIN_YEAR, last=MAX_YEAR),
            )
        if self.month is None:
            if self.day is not None:
                raise ValidationError("date", message("date.day_needs_month"))
            return
        if not 1 <= self.month <= 12:
            raise ValidationError("date", message("date.no_such_month", month=self.month))
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                month = f"{self.year:04d}-{self.month:02d}"
                raise ValidationError(
                    "date", message("date.no_such_day", month=month, length=last, day=self.day)
                )

    @classmethod
    def from_date(cls, value: date) -> FuzzyDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        match = _FUZZY_RE.match(text.strip())
        if match is None:
            raise not_a_date("date", text)
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def earliest(self) -> date:
        """The first day this date may be."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        """The last day this date may be."""
        if self.day is not None:
            assert self.month is not None
            return date(self.year, self.month, self.day)
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def isoformat(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as precisely as it is known.

    ``within`` is False when the event lasted from ``start`` to ``end``, True when it happened
    on one (unknown) day between them. A single fuzzy date without an end is one event at that
    precision ("in February 2025").
    """

    start: FuzzyDate
    end: FuzzyDate | None = None
    within: bool = False

    def __post_init__(self) -> None:
        if self.end is None:
            if self.within:
                raise ValidationError("end", message("date.within_needs_end"))
            return
        if self.end.latest() < self.start.earliest():
            raise ValidationError(
                "end", message("date.end_before_start", end=str(self.end), start=str(self.start))
            )
        if self.end == self.start:
            raise ValidationError("end", message("date.end_same_as_start"))

    @classmethod
    def on(cls, value: date) -> EventDate:
        return cls(FuzzyDate.from_date(value))

    @property
    def precision(self) -> Precision:
        """The precision of the start (the end, when present, has its own)."""
        return self.start.precision

    def earliest(self) -> date:
        return self.start.earliest()

    def latest(self) -> date:
        return (self.end or self.start).latest()

    def is_exact_day(self) -> bool:
        """True when the event is known to the day and has no span."""
        return self.end is None and self.start.precision is Precision.DAY

    def overlaps(self, first: date | None, last: date | None) -> bool:
        """True when some day this date may be lies in ``first``..``last`` (inclusive; an
        end given as None is open): the one rule for "in this period"."""
        return (first is None or self.latest() >= first) and (
            last is None or self.earliest() <= last
        )

    def to_edtf(self) -> str:
        if self.end is None:
            return self.start.isoformat()
        if self.within:
            return f"[{self.start}..{self.end}]"
        return f"{self.start}/{self.end}"

    @classmethod
    def from_edtf(cls, text: str) -> EventDate:
        """Read the EDTF subset that :meth:`to_edtf` writes."""
        value = text.strip()
        if value.startswith("[") and value.endswith("]"):
            start, sep, end = value[1:-1].partition("..")
            if not sep or not start or not end:
                raise ValidationError("date", message("date.not_a_window", text=text))
            return cls(_end_of(start, text), _end_of(end, text), within=True)
        if "/" in value:
            start, _, end = value.partition("/")
            return cls(_end_of(start, text), _end_of(end, text))
        return cls(FuzzyDate.parse(value))

    def __str__(self) -> str:
        return self.to_edtf()


def not_a_date(field: str, text: str) -> ValidationError:
    """The error of a date that cannot be read: an empty cell or field is said missing
    (a spreadsheet's empty cell was "'' is not a date"), any other text quoted."""
    if not text.strip():
        return ValidationError(field, message("date.missing"))
    return ValidationError(field, message("date.not_a_date", text=text))


def _end_of(part: str, whole: str) -> FuzzyDate:
    """One end of an interval; a part that is no date at all quotes the whole text, which
    is what the reader typed: a spreadsheet's 31/12/2025 was "'31' is not a date"."""
    if _FUZZY_RE.match(part.strip()) is None:
        raise ValidationError("date", message("date.not_a_date", text=whole))
    return FuzzyDate.parse(part)
