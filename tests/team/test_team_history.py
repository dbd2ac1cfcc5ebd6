"""Every change is recorded with who, when, before and after; any version comes back."""

from __future__ import annotations

import dataclasses
import getpass
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import make_url

from timeline.domain.agreements import AgreementStep
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.records import to_record
from timeline.domain.status import EventStatus
from timeline.io.sample import load_sample, sample_events
from timeline.store import snapshot
from timeline.store.errors import ConflictError, NotFoundError
from timeline.store.history import Action
from timeline.store.links import add_link, remove_link


@pytest.fixture
def visit(store):
    return load_sample(store)[0]


def expected_user(database_url: str) -> str:
    if "://" in database_url:
        return make_url(database_url).username or ""
    return getpass.getuser()


def test_create_edit_delete_and_restore_are_each_recorded(store, visit, database_url):
    edited = store.update(dataclasses.replace(visit, title_en="Renamed"))
    removed = store.delete(visit.id)
    store.restore(removed)
    entries = store.history(visit.id)
    assert [(e.action, e.version) for e in entries] == [
        (Action.RESTORE, 3),
        (Action.DELETE, 2),
        (Action.EDIT, 2),
        (Action.CREATE, 1),
    ]
    assert {e.who for e in entries} == {expected_user(database_url)}
    now = datetime.now(UTC)
    assert all(now - timedelta(minutes=1) < e.at <= now for e in entries)
    create, edit = entries[3], entries[2]
    assert create.before is None and create.after == dataclasses.replace(
        visit, created_at=None, updated_at=None
    )
    assert edit.before.title_en == visit.title_en and edit.after.title_en == "Renamed"
    assert edit.after == dataclasses.replace(edited, created_at=None, updated_at=None)
    assert entries[1].after is None and entries[1].before.title_en == "Renamed"


def test_history_survives_the_deletion_of_its_event(store, visit):
    store.delete(visit.id)
    assert [e.action for e in store.history(visit.id)] == [Action.DELETE, Action.CREATE]


def test_a_refused_change_leaves_no_history(store, other_store, visit):
    other_store.update(dataclasses.replace(visit, summary="theirs"))
    with pytest.raises(ConflictError):
        store.update(dataclasses.replace(visit, summary="mine"))
    assert [e.action for e in store.history(visit.id)] == [Action.EDIT, Action.CREATE]


def test_an_earlier_version_comes_back_as_a_new_edit(store, visit):
    store.update(dataclasses.replace(visit, title_en="Second title"))
    current = store.get(visit.id)
    store.update(dataclasses.replace(current, title_en="Third title", tags=("x",)))
    first = store.history(visit.id)[-1]
    reverted = store.revert(visit.id, first.id)
    assert to_record(reverted) == to_record(visit)
    assert reverted.version == 4
    latest = store.history(visit.id)[0]
    assert latest.action is Action.EDIT
    assert latest.before.title_en == "Third title" and latest.after.title_en == visit.title_en


def test_reverting_a_deleted_event_restores_it(store, visit):
    store.update(dataclasses.replace(visit, title_en="Before deletion"))
    store.delete(visit.id)
    deletion = store.history(visit.id)[0]
    back = store.revert(visit.id, deletion.id)
    assert back.id == visit.id and back.title_en == "Before deletion"
    assert store.history(visit.id)[0].action is Action.RESTORE


def test_an_event_put_back_from_its_history_keeps_its_origin_key(store, visit):
    """On a server the history's record is the server's own: it holds the key too."""
    key = store.get(visit.id).source_key
    assert key is not None
    store.delete(visit.id)
    created = store.history(visit.id)[-1]
    assert store.revert(visit.id, created.id).source_key == key
    assert store.get(visit.id).source_key == key


def test_a_revert_checks_the_version_it_was_asked_from(store, other_store, visit):
    first = store.history(visit.id)[0]
    other_store.update(dataclasses.replace(visit, summary="theirs"))
    with pytest.raises(ConflictError):
        store.revert(visit.id, first.id, version=visit.version)
    with pytest.raises(NotFoundError):
        store.revert(visit.id + 1, first.id)


def test_the_history_snapshot_is_the_native_record():
    """A version in the history is the native record; reading it back gives the event."""
    for number, event in enumerate(sample_events(), start=1):
        event = dataclasses.replace(event, id=number)
        assert json.loads(snapshot.to_json(event)) == to_record(event)
        assert snapshot.from_json(snapshot.to_json(event), event.version) == event


def test_a_status_change_is_recorded_with_the_status_before_and_after(store, visit):
    """On a server the triggers build the record (migration 0007 adds the status to it)."""
    announced = store.update(dataclasses.replace(visit, status=EventStatus.ANNOUNCED))
    store.update(dataclasses.replace(announced, status=EventStatus.HELD))
    edits = store.history(visit.id)[:2]
    assert [(e.before.status, e.after.status) for e in edits] == [
        (EventStatus.ANNOUNCED, EventStatus.HELD),
        (EventStatus.HELD, EventStatus.ANNOUNCED),
    ]


def test_a_link_made_or_removed_is_a_change_of_the_event_it_goes_out_of(store, visit):
    """On a server the triggers of migration 0009 record it, whoever makes it."""
    events = {event.title_en: event for event in store.find()}
    talks = events["Ould Errachid and Koshanov hold talks in Tashkent on the sidelines of IPU-150"]
    later = events["Mazhilis Chairman Yerlan Koshanov on an official visit to Morocco"]
    assembly = events["150th Assembly of the Inter-Parliamentary Union"]
    sidelines = EventLink(talks.id, assembly.id, LinkKind.ON_SIDELINES_OF)  # the sample's
    follow_up = EventLink(later.id, talks.id, LinkKind.FOLLOW_UP_TO)
    assert store.history(later.id)[0].links_after == ()
    add_link(store.database, follow_up)
    remove_link(store.database, sidelines)
    made, removed = store.history(later.id)[0], store.history(talks.id)[0]
    assert (made.action, made.links_before, made.links_after) == (
        Action.EDIT,
        (),
        (follow_up,),
    )
    assert made.before == made.after == dataclasses.replace(later, created_at=None, updated_at=None)
    assert (removed.links_before, removed.links_after) == ((sidelines,), ())
    assert store.get(later.id).version == later.version  # not an edit of its fields
    # Deleting the talks removes the link to them: a change of the later visit too.
    store.delete(talks.id)
    assert store.history(talks.id)[0].action is Action.DELETE
    unlinked = store.history(later.id)[0]
    assert (unlinked.links_before, unlinked.links_after) == ((follow_up,), ())


def test_joining_an_agreement_is_recorded_with_the_step_before_and_after(store, visit):
    """``visit`` is the sample's first event, the signature of the Azerbaijani waiver."""
    assert (visit.agreement_id, visit.agreement_step) == ("ma-az-visa-waiver", AgreementStep.SIGNED)
    store.update(dataclasses.replace(visit, agreement_id=None, agreement_step=None))
    edit = store.history(visit.id)[0]
    assert (edit.before.agreement_id, edit.after.agreement_id) == ("ma-az-visa-waiver", None)
    assert (edit.before.agreement_step, edit.after.agreement_step) == (AgreementStep.SIGNED, None)
