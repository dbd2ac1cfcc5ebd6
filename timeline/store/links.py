"""The typed links between events (timeline.domain.links), kept in ``event_links``.

Each link is written in its own transaction, after checking that both events exist; the
same link twice is one link. A link goes with either of its events (ON DELETE CASCADE).
Making or removing a link is recorded in the history of the event it goes out of, in the
same transaction (on a server, by its triggers).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Connection, insert, select
from sqlalchemy.orm import Session

from timeline.domain.dates import EventDate
from timeline.domain.links import EventLink
from timeline.domain.messages import message
from timeline.store import history
from timeline.store.database import Database
from timeline.store.errors import NotFoundError
from timeline.store.history import Action
from timeline.store.models import STORABLE_IDS, EventLinkRow, EventRow
from timeline.store.repository import stored_event


def add_link(database: Database, link: EventLink, *, as_it_was: bool = False) -> bool:
    """Store ``link``; False when it was stored already. NotFoundError names a missing
    event; ValidationError an event linked to itself, or an outcome or follow-up dated
    before what it comes of (:meth:`EventLink.order_problem`). ``as_it_was``: a link made
    again as it was stored (undo), whatever the events' dates have become since."""
    link.ensure_valid()
    with database.transaction() as session:
        ends = (link.source, link.target)
        rows = [session.get(EventRow, end) if end in STORABLE_IDS else None for end in ends]
        for event_id, row in zip((link.source, link.target), rows, strict=True):
            if row is None:
                raise NotFoundError(message("store.event_missing", event=event_id))
        source, target = (EventDate.from_edtf(row.date_edtf) for row in rows if row)
        if not as_it_was and (problem := link.order_problem(source, target)) is not None:
            raise problem
        if session.scalar(select(EventLinkRow.id).where(*_same(link))) is not None:
            return False
        before = history.links_going_out(session, link.source)
        session.add(
            EventLinkRow(source_id=link.source, target_id=link.target, kind=link.kind.value)
        )
        session.flush()
        _record(database, session, link.source, before)
        return True


def remove_link(database: Database, link: EventLink) -> bool:
    """Remove ``link``; False when there was no such link."""
    if link.source not in STORABLE_IDS or link.target not in STORABLE_IDS:
        return False
    with database.transaction() as session:
        row = session.scalar(select(EventLinkRow).where(*_same(link)))
        if row is None:
            return False
        before = history.links_going_out(session, link.source)
        session.delete(row)
        session.flush()
        _record(database, session, link.source, before)
        return True


def _same(link: EventLink) -> tuple[ColumnElement[bool], ...]:
    """What the link stored from the same event to the same one, of the same kind, is."""
    return (
        EventLinkRow.source_id == link.source,
        EventLinkRow.target_id == link.target,
        EventLinkRow.kind == link.kind.value,
    )


def _record(database: Database, session: Session, source: int, before: list[EventLink]) -> None:
    """The change of the links going out of ``source``, as a change of that event."""
    event = stored_event(session, source)
    history.record(session, history.who_for(database), Action.EDIT, event, event, before)


def insert_links(connection: Connection, links: Iterable[EventLink]) -> int:
    """Insert the links not stored yet within an import's transaction; how many were new."""
    new = 0
    for link in links:
        if connection.scalar(select(EventLinkRow.id).where(*_same(link))) is None:
            connection.execute(
                insert(EventLinkRow).values(
                    source_id=link.ensure_valid().source,
                    target_id=link.target,
                    kind=link.kind.value,
                )
            )
            new += 1
    return new


def links_of(database: Database, event_id: int) -> list[EventLink]:
    """Every link from or to the event, in the order they were made."""
    with database.reading() as session:
        return history.links_touching(session, event_id)


def all_links(database: Database) -> list[EventLink]:
    """Every link, in the order they were made (a listing shows each event's)."""
    with database.reading() as session:
        return history.read_links(session)
