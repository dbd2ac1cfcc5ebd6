"""CSV cells: formulas are neutralised exactly, lists encode and decode exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.errors import ValidationError
from timeline.io.formats.cells import join_items, neutralise, restore, split_items


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("'already quoted", "''already quoted"),
        ("'=1+2", "''=1+2"),
        ("Rabat", "Rabat"),
        ("زيارة رسمية", "زيارة رسمية"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_formulas_are_neutralised_and_restored(text, written):
    assert neutralise(text) == written
    assert restore(written) == text


def test_a_hand_typed_apostrophe_before_a_formula_is_taken_as_the_spreadsheet_escape():
    assert restore("'=1+2") == "=1+2"
    assert restore("'plain") == "'plain"  # not one of ours: kept


@given(st.text())
def test_neutralise_then_restore_is_the_identity(text):
    written = neutralise(text)
    assert restore(written) == text
    assert not written or written[0] not in "=+-@\t\r"


@given(st.lists(st.lists(st.text(), min_size=3, max_size=3), min_size=1))
def test_items_round_trip(items):
    if items == [["", "", ""]]:
        return  # one empty item is written as an empty cell, which reads as no item
    assert split_items(join_items(items), "participants", 3) == items


def test_an_empty_cell_is_no_item_and_short_items_are_padded():
    assert split_items("", "tags", 1) == []
    assert split_items("Murat Nurtleu", "participants", 3) == [["Murat Nurtleu", "", ""]]
    assert split_items("AZ;MA", "countries", 1) == [["AZ"], ["MA"]]


def test_escapes():
    assert join_items([["a;b", "c|d", "e\\f"]]) == "a\\;b|c\\|d|e\\\\f"
    assert split_items("C:\\path\\x", "tags", 1) == [["C:\\path\\x"]]  # not ours: kept
    assert split_items("end\\", "tags", 1) == [["end\\"]]


def test_too_many_fields_names_the_item():
    with pytest.raises(ValidationError) as raised:
        split_items("a|b|c|d", "participants", 3)
    assert raised.value.field == "participants[1]"
