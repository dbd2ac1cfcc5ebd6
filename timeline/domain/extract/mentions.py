"""What the readers find: a date or a country, and the exact text it came from."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.domain.dates import EventDate, FuzzyDate, Precision
from timeline.domain.event import Place
from timeline.domain.folding import Span


@dataclass(frozen=True, slots=True)
class Gathering:
    """A numbered session of a recurring multilateral gathering, from the gatherings table:
    prose names it ("the 150th IPU Assembly") instead of giving its dates."""

    series: str
    number: int
    date: EventDate
    cities: tuple[tuple[str, str], ...]  # (language, city name)
    host: str | None

    @property
    def tag(self) -> str:
        """The tag naming this session on an event: ``ipu-assembly-150``."""
        return f"{self.series}-{self.number}"

    def place(self, language: str) -> Place:
        """Where it was held, the city named in ``language`` (English if not known)."""
        names = dict(self.cities)
        return Place(names.get(language) or names.get("en", ""), self.host)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: when it says, and where it says it."""

    span: Span
    date: EventDate
    gathering: Gathering | None = None

    @property
    def start(self) -> FuzzyDate:
        return self.date.start

    @property
    def end(self) -> FuzzyDate:
        """The last date of a span; the start itself for a single date."""
        return self.date.end or self.date.start

    @property
    def precision(self) -> Precision:
        return self.date.precision

    @property
    def within(self) -> bool:
        return self.date.within
