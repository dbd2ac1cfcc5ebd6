"""Which band of a short viewport shows whole lines."""

from __future__ import annotations

from timeline.ui.whole_lines import rows, shown_band


def test_lines_side_by_side_that_overlap_are_one_row():
    caption, first, second = (0, 28), (5, 23), (23, 41)  # an Arabic caption, a Latin field
    assert rows([second, caption, first]) == [(0, 41)]
    assert rows([(0, 18), (18, 36)]) == [(0, 18), (18, 36)]  # one under the other


def test_a_line_across_either_edge_is_hidden_and_a_taller_one_shows_as_it_is():
    lines = [(-10, 8), (8, 26), (26, 44), (44, 62)]
    assert shown_band(lines, 56) == (8, 44)
    assert shown_band([(0, 18), (18, 36)], 36) == (0, 36)  # whole lines are all shown
    assert shown_band([(-20, 140)], 56) == (0, 56)  # a list taller than the viewport
