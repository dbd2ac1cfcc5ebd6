"""What a store source ties together for the timeline's connectors: every agreement's steps
in date order and the typed links, kept to the events its filter shows."""

from __future__ import annotations

from timeline.domain.filters import EventFilter
from timeline.domain.links import LinkKind
from timeline.store.agreements import every_thread
from timeline.view.source import StoreSource


def ids_of(store, *starts: str) -> list[int]:
    events = store.find()
    return [next(e.id for e in events if e.title_en.startswith(start)) for start in starts]


def test_every_thread_gives_each_agreements_steps_in_date_order(sample_store):
    assert every_thread(sample_store.database) == {
        "ma-az-visa-waiver": ids_of(
            sample_store,
            "Morocco–Azerbaijan visa waiver agreement",
            "Morocco–Azerbaijan visa waiver enters",
        ),
        "ma-kz-visa-waiver": ids_of(
            sample_store,
            "Morocco–Kazakhstan visa exemption agreement",
            "Morocco–Kazakhstan visa exemption enters",
        ),
    }


def test_a_pairs_source_ties_only_its_own_events(sample_store):
    source = StoreSource(sample_store, EventFilter.pair("MA", "KZ"), "en", 7.0)
    ties = source.ties()
    assert list(ties.threads) == ["ma-kz-visa-waiver"]  # not Azerbaijan's
    meeting, assembly = ids_of(sample_store, "Ould Errachid and Koshanov", "150th Assembly")
    assert [(link.source, link.target, link.kind) for link in ties.links] == [
        (meeting, assembly, LinkKind.ON_SIDELINES_OF)  # the other sideline meetings are not MA–KZ
    ]
    assert source.ties() is ties  # read once per source
