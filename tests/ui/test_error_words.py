"""A lower layer's error said in the window's words."""

from __future__ import annotations

import pytest

from timeline.ui.error_words import as_sentence


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("database timeline on db: refused", "Database timeline on db: refused"),
        (
            "\u2068the data folder\u2069 cannot be made",
            "\u2068The data folder\u2069 cannot be made",
        ),
        ("Date: the step comes first", "Date: the step comes first"),
        ("تعذّر إنشاء مجلد البيانات", "تعذّر إنشاء مجلد البيانات"),
        ("", ""),
    ],
)
def test_a_message_shown_on_its_own_begins_with_a_capital(text, sentence):
    """The connection dialog's line read "database timeline on db, port 5432: …"."""
    assert as_sentence(text) == sentence
