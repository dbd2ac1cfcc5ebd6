"""Reliability tests: quick lock waits, and a sample database.

``HYPOTHESIS_PROFILE=long`` runs every fuzz test with many more examples (the profiles are in
tests/conftest.py; see docs/reliability.md).
"""

from __future__ import annotations

import pytest

from timeline.io.sample import load_sample
from timeline.store import sqlitefile
from timeline.store.database import open_database
from timeline.store.repository import EventStore


@pytest.fixture
def quick_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait a fifth of a second, not five, before calling a file locked."""
    monkeypatch.setattr(sqlitefile, "LOCK_WAIT_SECONDS", 0.2)


@pytest.fixture
def sample_file(tmp_path):
    """A closed database file holding the sample events."""
    path = tmp_path / "timeline.sqlite3"
    database = open_database(path)
    load_sample(EventStore(database))
    database.close()
    return path
