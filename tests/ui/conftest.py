"""Widgets under test share one QApplication, set up as the app sets itself up."""

from __future__ import annotations

import pytest

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.io.sample import load_sample
from timeline.store.database import open_database
from timeline.store.repository import EventStore


@pytest.fixture
def sample_store(tmp_path) -> EventStore:
    store = EventStore(open_database(tmp_path / "sample.sqlite3"))
    load_sample(store)
    yield store
    store.database.close()


@pytest.fixture
def empty_store(tmp_path) -> EventStore:
    store = EventStore(open_database(tmp_path / "empty.sqlite3"))
    yield store
    store.database.close()


@pytest.fixture
def english() -> DateFormat:
    return DateFormat(language="en", style=DateStyle.MAGHREB)


@pytest.fixture
def arabic() -> DateFormat:
    return DateFormat(language="ar", style=DateStyle.MAGHREB)
