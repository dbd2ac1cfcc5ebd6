"""The store says which database and why as fields: the command line writes them in English
as it always has, a window in its reader's language."""

from __future__ import annotations

import pickle
import sqlite3
from contextlib import closing

import pytest

from timeline.domain.messages import message
from timeline.store.database import ReadOnly, ReadOnlyReason, open_database
from timeline.store.errors import (
    DiskFullError,
    EmptyFileError,
    LockedFileError,
    MissingDatabaseError,
    NotFoundError,
    StoreError,
    WriteRefusedError,
)
from timeline.store.repository import EventStore
from timeline.store.sqlitefile import translate


@pytest.fixture
def read_only(database_copy, tmp_path):
    path = tmp_path / "sample.sqlite3"
    database_copy("sample", path).close()
    database = open_database(path, read_only=True)
    yield database
    database.close()


def test_a_read_only_opening_says_why_as_a_reason_not_as_english(read_only):
    assert read_only.read_only_why == ReadOnly(ReadOnlyReason.OPENED_READ_ONLY)
    assert str(read_only.read_only_why) == "opened read-only; changes cannot be saved"
    assert read_only.read_only_why.message.render("ar") == "فُتحت للقراءة فقط، فلا يمكن حفظ أي تغيير"
    with pytest.raises(WriteRefusedError) as refused:
        EventStore(read_only).delete(1)
    label = read_only.target.label
    assert str(refused.value) == f"{label}: opened read-only; changes cannot be saved"
    assert refused.value.about == label
    assert refused.value.reason_in("fr") == (
        "ouverte en lecture seule\u00a0; les modifications ne peuvent pas être enregistrées"
    )


def test_a_server_user_that_may_only_read_is_named_in_every_language(read_only):
    read_only.refuse_changes(ReadOnly(ReadOnlyReason.USER_MAY_ONLY_READ, "clerk"))
    assert str(read_only.read_only_why) == (
        "the user clerk may only read this database; changes cannot be saved"
    )
    said = read_only.read_only_why.message.render("ar")
    assert said.startswith("لا يحق للمستخدم clerk ")
    assert "clerk" in read_only.read_only_why.message.render("fr")


def test_a_file_refused_at_opening_is_named_apart_from_its_reason(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with pytest.raises(EmptyFileError) as refused:
        open_database(path)
    error = refused.value
    assert str(error) == f"{path}: is empty (0 bytes), not a database; it was left untouched"
    assert error.about == str(path)
    assert error.reason_in("ar") == "فارغة (0 بايت) وليست قاعدة بيانات، وتُركت كما هي"


def test_a_missing_event_is_said_with_the_readers_digits(sample_store):
    with pytest.raises(NotFoundError) as missing:
        sample_store.get(1234)
    assert str(missing.value) == "event 1234 does not exist"
    indic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    assert missing.value.reason_in("ar", digits=lambda text: text.translate(indic)) == (
        "الحدث ١٢٣٤ غير موجود"
    )


def test_text_from_elsewhere_stays_as_it_came():
    error = StoreError("db.sqlite3: something a driver said")
    assert str(error) == error.reason_in("ar") == "db.sqlite3: something a driver said"
    assert error.about == ""


def test_an_error_crosses_a_process_boundary_whole():
    error = LockedFileError(message("store.locked"), readable=True, about="/data/t.sqlite3")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is LockedFileError
    assert (copy.about, copy.detail, copy.read_only_helps) == (
        error.about,
        error.detail,
        True,
    )
    assert str(copy) == str(error)


def test_a_missing_file_names_the_command_that_creates_one_only_on_the_command_line(tmp_path):
    """The command creates that file: `db upgrade` alone created the default one."""
    path = tmp_path / "my files" / "nowhere.sqlite3"
    with pytest.raises(MissingDatabaseError) as missing:
        open_database(path, create=False)
    command = f"db upgrade --database '{path}'"
    assert str(missing.value) == f"no database at {path} (use `{command}` to create one)"
    assert (missing.value.about, missing.value.reason_in("ar")) == (str(path), "غير موجودة")


def test_a_full_disk_is_an_error_of_its_own_kind(tmp_path):
    """SQLite's SQLITE_FULL (here from a page limit, as a full disk gives it): a change that
    may be saved once room is freed, which the window keeps in the editor."""
    with closing(sqlite3.connect(tmp_path / "full.sqlite3")) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("PRAGMA max_page_count = 2")
        with pytest.raises(sqlite3.Error) as raised:
            db.execute("INSERT INTO t VALUES (?)", ("x" * 20_000,))
    error = translate("full.sqlite3", raised.value, readable=True)
    assert isinstance(error, DiskFullError)
    assert error.in_language("en") == "full.sqlite3: the disk is full; the change was not saved"
