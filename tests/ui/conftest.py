"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.io.sample import open_sample_store
from timeline.ui.app import application
from timeline.ui.main_window import MainWindow


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
