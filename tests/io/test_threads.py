"""Agreements and links survive a trip through our CSV and JSON: export, then import into
another database, gives the same agreements, the same steps and the same links."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.domain.agreements import Agreement, AgreementKind, AgreementStep
from timeline.domain.dates import EventDate
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.links import LinkKind
from timeline.io.exporter import export_store
from timeline.io.importer import import_file, preview_file
from timeline.io.sample import load_sample
from timeline.store.agreements import all_agreements, every_thread
from timeline.store.database import open_database
from timeline.store.links import all_links
from timeline.store.repository import EventStore


def copied(first: EventStore, folder: Path, suffix: str) -> EventStore:
    """``first`` exported to a file and imported into a new database."""
    path = folder / f"events{suffix}"
    export_store(first, path)
    second = EventStore(open_database(folder / f"second{suffix}.sqlite3"))
    result = import_file(second.database, path)
    assert result.written and result.rejected == [], result.rejected
    return second


def threads(store: EventStore) -> tuple[list, dict, set]:
    """Agreements, threads and links, with events named by their English title."""
    title = {event.id: event.title_en for event in store.find()}
    members = every_thread(store.database)
    links = {
        (title[link.source], link.kind, title[link.target]) for link in all_links(store.database)
    }
    return (
        all_agreements(store.database),
        {agreement: [title[i] for i in ids] for agreement, ids in members.items()},
        links,
    )


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_the_samples_agreements_and_links_survive_a_round_trip(tmp_path, suffix):
    first = EventStore(open_database(tmp_path / "first.sqlite3"))
    load_sample(first)
    second = copied(first, tmp_path, suffix)
    try:
        assert threads(second) == threads(first)
        assert len(threads(first)[2]) == 3  # the three IPU meetings on the assembly's sidelines
        # Importing the file again adds nothing, neither events nor links.
        assert import_file(second.database, tmp_path / f"events{suffix}").new == 0
        assert len(all_links(second.database)) == 3
    finally:
        first.database.close()
        second.database.close()


def test_a_step_of_an_unknown_agreement_and_a_link_to_a_missing_row_are_rejected(tmp_path):
    path = tmp_path / "events.json"
    step = {"kind": "agreement-signed", "countries": ["KZ", "MA"], "date": "2024-09-26",
            "title_en": "Signed", "agreement": "nowhere", "agreement_step": "signed"}  # fmt: skip
    visit = {"id": 2, "kind": "official-visit", "countries": ["KZ", "MA"], "date": "2025-02-28",
             "title_en": "Visit", "links": [{"kind": "follow-up-to", "to": 9}]}  # fmt: skip
    path.write_text(json.dumps({"events": [step, visit]}), encoding="utf-8")
    store = EventStore(open_database(tmp_path / "t.sqlite3"))
    try:
        preview = preview_file(path, store.database)
        result = import_file(store.database, path)
        for tally in (preview, result):
            assert [(r.line, r.field) for r in tally.rejected] == [(1, "agreement"), (1, "links")]
        assert "there is no agreement 'nowhere'" in result.rejected[0].reason_in("en")
        assert "no event has the id 9 in this file" in result.rejected[1].reason_in("en")
        # in the import dialog's language, not kept as English text
        assert result.rejected[0].reason_in("ar") == "لا يوجد اتفاق «nowhere»"
        assert result.rejected[1].reason_in("fr") == (
            "aucun événement n’a l’identifiant 9 dans ce fichier"
        )
        assert [event.title_en for event in store.find()] == ["Visit"]
    finally:
        store.database.close()


PARTIES = ("KZ", "MA")
#: Text with what our formats treat specially: separators, quotes, formula starters, Arabic.
TEXT = st.text(st.sampled_from("ab ;|\\\",'=+-@\nزيارة"), max_size=8)
NAME = TEXT.filter(lambda text: text.strip() != "")


@st.composite
def agreements(draw: st.DrawFn) -> Agreement:
    titles = [draw(TEXT) for _ in range(3)]
    titles[draw(st.integers(0, 2))] = draw(NAME)
    return Agreement(
        draw(st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)),
        draw(st.sampled_from(list(AgreementKind))),
        PARTIES,
        *titles,
    )


@st.composite
def linked_events(draw: st.DrawFn) -> tuple[Agreement, list[Event], list]:
    agreement = draw(agreements())
    count = draw(st.integers(2, 5))
    events = []
    for number in range(count):
        step = draw(st.one_of(st.none(), st.sampled_from(list(AgreementStep))))
        party = draw(st.sampled_from(PARTIES)) if step and step.needs_party else None
        events.append(
            Event(
                EventKind.AGREEMENT_SIGNED,
                PARTIES,
                EventDate.on(date(2024, 1, 1 + draw(st.integers(0, 27)))),
                title_en=f"event {number}",  # the test names events by it
                title_ar=draw(TEXT),
                agreement_id=agreement.id if step else None,
                agreement_step=step,
                agreement_party=party,
            )
        )
    pairs = st.tuples(
        st.integers(0, count - 1), st.sampled_from(list(LinkKind)), st.integers(0, count - 1)
    )
    links = draw(st.lists(pairs.filter(lambda p: p[0] != p[2]), max_size=4, unique=True))
    if not any(event.agreement_id for event in events):
        events[0] = replace(
            events[0], agreement_id=agreement.id, agreement_step=AgreementStep.SIGNED
        )
    return agreement, events, links  # an agreement travels with its steps


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(linked_events(), st.sampled_from([".csv", ".json"]))
def test_any_agreement_and_links_survive_a_round_trip(drawn, suffix):
    agreement, events, links = drawn
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        first = EventStore(open_database(folder / "first.sqlite3"))
        first.add_many(events, [agreement], links)
        second = copied(first, folder, suffix)
        try:
            assert threads(second) == threads(first)
            assert [e.agreement_party for e in second.find()] == [
                e.agreement_party for e in first.find()
            ]
        finally:
            first.database.close()
            second.database.close()
