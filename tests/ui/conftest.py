"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.io.sample import open_sample_store
from timeline.store.repository import EventStore
from timeline.ui.app import application
from timeline.ui.main_window import MainWindow
from timeline.ui.timeline_view import TimelineView
from timeline.view.source import StoreSource


@pytest.fixture
def open_window(qtbot) -> Callable[..., MainWindow]:
    """A main window on a store, shown at a size, as a user starts it."""

    def open_(store, fmt, size=(1400, 900), **kwargs) -> MainWindow:
        window = MainWindow(store, fmt, open_sample_store, **kwargs)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


@pytest.fixture
def started_in(open_window, sample_store, no_translation_after):
    """``started_in(language, size)``: the sample's window as ``diplomatic-timeline --lang``
    opens it (the application's font, translated and mirrored), at ``size``."""

    def start(language: str, size: tuple[int, int] = (800, 500)) -> MainWindow:
        application(language)
        return open_window(sample_store, DateFormat(language, DateStyle.MAGHREB), size=size)

    return start


class DrawnReads:
    """The ids a view reads from its store for a frame (``EventStore.drawn``), once
    :meth:`start` is called: what it did not read ahead."""

    def __init__(self) -> None:
        self.reads: list[list[int]] = []
        self.counting = False

    def start(self) -> None:
        self.counting = True


@pytest.fixture
def drawn_reads(monkeypatch) -> DrawnReads:
    watched = DrawnReads()
    original = EventStore.drawn

    def drawn(store: EventStore, ids: list[int]):
        if watched.counting:
            watched.reads.append(ids)
        return original(store, ids)

    monkeypatch.setattr(EventStore, "drawn", drawn)
    return watched


@pytest.fixture
def view_of(qtbot, english) -> Callable[..., TimelineView]:
    """``view_of(store, size)``: the timeline alone over every event of ``store``, read from
    the database, in English, not shown yet."""

    def make(store: EventStore, size: tuple[int, int] = (1200, 500)) -> TimelineView:
        view = TimelineView()
        qtbot.addWidget(view)
        view.set_date_format(english)
        view.resize(*size)
        view.set_source(StoreSource(store, EventFilter(), "en", view.char_px()))
        return view

    return make


@pytest.fixture
def bare_view(view_of, sample_store) -> TimelineView:
    """The timeline alone on the sample, 1200x500."""
    return view_of(sample_store)
