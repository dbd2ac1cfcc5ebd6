"""Exports: a whole file or none, in the format the name asks for, readable by others."""

from __future__ import annotations

import json
import os
import stat

import pytest

from timeline.domain.filters import EventFilter
from timeline.io import exporter
from timeline.io.atomic import ExportError
from timeline.io.exporter import export_store, write_events
from timeline.io.registry import detect_format
from timeline.io.sample import load_sample


@pytest.fixture
def store(tmp_path, store_copy):
    store = store_copy("empty", tmp_path / "events.sqlite3")
    load_sample(store)
    yield store
    store.database.close()


@pytest.mark.parametrize(
    ("suffix", "fmt"), [(".csv", "csv"), (".json", "json"), (".jsonl", "plover")]
)
def test_each_format_is_written_whole_and_recognised(store, tmp_path, suffix, fmt):
    path = tmp_path / f"out{suffix}"
    assert export_store(store, path) == 11
    assert detect_format(path) == fmt
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    mode = stat.S_IMODE(path.stat().st_mode)
    assert mode == 0o666 & ~_umask()  # the usual permissions, not a private temporary's


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_csv_starts_with_a_bom_for_spreadsheets_and_json_is_one_document(store, tmp_path):
    export_store(store, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbfid,kind,countries")
    export_store(store, tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert document["format"] == "diplomatic-timeline/events"
    assert len(document["events"]) == 11


def test_a_failed_export_leaves_the_old_file_and_no_temporary(store, tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text("the good old file", encoding="utf-8")

    def broken(handle, events, threads):
        handle.write("half")
        raise RuntimeError("stopped half way")

    monkeypatch.setitem(exporter.WRITERS, ".csv", (broken, "utf-8"))
    with pytest.raises(RuntimeError):
        export_store(store, path)
    assert path.read_text(encoding="utf-8") == "the good old file"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_missing_folder_and_an_unknown_suffix(store, tmp_path):
    with pytest.raises(ExportError, match="cannot be written"):
        export_store(store, tmp_path / "missing" / "out.csv")
    with pytest.raises(ExportError, match=r"unknown format '\.xlsx'"):
        write_events(tmp_path / "out.xlsx", [])
    assert list(tmp_path.glob("*.xlsx")) == []


def test_the_filter_chooses_what_is_exported(store, tmp_path):
    count = export_store(store, tmp_path / "pair.json", EventFilter.pair("MA", "AZ"))
    assert 0 < count < 11
