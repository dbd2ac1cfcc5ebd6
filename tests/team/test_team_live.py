"""Saves made by another app on the same database are noticed within a second."""

from __future__ import annotations

import dataclasses
import time

import pytest

from timeline.io.sample import load_sample
from timeline.store import notify
from timeline.store.database import open_database
from timeline.store.notify import Listener
from timeline.store.repository import EventStore
from timeline.store.watch import ChangeProbe, probe_for


def noticed(probe, within: float = 10.0) -> bool:
    """Whether ``probe`` reports a change before ``within`` seconds pass. A probe notices at
    once (SQLite's data version, PostgreSQL's notification): the wait for one is generous so
    that a busy machine does not fail the test by chance; the waits for none are short."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if probe.changed():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def probe(store):
    probe = probe_for(store.database)
    yield probe
    probe.close()


def test_each_backend_gets_its_own_probe(probe, backend):
    assert isinstance(probe, ChangeProbe if backend == "sqlite" else Listener)


@pytest.mark.parametrize("change", ["add", "edit", "delete"])
def test_another_apps_save_is_noticed_once(store, other_store, probe, change):
    visit = load_sample(other_store)[0]
    assert noticed(probe)
    assert not noticed(probe, within=0.2), "a batch of commits is noticed once"
    if change == "add":
        other_store.add(dataclasses.replace(visit, id=None, title_en="New"))
    elif change == "edit":
        other_store.update(dataclasses.replace(visit, title_en="Edited"))
    else:
        other_store.delete(visit.id)
    assert noticed(probe)
    assert not noticed(probe, within=0.2)


def test_a_listener_that_lost_its_server_listens_again(relayed_url, monkeypatch):
    monkeypatch.setattr(notify, "RETRY_SECONDS", 0.0)  # not the five seconds between attempts
    url, relay = relayed_url
    store = EventStore(open_database(url))
    listener = probe_for(store.database)
    try:
        assert listener.reachable()
        relay.cut()
        assert not noticed(listener, within=0.3)
        assert not listener.reachable(), "the window says the server is out of reach"
        relay.mend()
        assert noticed(listener), "changes made while away are assumed"
        assert listener.reachable()
        store.add(dataclasses.replace(load_sample(store)[0], id=None))
        assert noticed(listener)
    finally:
        listener.close()
        store.database.close()
