"""Agreements in the store: the sample's two visa waivers as threads, steps written with
their events (and refused without their agreement), agreements saved and removed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.domain.agreements import Agreement, AgreementKind, AgreementStep
from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.io.sample import load_sample, sample_events
from timeline.store.agreements import (
    all_agreements,
    delete_agreement,
    every_thread,
    save_agreement,
    threads_of,
)
from timeline.store.errors import ConflictError, NotFoundError

TRADE = Agreement("ma-kz-trade", AgreementKind.TRADE, ("MA", "KZ"), title_fr="Accord commercial")


@pytest.fixture
def saved(store):
    return load_sample(store)


def _stored(store, agreement_id: str):
    """The agreement as stored, or None."""
    return {a.id: a for a in all_agreements(store.database)}.get(agreement_id)


def test_the_sample_has_its_two_visa_waivers_as_threads(store, saved):
    by_title = {event.title_en: event.id for event in saved}
    kz_signed = by_title["Morocco–Kazakhstan visa exemption agreement signed"]
    kz_in_force = by_title["Morocco–Kazakhstan visa exemption enters into force"]
    az_signed = by_title["Morocco–Azerbaijan visa waiver agreement signed"]
    az_in_force = by_title["Morocco–Azerbaijan visa waiver enters into force"]
    assert [a.id for a in all_agreements(store.database)] == [
        "ma-az-visa-waiver",
        "ma-kz-visa-waiver",
    ]
    everything = [event.id for event in saved]
    assert every_thread(store.database) == {
        "ma-az-visa-waiver": [az_signed, az_in_force],
        "ma-kz-visa-waiver": [kz_signed, kz_in_force],
    }
    # The briefing's row keeps the signature before 2025.
    (thread,) = threads_of(store.database, [kz_in_force])
    assert thread.agreement == _stored(store, "ma-kz-visa-waiver")
    assert thread.event_ids() == [kz_signed, kz_in_force]
    as_of = date(2025, 12, 1)
    assert (thread.days_to_force(as_of), thread.status(as_of)) == (174, AgreementStep.IN_FORCE)
    assert [t.agreement.id for t in threads_of(store.database, everything)] == [
        "ma-az-visa-waiver",  # signed in May 2024, before the Kazakh one in September
        "ma-kz-visa-waiver",
    ]
    assert threads_of(store.database, [saved[3].id]) == []


def test_a_step_is_written_with_its_event_and_refused_without_its_agreement(store, saved):
    visit = saved[3]
    with pytest.raises(ValidationError, match="there is no agreement 'ma-kz-trade'"):
        store.update(replace(visit, agreement_id=TRADE.id, agreement_step=AgreementStep.SIGNED))
    assert save_agreement(store.database, TRADE) is True
    signed = store.update(
        replace(visit, agreement_id=TRADE.id, agreement_step=AgreementStep.SIGNED)
    )
    assert store.get(visit.id) == signed and signed.agreement_id == TRADE.id
    ratified = replace(
        sample_events()[3],
        agreement_id=TRADE.id,
        agreement_step=AgreementStep.RATIFIED,
        agreement_party="KZ",
    )
    assert store.add(ratified).agreement_party == "KZ"
    history = store.history(visit.id)
    assert (history[0].before.agreement_id, history[0].after.agreement_id) == (None, TRADE.id)


def test_a_party_must_be_a_party_to_the_agreement(store, saved):
    save_agreement(store.database, TRADE)
    to_france = replace(TRADE, id="ma-fr-trade", parties=("MA", "FR"))
    save_agreement(store.database, to_france)
    approved = replace(
        saved[3],
        agreement_id=to_france.id,
        agreement_step=AgreementStep.APPROVED,
        agreement_party="KZ",  # one of the event's countries, not the agreement's
    )
    with pytest.raises(ValidationError, match="KZ is not a party to the agreement ma-fr-trade"):
        store.update(approved)
    ratified = store.add(
        replace(
            sample_events()[3],
            agreement_id=TRADE.id,
            agreement_step=AgreementStep.RATIFIED,
            agreement_party="KZ",
        )
    )
    with pytest.raises(ValidationError, match="KZ is not a party"):
        save_agreement(store.database, replace(TRADE, parties=("MA", "FR")))
    assert _stored(store, TRADE.id) == TRADE
    assert save_agreement(store.database, replace(TRADE, title_en="Trade agreement")) is False
    assert _stored(store, TRADE.id).title_en == "Trade agreement"
    assert store.get(ratified.id).agreement_party == "KZ"


def test_an_agreement_is_removed_only_once_no_event_is_its_step(store, saved):
    with pytest.raises(ConflictError, match="still has 2 event"):
        delete_agreement(store.database, "ma-kz-visa-waiver")
    save_agreement(store.database, TRADE)
    assert delete_agreement(store.database, TRADE.id) == TRADE
    assert _stored(store, TRADE.id) is None
    with pytest.raises(NotFoundError, match="there is no agreement 'ma-kz-trade'"):
        delete_agreement(store.database, TRADE.id)


def test_a_step_is_held_to_its_threads_order_when_moved_not_when_put_back(store, saved):
    """A title edited is not a move (the step stays where its thread has it); a version
    brought back from its history is put back as it was, as undo puts it."""
    by_title = {event.title_en: event for event in saved}
    signed = by_title["Morocco–Azerbaijan visa waiver agreement signed"]
    in_force = by_title["Morocco–Azerbaijan visa waiver enters into force"]
    store.update(replace(in_force, date=EventDate.on(date(2024, 12, 1))))
    moved = store.update(replace(signed, date=EventDate.on(date(2024, 10, 1))))
    back = replace(store.get(in_force.id), date=in_force.date)
    with pytest.raises(ValidationError, match="comes before the agreement's signature"):
        store.update(back)
    created = store.history(in_force.id)[-1]
    assert store.revert(in_force.id, created.id).date == in_force.date
    assert store.update(replace(moved, title_en="Retitled")).title_en == "Retitled"
