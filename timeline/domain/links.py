"""Typed links between two events: what came out of a visit, what followed up what, which
meeting was on the sidelines of which assembly, which event a postponed one became.

A link reads from its ``source`` to its ``target``: "event 12 is the outcome of event 4" is
``EventLink(12, 4, LinkKind.OUTCOME_OF)``. The identifiers are stable: files, the database
and the command line use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.domain.messages import message


class LinkKind(StrEnum):
    OUTCOME_OF = "outcome-of"  # an agreement signed during a visit
    FOLLOW_UP_TO = "follow-up-to"
    ON_SIDELINES_OF = "on-sidelines-of"  # a meeting within an assembly
    RESCHEDULED_AS = "rescheduled-as"  # a postponed event and the event at its new date


def parse_link_kind(text: str, field: str = "as") -> LinkKind:
    """Read a link kind such as ``outcome-of``; ValidationError names ``field``."""
    try:
        return LinkKind(text.strip())
    except ValueError:
        known = ", ".join(kind.value for kind in LinkKind)
        raise ValidationError(field, message("link.unknown_kind", text=text, known=known)) from None


@dataclass(frozen=True, slots=True)
class EventLink:
    """``source`` is ``kind`` ``target``: 12 outcome-of 4."""

    source: int
    target: int
    kind: LinkKind

    def ensure_valid(self) -> EventLink:
        """Return self, or raise: an event is never linked to itself."""
        if self.source == self.target:
            raise ValidationError("link", message("link.to_itself", event=self.source))
        return self

    def order_problem(self, source: EventDate, target: EventDate) -> ValidationError | None:
        """Why an event of ``source`` cannot be this link's source to one of ``target``:
        an outcome or a follow-up wholly before what it comes of (a phone call of February
        2024 was linked as the follow-up to a visit of February 2025); None if it can."""
        if self.kind in _AFTER and source.latest() < target.earliest():
            return ValidationError(
                "link",
                message("link.before_its_target", source=self.source, target=self.target),
            )
        return None

    def moved_problem(
        self, moved: int, was: EventDate, to: EventDate, other: EventDate, field: str = "date"
    ) -> ValidationError | None:
        """Why event ``moved``, one end of this link, cannot be dated ``to`` from ``was``
        while the other end stays on ``other``: the order :meth:`order_problem` keeps, which
        an edit of either date undid unseen (a follow-up moved to the year before its
        visit); None if it can, or if the link stood out of that order already (a file
        imported so, or an end put back as it was by undo): an edit breaks nothing there,
        and refusing it left the event's date fixed by a rule its link already broke.
        ``field``: the part of the date that moved (its start, or its end)."""
        if self._ordered(moved, to, other) or not self._ordered(moved, was, other):
            return None
        return ValidationError(
            field,
            message("link.moved_before_its_target", source=self.source, target=self.target),
        )

    def _ordered(self, moved: int, dated: EventDate, other: EventDate) -> bool:
        """Whether the link keeps its order with ``moved`` dated ``dated``."""
        source, target = (dated, other) if moved == self.source else (other, dated)
        return self.order_problem(source, target) is None


#: The kinds whose source comes after its target (or with it).
_AFTER = frozenset({LinkKind.OUTCOME_OF, LinkKind.FOLLOW_UP_TO})


def link_label(link: EventLink, seen_from: int, language: str) -> str:
    """How ``link`` reads from the event ``seen_from``, either end: the agreement is the
    "Outcome of" the visit, the visit "Led to" the agreement."""
    forward = link.source == seen_from
    names = {
        LinkKind.OUTCOME_OF: (message("link.outcome_of"), message("link.has_outcome")),
        LinkKind.FOLLOW_UP_TO: (message("link.follow_up_to"), message("link.followed_up_by")),
        LinkKind.ON_SIDELINES_OF: (
            message("link.on_sidelines_of"),
            message("link.sideline_meeting"),
        ),
        LinkKind.RESCHEDULED_AS: (
            message("link.rescheduled_as"),
            message("link.rescheduled_from"),
        ),
    }
    return names[link.kind][0 if forward else 1].render(language)


def other_end(link: EventLink, seen_from: int) -> int:
    """The event at the other end of ``link`` from ``seen_from``."""
    return link.target if link.source == seen_from else link.source
