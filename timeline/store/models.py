"""The tables, as typed SQLAlchemy 2.x models.

Nothing here is specific to SQLite, so the same schema runs on PostgreSQL. Migrations
freeze their own copies of these definitions; change both together.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


#: The ids a row can have: a 64-bit integer on SQLite and PostgreSQL alike. One beyond names
#: no event; asked for, the driver failed on it ("Python int too large to convert").
STORABLE_IDS = range(-(2**63), 2**63)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    #: The date as EDTF: the lossless truth; the two days below serve the indexes.
    date_edtf: Mapped[str] = mapped_column(String(40))
    start_day: Mapped[date] = mapped_column(Date)
    end_day: Mapped[date] = mapped_column(Date)
    title_ar: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    title_fr: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str | None] = mapped_column(String(2))
    #: announced, held, postponed or cancelled (timeline.domain.status.EventStatus).
    status: Mapped[str] = mapped_column(String(20), default="held")
    #: The agreement this event is a step of (AgreementRow.id; the store checks it exists),
    #: the step (timeline.domain.agreements.AgreementStep) and the approving party.
    agreement_id: Mapped[str | None] = mapped_column(String(64))
    agreement_step: Mapped[str | None] = mapped_column(String(20))
    agreement_party: Mapped[str | None] = mapped_column(String(2))
    #: The city as stored (any language), and its form in each language (may be empty).
    place_city: Mapped[str] = mapped_column(Text, default="")
    place_city_ar: Mapped[str] = mapped_column(Text, default="")
    place_city_en: Mapped[str] = mapped_column(Text, default="")
    place_city_fr: Mapped[str] = mapped_column(Text, default="")
    place_country: Mapped[str | None] = mapped_column(String(2))
    #: Titles, summary, participants, place and sources in normal form (domain.normalize).
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    #: Where an imported event came from (``gdelt:…``, ``native:…``); NULL when typed by hand.
    source_key: Mapped[str | None] = mapped_column(String(255))

    countries: Mapped[list[EventCountryRow]] = relationship(
        cascade="all, delete-orphan", order_by="EventCountryRow.country"
    )
    participants: Mapped[list[ParticipantRow]] = relationship(
        cascade="all, delete-orphan", order_by="ParticipantRow.position"
    )
    sources: Mapped[list[SourceRow]] = relationship(
        cascade="all, delete-orphan", order_by="SourceRow.position"
    )
    tags: Mapped[list[TagRow]] = relationship(
        cascade="all, delete-orphan", order_by="TagRow.position"
    )

    __table_args__ = (
        Index("ix_events_start_end", "start_day", "end_day"),
        Index("ix_events_kind_start", "kind", "start_day"),
        Index("ix_events_source_key", "source_key", unique=True),
        Index("ix_events_status", "status"),
        Index("ix_events_agreement", "agreement_id"),
    )


class EventCountryRow(Base):
    __tablename__ = "event_countries"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    country: Mapped[str] = mapped_column(String(2), primary_key=True)

    __table_args__ = (Index("ix_event_countries_country", "country", "event_id"),)


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    #: The name and the office as stored (any language), and their form in each language.
    name: Mapped[str] = mapped_column(Text)
    name_ar: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    name_fr: Mapped[str] = mapped_column(Text, default="")
    office: Mapped[str] = mapped_column(Text, default="")
    office_ar: Mapped[str] = mapped_column(Text, default="")
    office_en: Mapped[str] = mapped_column(Text, default="")
    office_fr: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str | None] = mapped_column(String(2))


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text, default="")
    outlet: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date)


class TagRow(Base):
    __tablename__ = "event_tags"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag: Mapped[str] = mapped_column(Text)


class AgreementRow(Base):
    """What the steps of one agreement share (timeline.domain.agreements.Agreement)."""

    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    #: The parties' ISO codes, sorted, separated by ";": ``KZ;MA``.
    parties: Mapped[str] = mapped_column(String(200))
    title_ar: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    title_fr: Mapped[str] = mapped_column(Text, default="")


class EventLinkRow(Base):
    """A typed link from one event to another (timeline.domain.links); it goes with either."""

    __tablename__ = "event_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))

    __table_args__ = (
        UniqueConstraint("source_id", "target_id", "kind", name="uq_event_links"),
        Index("ix_event_links_target", "target_id"),
    )


class HistoryRow(Base):
    """One change to one event, with the whole record before and after it (JSON text).

    No foreign key to ``events``: the history of a deleted event is what restores it."""

    __tablename__ = "event_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(Integer)
    #: The event's version after the change (for a deletion: the version deleted).
    version: Mapped[int] = mapped_column(Integer)
    #: create, edit, delete or restore (timeline.store.history.Action).
    action: Mapped[str] = mapped_column(String(10))
    #: The database user on a server, the person logged in to this computer with a file.
    who: Mapped[str] = mapped_column(String(255))
    #: When, in UTC.
    at: Mapped[datetime] = mapped_column(DateTime)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_event_history_event", "event_id", "id"),)
