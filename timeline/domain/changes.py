"""What an edit changed, field by field, as the reader reads the event.

The history of an event and the dialog of two conflicting saves name each change; a desk
officer reads "28 آب 2025", "زيارة رسمية", "كازاخستان", not the file's
``2025-08-28``, ``official-visit``, ``KZ``. The words of each value are the reader's (the
details pane's); naming the field is the window's (the editor's labels).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import TypeVar

from timeline.domain.agreements import Agreement
from timeline.domain.countries import country_name, country_names
from timeline.domain.datetext import DateFormat, in_digits
from timeline.domain.direction import isolate
from timeline.domain.event import Event, Participant, Source
from timeline.domain.languages import is_right_to_left, list_separator, reading_order

Item = TypeVar("Item", Participant, Source)
#: What a value that is not there reads as ("no summary" before one was written).
NOTHING = "—"


@dataclass(frozen=True, slots=True)
class Change:
    """One field an edit changed: ``field`` is the record's name for it (``title_fr``,
    ``date``, ``participants[2]``), ``before`` and ``after`` its values in the reader's words."""

    field: str
    before: str
    after: str


def changes(
    before: Event,
    after: Event,
    fmt: DateFormat,
    agreements: Mapping[str, Agreement] | None = None,
) -> list[Change]:
    """Every field that differs between ``before`` and ``after``, in the editor's order,
    each value as ``fmt``'s reader reads it. A participant whose only change is in another
    language's form (a French spelling fixed, read in Arabic) is shown in that language; a
    difference that reads the same in every language is not listed: none reads "X → X".
    ``agreements`` (by id, as the store keeps them) name an agreement by its title, as the
    details do; one not among them is named by its id."""
    found = []
    for field, shown in _fields(fmt, agreements or {}).items():
        old, new = shown(before), shown(after)
        if old != new:
            found.append(Change(field, old or NOTHING, new or NOTHING))
    found += _listed("participants", before.participants, after.participants, _person, fmt)
    found += _listed("sources", before.sources, after.sources, _source, fmt)
    return found


def change_text(change: Change, language: str) -> str:
    """``before → after`` in the reading direction (``after ← before`` in Arabic, whose
    lines read from the right), each value in its own direction: an English title in an
    Arabic line keeps its words in order and its side of the arrow."""
    arrow = "←" if is_right_to_left(language) else "→"
    return f"{isolate(change.before)} {arrow} {isolate(change.after)}"


def _fields(
    fmt: DateFormat, agreements: Mapping[str, Agreement]
) -> dict[str, Callable[[Event], str]]:
    """The single-valued fields, as the editor lists them, each as its reader reads it."""
    language = fmt.language
    return {
        "kind": lambda event: event.kind.info.name(language),
        "countries": lambda event: country_names(event.countries, language, event.host),
        "host": lambda event: country_name(event.host, language) if event.host else "",
        "title_ar": lambda event: in_digits(event.title_ar, fmt),
        "title_en": lambda event: in_digits(event.title_en, fmt),
        "title_fr": lambda event: in_digits(event.title_fr, fmt),
        "summary": lambda event: in_digits(event.summary, fmt),
        "tags": lambda event: in_digits(list_separator(language).join(event.tags), fmt),
        "city_ar": lambda event: in_digits(event.place.city_forms.ar, fmt),
        "city_en": lambda event: in_digits(event.place.city_forms.en, fmt),
        "city_fr": lambda event: in_digits(event.place.city_forms.fr, fmt),
        "place_country": lambda event: (
            country_name(event.place.country, language) if event.place.country else ""
        ),
        "date": lambda event: fmt.event_date_with_hijri(event.date),
        "status": lambda event: event.status.name_in(language),
        "agreement": lambda event: _agreement(event.agreement_id, agreements, fmt),
        "agreement_step": lambda event: (
            event.agreement_step.name_in(language, event.agreement_party)
            if event.agreement_step
            else ""
        ),
    }


def _listed(
    field: str,
    before: Sequence[Item],
    after: Sequence[Item],
    shown: Callable[[Item, str, DateFormat], str],
    fmt: DateFormat,
) -> list[Change]:
    """``participants[1]``, ``participants[2]``…: each item that differs, in the reader's
    language, or the first language it differs in."""
    found = []
    for number, (old, new) in enumerate(zip_longest(before, after), start=1):
        if old == new:
            continue
        for language in reading_order(fmt.language):
            old_text = shown(old, language, fmt) if old is not None else ""
            new_text = shown(new, language, fmt) if new is not None else ""
            if old_text != new_text:
                break
        else:
            continue  # a difference no reader sees (a stored form behind the shown ones)
        found.append(Change(f"{field}[{number}]", old_text or NOTHING, new_text or NOTHING))
    return found


def _agreement(
    agreement_id: str | None, agreements: Mapping[str, Agreement], fmt: DateFormat
) -> str:
    """An agreement's title in the reader's language (another's if it has none there): its
    id ("ma-kz-visa-2024") is the file's word for it, not the reader's."""
    if agreement_id is None:
        return ""
    agreement = agreements.get(agreement_id)
    return (in_digits(agreement.title(fmt.language), fmt) if agreement else "") or agreement_id


def _person(person: Participant, language: str, fmt: DateFormat) -> str:
    return in_digits(person.text_in(language), fmt)


def _source(source: Source, language: str, fmt: DateFormat) -> str:
    """Its outlet, address and day of publication (one form, whatever the ``language``)."""
    parts = (source.outlet, source.url, fmt.day(source.published) if source.published else "")
    return list_separator(fmt.language).join(part for part in parts if part)
