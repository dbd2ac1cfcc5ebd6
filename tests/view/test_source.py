"""The store adapted for the renderer: markers read from stored columns follow the one rule."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import event_dates

from timeline.domain.languages import LANGUAGES, in_language, reading_order
from timeline.render.index import Marker, marker_of
from timeline.store.packed import by_character
from timeline.view.columns import markers
from timeline.view.source import _CHARS_PER_BYTE, _title_lengths


@given(st.lists(event_dates(), max_size=20))
def test_markers_from_stored_dates_are_the_events_own(dates):
    from_columns = markers(by_character([when.to_edtf() for when in dates]))
    assert [Marker(m) for m in from_columns] == [
        marker_of(SimpleNamespace(date=when)) for when in dates
    ]


def test_a_span_with_one_day_known_is_a_bar():
    """2025-03-01 to April 2025: drawn as the bar it is, wherever it is read from."""
    assert list(
        markers(by_character(["2025-03-01/2025-04", "2025-03/2025-04", "[2025-04-05..2025-04-09]"]))
    ) == [
        Marker.BAR,
        Marker.FUZZY,
        Marker.WINDOW,
    ]


@given(
    st.lists(st.tuples(*(st.sampled_from(["", "Rabat", "الرباط", "é"]),) * 3), max_size=8),
    st.sampled_from([*LANGUAGES, "de"]),
)
def test_the_title_measured_is_the_one_shown(titles, language):
    """The widths estimated from stored sizes fall back as :func:`in_language` chooses."""
    columns = SimpleNamespace(
        **{f"size_{lang}": [len(t[n].encode()) for t in titles] for n, lang in enumerate(LANGUAGES)}
    )
    expected = []
    for texts in titles:
        shown = in_language(texts, language)
        own = language in LANGUAGES and texts[LANGUAGES.index(language)]
        given = [lang for lang in reading_order(language) if texts[LANGUAGES.index(lang)]]
        lang = language if own else given[0] if given else "fr"
        expected.append(len(shown.encode()) * _CHARS_PER_BYTE[lang])
    assert list(_title_lengths(columns, language)) == [pytest.approx(x) for x in expected]
