"""Agreements as one thread of events: signed, approved or ratified by each party, in force,
suspended or terminated.

An :class:`Agreement` is the record the steps share (titles in three languages, its kind, its
parties); each step is an event carrying the agreement's id, the step, and for an approval or
a ratification the party that gave it. The rules a desk officer asks of a thread ("when was
it signed, when did it enter into force, how long did that take, where does it stand") are
here, pure, for the briefing, the list and the window alike.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from timeline.domain.characters import character_problem
from timeline.domain.countries import country_name, is_country
from timeline.domain.errors import ValidationError
from timeline.domain.kinds import EventKind
from timeline.domain.languages import in_language
from timeline.domain.messages import Dated, Message, message
from timeline.domain.normalize import normalize
from timeline.domain.plurals import counted
from timeline.domain.status import EventStatus, still_to_come, took_place

if TYPE_CHECKING:
    from timeline.domain.dates import EventDate
    from timeline.domain.event import Event


class AgreementKind(StrEnum):
    """The identifiers are stable: files, the database and the command line use them."""

    VISA_WAIVER = "visa-waiver"
    TRADE = "trade"
    INVESTMENT_PROTECTION = "investment-protection"
    DOUBLE_TAXATION = "double-taxation"
    COOPERATION_MOU = "cooperation-mou"
    OTHER = "other"

    def name_in(self, language: str) -> str:
        """The kind as readers of ``language`` call it: "Visa waiver"."""
        names = {
            AgreementKind.VISA_WAIVER: message("agreement.kind.visa_waiver"),
            AgreementKind.TRADE: message("agreement.kind.trade"),
            AgreementKind.INVESTMENT_PROTECTION: message("agreement.kind.investment_protection"),
            AgreementKind.DOUBLE_TAXATION: message("agreement.kind.double_taxation"),
            AgreementKind.COOPERATION_MOU: message("agreement.kind.cooperation_mou"),
            AgreementKind.OTHER: message("agreement.kind.other"),
        }
        return names[self].render(language)


class AgreementStep(StrEnum):
    """A step in an agreement's life; approved and ratified name the party that gave them."""

    SIGNED = "signed"
    APPROVED = "approved"
    RATIFIED = "ratified"
    IN_FORCE = "in-force"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    @property
    def needs_party(self) -> bool:
        """True for the steps each party takes on its own (approval, ratification)."""
        return self in (AgreementStep.APPROVED, AgreementStep.RATIFIED)

    def name_in(self, language: str, party: str | None = None) -> str:
        """ "In force", or "Ratified by Kazakhstan" when the party is given."""
        if party is not None and self is AgreementStep.APPROVED:
            by = message("agreement.step.approved.by", party=country_name(party, language))
            return by.render(language)
        if party is not None and self is AgreementStep.RATIFIED:
            by = message("agreement.step.ratified.by", party=country_name(party, language))
            return by.render(language)
        return self.name_message().render(language)

    def name_message(self) -> Message:
        """The step's name ("Ratified"), in whatever language it is read."""
        names = {
            AgreementStep.SIGNED: message("agreement.step.signed"),
            AgreementStep.APPROVED: message("agreement.step.approved"),
            AgreementStep.RATIFIED: message("agreement.step.ratified"),
            AgreementStep.IN_FORCE: message("agreement.step.in_force"),
            AgreementStep.SUSPENDED: message("agreement.step.suspended"),
            AgreementStep.TERMINATED: message("agreement.step.terminated"),
        }
        return names[self]


#: Words of a signature's title that say the agreement's kind: English and French words,
#: found from their start ("mou", not "Nomou"), and Arabic stems, found within a word
#: whatever article or clitic it takes (التجارة, بالتأشيرة); compared normalised, as a
#: search compares them.
_KIND_WORDS: tuple[tuple[AgreementKind, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        AgreementKind.DOUBLE_TAXATION,
        ("double taxation", "double imposition"),
        ("ازدواج ضريبي", "الازدواج الضريبي"),
    ),
    (AgreementKind.VISA_WAIVER, ("visa",), ("تأشير",)),
    (AgreementKind.INVESTMENT_PROTECTION, ("investment", "investissement"), ("استثمار",)),
    (AgreementKind.TRADE, ("trade", "commerce", "commercial"), ("تجار",)),
    (
        AgreementKind.COOPERATION_MOU,
        ("memorandum", "mémorandum", "protocole d'accord", "mou"),
        ("مذكرة تفاهم",),
    ),
)


def guessed_kind(titles: Iterable[str]) -> AgreementKind:
    """The kind a signature's titles name ("visa exemption agreement": a visa waiver),
    else OTHER: starting an agreement from the Kazakh visa exemption offered "Other"."""
    words = f" {' '.join(normalize(title) for title in titles)} "
    for kind, latin, arabic in _KIND_WORDS:
        if any(f" {normalize(word)}" in words for word in latin) or any(
            normalize(stem) in words for stem in arabic
        ):
            return kind
    return AgreementKind.OTHER


def unknown_kind(text: object, field: str = "kind") -> ValidationError:
    known = ", ".join(kind.value for kind in AgreementKind)
    return ValidationError(field, message("agreement.unknown_kind", text=text, known=known))


def unknown_step(text: object, field: str = "agreement_step") -> ValidationError:
    known = ", ".join(step.value for step in AgreementStep)
    return ValidationError(field, message("agreement.unknown_step", text=text, known=known))


def parse_agreement_kind(text: str, field: str = "kind") -> AgreementKind:
    """Read a kind such as ``visa-waiver``; ValidationError names ``field``."""
    try:
        return AgreementKind(text.strip())
    except ValueError:
        raise unknown_kind(text, field) from None


def parse_agreement_step(text: str, field: str = "agreement_step") -> AgreementStep:
    """Read a step such as ``in-force``; ValidationError names ``field``."""
    try:
        return AgreementStep(text.strip())
    except ValueError:
        raise unknown_step(text, field) from None


#: An agreement's id: short, lower-case letters, digits and hyphens (``ma-kz-visa-waiver``),
#: so that it reads the same in a file, on the command line and in a URL.
_ID = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?", re.ASCII)


def agreement_id_problem(text: str, field: str = "agreement") -> ValidationError | None:
    """Why ``text`` is not an agreement id, or None."""
    if _ID.fullmatch(text):
        return None
    return ValidationError(field, message("agreement.bad_id", text=text))


def parse_agreement_id(text: str, field: str = "agreement") -> str:
    """Read an agreement id (``ma-kz-visa-waiver``); ValidationError names ``field``."""
    value = text.strip()
    problem = agreement_id_problem(value, field)
    if problem is not None:
        raise problem
    return value


@dataclass(frozen=True, slots=True)
class Agreement:
    """What the steps of one agreement share."""

    id: str
    kind: AgreementKind
    parties: tuple[str, ...]
    title_ar: str = ""
    title_en: str = ""
    title_fr: str = ""

    def __post_init__(self) -> None:
        # Parties are a set, like an event's countries.
        object.__setattr__(self, "parties", tuple(sorted(set(self.parties))))

    def title(self, language: str) -> str:
        """The title in ``language``, else the first one given (Arabic, English, French)."""
        return in_language((self.title_ar, self.title_en, self.title_fr), language)

    def problems(self) -> list[ValidationError]:
        """Every rule this agreement breaks, each naming its field; empty when valid."""
        found: list[ValidationError] = []
        bad_id = agreement_id_problem(self.id, "id")
        if bad_id is not None:
            found.append(bad_id)
        if not isinstance(self.kind, AgreementKind):
            found.append(unknown_kind(self.kind))
        unknown = [code for code in self.parties if not is_country(code)]
        if unknown:
            found.append(
                ValidationError(
                    "parties", message("country.unknown_code", codes=", ".join(unknown))
                )
            )
        if len(self.parties) < 2:
            found.append(
                ValidationError(
                    "parties",
                    message(
                        "agreement.too_few_parties",
                        given=counted(len(self.parties), "parties-given"),
                    ),
                )
            )
        titles = (self.title_ar, self.title_en, self.title_fr)
        if not any(title.strip() for title in titles):
            found.append(ValidationError("title", message("event.title_required")))
        problem = character_problem("".join(titles))
        if problem is not None:
            found.append(ValidationError("title", problem))
        return found

    def ensure_valid(self) -> Agreement:
        """Return self, or raise the first problem."""
        problems = self.problems()
        if problems:
            raise problems[0]
        return self


def starts_a_thread(event: Event) -> bool:
    """Whether an agreement's thread may start from ``event``: a signature that is not yet
    a step of one (its next steps go on from any step)."""
    return event.kind is EventKind.AGREEMENT_SIGNED and event.agreement_id is None


def step_problems(event: Event) -> list[ValidationError]:
    """The rules of an event's place in a thread, alone: a step needs its agreement and the
    agreement a step; approval and ratification name a party among the event's countries,
    the other steps none."""
    found: list[ValidationError] = []
    if event.agreement_id is not None:
        bad_id = agreement_id_problem(event.agreement_id)
        if bad_id is not None:
            found.append(bad_id)
        if event.agreement_step is None:
            found.append(ValidationError("agreement_step", message("agreement.step_required")))
    elif event.agreement_step is not None:
        found.append(ValidationError("agreement", message("agreement.agreement_required")))
    step = event.agreement_step
    if step is not None and not isinstance(step, AgreementStep):
        found.append(unknown_step(step))
        return found
    party = event.agreement_party
    if step is not None and step.needs_party and party is None:
        found.append(
            ValidationError(
                "agreement_party", message("agreement.party_required", step=step.name_message())
            )
        )
    if party is not None:
        if step is None or not step.needs_party:
            found.append(ValidationError("agreement_party", message("agreement.party_not_needed")))
        elif party not in event.countries:
            found.append(
                ValidationError(
                    "agreement_party", message("agreement.party_not_a_country", party=party)
                )
            )
    return found


def party_problem(agreement: Agreement, party: str | None) -> ValidationError | None:
    """Why an event whose agreement party is ``party`` cannot be a step of ``agreement``
    (the party is not one of the agreement's), or None."""
    if party is not None and party not in agreement.parties:
        return ValidationError(
            "agreement_party",
            message("agreement.party_not_a_party", party=party, agreement=agreement.id),
        )
    return None


@dataclass(frozen=True, slots=True)
class ThreadStep:
    """One step of a thread as a briefing or a connector needs it."""

    event_id: int | None
    step: AgreementStep
    date: EventDate
    party: str | None = None
    status: EventStatus = EventStatus.HELD

    @classmethod
    def of(cls, event: Event) -> ThreadStep:
        """The step ``event`` is (it must be one)."""
        assert event.agreement_step is not None
        step, party = event.agreement_step, event.agreement_party
        return cls(event.id, step, event.date, party, event.status)


#: The steps an agreement takes as a whole, which its every party takes part in.
WHOLE_STEPS = frozenset(AgreementStep) - {AgreementStep.APPROVED, AgreementStep.RATIFIED}


def party_not_in_step(
    agreement: Agreement, event_id: int, countries: Collection[str]
) -> ValidationError | None:
    """A party of ``agreement``, as corrected, not among the ``countries`` of event
    ``event_id``, a step it takes as a whole: its parties were changed to FR and MA under a
    KZ–MA signature, which no longer took place between them."""
    outside = sorted(set(agreement.parties) - set(countries))
    if not outside:
        return None
    said = message(
        "agreement.party_not_in_step", party=outside[0], event=event_id, agreement=agreement.id
    )
    return ValidationError("parties", said)


def thread_problems(
    agreement: Agreement, event: Event, others: Iterable[ThreadStep]
) -> list[ValidationError]:
    """What ``event``, a step of ``agreement``, would break in the thread of ``others``
    (the agreement's other steps, not cancelled): a step the agreement takes as a whole
    names each of its parties among its countries, and no step comes before its
    signature. A thread went back in time, said "in force: 10 January 2024 (-152 days)",
    or was signed by Azerbaijan for Kazakhstan."""
    step = event.agreement_step
    if step is None:
        return []
    found = []
    if step in WHOLE_STEPS and not set(agreement.parties) <= set(event.countries):
        parties = ", ".join(agreement.parties)
        found.append(
            ValidationError(
                "countries",
                message("agreement.parties_not_named", agreement=agreement.id, parties=parties),
            )
        )
    if event.status is EventStatus.CANCELLED:  # no step of the thread: no order to keep
        return found
    others = [other for other in others if other.status is not EventStatus.CANCELLED]
    signatures = [other for other in others if other.step is AgreementStep.SIGNED]
    if step is AgreementStep.SIGNED:
        later_steps = [other for other in others if other.step is not AgreementStep.SIGNED]
        earlier = [other for other in later_steps if other.date.latest() < event.date.earliest()]
        if earlier:
            first = min(earlier, key=_order)
            after = message(
                "agreement.signed_after_step",
                step=first.step.name_message(),
                day=Dated(first.date.start),
            )
            found.append(ValidationError("date", after))
    elif signatures:
        first = min(signatures, key=_order)  # of several, the first
        if event.date.latest() < first.date.earliest():
            before = message("agreement.before_signature", signed=Dated(first.date.start))
            found.append(ValidationError("date", before))
    return found


def _order(step: ThreadStep) -> tuple[date, date, int]:
    return (step.date.earliest(), step.date.latest(), step.event_id or 0)


@dataclass(frozen=True, slots=True)
class AgreementThread:
    """An agreement and its steps, in date order."""

    agreement: Agreement
    steps: tuple[ThreadStep, ...]

    @classmethod
    def from_steps(cls, agreement: Agreement, steps: Iterable[ThreadStep]) -> AgreementThread:
        """The thread of ``agreement`` with these steps, put in date order."""
        return cls(agreement, tuple(sorted(steps, key=_order)))

    @classmethod
    def of(cls, agreement: Agreement, events: Iterable[Event]) -> AgreementThread:
        """The thread of ``agreement`` among ``events`` (others are left out)."""
        return cls.from_steps(
            agreement,
            (
                ThreadStep(
                    event.id, event.agreement_step, event.date, event.agreement_party, event.status
                )
                for event in events
                if event.agreement_id == agreement.id and event.agreement_step is not None
            ),
        )

    @staticmethod
    def ordered(steps: Iterable[ThreadStep]) -> list[int]:
        """The stored events among ``steps``, in date order (what a connector joins)."""
        return [step.event_id for step in sorted(steps, key=_order) if step.event_id is not None]

    def event_ids(self) -> list[int]:
        """The stored events of the thread, in date order."""
        return self.ordered(self.steps)

    def sort_key(self) -> tuple[date, str]:
        """Threads in the order their first steps happened (then by id)."""
        first = self.steps[0].date.earliest() if self.steps else date.max
        return (first, self.agreement.id)

    def _taken(self, as_of: date) -> list[ThreadStep]:
        """The steps that took place by ``as_of``: held, and begun by then. An entry into
        force recorded as held for 2030 has not happened in 2026: a minister must not read
        that the treaty is in force."""
        return [step for step in self.steps if took_place(step, as_of)]

    def first(self, wanted: AgreementStep, as_of: date) -> ThreadStep | None:
        """The earliest step of this kind that took place by ``as_of`` (the signature, the
        entry into force)."""
        return next((step for step in self._taken(as_of) if step.step is wanted), None)

    def expected(self, wanted: AgreementStep, as_of: date) -> ThreadStep | None:
        """The earliest step of this kind still to come after ``as_of`` (held for a later
        day, or announced), while none has taken place: the entry into force set for 2030."""
        if self.first(wanted, as_of) is not None:
            return None
        return next(
            (step for step in self.steps if step.step is wanted and still_to_come(step, as_of)),
            None,
        )

    def signed(self, as_of: date) -> EventDate | None:
        step = self.first(AgreementStep.SIGNED, as_of)
        return step.date if step else None

    def in_force(self, as_of: date) -> EventDate | None:
        step = self.first(AgreementStep.IN_FORCE, as_of)
        return step.date if step else None

    def days_to_force(self, as_of: date) -> int | None:
        """Days from the signature to the entry into force, both taken place by ``as_of``
        and known to the day (174 for the Morocco–Kazakhstan visa waiver); None otherwise."""
        signed, in_force = self.signed(as_of), self.in_force(as_of)
        if signed is None or in_force is None:
            return None
        if not (signed.is_exact_day() and in_force.is_exact_day()):
            return None
        return (in_force.earliest() - signed.earliest()).days

    def status(self, as_of: date) -> AgreementStep | None:
        """Where the agreement stands on ``as_of``: its latest step that took place by then
        (in force, signed, suspended…), None while none has."""
        taken = self._taken(as_of)
        return taken[-1].step if taken else None

    def next_step(self) -> AgreementStep:
        """The step most likely to come next, for the editor to propose: after the
        signature (or a ratification) the entry into force, after that a suspension. It
        follows the latest step recorded as held, whatever its date: an entry into force
        recorded for 2030 is not to be recorded again."""
        recorded = [step for step in self.steps if step.status is EventStatus.HELD]
        current = recorded[-1].step if recorded else None
        if current is None:
            return AgreementStep.SIGNED
        following = {
            AgreementStep.SIGNED: AgreementStep.IN_FORCE,
            AgreementStep.APPROVED: AgreementStep.RATIFIED,
            AgreementStep.RATIFIED: AgreementStep.IN_FORCE,
            AgreementStep.IN_FORCE: AgreementStep.SUSPENDED,
            AgreementStep.SUSPENDED: AgreementStep.IN_FORCE,
            AgreementStep.TERMINATED: AgreementStep.TERMINATED,
        }
        return following[current]
