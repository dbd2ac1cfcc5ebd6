"""Reliability tests: quick lock waits, and a sample database.

``HYPOTHESIS_PROFILE=long`` runs every fuzz test with many more examples (the profiles are in
tests/conftest.py; see docs/reliability.md).
"""

from __future__ import annotations

import shutil

import pytest

from timeline.store import sqlitefile


@pytest.fixture
def quick_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait a fifth of a second, not five, before calling a file locked."""
    monkeypatch.setattr(sqlitefile, "LOCK_WAIT_SECONDS", 0.2)


@pytest.fixture
def sample_file(tmp_path, _store_files):
    """A closed database file holding the sample events."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(_store_files["sample"], path)
    return path
