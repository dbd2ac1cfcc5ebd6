"""A second program's commits are noticed; our probe's own reads are not."""

from __future__ import annotations

from dataclasses import replace

from timeline.io.sample import sample_events
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.store.watch import ChangeProbe


def test_commits_by_another_connection_are_noticed_once(tmp_path):
    path = tmp_path / "shared.sqlite3"
    mine = EventStore(open_database(path))
    probe = ChangeProbe(path)
    assert not probe.changed()
    theirs = EventStore(open_database(path))  # another window, another engine
    event = theirs.add(sample_events()[3])
    assert probe.changed()
    assert not probe.changed(), "told once per batch"
    theirs.update(replace(event, title_en="Edited elsewhere"))
    assert probe.changed()
    assert mine.get(event.id).title_en == "Edited elsewhere"
    probe.close()
    mine.database.close()
    theirs.database.close()
