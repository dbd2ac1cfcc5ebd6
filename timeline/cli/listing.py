"""``list``: the filtered events as JSON lines, in time order."""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence

from timeline.cli.common import (
    add_filter_options,
    add_reader_options,
    add_source_options,
    event_filter_from,
    open_store,
    print_json_line,
    shown_countries,
)
from timeline.cli.words import help_text
from timeline.domain.datetext import DateFormat, parse_date_style, shown_title
from timeline.domain.event import Event
from timeline.domain.languages import LANGUAGES, field_separator, with_label
from timeline.domain.links import EventLink, link_label, other_end
from timeline.domain.messages import message
from timeline.domain.status import EventStatus
from timeline.store.links import all_links


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("list", help=help_text(message("help.list")))
    add_source_options(parser, suppress=True)
    add_filter_options(parser)
    add_reader_options(parser)
    add_format_option(parser)
    parser.set_defaults(handler=run)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """``--format``: JSON lines for scripts, or a line a person reads (``list``, ``review``)."""
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help=help_text(message("help.format")),
    )


def text_format(args: argparse.Namespace, countries: Sequence[str] | None = None) -> DateFormat:
    """How ``--format text`` writes dates: the reader's language and style, the countries
    shown (by default the filter's) choosing the Arabic month names where nothing else does."""
    from timeline.settings import preferred_format

    style = parse_date_style(args.date_style) if args.date_style else None
    shown = shown_countries(args) if countries is None else countries
    return preferred_format(args.lang, style, shown)


def event_json(event: Event, links: Sequence[EventLink] = ()) -> dict[str, object]:
    """The JSON line of ``list``: stable keys for scripts; ``links`` are the event's."""
    return {
        "id": event.id,
        "start": event.date.earliest().isoformat(),
        "end": event.date.latest().isoformat(),
        "precision": event.date.precision.value,
        "date": event.date.to_edtf(),
        "within": event.date.within,
        "kind": event.kind.value,
        "countries": list(event.countries),
        "host": event.host,
        "status": event.status.value,
        # The agreement the event is a step of (its id, as ``agreement list`` shows it).
        "agreement": event.agreement_id,
        "agreement_step": event.agreement_step.value if event.agreement_step else None,
        "agreement_party": event.agreement_party,
        "title_ar": event.title_ar,
        "title_en": event.title_en,
        "title_fr": event.title_fr,
        "place": event.place.city,
        **{f"place_{language}": event.place.city_forms.of(language) for language in LANGUAGES},
        "place_country": event.place.country,
        # What ``edit --if-version`` pins a correction to (0: not stored yet).
        "version": event.version,
        "links": _links_json(links, event),
    }


def event_line(event: Event, fmt: DateFormat, links: Sequence[EventLink] = ()) -> str:
    """``#2 · 28 غشت 2024 (24 صفر 1446 هـ) — دخول اتفاق … · دخول حيز التنفيذ: ma-az-visa-waiver``:
    the event's id (what ``edit``, ``link`` and each link's other end name it by), the date
    in the reader's style, the title in the reader's language, then what is not the
    default: the status, the agreement's step and id, each link and its other end. Ids and
    a title's numbers in the reader's digits, as the dates beside them and ``add`` ("أُضيف
    الحدث ١٢"; ``edit ١٢`` reads it): an Egyptian reader's line read "#6، ٥–٩ أبريل ٢٠٢٥ …
    — الدورة 150 …"."""
    language = fmt.language
    parts = [f"{fmt.event_date_with_hijri(event.date)} — {shown_title(event, fmt)}"]
    if event.id is not None:
        parts.insert(0, f"#{fmt.digits(str(event.id))}")
    if event.status is not EventStatus.HELD:
        parts.append(event.status.name_in(language))
    if event.agreement_step is not None:
        step = event.agreement_step.name_in(language, event.agreement_party)
        parts.append(with_label(step, str(event.agreement_id), language))
    if event.id is not None:
        parts.extend(
            f"{link_label(link, event.id, language)} #{fmt.digits(str(other_end(link, event.id)))}"
            for link in links
        )
    return field_separator(language).join(parts)


def run(args: argparse.Namespace) -> int:
    event_filter = event_filter_from(args)
    store = open_store(args)
    try:
        events = store.find(event_filter)
        links: dict[int, list[EventLink]] = defaultdict(list)
        for link in all_links(store.database):
            links[link.source].append(link)
            links[link.target].append(link)
    finally:
        store.database.close()
    if args.format == "text":
        fmt = text_format(args)
        for event in events:
            print(event_line(event, fmt, links.get(event.id or 0, [])))
        return 0
    for event in events:
        line = event_json(event, links.get(event.id or 0, []))
        print_json_line(line)
    return 0


def _links_json(links: Sequence[EventLink], event: Event) -> list[dict[str, object]]:
    """Each link of ``event``, both ways: ``{"kind": "outcome-of", "to": 4}`` from it,
    ``{"kind": "outcome-of", "from": 12}`` to it."""
    return [
        {"kind": link.kind.value, "to": link.target}
        if link.source == event.id
        else {"kind": link.kind.value, "from": link.source}
        for link in links
    ]
