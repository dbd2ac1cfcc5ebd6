"""Reading and writing events: each call is one transaction, rules checked before writing,
and every change recorded in the event's history within that same transaction."""

from __future__ import annotations

import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar

import numpy as np
from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Float,
    Select,
    bindparam,
    case,
    column,
    delete,
    func,
    intersect,
    literal,
    select,
    table,
    type_coerce,
)
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from timeline.domain.agreements import Agreement, AgreementStep
from timeline.domain.dates import EventDate
from timeline.domain.event import Event, Forms, Participant, Place, Source
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.languages import LANGUAGES, in_language, reading_order
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.messages import message
from timeline.domain.normalize import needed_terms
from timeline.domain.origin import entered_key
from timeline.domain.places import complete
from timeline.domain.status import EventStatus
from timeline.store import history, server
from timeline.store.agreements import check_steps, save_agreements
from timeline.store.columns import (
    PARTICIPANT_COLUMNS,
    SOURCE_COLUMNS,
    EventValues,
    event_values,
    participant_rows,
    source_rows,
)
from timeline.store.database import Database
from timeline.store.errors import ConflictError, NotFoundError
from timeline.store.history import Action, HistoryEntry
from timeline.store.models import (
    STORABLE_IDS,
    EventCountryRow,
    EventLinkRow,
    EventRow,
    ParticipantRow,
    SourceRow,
    TagRow,
)
from timeline.store.packed import (
    PackedColumns,
    byte_size,
    from_rows,
    packed_columns,
)

T = TypeVar("T")
#: A row read by its columns' names: an ORM object or a plain result row.
_Columns = Any


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _restored_elsewhere(event_id: int) -> ConflictError:
    return ConflictError(message("store.event_back", event=event_id))


def _free_key(session: Session, key: str | None) -> str:
    """The origin key of an event put back: its own, so that the file it was imported from
    still knows it, unless an event has that key now (the file imported again after the
    deletion added it back): a new one then."""
    if key is None or session.scalar(select(EventRow.id).where(EventRow.source_key == key)):
        return entered_key()
    return key


def _fill_row(row: EventRow, event: Event) -> None:
    event = complete(event)  # the forms of places and names the table or the script give
    for name, value in zip(EventValues._fields, event_values(event), strict=True):
        setattr(row, name, value)
    row.countries = [EventCountryRow(country=code) for code in event.countries]
    row.participants = [
        ParticipantRow(position=n, **dict(zip(PARTICIPANT_COLUMNS, values, strict=True)))
        for n, values in participant_rows(event)
    ]
    row.sources = [
        SourceRow(position=n, **dict(zip(SOURCE_COLUMNS, values, strict=True)))
        for n, values in source_rows(event)
    ]
    row.tags = [TagRow(position=n, tag=tag) for n, tag in enumerate(event.tags)]


def _check_links(session: Session, before: Event, event: Event) -> None:
    """Raise if ``event``, stored as ``before``, is dated anew so as to break the order of a
    link it is an end of (:meth:`EventLink.moved_problem`), naming the end date where only
    it moved (``edit --end`` was refused as ``--date``)."""
    assert event.id is not None
    if before.date == event.date:
        return
    field = "end" if before.date.start == event.date.start else "date"
    for link in history.links_touching(session, event.id):
        other = link.target if link.source == event.id else link.source
        dated = EventDate.from_edtf(
            session.scalars(select(EventRow.date_edtf).where(EventRow.id == other)).one()
        )
        problem = link.moved_problem(event.id, before.date, event.date, dated, field)
        if problem is not None:
            raise problem


def _in_thread(event: Event) -> tuple[object, ...]:
    """What places an event in its agreement's thread (see check_steps)."""
    return (
        event.agreement_id,
        event.agreement_step,
        event.date,
        event.countries,
        event.status,
    )


def _to_event(row: EventRow) -> Event:
    """An event from its ORM row, its relations loaded (after a write: what was saved)."""
    return _event_of(
        row,
        [country.country for country in row.countries],
        row.participants,
        row.sources,
        [tag.tag for tag in row.tags],
    )


def _event_of(
    row: _Columns,
    countries: Sequence[str],
    participants: Iterable[_Columns],
    sources: Iterable[_Columns],
    tags: Sequence[str],
) -> Event:
    """An event from its row and its own tables' rows, ORM objects or plain rows alike: each
    has the tables' columns as attributes."""
    return Event(
        id=row.id,
        kind=_KINDS[row.kind],
        countries=tuple(countries),
        date=_stored_date(row.date_edtf),
        title_ar=row.title_ar,
        title_en=row.title_en,
        title_fr=row.title_fr,
        summary=row.summary,
        host=row.host,
        place=Place(
            row.place_city,
            row.place_country,
            Forms(row.place_city_ar, row.place_city_en, row.place_city_fr),
        ),
        participants=tuple(
            Participant(
                p.name,
                p.office,
                p.country,
                Forms(p.name_ar, p.name_en, p.name_fr),
                Forms(p.office_ar, p.office_en, p.office_fr),
            )
            for p in participants
        ),
        sources=tuple(Source(s.url, s.outlet, s.published) for s in sources),
        tags=tuple(tags),
        status=EventStatus(row.status),
        agreement_id=row.agreement_id,
        agreement_step=AgreementStep(row.agreement_step) if row.agreement_step else None,
        agreement_party=row.agreement_party,
        version=row.version,
        created_at=row.created_at.replace(tzinfo=UTC),
        updated_at=row.updated_at.replace(tzinfo=UTC),
        source_key=row.source_key,
    )


def _whole_events(connection: Connection, events: Select, sqlite: bool) -> list[Event]:
    """The events ``events`` reads (their table's columns), each with its countries,
    participants, sources and tags: five plain statements on one connection, so one
    snapshot, rather than ORM objects, which took 12 s for 50,000 events (a briefing or an
    export of everything). The ids of the events read choose their parts: on SQLite one
    JSON array (see _LISTED), on a server batches of _BATCH."""
    rows = connection.execute(events).all()
    ids = [row.id for row in rows]
    listed = json.dumps(ids) if sqlite else ""
    parts: list[defaultdict[int, list[_Columns]]] = []
    for part, order in _PARTS:
        query = select(part).order_by(part.c.event_id, order)
        if sqlite:
            reads = [(query.where(part.c.event_id.in_(select(_LISTED.c.value))), {"ids": listed})]
        else:
            reads = [
                (query.where(part.c.event_id.in_(ids[n : n + _BATCH])), {})
                for n in range(0, len(ids), _BATCH)
            ]
        found: defaultdict[int, list[_Columns]] = defaultdict(list)
        for statement, bound in reads:
            for read in connection.execute(statement, bound).all():
                found[read.event_id].append(read)
        parts.append(found)
    countries, participants, sources, tags = parts
    return [
        _event_of(
            row,
            [read.country for read in countries[row.id]],
            participants[row.id],
            sources[row.id],
            [read.tag for read in tags[row.id]],
        )
        for row in rows
    ]


def _events_by_id(connection: Connection, ids: Sequence[int], sqlite: bool) -> dict[int, Event]:
    """Whole events by id (those that still exist): on SQLite the ids as one JSON array, on
    a server in batches of _BATCH."""
    batches = [ids] if sqlite else [ids[n : n + _BATCH] for n in range(0, len(ids), _BATCH)]
    found: dict[int, Event] = {}
    for batch in batches:
        chosen = EventRow.id.in_(_listed(batch) if sqlite else list(batch))
        for event in _whole_events(connection, select(_EVENTS).where(chosen), sqlite):
            assert event.id is not None
            found[event.id] = event
    return found


class EventPages:
    """The events a filter chose (Snapshot.pages): their ids in chronological order and
    the agreements they are steps of, known before any is read; iterated, the events a
    page at a time."""

    #: Events a page: 5,000 keep a page to about 20 MB; smaller pages cost more statements.
    SIZE = 5_000

    def __init__(
        self,
        ids: list[int],
        agreement_ids: frozenset[str],
        read: Callable[[list[int]], list[Event]],
    ) -> None:
        self.ids = ids
        self.agreement_ids = agreement_ids
        self._read = read

    def __iter__(self) -> Iterator[list[Event]]:
        for first in range(0, len(self.ids), self.SIZE):
            yield self._read(self.ids[first : first + self.SIZE])


def stored_event(session: Session, event_id: int) -> Event:
    """The event as the session sees it now (for a history record of a change that is not
    the event's own: a link made or removed)."""
    return _to_event(EventStore._load(session, event_id))


def _filtered(query: Select, event_filter: EventFilter, text_index: bool = False) -> Select:
    """``query`` narrowed to the events ``event_filter`` selects. With a text index (SQLite's
    FTS5 trigram table), words of three letters or more are looked up in it; shorter ones,
    and every word without an index, are matched as substrings of the normalised text."""
    if event_filter.countries:
        # Read the (country, event) index for each country and intersect: a pair among a
        # million events costs what the two countries have, not a look at every event.
        members = [
            select(EventCountryRow.event_id).where(EventCountryRow.country == code)
            for code in sorted(event_filter.countries)
        ]
        both = members[0] if len(members) == 1 else intersect(*members)
        query = query.where(EventRow.id.in_(both))
    if event_filter.kinds:
        query = query.where(EventRow.kind.in_(sorted(kind.value for kind in event_filter.kinds)))
    if event_filter.statuses:
        # All but cancelled (the window's default) is asked as what it leaves out, which no
        # index serves: the country and day indexes keep choosing the rows. A few wanted
        # statuses (announced, for the review) use the status index.
        left_out = set(EventStatus) - event_filter.statuses
        if len(left_out) < len(event_filter.statuses):
            query = query.where(EventRow.status.not_in(sorted(s.value for s in left_out)))
        else:
            query = query.where(EventRow.status.in_(sorted(s.value for s in event_filter.statuses)))
    if event_filter.start:
        query = query.where(EventRow.end_day >= event_filter.start)
    if event_filter.end:
        query = query.where(EventRow.start_day <= event_filter.end)
    terms = needed_terms(event_filter.text)
    indexed = [term for term in terms if text_index and len(term) >= 3]
    if indexed:
        query = query.where(EventRow.id.in_(_matching_words(indexed)))
    for term in terms:
        if term not in indexed:
            query = query.where(EventRow.search_text.contains(term, autoescape=True))
    return query


def _matching_words(terms: Sequence[str]) -> Select:
    """The events whose text holds every term, from the text index (terms of three letters
    or more). Terms are normalised words (letters and digits only), so quoting them is
    safe; the whole expression still travels as a bound parameter."""
    phrase = " ".join(f'"{term}"' for term in terms)
    return select(_FTS.c.rowid).where(_FTS.c.events_fts.op("MATCH")(phrase))


_FTS = table("events_fts", column("rowid"), column("events_fts"))


def _shown_title(language: str) -> ColumnElement[str]:
    """The title :func:`in_language` chooses for ``language``: its own, else the first of
    the others given, else ""."""
    order = [getattr(EventRow, f"title_{lang}") for lang in reading_order(language)]
    return case(*((title != "", title) for title in order), else_="")


def _has_text_index(database: Database) -> bool:
    if not database.is_sqlite:
        return False  # PostgreSQL's trigram index serves the plain substring match itself
    with database.engine.connect() as connection:
        found: object = connection.execute(
            select(column("name"))
            .select_from(table("sqlite_master"))
            .where(column("name") == "events_fts")
        ).first()
    return found is not None


#: A day's Julian day (SQLite's ``julianday``) less this is its ``toordinal()``: 1 January of
#: the year 1, ordinal 1, is Julian day 1721425.5.
_JULIAN_DAY_ZERO = 1721424.5


class TimelineColumns(NamedTuple):
    """The timeline's columns of the matching events: one sequence per column, the n-th
    of each the same event."""

    id: Sequence[int]
    first_day: Sequence[float]  # date.toordinal() of the earliest day
    last_day: Sequence[float]  # and of the latest
    date_edtf: Sequence[str]
    kind: Sequence[str]
    size_ar: Sequence[int]  # each title's size in UTF-8 bytes
    size_en: Sequence[int]
    size_fr: Sequence[int]
    status: Sequence[str]


class ChangeStamp(NamedTuple):
    """What a SQLite file's events are at one moment: the random stamp that every insert,
    update and delete of an event moves in its own transaction (migration 0010), and the
    schema's version, which moves with any change of a table or trigger (one dropped and
    made again, say). Equal stamps: the same events."""

    stamp: int
    schema: int


def _stamp(connection: Connection) -> ChangeStamp | None:
    """A SQLite file's change stamp as ``connection`` sees it; None where it has none."""
    run = connection.exec_driver_sql
    try:
        found = run("SELECT stamp FROM change_stamp WHERE id = 1").scalar()
    except OperationalError:  # no such table
        return None
    if found is None:
        return None
    return ChangeStamp(int(found), int(run("PRAGMA schema_version").scalar() or 0))


class _Change(NamedTuple):
    """One write of this store: the file's stamp before and after it, and the events whose
    rows it changed (added, edited, deleted or put back)."""

    before: ChangeStamp
    after: ChangeStamp
    ids: frozenset[int]


#: The writes each store remembers (see EventStore.changed_between).
_CHANGES_KEPT = 64


class EventStore:
    """The events of one database."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._text_index = _has_text_index(database)
        self._who = history.who_for(database)
        self._changes: deque[_Change] = deque(maxlen=_CHANGES_KEPT)

    def _filtered(self, query: Select, event_filter: EventFilter | None) -> Select:
        return _filtered(query, event_filter or EventFilter(), self._text_index)

    @contextmanager
    def _changing(self) -> Iterator[tuple[Session, set[int]]]:
        """A writing transaction (see Database.transaction) whose caller adds to the set the
        ids of the events whose rows it changes. Once it has committed, the write is
        remembered with the file's stamps before and after it, both read under its write
        lock: nobody else can have changed an event in between."""
        changed: set[int] = set()
        with self.database.transaction() as session:
            sqlite = self.database.is_sqlite
            before = _stamp(session.connection()) if sqlite else None
            yield session, changed
            session.flush()
            after = _stamp(session.connection()) if sqlite else None
        if before is not None and after is not None:
            self._changes.append(_Change(before, after, frozenset(changed)))

    def changed_between(self, old: ChangeStamp, new: ChangeStamp) -> frozenset[int] | None:
        """The ids of the events this store wrote between the file's stamps ``old`` and
        ``new``, when its own writes (the last few) are every change between them; None
        when another program or connection changed the file too, or it cannot tell."""
        changes = list(self._changes)
        starts = [n for n, change in enumerate(changes) if change.before == old]
        if not starts:
            return None
        ids: set[int] = set()
        at = old
        for change in changes[starts[-1] :]:
            if change.before != at:
                return None
            ids |= change.ids
            at = change.after
            if at == new:
                return frozenset(ids)
        return None

    def add(self, event: Event) -> Event:
        return self.add_many([event])[0]

    def add_many(
        self,
        events: Iterable[Event],
        agreements: Iterable[Agreement] = (),
        links: Iterable[tuple[int, LinkKind, int]] = (),
    ) -> list[Event]:
        """Insert all or none: one transaction. ``agreements`` are added first (those not
        stored yet), so that the events may be their steps; ``links`` join the events given,
        as (position of the source in ``events``, kind, position of the target)."""
        saved: list[Event] = []
        events = list(events)
        for event in events:
            event.ensure_valid()
        with self._changing() as (session, changed):
            save_agreements(session, agreements)
            # All steps checked at once, before any row is pending: checked one by one, each
            # agreement looked up again flushed the rows added so far (2 ms an event).
            check_steps(session, events)
            rows = []
            # In a SQLite file, never a deleted event's id (see history.next_event_id).
            first = history.next_event_id(session.connection()) if self.database.is_sqlite else None
            for number, event in enumerate(events):
                now = _now()
                row = EventRow(version=1, created_at=now, updated_at=now, source_key=entered_key())
                if first is not None:
                    row.id = first + number
                _fill_row(row, event)
                session.add(row)
                rows.append(row)
            session.flush()
            made: defaultdict[int, list[EventLink]] = defaultdict(list)
            for source, kind, target in links:
                link = EventLink(rows[source].id, rows[target].id, kind).ensure_valid()
                session.add(EventLinkRow(source_id=link.source, target_id=link.target, kind=kind))
                made[link.source].append(link)
            session.flush()
            saved = [_to_event(row) for row in rows]
            changed.update(row.id for row in rows)
            for event in saved:
                assert event.id is not None
                # New events' links are those just made: not read back once an event.
                links_now = made.get(event.id, [])
                history.record(session, self._who, Action.CREATE, None, event, links_now=links_now)
        return saved

    def restore(self, event: Event) -> Event:
        """Put back a deleted event with its identity (for undo)."""
        assert event.id is not None
        event.ensure_valid()
        with self._changing() as (session, changed):
            changed.add(event.id)
            return self._restore_in(session, event)

    def _restore_in(self, session: Session, event: Event) -> Event:
        assert event.id is not None
        if session.get(EventRow, event.id) is not None:
            raise _restored_elsewhere(event.id)
        check_steps(session, [event], in_order=False)  # as it was
        now = _now()
        row = EventRow(
            id=event.id,
            version=event.version + 1,
            created_at=(event.created_at or now).replace(tzinfo=None),
            updated_at=now,
            source_key=_free_key(session, event.source_key),
        )
        _fill_row(row, event)
        session.add(row)
        try:
            session.flush()
        except IntegrityError as error:  # on a server, restored by someone at the same moment
            raise _restored_elsewhere(event.id) from error
        if server.is_postgresql(self.database.engine):
            server.claim_id(session, EventRow.__tablename__, event.id)
        restored = _to_event(row)
        history.record(session, self._who, Action.RESTORE, None, restored)
        return restored

    def update(self, event: Event, *, as_it_was: bool = False) -> Event:
        """Save an edit; ConflictError if someone saved the event since it was read.
        ``as_it_was``: the event put back as it was stored (undo, redo), not held to its
        agreement's thread or its links' order as they stand now.

        The check and the write are one step: the transaction holds SQLite's write lock (or,
        on a server, the event's row lock) from before it reads the version until it commits,
        and the event's participants, sources, countries and tags are replaced within it."""
        assert event.id is not None
        event.ensure_valid()
        with self._changing() as (session, changed):
            changed.add(event.id)
            row = self._locked(session, event.id)
            return self._update_in(session, row, event, as_it_was=as_it_was)

    def _update_in(
        self,
        session: Session,
        row: EventRow,
        event: Event,
        *,
        as_it_was: bool = False,
        links_held: bool = False,
    ) -> Event:
        """``as_it_was``: see :meth:`update`; then held to its links' order only if
        ``links_held``."""
        if row.version != event.version:
            raise ConflictError(
                message(
                    "store.event_changed", event=row.id, version=row.version, expected=event.version
                )
            )
        before = _to_event(row)
        moved = _in_thread(before) != _in_thread(event)
        check_steps(session, [event], in_order=moved and not as_it_was)
        if links_held or not as_it_was:
            _check_links(session, before, event)
        _fill_row(row, event)
        row.version += 1
        row.updated_at = _now()
        session.flush()
        after = _to_event(row)
        history.record(session, self._who, Action.EDIT, before, after)
        return after

    def delete(self, event_id: int, *, saying: Event | None = None) -> Event:
        """Remove an event and return it whole, as it was when removed, so that undo can
        restore it. ``saying``: see :meth:`delete_with_links`."""
        return self.delete_with_links(event_id, saying=saying)[0]

    def delete_with_links(
        self, event_id: int, *, saying: Event | None = None
    ) -> tuple[Event, list[EventLink]]:
        """:meth:`delete`, with the links from and to the event that went with it, in the
        order they were made: what undo makes again. Read before the deletion in its own
        transaction: read in one of their own, a link a colleague added in between was
        removed with the event and not brought back. With ``saying``, ConflictError unless
        the event still says what it does (an undo of its adding took a colleague's edit
        made since with it), looked at under the row's lock."""
        with self._changing() as (session, changed):
            changed.add(event_id)
            removed = _to_event(self._locked(session, event_id))
            if saying is not None and not removed.says_the_same_as(saying):
                raise ConflictError(
                    message(
                        "store.event_changed",
                        event=event_id,
                        version=removed.version,
                        expected=saying.version,
                    )
                )
            links = history.links_touching(session, event_id)
            links_before = [link for link in links if link.source == event_id]
            # The events with links to it lose them: a change of each, in its history.
            sources = dict.fromkeys(link.source for link in links if link.target == event_id)
            linked = {source: history.links_going_out(session, source) for source in sources}
            session.execute(delete(EventRow).where(EventRow.id == event_id))
            history.record(session, self._who, Action.DELETE, removed, None, links_before)
            for source, before in linked.items():
                event = stored_event(session, source)
                history.record(session, self._who, Action.EDIT, event, event, before)
            return removed, links

    def history(self, event_id: int) -> list[HistoryEntry]:
        """Every recorded change to the event, the newest first (also once it is deleted)."""
        with self.database.reading() as session:
            return history.entries(session, event_id)

    def revert(self, event_id: int, entry_id: int, *, version: int | None = None) -> Event:
        """Bring back the event as one history entry left it, as a new change recorded like
        any other: an edit, or a restore if the event was deleted since. With ``version``,
        ConflictError if the event is no longer at that version (someone saved meanwhile).
        One transaction: nobody can save the event between the look and the change."""
        with self._changing() as (session, changed):
            changed.add(event_id)
            wanted = replace(history.entry(session, event_id, entry_id).state, id=event_id)
            wanted.ensure_valid()
            if session.get(EventRow, event_id) is None:
                return self._restore_in(session, wanted)
            row = self._locked(session, event_id)
            expected = row.version if version is None else version
            # A version chosen anew, unlike an edit undone, keeps its links in order: the
            # follow-up restored to a date before its visit kept a link no edit may make.
            wanted = replace(wanted, version=expected)
            return self._update_in(session, row, wanted, as_it_was=True, links_held=True)

    def get(self, event_id: int) -> Event:
        with self.database.reading() as session:
            return _to_event(self._load(session, event_id))

    def find(self, event_filter: EventFilter | None = None) -> list[Event]:
        """Matching events in chronological order (all of them without a filter)."""
        query = self._filtered(select(_EVENTS), event_filter).order_by(
            EventRow.start_day, EventRow.end_day, EventRow.id
        )
        with self.database.connect() as connection:
            return _whole_events(connection, query, self.database.is_sqlite)

    def has_events(self) -> bool:
        """Whether there is any event at all: a look at one row, where counting them all
        takes 20-30 ms at a million (a search that finds nothing asks, to say so rather
        than show the welcome page)."""
        with self.database.connect() as connection:
            return connection.execute(select(EventRow.id).limit(1)).first() is not None

    def count(self, event_filter: EventFilter | None = None) -> int:
        query = self._filtered(select(func.count()).select_from(EventRow), event_filter)
        with self.database.reading() as session:
            return int(session.scalar(query) or 0)

    def get_many(self, event_ids: Sequence[int]) -> dict[int, Event]:
        """Whole events by id (those that still exist)."""
        with self.database.connect() as connection:
            return _events_by_id(connection, event_ids, self.database.is_sqlite)

    def drawn(self, event_ids: Sequence[int]) -> dict[int, Event]:
        """What a timeline frame and its tooltips show of these events: kind, date, titles,
        countries, host, place, status and agreement step. Read with two plain queries, not
        as ORM objects with all their relations, because a zoom step asks for every event
        newly on screen; the summary, participants, sources and tags are left empty (whole
        events: get_many)."""
        found: dict[int, Event] = {}
        with self.database.connect() as connection:
            for first in range(0, len(event_ids), _BATCH):
                batch = list(event_ids[first : first + _BATCH])
                countries: dict[int, list[str]] = {event_id: [] for event_id in batch}
                for event_id, country in connection.execute(_DRAWN_COUNTRIES, {"ids": batch}):
                    countries[event_id].append(country)
                for row in connection.execute(_DRAWN, {"ids": batch}):
                    (event_id, kind, edtf, ar, en, fr, host, status) = row[:8]
                    agreement, step, party, city, place, *forms = row[8:]
                    found[event_id] = Event(
                        id=event_id,
                        kind=_KINDS[kind],
                        countries=tuple(countries[event_id]),
                        date=_stored_date(edtf),
                        title_ar=ar,
                        title_en=en,
                        title_fr=fr,
                        host=host,
                        place=Place(city, place, Forms(*forms)),
                        status=EventStatus(status),
                        agreement_id=agreement,
                        agreement_step=AgreementStep(step) if step else None,
                        agreement_party=party,
                    )
        return found

    def timeline_columns(
        self, event_filter: EventFilter | None = None, rows_at_once: int = 65_536
    ) -> Iterator[TimelineColumns]:
        """What the timeline needs of every matching event (see Snapshot.timeline_columns)."""
        with self.snapshot() as snapshot:
            yield from snapshot.timeline_columns(event_filter, rows_at_once)

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """Reads that all see the database as it was at the first of them: one reading
        transaction, on a server at repeatable read (its default sees each statement's
        own moment)."""
        with self.database.connect() as connection:
            if not self.database.is_sqlite:
                connection.execution_options(isolation_level="REPEATABLE READ")
            yield Snapshot(self, connection)

    def _day_number(self, day: InstrumentedAttribute[date]) -> ColumnElement[float]:
        """A stored day as ``date.toordinal()``: SQLite's Julian day less that of day 0,
        PostgreSQL's difference of two dates."""
        if self.database.is_sqlite:
            return func.julianday(day) - _JULIAN_DAY_ZERO
        return type_coerce(day - literal(date(1, 1, 1), Date), Float) + 1

    def _byte_size(self, text: InstrumentedAttribute[str]) -> ColumnElement[int]:
        """The size of a text column in UTF-8 bytes. PostgreSQL has octet_length; a cast to
        bytea there would parse backslashes as escapes and fail on a title with one."""
        if self.database.is_sqlite:
            return byte_size(text)
        return func.octet_length(text)

    def titles(self, event_ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        """The Arabic, English and French titles of these events."""
        found: dict[int, tuple[str, str, str]] = {}
        with self.database.connect() as connection:
            if self.database.is_sqlite:  # all in one statement: see _TITLES_OF_LIST
                ids = json.dumps([int(event_id) for event_id in event_ids])
                for event_id, ar, en, fr in connection.execute(_TITLES_OF_LIST, {"ids": ids}):
                    found[event_id] = (ar, en, fr)
                return found
            for first in range(0, len(event_ids), _BATCH):
                batch = list(event_ids[first : first + _BATCH])
                for event_id, ar, en, fr in connection.execute(_TITLES_IN, {"ids": batch}):
                    found[event_id] = (ar, en, fr)
        return found

    def shown_titles(self, event_ids: Sequence[int], language: str) -> list[str]:
        """The title each of these events shows in ``language``, as :func:`in_language`
        chooses it, in the order given ("" for an event that no longer exists): what the
        timeline measures its labels by, and its first frame after a filter waits for. On
        SQLite one statement reads the chosen title alone, the ids one JSON array: a
        pair's ten thousand in about 26 ms, where three titles each, 500 ids a statement,
        took 62-110. Asked in the order of the ids, which is the table's, SQLite reads
        neighbouring rows from the pages it has just read: 19 ms instead of 26 for ids in
        time order, put back in the order given here."""
        if not self.database.is_sqlite:
            titles = self.titles(event_ids)
            return [in_language(titles.get(i, ("", "", "")), language) for i in event_ids]
        query = (
            select(_shown_title(language))
            .select_from(_LISTED.outerjoin(EventRow, EventRow.id == _LISTED.c.value))
            .order_by(_LISTED.c.key)
        )
        given = np.asarray(event_ids, np.int64)
        order = np.argsort(given, kind="stable")
        with self.database.connect() as connection:
            read = connection.execute(query, {"ids": json.dumps(given[order].tolist())})
            shown = np.empty(len(given), object)
            shown[order] = read.scalars().all()
        return shown.tolist()

    def partners(self, event_filter: EventFilter, country: str) -> list[tuple[int, str]]:
        """(event id, other country) for the matching events, to lay them out by partner."""
        matching = self._filtered(select(EventRow.id), event_filter).subquery()
        query = (
            select(EventCountryRow.event_id, EventCountryRow.country)
            .join(matching, matching.c.id == EventCountryRow.event_id)
            .where(EventCountryRow.country != country)
        )
        with self.database.connect() as connection:
            return [(row.event_id, row.country) for row in connection.execute(query)]

    def count_by_kind(self, event_filter: EventFilter | None = None) -> dict[EventKind, int]:
        """How many matching events of each kind (for the kind picker's counts)."""
        query = self._filtered(
            select(EventRow.kind, func.count()).select_from(EventRow),
            event_filter,
        ).group_by(EventRow.kind)
        with self.database.reading() as session:
            return {EventKind(kind): int(count) for kind, count in session.execute(query)}

    def ids(self) -> Sequence[int]:
        with self.database.reading() as session:
            return session.scalars(select(EventRow.id).order_by(EventRow.id)).all()

    @staticmethod
    def _load(session: Session, event_id: int) -> EventRow:
        row = None
        if event_id in STORABLE_IDS:
            query = select(EventRow).where(EventRow.id == event_id).options(*_EAGER)
            row = session.scalar(query)
        if row is None:
            raise NotFoundError(message("store.event_missing", event=event_id))
        return row

    @staticmethod
    def _locked(session: Session, event_id: int) -> EventRow:
        """The event's row, locked until the transaction ends: on a server with FOR UPDATE;
        on SQLite the writing transaction already holds the lock of the whole file."""
        query = select(EventRow).where(EventRow.id == event_id).with_for_update(of=EventRow)
        # populate_existing: what the lock guards, not what the session saw before it.
        row = session.scalar(query.options(*_EAGER).execution_options(populate_existing=True))
        if row is None:
            raise NotFoundError(message("store.event_gone", event=event_id))
        return row


class Snapshot:
    """Reads in one read transaction: the stamp, the columns and the ids it gives agree."""

    def __init__(self, store: EventStore, connection: Connection) -> None:
        self._store = store
        self._connection = connection

    def stamp(self) -> ChangeStamp | None:
        """The file's change stamp; None on a server, which has none, and in a file whose
        stamp is missing (one opened without its migrations)."""
        if not self._store.database.is_sqlite:
            return None
        return _stamp(self._connection)

    def pages(self, event_filter: EventFilter | None = None) -> EventPages:
        """Matching events in chronological order, to be read a page at a time: an export
        of a million events holds one page of them, not gigabytes."""
        order = (EventRow.start_day, EventRow.end_day, EventRow.id)
        chosen = self._store._filtered(select(EventRow.id, EventRow.agreement_id), event_filter)
        ids: list[int] = []
        agreement_ids: set[str] = set()
        for event_id, agreement_id in self._connection.execute(chosen.order_by(*order)):
            ids.append(event_id)
            if agreement_id:
                agreement_ids.add(agreement_id)
        return EventPages(ids, frozenset(agreement_ids), self._page)

    def _page(self, ids: list[int]) -> list[Event]:
        """The events ``ids`` names, in that order."""
        # Put in order here: ordered by day, SQLite walked the day index past every event
        # to find the page's.
        by_id = _events_by_id(self._connection, ids, self._store.database.is_sqlite)
        return [by_id[event_id] for event_id in ids]

    def timeline_columns(
        self,
        event_filter: EventFilter | None = None,
        rows_at_once: int = 65_536,
        ids: Sequence[int] | None = None,
    ) -> Iterator[TimelineColumns]:
        """What the timeline needs of every matching event (only those among ``ids`` when
        given) and nothing more, in no particular order, column by column (see
        TimelineColumns), ``rows_at_once`` events at a time. Days come as day numbers and
        sizes as byte counts, worked out by the database; the rows are the driver's plain
        tuples, turned into columns in C: no date object, character count or row object per
        event, and never a million events as Python objects at once (about 400 MB) for a
        caller that keeps only arrays of them."""
        store = self._store
        query = store._filtered(
            select(
                EventRow.id,
                store._day_number(EventRow.start_day),
                store._day_number(EventRow.end_day),
                EventRow.date_edtf,
                EventRow.kind,
                *(
                    store._byte_size(getattr(EventRow, f"title_{language}"))
                    for language in LANGUAGES
                ),
                EventRow.status,
            ),
            event_filter,
        )
        if ids is not None:
            query = query.where(EventRow.id.in_(list(ids)))
        result = self._connection.execute(query)
        try:
            while rows := result.cursor.fetchmany(rows_at_once):  # the driver's tuples
                yield TimelineColumns(*zip(*rows, strict=True))
        finally:
            result.close()

    def event_arrays(
        self,
        event_filter: EventFilter | None = None,
        ids: Sequence[int] | None = None,
        rows_at_once: int = 65_536,
    ) -> Iterator[PackedColumns]:
        """The same columns as arrays, a slice at a time: from SQLite as lines of digits
        that numpy reads (see packed.py), in increasing ids; from a server (no ``printf``),
        and from a file whose ids do not suit lines of fixed width, from rows."""
        return self.event_slices(_as_read, event_filter, ids, rows_at_once)

    def event_slices(
        self,
        then: Callable[[PackedColumns], T],
        event_filter: EventFilter | None = None,
        ids: Sequence[int] | None = None,
        rows_at_once: int = 65_536,
        *,
        beside: bool = False,
    ) -> Iterator[T]:
        """Each slice of :meth:`event_arrays` passed to ``then``; ``beside``, from SQLite,
        decoded and passed on by a thread while SQLite writes the next slice."""
        if self._store.database.is_sqlite:
            matching = self._store._filtered(select(EventRow.id), event_filter)
            if ids is not None:
                matching = matching.where(EventRow.id.in_(list(ids)))
            packed = packed_columns(self._connection, matching, rows_at_once, then, beside=beside)
            if packed is not None:
                return packed
        rows = self.timeline_columns(event_filter, rows_at_once, ids)
        return (then(from_rows(*columns)) for columns in rows)

    def ids_with_country(self, code: str) -> np.ndarray:
        """The ids of the events with this country, read from the (country, event) index
        alone. Two of these and an intersection in memory take a fifth of what SQLite's
        INTERSECT of the two takes, which sorts both again."""
        return self._ids(select(EventCountryRow.event_id).where(EventCountryRow.country == code))

    def ids_with_words(self, text: str) -> np.ndarray | None:
        """The ids of the events whose text holds every word of ``text`` (None: no word),
        from the text index when every word is long enough for it, without a look at the
        events' own rows."""
        terms = needed_terms(text)
        if not terms:
            return None
        if self._store._text_index and all(len(term) >= 3 for term in terms):
            query = _matching_words(terms)
        else:  # a short word is a substring to look for in every event's text
            query = self._store._filtered(select(EventRow.id), EventFilter(text=text))
        return self._ids(query)

    def _ids(self, query: Select) -> np.ndarray:
        """The ids ``query`` selects, each once, in no particular order. SQLite joins them
        into one text that numpy reads (60,000 ids in 5 ms; as rows, 30)."""
        if not self._store.database.is_sqlite:
            return np.array(self._connection.execute(query).scalars().all(), np.int64)
        ids = query.subquery()
        joined = self._connection.execute(select(func.group_concat(ids.c[0]))).scalar()
        if not joined:
            return np.zeros(0, np.int64)
        return np.fromstring(joined, dtype=np.int64, sep=",")


_BATCH = 500


def _as_read(columns: PackedColumns) -> PackedColumns:
    return columns


_KINDS = {kind.value: kind for kind in EventKind}  # a dict is quicker than EventKind(value)
#: A stored date read once: dates repeat across events, and reading one took 20 µs, a third
#: of the time of reading a whole event (EventDate is frozen, so shared copies are safe).
_stored_date = lru_cache(maxsize=65_536)(EventDate.from_edtf)

#: What a frame draws of events (EventStore.drawn), built once: a statement built anew at each
#: call cost SQLAlchemy 0.5 ms to build and match to its cached compilation, a third of a
#: frame's reading of fifty events.
_DRAWN = select(
    EventRow.id,
    EventRow.kind,
    EventRow.date_edtf,
    EventRow.title_ar,
    EventRow.title_en,
    EventRow.title_fr,
    EventRow.host,
    EventRow.status,
    EventRow.agreement_id,
    EventRow.agreement_step,
    EventRow.agreement_party,
    EventRow.place_city,
    EventRow.place_country,
    EventRow.place_city_ar,
    EventRow.place_city_en,
    EventRow.place_city_fr,
).where(EventRow.id.in_(bindparam("ids", expanding=True)))
_TITLES = select(EventRow.id, EventRow.title_ar, EventRow.title_en, EventRow.title_fr)
_TITLES_IN = _TITLES.where(EventRow.id.in_(bindparam("ids", expanding=True)))
#: On SQLite many ids travel as one JSON array, each with its place in it (key): the
#: titles of ten thousand events in half the time of twenty statements of 500 ids, each
#: built, bound and stepped on its own.
_LISTED = func.json_each(bindparam("ids")).table_valued("key", "value")


def _listed(ids: Sequence[int]) -> Select:
    """``ids`` as one JSON array a statement carries (see _LISTED), for ``IN``."""
    return select(
        func.json_each(literal(json.dumps([int(i) for i in ids]))).table_valued("value").c.value
    )


_TITLES_OF_LIST = _TITLES.where(EventRow.id.in_(select(_LISTED.c.value)))
_DRAWN_COUNTRIES = select(EventCountryRow.event_id, EventCountryRow.country).where(
    EventCountryRow.event_id.in_(bindparam("ids", expanding=True))
)

#: An event's own tables, each in the order of its relationship on EventRow.
_PARTS = (
    (EventCountryRow.__table__, EventCountryRow.country),
    (ParticipantRow.__table__, ParticipantRow.position),
    (SourceRow.__table__, SourceRow.position),
    (TagRow.__table__, TagRow.position),
)
_EVENTS = EventRow.__table__

_EAGER = (
    selectinload(EventRow.countries),
    selectinload(EventRow.participants),
    selectinload(EventRow.sources),
    selectinload(EventRow.tags),
)
