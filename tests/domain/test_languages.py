"""The languages' facts in one place: direction, fallback order, list separators."""

from __future__ import annotations

import pytest

from timeline.domain.event import Forms
from timeline.domain.languages import (
    LANGUAGES,
    in_language,
    is_right_to_left,
    list_separator,
    quoted,
    reading_order,
)


def test_only_arabic_reads_right_to_left():
    assert [is_right_to_left(language) for language in LANGUAGES] == [True, False, False]


@pytest.mark.parametrize(
    ("texts", "language", "expected"),
    [
        (("زيارة", "Visit", "Visite"), "fr", "Visite"),
        (("زيارة", "", ""), "en", "زيارة"),
        (("زيارة", "Visit", ""), "fr", "Visit"),
        (("زيارة", "", "Visite"), "en", "Visite"),
        (("", "Visit", "Visite"), "ar", "Visit"),
        (("", "", "Visite"), "en", "Visite"),
        (("", "", ""), "ar", ""),
        (("زيارة", "Visit", ""), "de", "زيارة"),
    ],
)
def test_a_missing_text_falls_back_in_one_order(texts, language, expected):
    assert in_language(texts, language) == expected
    assert Forms(*texts).of(language) == (
        texts[LANGUAGES.index(language)] if language in LANGUAGES else ""
    )


def test_a_latin_script_page_takes_the_other_latin_language_before_arabic():
    assert reading_order("fr") == ("fr", "en", "ar")
    assert reading_order("en") == ("en", "fr", "ar")
    assert reading_order("ar") == ("ar", "en", "fr")
    assert reading_order("de") == LANGUAGES


def test_lists_in_arabic_use_the_arabic_comma():
    assert list_separator("ar").join(("الرباط", "المغرب")) == "الرباط، المغرب"
    assert list_separator("fr").join(("Rabat", "Maroc")) == "Rabat, Maroc"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ar", "«json»"), ("en", "‘json’"), ("fr", "«\u00a0json\u00a0»")],
)
def test_a_quotation_is_marked_as_its_language_marks_it(language, expected):
    assert quoted("json", language) == expected
