"""Sentences and their offsets: one dated sentence makes one proposal."""

from __future__ import annotations

from timeline.domain.extract.sentences import split_sentences


def texts(text: str) -> list[str]:
    spans = split_sentences(text)
    assert all(text[span.start : span.end] == span.text for span in spans)
    return [span.text for span in spans]


def test_splits_on_full_stops_question_marks_and_lines():
    assert texts("الجملة الأولى. هل هذه الثانية؟ نعم!\nعنوان\n\nفقرة") == [
        "الجملة الأولى.",
        "هل هذه الثانية؟",
        "نعم!",
        "عنوان",
        "فقرة",
    ]


def test_keeps_numbers_initials_and_abbreviations_inside():
    assert texts("M. Bourita a reçu le 28 févr. 2025 son homologue. Il a dit 2.5 fois.") == [
        "M. Bourita a reçu le 28 févr. 2025 son homologue.",
        "Il a dit 2.5 fois.",
    ]
    assert texts("The U.S. envoy met them on Jan. 5 in Rabat. Then he left.") == [
        "The U.S. envoy met them on Jan. 5 in Rabat.",
        "Then he left.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    assert texts('He said "yes." Then he left.') == ['He said "yes."', "Then he left."]


def test_a_headline_with_two_dots_is_its_own_sentence():
    assert texts("التعاون المغربي الكازاخي.. مباحثات لتعزيز الشراكة") == [
        "التعاون المغربي الكازاخي..",
        "مباحثات لتعزيز الشراكة",
    ]


def test_blank_text_has_no_sentence():
    assert split_sentences(" \n\n ") == []
