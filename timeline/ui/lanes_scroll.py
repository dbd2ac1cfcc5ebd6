"""The timeline with a scroll bar beside it for lanes taller than the room it has."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QAbstractSlider, QHBoxLayout, QScrollBar, QWidget

from timeline.ui.timeline_view import TimelineView


class LanesScroll(QWidget):
    """The timeline and, where its lanes (of kinds, of partners) are taller than the room,
    a scroll bar at its side (the left in Arabic) that moves the lanes alone: the axis and
    the density strip stay in place. The bar steps by rows and lanes, the view's stops."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineScroll")
        self.view = view
        self.bar = QScrollBar(Qt.Orientation.Vertical)
        self.bar.setObjectName("lanesScrollBar")
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the timeline takes it
        self.bar.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(view, 1)
        row.addWidget(self.bar)
        view.lanesScrolled.connect(self._follow)
        self.bar.valueChanged.connect(view.scroll_lanes_to)
        self.bar.actionTriggered.connect(self._paged)

    def _paged(self, action: int) -> None:
        """A click in the bar's groove moves the lanes a page of pixels, as Page Down does,
        not a page's worth of stops counted at the top (lanes' titles make them vary)."""
        pages = {
            QAbstractSlider.SliderAction.SliderPageStepAdd.value: 1,
            QAbstractSlider.SliderAction.SliderPageStepSub.value: -1,
        }.get(int(action))
        if pages is not None:
            self.bar.setSliderPosition(self.view.page_stop(pages))

    def _follow(self) -> None:
        """The bar as the view's lanes stand: shown where they scroll, at their stop."""
        value, last, page = self.view.lanes_scroll()
        with QSignalBlocker(self.bar):
            self.bar.setRange(0, last)
            self.bar.setPageStep(page)
            self.bar.setValue(value)
        self.bar.setVisible(last > 0)
