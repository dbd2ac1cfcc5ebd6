"""Two processes saving one event, on both backends; and on a server, changes made with
other tools (psql) in the history as well.

The race is the one tests/store/test_repository_races.py runs on a file: the first process stops
inside its transaction after writing; the second must wait for it and then see a conflict.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from timeline.io.sample import load_sample
from timeline.store.history import Action

WORKER = Path(__file__).resolve().parent.parent / "store" / "race_worker.py"
_spec = importlib.util.spec_from_file_location("race_worker", WORKER)
assert _spec is not None and _spec.loader is not None
race_worker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(race_worker)


@pytest.fixture(scope="module")
def workers() -> Iterator[tuple]:
    pair = race_worker.Worker(), race_worker.Worker()
    yield pair
    for worker in pair:
        worker.process.communicate(timeout=10)


def test_a_save_waits_for_another_process_and_then_sees_a_conflict(store, database_url, workers):
    first, second = workers
    event = load_sample(store)[3]
    second.send(path=database_url, op="read", id=event.id)
    assert second.answer() == "read 1"
    first.send(path=database_url, op="update", id=event.id, title="first", pause=True)
    assert first.answer() == "paused"
    second.send(path=database_url, op="update", id=event.id, title="second")
    time.sleep(0.3)
    first.resume()
    assert first.answer() == "saved 2 first"
    assert second.answer() == "conflict"
    assert store.get(event.id).title_en == "first"
    assert [entry.action for entry in store.history(event.id)] == [Action.EDIT, Action.CREATE]


@pytest.fixture
def psql(database_url: str, backend: str) -> Iterator:
    """A connection of another tool, writing SQL straight into the tables."""
    if backend != "postgresql":
        pytest.skip("a SQLite file's history is written by the app, the only program writing it")
    engine = create_engine(database_url, poolclass=NullPool)
    yield engine
    engine.dispose()


def test_a_change_made_with_psql_is_in_the_history(store, psql):
    visit = load_sample(store)[0]
    with psql.begin() as connection:
        connection.execute(
            text("UPDATE events SET title_en = 'Changed in psql' WHERE id = :id"), {"id": visit.id}
        )
    changed = store.get(visit.id)
    assert changed.version == 2, "a direct edit moves the version on, so the app sees it"
    with psql.begin() as connection:
        connection.execute(
            text("INSERT INTO event_tags (event_id, position, tag) VALUES (:id, 99, 'psql')"),
            {"id": visit.id},
        )
    with psql.begin() as connection:
        connection.execute(text("DELETE FROM events WHERE id = :id"), {"id": visit.id})
    entries = store.history(visit.id)
    assert [(entry.action, entry.version) for entry in entries] == [
        (Action.DELETE, 2),
        (Action.EDIT, 2),
        (Action.EDIT, 2),
        (Action.CREATE, 1),
    ]
    edit = entries[2]
    assert edit.before.title_en == visit.title_en and edit.after.title_en == "Changed in psql"
    assert edit.after == dataclasses.replace(changed, created_at=None, updated_at=None)
    assert entries[1].after.tags == (*visit.tags, "psql")
    assert entries[0].after is None and entries[0].before.tags == (*visit.tags, "psql")
    assert entries[0].who == entries[3].who
    assert store.revert(visit.id, entries[3].id).title_en == visit.title_en
