"""A printed timeline several pages wide: each label whole on one page, no "…" anywhere,
callouts in a key on the page that numbers them."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import pytest
from PySide6.QtCore import QSizeF

from timeline.domain.datetext import DateFormat
from timeline.export.drawing import TimelineDrawing, page_periods
from timeline.io.sample import sample_events
from timeline.render.index import MemorySource


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("pages", [1, 2, 3])
def test_every_printed_label_is_whole_and_on_one_page(qapp, language, pages):
    events = [replace(e, id=n) for n, e in enumerate(sample_events(), start=1)]
    fmt = DateFormat(language)
    drawing = TimelineDrawing(
        MemorySource.single(events, lambda t: 7.0 * len(t), language),
        fmt,
        QSizeF(1000, 800),
        pages=pages,
    )
    assert len(drawing.layouts) == pages
    labelled: set[int] = set()
    for page in drawing.layouts:
        for shape in page.events:
            if shape.label_rect is None:
                continue
            rect = shape.label_rect
            assert rect.x >= 0 and rect.right <= page.width, "no label crosses a page join"
            assert not any("…" in line for line in shape.lines)
            if shape.callout is None:
                assert " ".join(shape.lines) == shape.event.title(language)
            else:
                key = {entry.number: " ".join(entry.lines) for entry in page.key}
                assert key[fmt.digits(str(shape.callout))] == shape.event.title(language)
            labelled.add(shape.event.id)
    assert labelled == {e.id for e in events}, "every event is labelled on some page"


def test_pages_overlap_a_little_and_cover_the_whole_period():
    from timeline.domain.period import Period

    whole = Period(0.0, 300.0)
    parts = page_periods(whole, 3)
    assert parts[0].start == whole.start and parts[-1].end == pytest.approx(whole.end)
    for before, after in pairwise(parts):
        assert before.start < after.start < before.end  # they overlap
        assert (before.end - after.start) / before.span < 0.1
