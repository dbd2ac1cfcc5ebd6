"""What the timeline area says when the filter selects nothing: never a blank canvas, and
the way back in one click."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from timeline.domain.direction import isolate
from timeline.domain.filters import EventFilter
from timeline.ui.fonts import widget_font
from timeline.ui.wrapped_label import wrap_lines


class EmptyResult(QWidget):
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyResult")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("emptyResultMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the search is the user's text
        self.message.setFont(widget_font(16, bold=True))
        wrap_lines(self.message)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFilterButton")
        self.clear_button.clicked.connect(self.clearRequested)
        layout.addWidget(self.message)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_filter(self, event_filter: EventFilter) -> None:
        """Say what found nothing, and offer to let go of it: the words searched for, else
        the dates (a country's events of other years are one click away, its countries and
        kinds kept), else the filters."""
        if event_filter.text:
            text = self.tr("No event matches ‘%1’.").replace("%1", isolate(event_filter.text))
            self.message.setText(text)
            self.clear_button.setText(self.tr("Clear the search"))
            return
        self.message.setText(self.tr("No event matches these filters."))
        if event_filter.start or event_filter.end:
            self.clear_button.setText(self.tr("Show every date"))
        else:
            self.clear_button.setText(self.tr("Clear the filters"))


def cleared(event_filter: EventFilter) -> EventFilter:
    """The filter without its search words, else without its dates, else with nothing at
    all: what :meth:`EmptyResult.show_filter` offers to let go of."""
    if event_filter.text:
        return replace(event_filter, text="")
    if event_filter.start or event_filter.end:
        return replace(event_filter, start=None, end=None)
    return EventFilter()
