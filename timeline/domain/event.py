"""An event between states, and the rules every event must keep.

The editor, the importers, the command line and the store all call :meth:`Event.problems` /
:meth:`Event.ensure_valid`, so nothing invalid reaches the database by any path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from urllib.parse import urlsplit

from timeline.domain.countries import is_country
from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.domain.kinds import EventKind

LANGUAGES = ("ar", "en", "fr")


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    office: str = ""
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    url: str = ""
    outlet: str = ""
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Place:
    city: str = ""
    country: str | None = None

    def __bool__(self) -> bool:
        return bool(self.city or self.country)


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
    id: int | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        # Countries are a set: keep them sorted and unique so equality means the same pair.
        object.__setattr__(self, "countries", tuple(sorted(set(self.countries))))

    def title(self, language: str) -> str:
        """The title in ``language``, else the first one given (Arabic, English, French)."""
        preferred = getattr(self, f"title_{language}", "") if language in LANGUAGES else ""
        return preferred or self.title_ar or self.title_en or self.title_fr

    def with_id(self, event_id: int) -> Event:
        return replace(self, id=event_id)

    def problems(self) -> list[ValidationError]:
        """Every rule this event breaks, each naming its field; empty when valid."""
        found: list[ValidationError] = []
        if not isinstance(self.kind, EventKind):
            found.append(ValidationError("kind", f"unknown kind '{self.kind}'"))
            needed = 2
        else:
            needed = self.kind.info.min_countries
        unknown = [code for code in self.countries if not is_country(code)]
        if unknown:
            found.append(ValidationError("countries", f"unknown country code {', '.join(unknown)}"))
        if len(self.countries) < needed:
            found.append(
                ValidationError(
                    "countries",
                    f"a {self.kind} needs at least {needed} countries, {len(self.countries)} given",
                )
            )
        if self.host is not None and self.host not in self.countries:
            found.append(
                ValidationError("host", f"the host {self.host} is not among the countries")
            )
        if not any(title.strip() for title in (self.title_ar, self.title_en, self.title_fr)):
            found.append(ValidationError("title", "at least one title is required"))
        if self.place.country is not None and not is_country(self.place.country):
            found.append(ValidationError("place", f"unknown country code {self.place.country}"))
        for number, person in enumerate(self.participants, start=1):
            if not person.name.strip():
                found.append(ValidationError(f"participants[{number}]", "the name is empty"))
            if person.country is not None and not is_country(person.country):
                found.append(
                    ValidationError(
                        f"participants[{number}]", f"unknown country code {person.country}"
                    )
                )
        for number, source in enumerate(self.sources, start=1):
            if source.url and not is_web_url(source.url):
                found.append(
                    ValidationError(
                        f"sources[{number}]", f"'{source.url}' is not an http(s) address"
                    )
                )
            if not (source.url or source.outlet):
                found.append(ValidationError(f"sources[{number}]", "give an address or an outlet"))
        if any(not tag.strip() for tag in self.tags):
            found.append(ValidationError("tags", "a tag is empty"))
        return found

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
