"""The agreements and links of one of our files, as an import reads them.

A row's event may be a step of an agreement: one stored already, or one the file describes
(the ``agreements`` of our JSON, the ``agreement_…`` columns of our CSV), which is added
before the row's event; a row naming an agreement found in neither is rejected, as is a
party that is not one of the agreement's. Links name their target by its ``id`` in the same
file; they are written once every row is in, between the stored events the rows became
(rows already imported before included), and a link to an id the file lacks is rejected.
The preview runs the same checks without writing, so it promises what the import does.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from timeline.domain.agreements import Agreement, party_problem
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.messages import message
from timeline.io.chunks import Threaded
from timeline.io.rows import Parsed, Rejection
from timeline.io.tally import Tally

#: The stored agreements among the ids asked for.
Lookup = Callable[[Collection[str]], dict[str, Agreement]]


@dataclass(frozen=True, slots=True)
class Threads:
    """What an export writes beside its events: the agreements they are steps of, by id,
    and the links going out of each event, by its id (only those between exported events)."""

    agreements: Mapping[str, Agreement] = field(default_factory=dict)
    links: Mapping[int, Sequence[EventLink]] = field(default_factory=dict)


NO_THREADS = Threads()


_Row = TypeVar("_Row", Parsed, Threaded)


def _thread(row: Parsed | Threaded) -> tuple[str | None, str | None, int | None]:
    """A row's agreement, its party in it and its event's ``id`` in the file, from the row
    (a preview's) or from what the importer checks of it."""
    if isinstance(row, Parsed):
        return row.event.agreement_id, row.event.agreement_party, row.event.id
    return row.agreement_id, row.agreement_party, row.file_id


class FileThreads:
    """What one import (or preview) has learnt of agreements and links so far."""

    def __init__(self, label: str, stored: Lookup) -> None:
        self._label = label
        self._stored = stored
        self._known: dict[str, Agreement] = {}
        self._keys: dict[int, str] = {}  # a row's id in the file -> its source key
        self._links: list[tuple[int, str, LinkKind, int]] = []  # line, source key, kind, id

    def admit(self, batch: Sequence[_Row], tally: Tally) -> tuple[list[_Row], list[Agreement]]:
        """The rows of ``batch`` to write, and the agreements to add before them; a row
        whose agreement is unknown or whose party is not the agreement's is rejected."""
        threads = [_thread(row) for row in batch]
        wanted = {agreement_id for agreement_id, _, _ in threads if agreement_id}
        missing = wanted - self._known.keys()
        if missing:
            self._known.update(self._stored(missing))
        kept: list[_Row] = []
        new: list[Agreement] = []
        for row, (agreement_id, party, file_id) in zip(batch, threads, strict=True):
            if agreement_id is not None and agreement_id not in self._known:
                if row.agreement is None or row.agreement.id != agreement_id:
                    unknown = message("agreement.unknown", agreement=agreement_id)
                    tally.rejected.append(Rejection(self._label, row.line, "agreement", unknown))
                    continue
                self._known[agreement_id] = row.agreement
                new.append(row.agreement)
            if agreement_id is not None:
                problem = party_problem(self._known[agreement_id], party)
                if problem is not None:
                    tally.rejected.append(
                        Rejection(self._label, row.line, problem.field, problem.detail)
                    )
                    continue
            if file_id is not None:
                self._keys[file_id] = row.key
            self._links.extend((row.line, row.key, kind, target) for kind, target in row.links)
            kept.append(row)
        return kept, new

    def links(self, tally: Tally) -> list[tuple[str, LinkKind, str]]:
        """Every link read, as (source key, kind, target key), once all rows are in; a link
        to an id that no row of the file has is rejected."""
        found = []
        for line, source, kind, target in self._links:
            if target not in self._keys:
                reason = message("link.not_in_file", target=target)
                tally.rejected.append(Rejection(self._label, line, "links", reason))
                continue
            found.append((source, kind, self._keys[target]))
        return found


def stored_links(links: list[tuple[str, LinkKind, str]], ids: dict[str, int]) -> list[EventLink]:
    """The links between stored events, given the event of each source key."""
    return [
        EventLink(ids[source], ids[target], kind)
        for source, kind, target in links
        if source in ids and target in ids and ids[source] != ids[target]
    ]
