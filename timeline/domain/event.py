"""An event between states, and the rules every event must keep.

The editor, the importers, the command line and the store all call :meth:`Event.problems` /
:meth:`Event.ensure_valid`, so nothing invalid reaches the database by any path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from urllib.parse import urlsplit

from timeline.domain.agreements import AgreementStep, step_problems
from timeline.domain.characters import character_problem
from timeline.domain.countries import country_name, is_country
from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.domain.kinds import EventKind, unknown_kind
from timeline.domain.languages import LANGUAGES, in_language, list_separator
from timeline.domain.messages import message
from timeline.domain.plurals import counted
from timeline.domain.status import EventStatus, unknown_status


@dataclass(frozen=True, slots=True)
class Forms:
    """A name's Arabic, English and French forms, as titles have; any may be empty."""

    ar: str = ""
    en: str = ""
    fr: str = ""

    def of(self, language: str) -> str:
        """The form in ``language``, empty when there is none."""
        return getattr(self, language) if language in LANGUAGES else ""

    def values(self) -> tuple[str, str, str]:
        return (self.ar, self.en, self.fr)

    def first(self) -> str:
        """The first form given, Arabic, then English, then French (as for titles)."""
        return in_language(self.values(), "")

    def filled_from(self, other: Forms) -> Forms:
        """These forms, with the empty ones taken from ``other``."""
        return Forms(self.ar or other.ar, self.en or other.en, self.fr or other.fr)


def _stored_or_first(value: object, attribute: str, forms: Forms) -> None:
    """A name with forms but no stored form is stored in its first form."""
    if not getattr(value, attribute):
        object.__setattr__(value, attribute, forms.first())


@dataclass(frozen=True, slots=True)
class Participant:
    """A person at an event. ``name`` and ``office`` are the forms as stored (typed or
    imported, in any language); ``name_forms`` and ``office_forms`` hold each language's."""

    name: str = ""
    office: str = ""
    country: str | None = None
    name_forms: Forms = Forms()
    office_forms: Forms = Forms()

    def __post_init__(self) -> None:
        _stored_or_first(self, "name", self.name_forms)
        _stored_or_first(self, "office", self.office_forms)

    def name_in(self, language: str) -> str:
        """The name in ``language``, else as stored."""
        return self.name_forms.of(language) or self.name

    def office_in(self, language: str) -> str:
        return self.office_forms.of(language) or self.office

    def text_in(self, language: str) -> str:
        """Name, office and country as the details list a person: "ناصر بوريطة — وزير
        الشؤون الخارجية — المغرب"."""
        country = country_name(self.country, language) if self.country else ""
        parts = (self.name_in(language), self.office_in(language), country)
        return " — ".join(part for part in parts if part)

    def lacks(self, language: str) -> bool:
        """True when the name or the office has no form in ``language``."""
        return bool(self.name and not self.name_forms.of(language)) or bool(
            self.office and not self.office_forms.of(language)
        )


@dataclass(frozen=True, slots=True)
class Source:
    url: str = ""
    outlet: str = ""
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened. ``city`` is the form as stored (any language);
    ``city_forms`` holds each language's."""

    city: str = ""
    country: str | None = None
    city_forms: Forms = Forms()

    def __post_init__(self) -> None:
        _stored_or_first(self, "city", self.city_forms)

    def __bool__(self) -> bool:
        return bool(self.city or self.country)

    def city_in(self, language: str) -> str:
        """The city in ``language``, else as stored."""
        return self.city_forms.of(language) or self.city

    def lacks(self, language: str) -> bool:
        return bool(self.city) and not self.city_forms.of(language)

    def text_in(self, language: str) -> str:
        """City and country as the reader writes them: "Rabat, Morocco", "الرباط، المغرب"
        (an Arabic tooltip and details pane read "بانجول, غامبيا", with a Latin comma)."""
        country = country_name(self.country, language) if self.country else ""
        return list_separator(language).join(
            part for part in (self.city_in(language), country) if part
        )


#: What a save moves on by itself, not what an edit says (:meth:`Event.changed_from`).
_BOOKKEEPING = frozenset({"version", "created_at", "updated_at"})
#: Fields that hold only together (the host among the countries, a step of its agreement):
#: one changed in an edit takes the others with it.
_TOGETHER = (
    frozenset({"countries", "host"}),
    frozenset({"agreement_id", "agreement_step", "agreement_party"}),
)


@dataclass(frozen=True, slots=True)
class Event:
    """One dated fact between two or more states."""

    kind: EventKind
    countries: tuple[str, ...]
    date: EventDate
    title_ar: str = ""
    title_en: str = ""
    title_fr: str = ""
    summary: str = ""
    host: str | None = None
    place: Place = field(default_factory=Place)
    participants: tuple[Participant, ...] = ()
    sources: tuple[Source, ...] = ()
    tags: tuple[str, ...] = ()
    status: EventStatus = EventStatus.HELD
    #: The agreement this event is a step of (timeline.domain.agreements), which step, and
    #: for an approval or a ratification the party that gave it.
    agreement_id: str | None = None
    agreement_step: AgreementStep | None = None
    agreement_party: str | None = None
    id: int | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    #: Where it came from, as stored (:mod:`timeline.domain.origin`): carried so that an
    #: event deleted and put back (undo, or its history) is still known to the file it was
    #: imported from. Not what the event says, so no part of its equality.
    source_key: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Countries are a set: keep them sorted and unique so equality means the same pair.
        object.__setattr__(self, "countries", tuple(sorted(set(self.countries))))

    def title(self, language: str) -> str:
        """The title in ``language``, else the first one given in the languages its reader
        takes a missing text in (:func:`~timeline.domain.languages.reading_order`)."""
        return in_language((self.title_ar, self.title_en, self.title_fr), language)

    def lacks_title(self, language: str) -> bool:
        """True when the event has no title in ``language`` (another one is shown)."""
        titles = (self.title_ar, self.title_en, self.title_fr)
        return language in LANGUAGES and not titles[LANGUAGES.index(language)]

    def lacks(self, language: str) -> bool:
        """True when the place or a participant has no form in ``language`` (a briefing in
        that language then prints the stored form)."""
        return self.place.lacks(language) or any(p.lacks(language) for p in self.participants)

    def with_id(self, event_id: int) -> Event:
        return replace(self, id=event_id)

    def with_changes(self, base: Event, mine: Event) -> Event:
        """This event (a colleague's version, saved since ``base`` was read) with what
        ``mine`` changed from ``base``, field by field, at this one's version: saved over
        theirs, an edit of the title alone put back the summary they had changed. Fields
        that hold only together go together (:data:`_TOGETHER`); where what that makes
        still breaks a rule, mine whole."""
        changed = mine.changed_from(base)
        for group in _TOGETHER:
            if changed & group:
                changed |= group
        merged = replace(self, **{name: getattr(mine, name) for name in changed})
        if merged.problems():
            return replace(mine, version=self.version)
        return merged

    def changed_from(self, other: Event) -> set[str]:
        """The fields this event says otherwise than ``other``, its bookkeeping left out:
        its version and times move on with every save, and with a deletion undone."""
        return {
            item.name
            for item in fields(self)
            if item.compare
            and item.name not in _BOOKKEEPING
            and getattr(self, item.name) != getattr(other, item.name)
        }

    def says_the_same_as(self, other: Event) -> bool:
        """Whether ``other`` is this event saying the same, whatever its bookkeeping."""
        return not self.changed_from(other)

    def problems(self) -> list[ValidationError]:
        """Every rule this event breaks, each naming its field; empty when valid."""
        found: list[ValidationError] = []
        if not isinstance(self.kind, EventKind):
            found.append(unknown_kind(self.kind))
            needed = 2
        else:
            needed = self.kind.info.min_countries
        unknown = [code for code in self.countries if not is_country(code)]
        if unknown:
            found.append(
                ValidationError(
                    "countries", message("country.unknown_code", codes=", ".join(unknown))
                )
            )
        if len(self.countries) < needed:
            found.append(
                ValidationError(
                    "countries",
                    message(
                        "event.too_few_countries",
                        kind=self.kind.info.names
                        if isinstance(self.kind, EventKind)
                        else str(self.kind),
                        needed=counted(needed, "countries"),
                        given=counted(len(self.countries), "countries-given"),
                    ),
                )
            )
        if not isinstance(self.status, EventStatus):
            found.append(unknown_status(self.status))
        found.extend(step_problems(self))
        if self.host is not None and self.host not in self.countries:
            found.append(ValidationError("host", message("event.host_not_a_party", host=self.host)))
        if not (self.title_ar.strip() or self.title_en.strip() or self.title_fr.strip()):
            found.append(ValidationError("title", message("event.title_required")))
        if self.place.country is not None and not is_country(self.place.country):
            found.append(
                ValidationError("place", message("country.unknown_code", codes=self.place.country))
            )
        for number, person in enumerate(self.participants, start=1):
            if not person.name.strip():
                found.append(
                    ValidationError(f"participants[{number}]", message("event.name_empty"))
                )
            if person.country is not None and not is_country(person.country):
                found.append(
                    ValidationError(
                        f"participants[{number}]",
                        message("country.unknown_code", codes=person.country),
                    )
                )
        for number, source in enumerate(self.sources, start=1):
            if source.url and not is_web_url(source.url):
                found.append(
                    ValidationError(
                        f"sources[{number}]", message("event.not_a_web_address", url=source.url)
                    )
                )
            if not (source.url or source.outlet):
                found.append(
                    ValidationError(
                        f"sources[{number}]", message("event.source_needs_address_or_outlet")
                    )
                )
        if any(not tag.strip() for tag in self.tags):
            found.append(ValidationError("tags", message("event.tag_empty")))
        texts = self._texts()
        if character_problem("".join(texts)) is not None:  # one look; which field only then
            found.extend(
                ValidationError(name, problem)
                for name, text in zip(self._text_names(), texts, strict=True)
                if (problem := character_problem(text)) is not None
            )
        return found

    def _texts(self) -> list[str]:
        """Every text field, those of one place, person or source joined: what
        :meth:`_text_names` names. Apart from the names, made only for a text with a NUL or
        half a character (an import checks every row: the names cost it twice what the texts
        do)."""
        place = self.place
        texts = [
            self.title_ar,
            self.title_en,
            self.title_fr,
            self.summary,
            place.city + "".join(place.city_forms.values()),
        ]
        for person in self.participants:
            forms = (*person.name_forms.values(), *person.office_forms.values())
            texts.append(person.name + person.office + "".join(forms))
        texts += [source.url + source.outlet for source in self.sources]
        texts += self.tags
        return texts

    def _text_names(self) -> list[str]:
        """The name problems() gives each of :meth:`_texts`."""
        people = range(1, len(self.participants) + 1)
        sources = range(1, len(self.sources) + 1)
        return [
            "title_ar",
            "title_en",
            "title_fr",
            "summary",
            "place",
            *(f"participants[{number}]" for number in people),
            *(f"sources[{number}]" for number in sources),
            *["tags"] * len(self.tags),
        ]

    def ensure_valid(self) -> Event:
        """Return self, or raise the first problem."""
        problems = self.problems()
        if problems:
            raise problems[0]
        return self


#: An address whose host is plain letters, digits, dots and hyphens (and maybe a port):
#: what nearly every source is, and certainly a web address, without the cost of parsing.
_PLAIN_WEB_URL = re.compile(
    r"https?://[a-z0-9.-]+(?::[0-9]*)?(?:[/?#]|\Z)", re.IGNORECASE | re.ASCII
)


def is_web_url(text: str) -> bool:
    """True only for http and https addresses with a host: the only links we ever open."""
    stripped = text.strip()
    if _PLAIN_WEB_URL.match(stripped):
        return True
    parts = urlsplit(stripped)
    return parts.scheme in ("http", "https") and bool(parts.netloc)
