"""Isolating a value put into a sentence: once is enough, nothing of the value is lost, and
the sentence still reads the way its own letters say."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.direction import (
    FIRST_STRONG_ISOLATE,
    LEFT_TO_RIGHT_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
    RIGHT_TO_LEFT_ISOLATE,
    is_rtl_text,
    isolate,
    ltr,
    ltr_path,
    slashed,
)

ISOLATES = (
    LEFT_TO_RIGHT_ISOLATE,
    RIGHT_TO_LEFT_ISOLATE,
    FIRST_STRONG_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
)
#: Paths, Arabic and Latin words, digits, brackets, and the isolates themselves.
texts = st.text(st.sampled_from("/.:-_() 3abzأحد،" + "".join(ISOLATES)), max_size=30)
plain_texts = st.text(st.sampled_from("/.:-_() 3abzأحد،"), max_size=30)
both = st.sampled_from([ltr, isolate])


def without_isolates(text: str) -> str:
    return "".join(char for char in text if char not in ISOLATES)


def depths(text: str) -> list[int]:
    """How many isolates are open after each character (a PDI that closes none is ignored)."""
    depth, seen = 0, []
    for char in text:
        if char == POP_DIRECTIONAL_ISOLATE:
            depth = max(depth - 1, 0)
        elif char in ISOLATES:
            depth += 1
        seen.append(depth)
    return seen


def test_a_day_or_month_in_arabic_indic_digits_is_written_with_slashes():
    """Hyphens turn "٢٠٢٥-٠٣-٠١" round in a right-to-left line; Latin digits, a range
    typed apart and a hyphen beside a word keep theirs."""
    assert slashed("النهاية ٢٠٢٥-٠٣-٠١، الشهر ٢٠٢٥-٠٢") == "النهاية ٢٠٢٥/٠٣/٠١، الشهر ٢٠٢٥/٠٢"
    assert slashed("2025-03-01") == "2025-03-01"
    assert slashed("١٩٨٣ - ٢٠٢٢، COP-٢٩") == "١٩٨٣ - ٢٠٢٢، COP-٢٩"


def test_a_path_is_put_between_a_left_to_right_isolate_and_its_pop():
    assert ltr("/tmp/a.sqlite3") == "\u2066/tmp/a.sqlite3\u2069"
    assert isolate("زيارة") == "\u2068زيارة\u2069"


@given(texts, both)
def test_isolating_twice_is_isolating_once(value, wrap):
    assert wrap(wrap(value)) == wrap(value)


@given(plain_texts, both)
def test_removing_the_isolates_gives_the_value_back(value, wrap):
    assert without_isolates(wrap(value)) == value


@given(texts, both)
def test_nothing_but_isolates_is_added_or_lost(value, wrap):
    assert without_isolates(wrap(value)) == without_isolates(value)


@given(texts, both)
def test_the_isolate_opened_first_closes_last(value, wrap):
    """A stray PDI in the value cannot end the isolate early, nor a stray initiator keep the
    rest of the sentence inside it."""
    open_after = depths(wrap(value) + " after")
    assert 0 not in open_after[:-7]
    assert open_after[-6:] == [0] * 6


@given(plain_texts, texts, plain_texts, both)
def test_a_sentence_reads_the_way_it_did(before, value, after, wrap):
    sentence = f"{before}{value}{after}"
    isolated = f"{before}{wrap(value)}{after}"
    assert is_rtl_text(isolated) == is_rtl_text(sentence)


def test_a_path_reads_left_to_right_with_each_arabic_name_in_its_own_direction():
    """A number closing an Arabic folder's name and the next folder's are one number to
    the bidi algorithm: each such name is an island of its own."""
    assert ltr_path("/tmp/a.sqlite3") == ltr("/tmp/a.sqlite3")
    assert ltr_path("/tmp/بيانات 2025/2024") == ltr("/tmp/\u2068بيانات 2025\u2069/2024")
    assert ltr_path("C:\\بيانات\\x") == ltr("C:\\\u2068بيانات\u2069\\x")
