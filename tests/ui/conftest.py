"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from timeline.io.sample import open_sample_store
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
