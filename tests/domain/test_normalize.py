import re
import sys
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.domain import normalize as normal_forms
from timeline.domain.folding import match_spans
from timeline.domain.normalize import _LETTER_FOLDS, needed_terms, normalize, search_terms

# (as written in one text, as typed in another): each pair must fold to the same form.
SAME = [
    ("الإقتصادية", "الاقتصادية"),  # hamza under alef, and ta marbuta
    ("مُحَمَّد", "محمد"),  # harakat and shadda
    ("مـــراكش", "مراكش"),  # tatweel
    ("أحمد", "احمد"),
    ("إسلام", "اسلام"),
    ("آمال", "امال"),
    ("ٱلله", "الله"),  # alef wasla
    ("مؤتمر", "موتمر"),
    ("رئيس", "رييس"),
    ("طشقند العاصمة", "طشقند العاصمه"),
    ("مصطفى", "مصطفي"),
    ("الدورة ١٥٠", "الدورة 150"),  # Arabic-Indic digits
    ("الدورة ۱۵۰", "الدورة 150"),  # Persian digits
    ("کازاخستان", "كازاخستان"),  # Persian kaf
    ("Élysée", "elysee"),
    ("CÔTE-D'IVOIRE", "cote d ivoire"),
    ("Straße", "STRASSE"),
]


@pytest.mark.parametrize(("written", "typed"), SAME)
def test_variants_fold_to_one_form(written, typed):
    assert normalize(written) == normalize(typed)


@pytest.mark.parametrize(("written", "typed"), SAME)
def test_search_finds_each_variant_from_the_other(written, typed):
    stored_a = normalize(f"نص قبل {written} ونص بعد")
    stored_b = normalize(f"نص قبل {typed} ونص بعد")
    assert all(term in stored_a for term in search_terms(typed))
    assert all(term in stored_b for term in search_terms(written))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أ إ آ ٱ", "ا ا ا ا"),
        ("ؤ", "و"),
        ("ئ", "ي"),
        ("ة", "ه"),
        ("ى", "ي"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("  Morocco–Kazakhstan,\tRabat!  ", "morocco kazakhstan rabat"),
    ],
)
def test_exact_folds(text, expected):
    assert normalize(text) == expected


def test_different_words_stay_different():
    assert normalize("المغرب") != normalize("الغرب")
    assert normalize("Rabat") != normalize("Rabah")


def test_search_terms_split_on_spaces_and_punctuation():
    assert search_terms("Ould-Errachid,  الرباط") == ["ould", "errachid", "لرباط"]
    assert search_terms("  ") == []


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("للاتحاد البرلماني الدولي", "الاتحاد البرلماني"),  # to the union
        ("للإتحاد", "الإتحاد"),
        ("بالمغرب وللمغرب", "المغرب"),
    ],
)
def test_a_word_with_the_article_finds_it_after_the_preposition_li(written, typed):
    """After لِ the article's alef is not written: "الاتحاد" found no "للاتحاد"."""
    searched = normalize(written)
    assert all(term in searched for term in search_terms(typed))


def test_a_word_found_without_its_articles_alef_is_marked_with_it():
    text = "الدورة للاتحاد والاتحاد"
    marked = [text[start:end] for start, end in match_spans(text, search_terms("الاتحاد"))]
    assert marked == ["لاتحاد", "الاتحاد"]


@pytest.mark.parametrize(
    ("typed", "other_word"),
    [("الأمن", "كلامنا"), ("القمة", "لقمة")],  # security: our words; the summit: a bite
)
def test_a_short_word_keeps_its_article(typed, other_word):
    """Three letters after the article, the rest found other words."""
    assert not any(term in normalize(other_word) for term in search_terms(typed))


def test_a_word_typed_without_the_article_is_marked_as_typed():
    """ "لا" found in "الاتحاد" is marked there alone, not with the alef before it."""
    text = "الاتحاد"
    assert [text[s:e] for s, e in match_spans(text, search_terms("لا"))] == ["لا"]


@given(st.text(alphabet="ab زيارة", max_size=12), st.text(alphabet="ab زيارة", max_size=30))
@example("زيارة ا", "زيارة")
def test_the_needed_terms_find_what_every_term_finds(query, text):
    """A term held in another adds nothing: asking only the needed ones finds the same."""
    searched = normalize(text)
    needed = needed_terms(query)
    assert set(needed) <= set(search_terms(query)) and bool(needed) == bool(search_terms(query))
    assert all(term in searched for term in needed) == all(
        term in searched for term in search_terms(query)
    )


@given(st.text())
@example("㎒ ℌ")  # compatibility characters that decompose into capitals
@example("ﷺ ﻼ")  # Arabic ligatures
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


# --- highlighting: where the match is in the original text ----------------------------------


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        ("محمد ولد الرشيد", "مُحَمَّد", ["محمد"]),
        ("مُحَمَّد ولد الرشيد", "محمد", ["مُحَمَّد"]),
        ("الشراكة الإقتصادية", "الاقتصادية", ["الإقتصادية"]),
        ("مـــراكش", "مراكش", ["مـــراكش"]),
        ("Palais de l'Élysée", "elysee", ["Élysée"]),
        ("visa waiver — Visa", "visa", ["visa", "Visa"]),
    ],
)
def test_match_spans_point_at_the_original_letters(text, query, found):
    assert [text[a:b] for a, b in match_spans(text, search_terms(query))] == found


@given(st.text(min_size=1, max_size=40))
def test_any_word_of_a_title_is_found_where_it_is(title):
    for word in search_terms(title):
        spans = match_spans(title, [word])
        assert spans
        assert any(word in normalize(title[a:b]) for a, b in spans)


def folded_one_character_at_a_time(text: str) -> str:
    """The definition the fast normalize must keep: decompose, drop every combining mark
    one character at a time, recompose, fold letters."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", bare).translate(str.maketrans(_LETTER_FOLDS))
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


@settings(max_examples=300)
@given(
    st.text()
    | st.text(alphabet=st.characters(min_codepoint=0x600, max_codepoint=0x6FF))
    | st.text(alphabet=st.characters(max_codepoint=0x7F))
)
@example("ﷺ مُحَمَّد ﷲ ١٥ Ǆ ẞ İstanbul ﬁ")
@example("".join(map(chr, range(128))))
def test_normalize_folds_as_the_definition_does(text):
    assert normalize(text) == folded_one_character_at_a_time(text)


def test_every_combining_mark_lies_in_the_first_two_planes():
    beyond = range(0x20000, sys.maxunicode + 1, 7)  # a sample: the whole scan takes a second
    assert not any(unicodedata.combining(chr(code)) for code in beyond)


_SOME_TEXT = st.text(max_size=30) | st.text(
    alphabet=st.characters(min_codepoint=0x600, max_codepoint=0x6FF), max_size=30
)


@settings(max_examples=200)
@given(st.lists(_SOME_TEXT, max_size=5))
@example(["ﷺ", "\u0651مُحَمَّد", "ᄀ", "\u1161", "Σ"])
def test_texts_fold_one_by_one_as_they_fold_together(parts):
    # The stored search text folds each text of an event once (and remembers it): the same
    # as folding them all joined by spaces.
    assert " ".join(filter(None, map(normalize, parts))) == normalize(" ".join(parts))


def _unfolded_characters() -> list[str]:
    return [char for char in map(chr, range(0x0700)) if normal_forms._PLAIN.fullmatch(char)]


def test_texts_left_unfolded_are_those_folding_would_leave():
    """The quick way for texts of ASCII and Arabic letters that need no folding gives what
    every step of folding gives, for every pair of those characters (a pair is where
    composition could join two)."""
    chars = _unfolded_characters()
    assert "ب" in chars and "a" in chars and "أ" not in chars and "A" not in chars
    for first in chars:
        for second in chars:
            text = first + second + " " + first
            assert normalize(text) == normal_forms._folded(text)
