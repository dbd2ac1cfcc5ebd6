"""The column beside the event list: the selected event's details over what needs attention.

A QSplitter shares its height by its panes' size hints once, when first shown: the details'
hint was its placeholder sentence as it wrapped in the reader's language, so in French at
1600×900 what needs attention got one elided line under an empty details pane with room.
This column gives the attention list the height its items need whole, up to just under half
the column (a selected event's details keep the bigger part, whatever the placeholder said),
whenever the column or the items change; once the user drags the handle their split stands.
The timeline over the list and this column
(:class:`timeline.ui.timeline_splitter.TimelineSplitter`) leaves it room for a selected
event's title and dates (:meth:`SideColumn.first_lines_height`) where the timeline can spare it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

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
        return self._with_attention(self._details.first_lines_height())

    def short_first_lines_height(self) -> int:
        """:meth:`first_lines_height` with the details' title in a heading's size and the
        dates on a line under it (:meth:`DetailsPanel.short_first_lines_height`)."""
        return self._with_attention(self._details.short_first_lines_height())

    def _with_attention(self, details: int) -> int:
        """The column's height for ``details`` over what needs attention at its shortest."""
        if self._details.isHidden():
            return 0
        if not self._attention.isHidden():
            details += self.handleWidth() + self._attention.minimumSizeHint().height()
        return details

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
