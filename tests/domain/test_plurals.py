"""Counts in words: every CLDR plural form of Arabic, French and English."""

from __future__ import annotations

import pytest

from timeline.domain.plurals import count_words

#: One count of each Arabic plural form: zero, one, two, few, many, other.
ARABIC_FORMS = (0, 1, 2, 3, 11, 100)


@pytest.mark.parametrize(
    ("count", "what", "language", "words"),
    [(1, "row", "en", "1 row"), (2, "row", "en", "2 rows"), (0, "row", "fr", "0 ligne"),
     (11, "row", "ar", "11 صفًا"), (3, "rejected", "ar", "3 صفوف مرفوضة"),
     (1, "added", "fr", "1 ajouté"), (5, "added", "fr", "5 ajoutés"),
     (2, "already", "ar", "حدثان مستوردان من قبل"), (3, "to-add", "en", "3 to add"),
     (1, "event", "de", "1 event"), (1, "page", "en", "1 page"), (12, "page", "ar", "12 صفحةً"),
     (1, "more-here", "en", "1 more event here: click to zoom in"),
     (0, "more-here", "fr", "0 autre événement ici\u00a0: cliquez pour zoomer"),
     (2, "add-from-text", "en", "Add 2 events from text"),
     (2, "add-from-text", "ar", "إضافة حدثين من نص"),
     # under a briefing's list: "et 1 autres dans le tableau", "و١ غيرها" were never singular
     (1, "more-listed", "fr", "et 1 autre dans le tableau"), (4, "more", "fr", "et 4 autres"),
     (1, "more", "en", "and 1 more"), (1, "more", "ar", "وحدث آخر"),
     (2, "more-listed", "ar", "وحدثان آخران في الجدول"), (5, "more", "ar", "و5 أحداث أخرى")],
)  # fmt: skip
def test_words(count, what, language, words):
    assert count_words(count, language, what) == words


@pytest.mark.parametrize(
    "what",
    [
        "event",
        "row",
        "page",
        "more",
        "more-listed",
        "more-here",
        "add-from-text",
        "to-add",
        "added",
        "already",
        "rejected",
        "skipped",
    ],
)
def test_every_arabic_form_is_written_and_names_its_count(what):
    phrases = [count_words(n, "ar", what) for n in ARABIC_FORMS]
    assert len(set(phrases)) == len(ARABIC_FORMS)  # six different forms
    for count, phrase in zip(ARABIC_FORMS[3:], phrases[3:], strict=True):
        assert str(count) in phrase


def test_counts_said_on_the_command_line_are_grouped_by_thousands():
    assert count_words(12345, "en") == "12,345 events"
    assert count_words(1234567, "fr", "row") == "1\u202f234\u202f567 lignes"
    assert count_words(12345, "ar", "page") == "12,345 صفحةً"
