"""Big JSON arrays read an element at a time, with the line each one starts on."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.io.formats import jsonstream
from timeline.io.formats.jsonstream import JsonCursor
from timeline.io.rows import ImportFileError

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


def elements(text: str) -> list[tuple[int, object]]:
    return list(JsonCursor(io.StringIO(text), "f.json").elements())


@given(st.lists(VALUES, max_size=6), st.sampled_from([" ", "\n", "\n  "]))
def test_any_array_reads_as_json_would_across_tiny_buffers(values, gap):
    text = "[" + gap + ("," + gap).join(json.dumps(value) for value in values) + gap + "]"
    jsonstream.CHUNK = 3
    try:
        found = elements(text)
    finally:
        jsonstream.CHUNK = 1 << 20
    assert [value for _, value in found] == json.loads(text)
    starts = [text.count("\n", 0, text.index(json.dumps(v), i)) + 1 for v, i in _at(values, text)]
    assert [line for line, _ in found] == starts


def _at(values, text):
    position = 1
    for value in values:
        encoded = json.dumps(value)
        position = text.index(encoded, position)
        yield value, position
        position += len(encoded)


def test_a_number_split_by_the_buffer_is_read_whole(monkeypatch):
    monkeypatch.setattr(jsonstream, "CHUNK", 4)
    assert elements("[123456789, 2]") == [(1, 123456789), (1, 2)]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("[1, 2", 1, "expected ']'"),
        ('[1,\n2,\n{"a": }]', 3, "invalid JSON"),
        ("{}", 1, "expected '['"),
        ("[1 2]", 1, "expected ']', found '2'"),
    ],
)
def test_broken_json_names_the_line(text, line, reason):
    with pytest.raises(ImportFileError) as raised:
        elements(text)
    assert f"f.json: line {line}: " in str(raised.value)
    assert reason in str(raised.value)
