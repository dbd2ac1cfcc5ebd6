"""Who changed which event, when, and from what to what.

One row per create, edit, delete and restore, in the same transaction as the change
itself, so the history can never disagree with the events: a change that is rolled back
leaves no history, and a change is never saved without it. In a SQLite file EventStore
writes the row; on PostgreSQL the server's triggers do (migration 0006), so that a change
made with any other tool (psql) is recorded too. Both write the same content, read here.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Connection, or_, select
from sqlalchemy.orm import Session

from timeline.domain.event import Event
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.messages import message
from timeline.store import server, snapshot
from timeline.store.database import Database
from timeline.store.errors import NotFoundError
from timeline.store.models import EventLinkRow, HistoryRow

#: The id after every id an event has had, a deleted one's too (its history rows name it).
_NEXT_EVENT_ID = (
    "SELECT max(coalesce((SELECT max(id) FROM events), 0),"
    " coalesce((SELECT max(event_id) FROM event_history), 0)) + 1"
)


def next_event_id(connection: Connection) -> int:
    """In a SQLite file, the id the next event added takes, in the writing transaction
    whose write lock keeps it ours: SQLite gives the last row's id, once deleted, to the
    next row inserted, and undoing the deletion (the newest event's, before an import or
    an event added) found it taken and could not put the event back. A server's sequence
    never gives an id twice."""
    return int(connection.exec_driver_sql(_NEXT_EVENT_ID).scalar_one())


class Action(StrEnum):
    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"
    RESTORE = "restore"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change; ``before`` is None for a creation or restoration, ``after`` for
    a deletion."""

    id: int
    event_id: int
    version: int
    action: Action
    who: str
    at: datetime  # UTC
    before: Event | None
    after: Event | None
    #: The links going out of the event before and after the change (a link made or
    #: removed is recorded as a change of the event it goes out of).
    links_before: tuple[EventLink, ...] = ()
    links_after: tuple[EventLink, ...] = ()

    @property
    def state(self) -> Event:
        """The event as this entry left it (for a deletion: as it was when deleted)."""
        state = self.after or self.before
        assert state is not None
        return state


def who_for(database: Database) -> str | None:
    """With a file, the computer's user; None on a server, whose triggers record the
    database user themselves (what the server authenticated, not what a client claims)."""
    if server.is_postgresql(database.engine):
        return None
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment or the password file
        return "unknown"


def record(
    session: Session,
    who: str | None,
    action: Action,
    before: Event | None,
    after: Event | None,
    links_before: Sequence[EventLink] | None = None,
    *,
    links_now: Sequence[EventLink] | None = None,
) -> None:
    """Add the history row of one change to the session that makes the change (nothing
    when ``who`` is None: the server records it). The event's links going out, unless
    ``links_now`` gives them, are read from the session as they are now, for after the
    change and, unless ``links_before`` says otherwise, for before it too."""
    if who is None:
        return
    changed = after or before
    assert changed is not None and changed.id is not None
    if links_now is None:
        links_now = links_going_out(session, changed.id)
    if links_before is None:
        links_before = links_now
    session.add(
        HistoryRow(
            event_id=changed.id,
            version=changed.version,
            action=action.value,
            who=who,
            at=datetime.now(UTC).replace(tzinfo=None),
            before=snapshot.to_json(before, links_before) if before else None,
            after=snapshot.to_json(after, links_now) if after else None,
        )
    )


def links_going_out(session: Session, event_id: int) -> list[EventLink]:
    """The links from the event, in the order they were made (as its record lists them)."""
    return read_links(session, EventLinkRow.source_id == event_id)


def links_touching(session: Session, event_id: int) -> list[EventLink]:
    """The links from and to the event, in the order they were made."""
    touching = or_(EventLinkRow.source_id == event_id, EventLinkRow.target_id == event_id)
    return read_links(session, touching)


def read_links(session: Session, *where: ColumnElement[bool]) -> list[EventLink]:
    """The links stored that ``where`` selects (all without it), in the order they were
    made."""
    query = select(EventLinkRow).where(*where).order_by(EventLinkRow.id)
    return [
        EventLink(row.source_id, row.target_id, LinkKind(row.kind))
        for row in session.scalars(query)
    ]


def entries(session: Session, event_id: int) -> list[HistoryEntry]:
    """The changes to one event, the newest first."""
    query = select(HistoryRow).where(HistoryRow.event_id == event_id).order_by(HistoryRow.id.desc())
    return [_entry(row) for row in session.scalars(query)]


def entry(session: Session, event_id: int, entry_id: int) -> HistoryEntry:
    row = session.get(HistoryRow, entry_id)
    if row is None or row.event_id != event_id:
        raise NotFoundError(message("store.no_history_entry", event=event_id, entry=entry_id))
    return _entry(row)


def _entry(row: HistoryRow) -> HistoryEntry:
    action = Action(row.action)
    after = snapshot.from_json(row.after, row.version) if row.after else None
    before = snapshot.from_json(row.before, row.version) if row.before else None
    links_before = snapshot.links_from_json(row.before) if row.before else ()
    links_after = snapshot.links_from_json(row.after) if row.after else ()
    # A version's number is the one it was saved with: the row's for what the change left,
    # one less for what an edit replaced, the same for what a deletion removed, and for the
    # event a change of its links alone left as it was.
    links_alone = before == after and links_before != links_after
    if action is Action.EDIT and before is not None and not links_alone:
        before = replace(before, version=row.version - 1)
    return HistoryEntry(
        id=row.id,
        event_id=row.event_id,
        version=row.version,
        action=action,
        who=row.who,
        at=row.at.replace(tzinfo=UTC),
        before=before,
        after=after,
        links_before=links_before,
        links_after=links_after,
    )
