"""Whatever a file holds, a reader reports rows or refuses the file; it never crashes."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.io.registry import READERS, detect_format
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


_LATIN = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=2, max_size=80)


@settings(max_examples=100, deadline=None)
@given(text=_LATIN, encoding=st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
def test_a_file_saved_as_utf16_is_named_so_with_what_to_do(tmp_path_factory, text, encoding):
    """A spreadsheet's "Unicode text" is UTF-16: with its byte-order mark it was refused as
    "not UTF-8 text", without it as the unknown column "i d " (a NUL after each letter)."""
    path = tmp_path_factory.mktemp("utf16") / "events.csv"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ImportFileError) as refused:
        detect_format(path)
    assert refused.value.in_language("en").endswith(
        'is UTF-16 text, not UTF-8: save it again as UTF-8 (a spreadsheet\'s "CSV UTF-8")'
    )


@settings(max_examples=100, deadline=None)
@given(text=st.text(st.characters(blacklist_characters="\x00"), min_size=1))
def test_no_utf8_text_is_taken_for_utf16(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("utf8") / "events.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        detect_format(path)
    except ImportFileError as error:
        assert "UTF-16" not in error.in_language("en")
