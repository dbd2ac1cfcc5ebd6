"""The typed links between events (timeline.domain.links), kept in ``event_links``.

Each link is written in its own transaction, after checking that both events exist; the
same link twice is one link. A link goes with either of its events (ON DELETE CASCADE).
"""

from __future__ import annotations

from sqlalchemy import Select, or_, select

from timeline.domain.links import EventLink, LinkKind
from timeline.store.database import Database
from timeline.store.errors import NotFoundError
from timeline.store.models import EventLinkRow, EventRow


def add_link(database: Database, link: EventLink) -> bool:
    """Store ``link``; False when it was stored already. NotFoundError names a missing
    event; ValidationError an event linked to itself."""
    link.ensure_valid()
    with database.transaction() as session:
        for event_id in (link.source, link.target):
            if session.get(EventRow, event_id) is None:
                raise NotFoundError(f"event {event_id} does not exist")
        known = session.scalar(
            select(EventLinkRow.id).where(
                EventLinkRow.source_id == link.source,
                EventLinkRow.target_id == link.target,
                EventLinkRow.kind == link.kind.value,
            )
        )
        if known is not None:
            return False
        session.add(
            EventLinkRow(source_id=link.source, target_id=link.target, kind=link.kind.value)
        )
        return True


def links_of(database: Database, event_id: int) -> list[EventLink]:
    """Every link from or to the event, in the order they were made."""
    query = (
        select(EventLinkRow)
        .where(or_(EventLinkRow.source_id == event_id, EventLinkRow.target_id == event_id))
        .order_by(EventLinkRow.id)
    )
    return _read(database, query)


def all_links(database: Database) -> list[EventLink]:
    """Every link, in the order they were made (a listing shows each event's)."""
    return _read(database, select(EventLinkRow).order_by(EventLinkRow.id))


def _read(database: Database, query: Select[EventLinkRow]) -> list[EventLink]:
    with database.reading() as session:
        return [
            EventLink(row.source_id, row.target_id, LinkKind(row.kind))
            for row in session.scalars(query)
        ]
