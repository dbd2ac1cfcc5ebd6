"""Which band of a short viewport shows whole lines."""

from __future__ import annotations

from layout_checks import inked_rows

from timeline.ui.attention_panel import WholeItemsList
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


def test_a_list_scrolled_down_still_hides_the_item_its_bottom_edge_would_cut(qtbot):
    """An item view scrolls its viewport's children with its rows: three items down, the
    cover was three items above the list and the cut item showed."""
    items = WholeItemsList()
    qtbot.addWidget(items)
    items.set_items([(f"{n} — a visit\nannounced", f"{n} — a visit", n) for n in range(20)], False)
    items.show()
    spans = items._item_spans()
    items.resize(300, spans[2][0] + (spans[2][1] - spans[2][0]) // 2 + 2 * items.frameWidth())
    items.verticalScrollBar().setValue(3)
    whole = [bottom for top, bottom in items._item_spans() if top >= 0]
    shown = [bottom for bottom in whole if bottom <= items.viewport().height()]
    assert len(shown) < len(whole), "an item is cut at the bottom edge"
    assert max(inked_rows(items.viewport())) < shown[-1]
