"""The column beside the event list: the selected event's details over what needs attention.

A QSplitter shares its height by its panes' size hints once, when first shown: the details'
hint was its placeholder sentence as it wrapped in the reader's language, so in French at
1600×900 what needs attention got one elided line under an empty details pane with room.
This column gives the attention list the height its items need whole, up to just under half
the column (a selected event's details keep the bigger part, whatever the placeholder said),
whenever the column or the items change; once the user drags the handle their split stands.
The timeline over the list and this column (:class:`TimelineSplitter`) leaves it room for
a selected event's title and dates, as far as the timeline can spare it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from timeline.ui.attention_panel import AttentionPanel
from timeline.ui.details import DetailsPanel
from timeline.ui.fitted_splitter import FittedSplitter


class SideColumn(FittedSplitter):
    """``details`` over ``attention``, split for the attention's items until the user splits."""

    def __init__(self, details: DetailsPanel, attention: AttentionPanel) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.setObjectName("sideSplitter")
        self.setChildrenCollapsible(False)
        self._details, self._attention = details, attention
        self.addWidget(details)
        self.addWidget(attention)
        self.setStretchFactor(0, 3)  # a window growing gives the details the most of it
        self.setStretchFactor(1, 1)

    def first_lines_height(self) -> int:
        """The column's height to show a selected event's title and dates over what needs
        attention at its shortest (0 with the details folded away: nothing to make room for)."""
        if self._details.isHidden():
            return 0
        height = self._details.first_lines_height()
        if not self._attention.isHidden():
            height += self.handleWidth() + self._attention.minimumSizeHint().height()
        return height

    def fit(self) -> None:
        """The attention list as tall as its items whole, as many as just under half the
        column holds (where even its longest item cannot be whole there, as short as it
        can be), unless the user chose the split or one pane is folded away."""
        if self._users or self._details.isHidden() or self._attention.isHidden():
            return
        # Its own height, not its panes' sizes: a pane just unfolded has none yet.
        column = self.contentsRect().height() - self.handleWidth()
        if column <= 0:  # not laid out yet: its first resize fits it
            return
        wanted = self._attention.height_for(self.width(), (column - 1) // 2)
        if wanted is None:  # one elided line each (whole in their tooltips): details keep the rest
            wanted = self._attention.minimumSizeHint().height()
        if self.sizes() != [column - wanted, wanted]:
            self.setSizes([column - wanted, wanted])


class TimelineSplitter(FittedSplitter):
    """The timeline over the list and the side column, shared in proportion (``split``),
    but the lower part at least as tall as the side column's first lines
    (:meth:`SideColumn.first_lines_height`) where the timeline keeps its least height: in
    a 900×560 window the details showed a selected event's title alone, in a 1024×600 one
    its Hijri date was a scroll away. Where the timeline cannot spare all of that (800×500)
    it spares nothing: the Gregorian date alone, which the list's selected row shows, cost
    the French and Arabic timelines a label."""

    def __init__(
        self, top: QWidget, lower: QWidget, side: SideColumn, split: tuple[int, int]
    ) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.setObjectName("mainSplitter")
        self._top, self._side, self._split = top, side, split
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
        spare = room - self._top.minimumSizeHint().height()  # over the timeline's least
        shared = round(room * self._split[1] / sum(self._split))
        wanted = self._side.first_lines_height()
        lower = max(shared, wanted) if wanted <= spare else shared
        if self.sizes() != [room - lower, lower]:
            self.setSizes([room - lower, lower])
