"""Agreements (timeline.domain.agreements), kept in ``agreements``, and the threads of events
that are their steps (``events.agreement_id``, ``agreement_step``, ``agreement_party``).

An agreement is written in its own transaction; an event's step is written with the event,
in the event's transaction, after :func:`check_steps` has found its agreement there. The
reads serve the timeline's connectors (:func:`every_thread`) and the briefing's table of
agreements (:func:`threads_of`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from timeline.domain.agreements import (
    WHOLE_STEPS,
    Agreement,
    AgreementKind,
    AgreementStep,
    AgreementThread,
    ThreadStep,
    party_not_in_step,
    party_problem,
    thread_problems,
)
from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.messages import message
from timeline.domain.plurals import counted
from timeline.domain.status import EventStatus
from timeline.store.database import Database
from timeline.store.errors import ConflictError, NotFoundError
from timeline.store.models import AgreementRow, EventCountryRow, EventRow

_BATCH = 500


def _to_agreement(row: AgreementRow) -> Agreement:
    return Agreement(
        id=row.id,
        kind=AgreementKind(row.kind),
        parties=tuple(code for code in row.parties.split(";") if code),
        title_ar=row.title_ar,
        title_en=row.title_en,
        title_fr=row.title_fr,
    )


def _columns(agreement: Agreement) -> dict[str, str]:
    """The columns of an agreement's row but its id, for the ORM and for imports alike."""
    return {
        "kind": agreement.kind.value,
        "parties": ";".join(agreement.parties),
        "title_ar": agreement.title_ar,
        "title_en": agreement.title_en,
        "title_fr": agreement.title_fr,
    }


def _fill(row: AgreementRow, agreement: Agreement) -> None:
    for name, value in _columns(agreement).items():
        setattr(row, name, value)


def save_agreement(database: Database, agreement: Agreement) -> bool:
    """Store ``agreement``, or its new titles, kind and parties; True when it is new.
    ValidationError when it breaks a rule, or when a step already recorded names a party
    the agreement would no longer have."""
    agreement.ensure_valid()
    with database.transaction() as session:
        row = session.get(AgreementRow, agreement.id)
        if row is None:
            row = AgreementRow(id=agreement.id)
            session.add(row)
            new = True
        else:
            new = False
            parties = select(EventRow.agreement_party).where(
                EventRow.agreement_id == agreement.id, EventRow.agreement_party.is_not(None)
            )
            for party in session.scalars(parties):
                if party not in agreement.parties:
                    raise ValidationError(
                        "parties",
                        message("agreement.party_not_a_party", party=party, agreement=agreement.id),
                    )
            _check_whole_steps(session, agreement)
        _fill(row, agreement)
        return new


def _check_whole_steps(session: Session, agreement: Agreement) -> None:
    """ValidationError where a step ``agreement`` takes as a whole (its signature, its entry
    into force) is not between all its parties, as corrected (:func:`party_not_in_step`)."""
    query = (
        select(EventCountryRow.event_id, EventCountryRow.country)
        .join(EventRow, EventRow.id == EventCountryRow.event_id)
        .where(
            EventRow.agreement_id == agreement.id,
            EventRow.agreement_step.in_(sorted(step.value for step in WHOLE_STEPS)),
        )
    )
    countries: dict[int, set[str]] = defaultdict(set)
    for event_id, country in session.execute(query):
        countries[event_id].add(country)
    for event_id in sorted(countries):
        if (problem := party_not_in_step(agreement, event_id, countries[event_id])) is not None:
            raise problem


def save_agreements(session: Session, agreements: Iterable[Agreement]) -> None:
    """Add the agreements not stored yet, within the caller's transaction (loading the
    sample, importing a file); an agreement stored already is left as it is."""
    for agreement in agreements:
        agreement.ensure_valid()
        if session.get(AgreementRow, agreement.id) is None:
            row = AgreementRow(id=agreement.id)
            _fill(row, agreement)
            session.add(row)
    session.flush()


def stored_agreements(connection: Connection, wanted: Collection[str]) -> dict[str, Agreement]:
    """Those of the agreements ``wanted`` that are stored, by id, in its order (an import
    checks the agreements of its rows; an export writes the agreements of its events)."""
    query = (
        select(AgreementRow).where(AgreementRow.id.in_(sorted(wanted))).order_by(AgreementRow.id)
    )
    with Session(connection) as session:
        return {row.id: _to_agreement(row) for row in session.scalars(query)}


def agreements_by_id(database: Database, wanted: Collection[str]) -> dict[str, Agreement]:
    """Those of the agreements ``wanted`` that are stored, by id (the history of an event
    names the agreements it was moved between by their titles; an export writes its
    events')."""
    with database.connect() as connection:
        return stored_agreements(connection, wanted)


def insert_agreements(connection: Connection, agreements: Iterable[Agreement]) -> None:
    """Insert new agreements within an import's transaction."""
    rows = [{"id": agreement.ensure_valid().id, **_columns(agreement)} for agreement in agreements]
    if rows:
        connection.execute(insert(AgreementRow), rows)


def all_agreements(database: Database) -> list[Agreement]:
    """Every agreement, by id."""
    with database.reading() as session:
        rows = session.scalars(select(AgreementRow).order_by(AgreementRow.id))
        return [_to_agreement(row) for row in rows]


def delete_agreement(database: Database, agreement_id: str) -> Agreement:
    """Remove an agreement that no event is a step of any more, and return it (for undo);
    ConflictError while some event still is."""
    with database.transaction() as session:
        row = session.get(AgreementRow, agreement_id)
        if row is None:
            raise NotFoundError(message("agreement.unknown", agreement=agreement_id))
        steps = session.scalar(
            select(func.count()).select_from(EventRow).where(EventRow.agreement_id == agreement_id)
        )
        if steps:
            events = counted(steps, "event")
            raise ConflictError(
                message("store.agreement_has_steps", agreement=agreement_id, steps=events)
            )
        removed = _to_agreement(row)
        session.delete(row)
        return removed


def check_steps(session: Session, events: Iterable[Event], *, in_order: bool = True) -> None:
    """Within a writing transaction, before events are written: each agreement they are
    steps of exists, each party they name is one of its parties, and (``in_order``) each
    step keeps its thread in order with the steps stored and written with it
    (:func:`~timeline.domain.agreements.thread_problems`); ValidationError. Not in order
    for an event put back as it was, or saved with its place in its thread unchanged: a
    title edited was refused for a step another had moved."""
    events = list(events)
    known: dict[str, Agreement] = {}
    written = {event.id for event in events if event.id is not None}
    threads: dict[str, list[ThreadStep]] = defaultdict(list)  # the others stored, then these
    own: list[ThreadStep | None] = []  # each event's step, as it stands in its thread
    for event in events:
        step = None
        if event.agreement_id is not None and event.agreement_step is not None:
            step = ThreadStep.of(event)
            threads[event.agreement_id].append(step)
        own.append(step)
    for agreement_id, stored in _steps(session, list(threads)).items():
        threads[agreement_id][:0] = [step for step in stored if step.event_id not in written]
    for event, step in zip(events, own, strict=True):
        if event.agreement_id is None:
            continue
        if event.agreement_id not in known:
            row = session.get(AgreementRow, event.agreement_id)
            if row is None:
                raise ValidationError(
                    "agreement", message("agreement.unknown", agreement=event.agreement_id)
                )
            known[event.agreement_id] = _to_agreement(row)
        problem = party_problem(known[event.agreement_id], event.agreement_party)
        if problem is not None:
            raise problem
        if in_order and step is not None:
            others = [other for other in threads[event.agreement_id] if other is not step]
            problems = thread_problems(known[event.agreement_id], event, others)
            if problems:
                raise problems[0]


_STEP_COLUMNS = (
    EventRow.id,
    EventRow.agreement_id,
    EventRow.agreement_step,
    EventRow.agreement_party,
    EventRow.date_edtf,
    EventRow.status,
)


def _steps(session: Session, agreement_ids: Sequence[str]) -> dict[str, list[ThreadStep]]:
    found: dict[str, list[ThreadStep]] = defaultdict(list)
    for first in range(0, len(agreement_ids), _BATCH):
        batch = list(agreement_ids[first : first + _BATCH])
        query = select(*_STEP_COLUMNS).where(
            EventRow.agreement_id.in_(batch), EventRow.agreement_step.is_not(None)
        )
        for event_id, agreement, step, party, edtf, status in session.execute(query):
            assert agreement is not None and step is not None  # as the query asks
            found[agreement].append(
                ThreadStep(
                    event_id,
                    AgreementStep(step),
                    EventDate.from_edtf(edtf),
                    party,
                    EventStatus(status),
                )
            )
    return found


def _agreements_of(session: Session, event_ids: Sequence[int]) -> list[str]:
    found: set[str] = set()
    for first in range(0, len(event_ids), _BATCH):
        batch = list(event_ids[first : first + _BATCH])
        query = select(EventRow.agreement_id).where(
            EventRow.id.in_(batch), EventRow.agreement_id.is_not(None)
        )
        found.update(agreement for agreement in session.scalars(query) if agreement)
    return sorted(found)


def all_threads(database: Database) -> list[AgreementThread]:
    """Every agreement with all its steps (none yet for one just recorded), ordered by
    their first step."""
    with database.reading() as session:
        records = [_to_agreement(row) for row in session.scalars(select(AgreementRow))]
        steps = _steps(session, [agreement.id for agreement in records])
    threads = [AgreementThread.from_steps(agreement, steps[agreement.id]) for agreement in records]
    return sorted(threads, key=AgreementThread.sort_key)


def threads_of(database: Database, event_ids: Sequence[int]) -> list[AgreementThread]:
    """For the briefing's table: every agreement with a step among ``event_ids``, each
    with ALL its steps (a signature before the period still dates the row), ordered by
    their first step."""
    with database.reading() as session:
        agreements = _agreements_of(session, event_ids)
        steps = _steps(session, agreements)
        rows = session.scalars(select(AgreementRow).where(AgreementRow.id.in_(agreements)))
        records = {row.id: _to_agreement(row) for row in rows}
    threads = [AgreementThread.from_steps(records[a], steps[a]) for a in agreements]
    return sorted(threads, key=AgreementThread.sort_key)


def every_thread(database: Database) -> dict[str, list[int]]:
    """For a whole timeline's connectors, read once however many events it shows: every
    agreement with steps → their event ids, in date order."""
    return {
        thread.agreement.id: thread.event_ids() for thread in all_threads(database) if thread.steps
    }
