"""Scrolled text that shows whole lines only.

Qt clips a scroll area's contents at the pixel, so a short panel shows the top half of a
line under its last whole one (or the bottom half of one above the first): a reader sees a
cut line and cannot tell it from a glyph. A :class:`WholeLinesCover` over the viewport
hides a line its edge would cut, and the scroll bar brings that line in whole. A panel
too short for the style's scroll bar has a :class:`ShortScrollBar`, a handle in a track.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QStyle, QWidget

#: A line's top and bottom (exclusive), in pixels down the viewport.
Span = tuple[int, int]
#: The scroll bar of an area too short for the style's own: a handle in a track, no arrows.
#: At 800×500 the attention list is one line tall and the details two of a title: the
#: style's two arrows left room for no handle (the list's looked like a spin box's) or for
#: a handle that filled the track (the details', which dragging could not move).
SHORT_SCROLL_BAR_STYLE = """
QScrollBar:vertical { width: 10px; margin: 1px 2px; border: none; background: palette(window); }
QScrollBar::handle:vertical { min-height: 6px; border-radius: 3px; background: palette(mid); }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0px; border: none; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
"""


def line_height(font: QFont) -> float:
    """One line's height in ``font`` for Latin or Arabic text: an Arabic line, in the
    font Qt falls back on, is taller than the font's own line spacing says."""
    heights = []
    for text in ("Visit", "زيارة"):
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        heights.append(line.height())
    return max(heights)


def rows(spans: Iterable[Span]) -> list[Span]:
    """The lines top to bottom, those side by side that overlap as one row (a caption
    beside its field, a Latin line beside a taller Arabic one): a row shows whole or not."""
    merged: list[Span] = []
    for top, bottom in sorted(spans):
        if merged and top < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(bottom, merged[-1][1]))
        else:
            merged.append((top, bottom))
    return merged


def shown_band(spans: Iterable[Span], height: int) -> Span:
    """The band of a viewport ``height`` tall that cuts no row of lines: a row across the
    bottom edge is hidden from its top, one across the top edge down to its bottom. A row
    taller than the viewport can never show whole, so it shows as it is."""
    top, bottom = 0, height
    for row_top, row_bottom in rows(spans):
        if row_bottom - row_top > height:
            continue
        if row_top < bottom < row_bottom:
            bottom = row_top
        if row_top < top < row_bottom:
            top = row_bottom
    return top, max(top, bottom)


def label_lines(label: QLabel) -> list[Span]:
    """The label's text lines, top and bottom in the label's own pixels, laid out as the
    label lays them out (a document as wide as its contents, no margin)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    if label.textFormat() == Qt.TextFormat.PlainText:
        document.setPlainText(label.text())
    else:
        document.setHtml(label.text())
    contents = label.contentsRect()
    if label.wordWrap():
        document.setTextWidth(contents.width())
    slack = contents.height() - document.size().height()
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    if vertical == Qt.AlignmentFlag.AlignTop:
        slack = 0
    elif vertical != Qt.AlignmentFlag.AlignBottom:
        slack /= 2
    spans = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        origin = contents.top() + slack + layout.position().y()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            spans.append((int(origin + line.y()), int(origin + line.y() + line.height() + 0.999)))
        block = block.next()
    return spans


def widget_lines(widget: QWidget, viewport: QWidget) -> list[Span]:
    """The lines of the shown widgets in ``widget``, in ``viewport``'s pixels: a label's
    text lines; a container's children's lines; any other widget (a list, a button) as
    one line, whole or hidden."""
    if not widget.isVisible():
        return []
    if isinstance(widget, QLabel) and widget.text():
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return [(top + line_top, top + bottom) for line_top, bottom in label_lines(widget)]
    if widget.layout() is None:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return [(top, top + widget.height())]
    children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [span for child in children for span in widget_lines(child, viewport)]


class LineByLineScroll(QObject):
    """Moves a scroll area's contents by whole lines: a scroll stops with a row's top at
    the viewport's top (down to the next row's top, up to the row's own), so the cover
    has no half line to hide there; never down past the row the viewport's foot cut,
    which the cover hid (a page down skipped it: half a list of participants was never
    shown); ``lines`` says where the lines are, in the contents' pixels."""

    def __init__(self, area: QAbstractScrollArea, lines: Callable[[], Iterable[Span]]) -> None:
        super().__init__(area)
        self._lines = lines
        self._viewport = area.viewport()
        self._bar = area.verticalScrollBar()
        self._value = self._bar.value()
        self._bar.valueChanged.connect(self._snap)

    def _snap(self, value: int) -> None:
        previous, self._value = self._value, value
        end = self._bar.maximum()
        if value in (0, end):  # the contents' top and bottom are stops too
            return
        spans = rows(self._lines())
        tops = [top for top, _bottom in spans]
        if value > previous:
            stop = next((top for top in tops if top >= value), end)
            # A page's step at most (not a drag, not a jump to show a widget) stops at the
            # row the viewport's foot cut.
            if value - previous <= self._bar.pageStep() and not self._bar.isSliderDown():
                foot = previous + self._viewport.height()
                cut = next((top for top, bottom in spans if top < foot < bottom), None)
                if cut is not None and previous < cut < stop:
                    stop = cut
        else:
            stop = max((top for top in tops if top <= value), default=0)
        if min(stop, end) != value:
            self._bar.setValue(min(stop, end))


class ShortScrollBar(QObject):
    """A scroll area's vertical scroll bar: the style's where the viewport is as tall as
    its two arrows and twice its shortest handle, else a handle in a track
    (:data:`SHORT_SCROLL_BAR_STYLE`), fitted again as the viewport's height changes (58
    pixels tall, the style's track was 30 for a handle of 26, which a drag barely moved)."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        area.viewport().installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        style = self._area.style()
        arrows = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        handle = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarSliderMin)
        short = self._area.viewport().height() < arrows + 2 * handle
        wanted = SHORT_SCROLL_BAR_STYLE if short else ""
        bar = self._area.verticalScrollBar()
        if bar.styleSheet() != wanted:
            bar.setStyleSheet(wanted)


class WholeLinesCover(QWidget):
    """Over a scroll area's viewport, the viewport's own background where a line would
    show cut; ``lines`` says where the lines are, in the viewport's pixels."""

    def __init__(self, area: QAbstractScrollArea, lines: Callable[[], Iterable[Span]]) -> None:
        super().__init__(area.viewport())
        self._lines = lines
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setObjectName("wholeLinesCover")
        viewport = self._viewport = area.viewport()
        viewport.installEventFilter(self)
        area.verticalScrollBar().valueChanged.connect(self.update)
        self.setGeometry(viewport.rect())
        self.raise_()

    def band(self) -> Span:
        """The band shown, top and bottom in the viewport's pixels."""
        return shown_band(self._lines(), self.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()  # stays over whatever the viewport shows
        return False

    def moveEvent(self, event: QMoveEvent) -> None:
        """Back over the viewport: an item view scrolls its viewport's children with its
        rows, and a list scrolled three rows down had its cover three rows above it."""
        super().moveEvent(event)
        if event.pos() != QPoint(0, 0):
            self.move(0, 0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        top, bottom = self.band()
        viewport = self._viewport
        brush = viewport.palette().brush(viewport.backgroundRole())
        painter = QPainter(self)
        painter.fillRect(QRectF(0, 0, self.width(), top), brush)
        painter.fillRect(QRectF(0, bottom, self.width(), self.height() - bottom), brush)
