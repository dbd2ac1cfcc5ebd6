"""The timeline over the list and the side column, shared 7 to 3 as a new window shares
them, but the lower part tall enough for a selected event's title and both dates where the
timeline can spare that room and still draw everything it drew: in a 1024×600 window the
details showed the title and the Gregorian date, the Hijri date (which the list does not
show) a scroll away. Once the user drags the handle their split stands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from timeline.ui.fitted_splitter import FittedSplitter
from timeline.ui.side_column import SideColumn
from timeline.ui.timeline_view import TimelineView


class TimelineSplitter(FittedSplitter):
    """``top`` (the summary over ``timeline``) over ``lower`` (the list and ``side``), in
    proportion (``split``), the lower part at least as tall as the side column's first
    lines (:meth:`SideColumn.first_lines_height`) where the timeline keeps its legend
    (:meth:`TimelineView.legend_kept_height`), and so its rows and its density strip, which
    come before it. Where it cannot spare all of it, it spares nothing: at 900×560 the
    room taken cost the legend, at 800×500 the French and Arabic timelines a label, for
    the Gregorian date alone, which the list's selected row shows."""

    def __init__(
        self,
        top: QWidget,
        timeline: TimelineView,
        lower: QWidget,
        side: SideColumn,
        split: tuple[int, int],
    ) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.setObjectName("mainSplitter")
        self._top, self._timeline, self._side, self._split = top, timeline, side, split
        self.addWidget(top)
        self.addWidget(lower)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes(list(split))

    def fit(self) -> None:
        if self._users:
            return
        room = self.contentsRect().height() - self.handleWidth()
        if room <= 0:  # not laid out yet: its first resize fits it
            return
        shared = round(room * self._split[1] / sum(self._split))
        width = self.contentsRect().width()
        least = self._timeline.minimumHeight()
        above = self._top.minimumSizeHint().height() - least  # the summary over the view
        wanted = self._side.first_lines_height()
        if shared < wanted:
            # The view under the summary, with the room the details want taken from it.
            left = room - wanted - above
            if left >= max(least, self._timeline.legend_kept_height(width)):
                shared = wanted
        short = self._side.short_first_lines_height()
        if shared < short:
            # Short of that, the room for the title in a heading's size and the dates on a
            # line under it, where the view has it under its last rows.
            view, left = room - shared - above, room - short - above
            if left >= least and self._timeline.draws_the_same(width, view, left):
                shared = short
        if self.sizes() != [room - shared, shared]:
            self.setSizes([room - shared, shared])
