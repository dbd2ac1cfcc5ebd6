"""Matching words highlighted in the event list, however the Arabic was spelled.

Drawn with text-layout formats, never by turning the text into HTML, so user text stays
plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from timeline.domain.direction import is_rtl_text
from timeline.domain.folding import match_spans
from timeline.domain.normalize import search_terms
from timeline.ui.cut_text import ELLIPSIS, cut_at_a_word

HIGHLIGHT = QColor("#ffe08a")


def _elided(
    text: str, spans: list[tuple[int, int]], option: QStyleOptionViewItem, width: float
) -> tuple[str, list[tuple[int, int]]]:
    """The text as the list shows it unhighlighted in ``width`` (:func:`_shown`); the spans
    cut to what is left. Clipped instead, a highlighted title read "Maroc–Azerb" cut
    through a letter beside rows ending in "…"."""
    shown = _shown(text, option, width)
    if shown == text:
        return text, spans
    # What is left of the text: Qt ends an Arabic one's last letter with a joiner before
    # the ellipsis, so that it keeps the form it has within its word.
    kept = len(shown.removesuffix(ELLIPSIS).removesuffix(_JOINER))
    if not shown.endswith(ELLIPSIS) or shown[:kept] != text[:kept]:
        return shown, []  # elided elsewhere than at the end: not highlighted then
    return shown, [(start, min(end, kept)) for start, end in spans if start < kept]


_JOINER = "\u200d"


def _shown(text: str, option: QStyleOptionViewItem, width: float) -> str:
    """A cell's text as it shows in ``width``: where it is too long, cut after a whole word
    at its logical end (the left in Arabic) where the cell elides there (a title cut inside
    a word read "…Gafarova en m…", "…المتحدة ونيـ…"), else elided as its mode says."""
    metrics = QFontMetrics(option.font)
    if option.textElideMode == Qt.TextElideMode.ElideRight:
        cut = cut_at_a_word(text, width, metrics.horizontalAdvance)
        if cut is not None:
            return cut
    return metrics.elidedText(text, option.textElideMode, int(width))


def text_rect(option: QStyleOptionViewItem) -> QRect:
    """Where the style writes a cell's text, and within whose width it elides it: its text
    rectangle less the focus frame's margin either side (as QCommonStyle draws a cell)."""
    widget = option.widget
    style = widget.style() if widget else QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return rect.adjusted(margin, 0, -margin, 0)


def is_elided(text: str, option: QStyleOptionViewItem) -> bool:
    """Whether the cell ``option`` describes shows ``text`` cut short."""
    width = text_rect(option).width()
    return QFontMetrics(option.font).elidedText(text, option.textElideMode, width) != text


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with the words of the current search highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []

    def set_query(self, query: str) -> None:
        self._terms = search_terms(query)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        spans = match_spans(text, self._terms) if self._terms else []
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        if not spans:  # as the style draws it, cut after a whole word where it is too long
            option.text = _shown(option.text, option, text_rect(option).width())
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
            return
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        self._paint_text(painter, option, QRectF(text_rect(option)), text, spans)

    @staticmethod
    def _paint_text(
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRectF,
        text: str,
        spans: list[tuple[int, int]],
    ) -> None:
        text, spans = _elided(text, spans, option, rect.width())
        layout = QTextLayout(text, option.font)
        text_option = QTextOption()
        rtl = is_rtl_text(text)
        text_option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        text_option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        formats = []
        for start, end in spans:
            highlight = QTextLayout.FormatRange()
            highlight.start, highlight.length = start, end - start
            char_format = QTextCharFormat()
            char_format.setBackground(HIGHLIGHT)
            highlight.format = char_format
            formats.append(highlight)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(option.palette.color(role))
        top = rect.top() + (rect.height() - line.height()) / 2
        line.setPosition(QPointF(0, 0))
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()
