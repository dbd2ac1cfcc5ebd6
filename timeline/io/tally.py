"""Counts of what a file holds, shared by the preview and the import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from timeline.domain.datetext import DateFormat
from timeline.domain.kinds import EventKind
from timeline.domain.languages import with_label
from timeline.domain.messages import Message
from timeline.domain.plurals import summary_separator
from timeline.io.rows import Parsed, Rejection, Row, Skip

_V = TypeVar("_V")


@dataclass
class Tally:
    """Rows read, by outcome; ``by_kind`` and ``by_pair`` count the events to add."""

    path: str
    format: str
    rows: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    #: Valid rows, each with what to check (a year that reads as Hijri), said as rejections are.
    doubtful: list[Rejection] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # by the reason's message id
    by_kind: Counter[EventKind] = field(default_factory=Counter)
    by_pair: Counter[tuple[str, ...]] = field(default_factory=Counter)

    @property
    def new(self) -> int:
        return sum(self.by_kind.values())

    def count_new(self, kind: EventKind, countries: tuple[str, ...]) -> None:
        self.by_kind[kind] += 1
        self.by_pair[countries] += 1

    def batches(self, rows: Iterable[Row | _V], size: int) -> Iterator[list[Parsed | _V]]:
        """The valid rows (Parsed, or any other type of valid row ``_V``) in lists of
        ``size``; rejections and skips are counted on the way."""
        batch: list[Parsed | _V] = []
        for row in rows:
            self.rows += 1
            if isinstance(row, Skip):
                self.skipped[row.reason.id] += 1
            elif isinstance(row, Rejection):
                self.rejected.append(row)
            else:
                if isinstance(row, Parsed) and row.doubt is not None:
                    self.doubtful.append(row.doubt)
                batch.append(row)
                if len(batch) >= size:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def summary(self, new: str = "to-add", reader: DateFormat | None = None) -> str:
        """One line for people: what was read and what becomes of it, each count in the
        plural form of the ``reader``'s language and in its digits (English without one);
        ``new`` is "to-add" (a preview) or "added"."""
        reader = reader or DateFormat()
        language = reader.language
        parts = [
            reader.count(self.rows, "row"),
            reader.count(self.new, new),
            reader.count(self.duplicates, "already"),
            reader.count(len(self.rejected), "rejected"),
        ]
        skipped = sum(self.skipped.values())
        if skipped:
            reasons = ", ".join(
                f"{Message(reason).render(language)}: {reader.number(n)}"
                for reason, n in self.skipped.most_common()
            )
            parts.append(f"{reader.count(skipped, 'skipped')} ({reasons})")
        counts = summary_separator(language).join(parts)
        return with_label(f"{self.path} ({self.format})", counts, language)
