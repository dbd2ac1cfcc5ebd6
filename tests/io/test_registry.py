"""Whatever a file holds, a reader reports rows or refuses the file; it never crashes."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.io.registry import READERS
from timeline.io.rows import ImportFileError, Parsed, Rejection, Skip

PIECES = st.sampled_from(
    [
        "\t", ",", ";", "|", "\\", '"', "'", "=", "\n", "\r\n", "{", "}", "[", "]", ":",
        '"id"', '"date"', '"actor"', '"event"', "CONSULT", "MAR", "AZE", "042", "42",
        "2025-02-28", "20250228", "kind,countries,date,title_en\n", "official-visit",
        "AZ;MA", "Morocco", "Azerbaijan", "null", "1e400", "زيارة", "\x00", "\ufeff",
    ]
)  # fmt: skip
CONTENT = st.one_of(
    st.binary(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=60).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    ),
)


@pytest.mark.parametrize("name", sorted(READERS))
@settings(max_examples=150, deadline=None)
@given(content=CONTENT)
def test_a_reader_yields_row_outcomes_or_refuses_the_file(name, content):
    stream = io.BufferedReader(io.BytesIO(content))
    try:
        for row in READERS[name](stream, "fuzz", frozenset()):
            assert isinstance(row, Parsed | Rejection | Skip)
            if isinstance(row, Parsed):
                assert row.event.problems() == []
    except ImportFileError as error:
        assert str(error).startswith("fuzz")


def test_deep_nesting_is_a_refusal_not_a_crash():
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(ImportFileError, match="nested too deeply"):
        list(READERS["json"](io.BufferedReader(io.BytesIO(deep)), "deep", frozenset()))
    rows = list(READERS["plover"](io.BufferedReader(io.BytesIO(deep + b"\n")), "d", frozenset()))
    assert [str(row.reason) for row in rows] == ["invalid JSON: nested too deeply"]
