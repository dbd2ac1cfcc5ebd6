"""Regression guard for PySide6 6.12.0, which loses a reference to None (and True/False) on
every void call and signal emit until the interpreter aborts (pyproject pins < 6.12)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtGui import QImage

from timeline.ui.timeline_view import TimelineView

#: Each step emits at least one signal and makes scores of void calls while painting even
#: the sample (its ticks, labels and markers), so 6.12.0 loses ten thousand and more in 300.
PAINTS = 300
#: How far the counts may wander meanwhile: caches shared by the worker's earlier tests
#: drop their oldest entries as these steps add theirs: a full run saw None's fall by more
#: than 150 (the bound this test had), another its rise by 359.
WANDER = PAINTS * 10


def test_painting_many_times_keeps_none_alive(qtbot, sample_store, english):
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_date_format(english)
    view.set_events(sample_store.find())
    view.resize(800, 400)
    view.fit_all()
    image = QImage(800, 400, QImage.Format.Format_ARGB32_Premultiplied)
    # Counted with only live objects: garbage of earlier tests, freed by a collection that
    # happened to fall inside the loop, took a thousand references to None with it.
    gc.collect()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for step in range(PAINTS):
        view.zoom_at(1.01 if step % 2 else 1 / 1.01)  # emits periodChanged, invalidates
        view.render(image)
    gc.collect()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for was, now in zip(before, after, strict=True):
        assert now > was - WANDER
