"""Which stored events lack one language's form of their title, of their place or of a
participant's name or office, asked of the database: a briefing of thousands of events says
which ones print a title or a name as stored without loading them all."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, exists, or_, select

from timeline.domain.languages import LANGUAGES
from timeline.store.database import Database
from timeline.store.models import EventRow, ParticipantRow

#: Ids per ``IN (...)`` query: well under SQLite's and PostgreSQL's parameter limits.
_CHUNK = 900


def lacking_among(database: Database, event_ids: Sequence[int], language: str) -> set[int]:
    """Those of ``event_ids`` with no title in ``language`` (another one is printed), or
    whose city, or a participant's name or office, is stored but has no form in it."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    city = getattr(EventRow, f"place_city_{language}")
    name = getattr(ParticipantRow, f"name_{language}")
    office = getattr(ParticipantRow, f"office_{language}")
    person = exists().where(
        ParticipantRow.event_id == EventRow.id,
        or_(
            and_(ParticipantRow.name != "", name == ""),
            and_(ParticipantRow.office != "", office == ""),
        ),
    )
    title = getattr(EventRow, f"title_{language}")
    lacking = or_(title == "", and_(EventRow.place_city != "", city == ""), person)
    found: set[int] = set()
    with database.connect() as connection:
        for first in range(0, len(event_ids), _CHUNK):
            chunk = list(event_ids[first : first + _CHUNK])
            query = select(EventRow.id).where(EventRow.id.in_(chunk), lacking)
            found.update(connection.scalars(query))
    return found
