"""What a reader makes of each row of a file: an event, a rejection, or a skip.

Every format reader yields exactly one of these per data row, so the preview and the import
count, show and write rows the same way whatever the file was.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.domain.agreements import Agreement
from timeline.domain.event import Event
from timeline.domain.links import LinkKind


@dataclass(frozen=True, slots=True)
class Parsed:
    """A valid event and the identity of its row (``gdelt:…``, ``native:…``). From our own
    files also the agreement the event is a step of, as the file describes it, and the
    links going out of it, as (kind, ``id`` of the target row in the same file)."""

    line: int
    key: str
    event: Event
    agreement: Agreement | None = None
    links: tuple[tuple[LinkKind, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row that breaks a rule: where it is, which field, and why."""

    file: str
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Skip:
    """A sound row that is not for us (another pair, not diplomacy); only counted."""

    reason: str


OUTSIDE_SCOPE = Skip("outside the chosen countries")
NOT_BETWEEN_STATES = Skip("not between two states")
WITHIN_ONE_COUNTRY = Skip("within one country")
NOT_DIPLOMATIC = Skip("not a diplomatic event")

Row = Parsed | Rejection | Skip


class ImportFileError(Exception):
    """The file cannot be read at all (missing, not text, unknown format): nothing is
    written. The message names the file and the reason."""


class ImportCancelled(Exception):
    """The person (or the progress callback) stopped the work; nothing was written."""
