import pytest

from timeline.store.repository import EventStore


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "timeline.sqlite3"


@pytest.fixture
def database(db_path, database_copy):
    database = database_copy("empty", db_path)
    yield database
    database.close()


@pytest.fixture
def store(database):
    return EventStore(database)
