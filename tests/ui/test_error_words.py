"""A lower layer's error said in the window's words."""

from __future__ import annotations

import pytest

from timeline.ui.error_words import as_sentence


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("database timeline on db: refused", "Database timeline on db: refused"),
        ("Date: the step comes first", "Date: the step comes first"),
        ("تعذّر إنشاء مجلد البيانات", "تعذّر إنشاء مجلد البيانات"),
        ("", ""),
        # A value first, isolated, or a word with a capital of its own, stays as it is.
        (
            "\u2066notes.sqlite3\u2069: is not a database",
            "\u2066notes.sqlite3\u2069: is not a database",
        ),
        ("iOS export failed", "iOS export failed"),
    ],
)
def test_a_message_shown_on_its_own_begins_with_a_capital(text, sentence):
    """The connection dialog's line read "database timeline on db, port 5432: …";
    "notes.sqlite3" read "Notes.sqlite3", another file."""
    assert as_sentence(text) == sentence
