"""Typed links between events: stored once, read both ways, gone with either event."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.errors import ValidationError
from timeline.domain.links import EventLink, LinkKind, link_label, other_end, parse_link_kind
from timeline.io.sample import load_sample
from timeline.store.errors import NotFoundError
from timeline.store.links import add_link, links_of


@pytest.fixture
def saved(store):
    return load_sample(store)


def test_a_link_is_stored_once_and_read_from_either_event(store, saved):
    talks, visit = saved[7].id, saved[10].id  # in Tashkent, then the visit to Rabat
    link = EventLink(visit, talks, LinkKind.FOLLOW_UP_TO)
    assert add_link(store.database, link) is True
    assert add_link(store.database, link) is False
    sample = EventLink(talks, saved[5].id, LinkKind.ON_SIDELINES_OF)  # the sample's own
    assert links_of(store.database, visit) == [link]
    assert links_of(store.database, talks) == [sample, link]
    assert links_of(store.database, saved[0].id) == []


def test_a_link_goes_with_either_of_its_events(store, saved):
    visit, agreement, call = saved[3].id, saved[4].id, saved[10].id
    add_link(store.database, EventLink(agreement, visit, LinkKind.OUTCOME_OF))
    add_link(store.database, EventLink(call, agreement, LinkKind.FOLLOW_UP_TO))
    store.delete(visit)
    assert links_of(store.database, agreement) == [
        EventLink(call, agreement, LinkKind.FOLLOW_UP_TO)
    ]


def test_a_deletion_says_which_links_went_with_it_in_the_order_made(store, saved):
    """Read in the deleting transaction (undo makes them again): read before it, in one
    of their own, a link made in between by a colleague went with the event for good."""
    visit, agreement, call = saved[3].id, saved[4].id, saved[10].id
    going_in = EventLink(agreement, visit, LinkKind.OUTCOME_OF)
    going_out = EventLink(visit, call, LinkKind.RESCHEDULED_AS)
    add_link(store.database, going_in)
    add_link(store.database, going_out)
    removed, links = store.delete_with_links(visit)
    assert removed.id == visit and links == [going_in, going_out]
    assert links_of(store.database, agreement) == []


def test_a_link_to_a_missing_event_or_to_itself_writes_nothing(store, saved):
    first = saved[0].id
    with pytest.raises(NotFoundError, match="event 999 does not exist"):
        add_link(store.database, EventLink(first, 999, LinkKind.FOLLOW_UP_TO))
    with pytest.raises(ValidationError, match="cannot be linked to itself"):
        add_link(store.database, EventLink(first, first, LinkKind.FOLLOW_UP_TO))
    assert links_of(store.database, first) == []


def test_an_outcome_or_follow_up_dated_before_what_it_comes_of_is_refused(store, saved):
    """A phone call of February 2024 was linked as the follow-up to a visit of February
    2025. Made again by undo, a link stands as it was, whatever the dates are now."""
    visit, call = saved[3], saved[0]  # the visit to Rabat, and a call a year before it
    assert call.date.latest() < visit.date.earliest()
    for kind in (LinkKind.FOLLOW_UP_TO, LinkKind.OUTCOME_OF):
        backwards = EventLink(call.id, visit.id, kind)
        with pytest.raises(ValidationError, match=f"event {call.id} is dated before event"):
            add_link(store.database, backwards)
        assert links_of(store.database, call.id) == []
    assert add_link(store.database, EventLink(visit.id, call.id, LinkKind.FOLLOW_UP_TO))
    undone = EventLink(call.id, visit.id, LinkKind.FOLLOW_UP_TO)
    assert add_link(store.database, undone, as_it_was=True)
    assert undone in links_of(store.database, call.id)


def test_an_edit_that_dates_an_end_of_a_link_out_of_its_order_is_refused(store, saved):
    """A follow-up moved to the year before its visit, or the visit moved past its
    follow-up, left a link that could no longer be made. A title changed, or an edit put
    back as it was (undo), is not held to it."""
    visit, call = saved[3], saved[10]  # the visit to Rabat, and a call after it
    assert add_link(store.database, EventLink(call.id, visit.id, LinkKind.FOLLOW_UP_TO))
    before_visit = EventDate(FuzzyDate(visit.date.earliest().year - 1))
    after_call = EventDate(FuzzyDate(call.date.latest().year + 1))
    for moved, date in ((call, before_visit), (visit, after_call)):
        with pytest.raises(ValidationError, match="would come before event") as raised:
            store.update(replace(moved, date=date))
        assert raised.value.field == "date"
        assert store.get(moved.id).date == moved.date
    retitled = store.update(replace(call, title_en="A call"))
    put_back = store.update(replace(retitled, date=before_visit), as_it_was=True)
    assert put_back.date == before_visit
    later = EventDate(FuzzyDate(call.date.latest().year + 2))
    assert store.update(replace(put_back, date=later)).date == later


def test_a_link_out_of_its_order_already_does_not_fix_its_ends_dates(store, saved):
    """A link that stood out of its order (a file imported so, or an end put back by undo)
    refused every later date of its ends, edits that broke nothing it held: the call dated
    the year before its visit could not even be narrowed to its month. Once put in order
    again, it is held to it."""
    visit, call = saved[3], saved[10]
    assert add_link(store.database, EventLink(call.id, visit.id, LinkKind.FOLLOW_UP_TO))
    year_before = EventDate(FuzzyDate(visit.date.earliest().year - 1))
    early = store.update(replace(call, date=year_before), as_it_was=True)
    march = EventDate(FuzzyDate(year_before.start.year, 3))
    narrowed = store.update(replace(early, date=march))
    assert narrowed.date == march
    year_after = EventDate(FuzzyDate(visit.date.latest().year + 1))
    assert store.update(replace(visit, date=year_after)).date == year_after
    put_right = store.update(replace(narrowed, date=EventDate(FuzzyDate(year_after.start.year))))
    with pytest.raises(ValidationError, match="would come before event"):
        store.update(replace(put_right, date=march))


def test_a_version_restored_or_an_end_moved_out_of_a_links_order_is_refused(store, saved):
    """ "Restore this version" brought back a follow-up dated before its visit, a link no
    edit may make; an end moved before it was refused as the start date."""
    visit, call = saved[3], saved[10]
    early = store.update(replace(call, date=EventDate(FuzzyDate(visit.date.earliest().year - 1))))
    store.update(replace(early, date=call.date))
    assert add_link(store.database, EventLink(call.id, visit.id, LinkKind.FOLLOW_UP_TO))
    (dated_early,) = [entry for entry in store.history(call.id) if entry.state.date == early.date]
    with pytest.raises(ValidationError, match="would come before event") as raised:
        store.revert(call.id, dated_early.id)
    assert raised.value.field == "date"
    assert store.get(call.id).date == call.date
    # Talks from a month before the visit to after it, their end then moved before it.
    month_before = FuzzyDate.from_date(visit.date.earliest() - timedelta(days=30))
    talks = store.update(
        replace(
            store.get(call.id),
            date=EventDate(month_before, FuzzyDate.from_date(call.date.latest())),
        )
    )
    week_before = FuzzyDate.from_date(visit.date.earliest() - timedelta(days=7))
    with pytest.raises(ValidationError, match="would come before event") as raised:
        store.update(replace(talks, date=EventDate(month_before, week_before)))
    assert raised.value.field == "end"


def test_link_kinds_are_read_by_their_identifiers():
    assert [parse_link_kind(kind.value) for kind in LinkKind] == list(LinkKind)
    with pytest.raises(ValidationError) as raised:
        parse_link_kind("parent-of")
    assert raised.value.field == "as"
    assert "outcome-of, follow-up-to, on-sidelines-of, rescheduled-as" in raised.value.message


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_link_reads_from_either_end_in_each_language(language):
    link = EventLink(12, 4, LinkKind.OUTCOME_OF)
    forward, backward = link_label(link, 12, language), link_label(link, 4, language)
    assert forward and backward and forward != backward
    assert (other_end(link, 12), other_end(link, 4)) == (4, 12)
    if language == "en":
        assert (forward, backward) == ("Outcome of", "Led to")
