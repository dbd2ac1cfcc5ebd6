"""Where an event stands in its life: announced, held, postponed or cancelled.

Most recorded events happened (``held``, the default). An announced one is a promise: once its
date has passed someone must say whether it was held, postponed or cancelled. One recorded as
held for a day still to come is a slip of data entry (held is the default): it is announced,
or planned. The rules that find such events live here, pure, given today's date, for the
window and ``review`` alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.errors import ValidationError
from timeline.domain.messages import Message, message

if TYPE_CHECKING:
    from timeline.domain.datetext import DateFormat
    from timeline.domain.event import Event


class EventStatus(StrEnum):
    """The identifiers are stable: files, the database and the command line use them."""

    ANNOUNCED = "announced"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"

    def name_in(self, language: str, feminine: bool = False) -> str:
        """The status as a reader of ``language`` calls it, of a thing named by a feminine
        noun if ``feminine`` ("Visite officielle — annulée", "زيارة رسمية — ملغاة"). Each
        message named whole: the catalogue's check finds every one it holds in the code."""
        if feminine:
            names = {
                EventStatus.ANNOUNCED: message("status.announced.feminine"),
                EventStatus.HELD: message("status.held.feminine"),
                EventStatus.POSTPONED: message("status.postponed.feminine"),
                EventStatus.CANCELLED: message("status.cancelled.feminine"),
            }
        else:
            names = {
                EventStatus.ANNOUNCED: message("status.announced"),
                EventStatus.HELD: message("status.held"),
                EventStatus.POSTPONED: message("status.postponed"),
                EventStatus.CANCELLED: message("status.cancelled"),
            }
        return names[self].render(language)


#: Each status by its identifier: a dictionary look-up, not the Enum's call (read per row).
_BY_IDENTIFIER = {status.value: status for status in EventStatus}


def parse_status(text: str, field: str = "status") -> EventStatus:
    """Read a status identifier such as ``announced``, in any case as a kind is;
    ValidationError names ``field``."""
    identifier = text.strip()
    status = _BY_IDENTIFIER.get(identifier) or _BY_IDENTIFIER.get(identifier.lower())
    if status is None:
        raise unknown_status(text, field)
    return status


def unknown_status(text: object, field: str = "status") -> ValidationError:
    """The error for a status that is none of ours, naming those that are."""
    known = ", ".join(status.value for status in EventStatus)
    return ValidationError(field, message("status.unknown", text=text, known=known))


def kind_and_status(event: Event, language: str) -> str:
    """The event's kind as readers call it, and its status unless held (the default),
    agreeing with the kind's name: "Multilateral gathering — announced", "Réunion
    multilatérale — annoncée" (a briefing's table read "Déclaration — annulé")."""
    info = event.kind.info
    if event.status is EventStatus.HELD:
        return info.name(language)
    status = event.status.name_in(language, feminine=language in info.feminine)
    return f"{info.name(language)} — {status}"


def shown_statuses(cancelled: bool) -> frozenset[EventStatus]:
    """The statuses a timeline shows: cancelled events only when asked for."""
    return frozenset(s for s in EventStatus if cancelled or s is not EventStatus.CANCELLED)


#: Events recorded as held for a later day that the window lists, the soonest first, the
#: others counted: a database filled by a script or an import (the synthetic one of 50,000
#: events has 3,899) would bury the announced events to confirm under thousands of lines.
LISTED_AHEAD = 10


@dataclass(frozen=True, slots=True)
class Attention:
    """An event someone should look at, and why."""

    event: Event
    reason: Message

    @property
    def answer(self) -> EventStatus:
        """The status that most likely answers it, for a single click: held for an announced
        event now past, announced for one recorded as held ahead of its day."""
        if self.event.status is EventStatus.HELD:
            return EventStatus.ANNOUNCED
        return EventStatus.HELD

    def reason_for(self, fmt: DateFormat) -> str:
        """Why, in ``fmt``'s language, its dates in the reader's style and digits (the
        window's list of what needs attention and ``review --format text`` alike)."""
        values = {
            name: fmt.fuzzy(value) if isinstance(value, FuzzyDate) else value
            for name, value in self.reason.values.items()
        }
        return fmt.digits(Message(self.reason.id, values).render(fmt.language))


def awaits_confirmation(event: Event, today: date) -> bool:
    """Whether ``event`` was announced for days that are all past on ``today``: it is no
    longer coming up, but to be confirmed (held, postponed or cancelled)."""
    return event.status is EventStatus.ANNOUNCED and event.date.latest() < today


class Dated(Protocol):
    """An event, or a step of an agreement's thread: what has a status and a date."""

    @property
    def status(self) -> EventStatus: ...

    @property
    def date(self) -> EventDate: ...


def took_place(event: Dated, today: date) -> bool:
    """Whether ``event`` had happened by ``today``: held, and begun on or before it. One
    recorded as held for a later day (held is the default, and synthetic data has them) has
    not: no briefing names it the latest visit or an agreement signed or in force."""
    return event.status is EventStatus.HELD and event.date.earliest() <= today


def still_to_come(event: Dated, today: date) -> bool:
    """Whether ``event`` is expected after ``today``: held or announced for a later day
    (a postponed or cancelled one's date no longer holds)."""
    expected = event.status is EventStatus.HELD or event.status is EventStatus.ANNOUNCED
    return expected and event.date.earliest() > today


def held_ahead(event: Dated, today: date) -> bool:
    """Whether ``event`` is recorded as held for a day after ``today``: it cannot have
    happened yet (``took_place`` leaves it out of briefings), so it needs correcting."""
    return event.status is EventStatus.HELD and not took_place(event, today)


def attention_reason(event: Event, today: date) -> Message | None:
    """Why ``event`` needs attention on ``today``, or None: one that awaits confirmation,
    or one recorded as held ahead of its day."""
    if awaits_confirmation(event, today):
        # The date as a value, not text: a window shows it in its reader's style.
        return message("status.to_confirm", date=event.date.start)
    if held_ahead(event, today):
        return message("status.held_ahead")
    return None


def unlisted_ahead(events: str) -> Message:
    """The line after the listed events recorded as held ahead of their day, counting
    those left out; ``events``: their count in the reader's words ("3,889 events")."""
    return message("status.held_ahead_unlisted", events=events)


def needing_attention(events: Iterable[Event], today: date) -> Iterator[Attention]:
    """The events among ``events`` that need attention on ``today``, in the order given."""
    for event in events:
        reason = attention_reason(event, today)
        if reason is not None:
            yield Attention(event, reason)
